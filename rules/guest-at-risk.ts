import { readableDate } from '../src/util/dates.js';
import { defineRule, type Severity } from '../src/engine/rule.js';
import { guestsAmong } from '../src/model/guest-pass.js';
import { isEnabled } from '../src/model/guests.js';
import type { RiskyUser } from '../src/snapshot/snapshot.types.js';

/**
 * Risk states that mean "still at risk": `atRisk`, and `confirmedCompromised` (an admin confirmed it and nobody has
 * remediated or dismissed it since).
 * @graph microsoft.graph.riskyUser.riskState
 */
const STILL_AT_RISK = new Set(['atrisk', 'confirmedcompromised']);

/** @graph microsoft.graph.riskyUser.riskLevel */
function severityOf(u: RiskyUser): Severity {
  if ((u.riskState ?? '').toLowerCase() === 'confirmedcompromised') return 'high';
  const level = (u.riskLevel ?? '').toLowerCase();
  return level === 'high' ? 'high' : level === 'medium' ? 'medium' : 'low';
}

/**
 * Joins Identity Protection's risky users (`riskState` atRisk or confirmedCompromised, not deleted) with the enabled
 * guests by object id. Severity: confirmed compromised or high risk → high, medium → medium, low or hidden → low.
 * What the rule can see is bounded by Microsoft: the user risk of a B2B collaboration user is evaluated in their home
 * tenant and such guests do not appear in the resource tenant's risky users, so a pass means that no guest Identity
 * Protection evaluates here is at risk — not that every guest's home account is safe.
 */
export default defineRule<'guests' | 'riskyUsers'>({
  meta: {
    id: 'guest-at-risk',
    title: 'Enabled guest account that Identity Protection reports at risk',
    action: 'Investigate and block the guest accounts that Identity Protection reports at risk.',
    severity: 'high',
    category: 'guests',
    requires: ['guests', 'riskyUsers'],
    rationale:
      "Identity Protection marks an account at risk when its credentials leaked, its sign-ins look like an attacker's, or an administrator confirmed it compromised. A guest in that state is an outsider's account that someone else may be using, with whatever the guest can reach in your tenant — and, unlike your own users, nobody in your organisation will reset its password. Such guests should be blocked or removed until the risk is resolved.",
    remediation: {
      summary:
        "Block the guest's sign-in (or delete the guest), find out with the guest's organisation or owner what happened, and only then restore access; add a Conditional Access policy that blocks guests at high user or sign-in risk.",
      graph: { method: 'PATCH', url: '/v1.0/users/{guestId}', body: { accountEnabled: false } },
      portal: 'Entra admin center › ID Protection › Risky users › (guest); Entra ID › Users › (guest) › Edit properties › Account enabled',
      ids: (f) => ({ guestId: f.resource.id }),
    },
    references: [
      { title: 'riskyUser resource type', url: 'https://learn.microsoft.com/graph/api/resources/riskyuser' },
      {
        title: 'Microsoft Entra ID Protection for B2B users',
        url: 'https://learn.microsoft.com/entra/id-protection/concept-identity-protection-b2b',
      },
      { title: 'What are risk detections?', url: 'https://learn.microsoft.com/entra/id-protection/concept-identity-protection-risks' },
    ],
    frameworks: { catalog: ['PR-04'] },
    semantics: [
      {
        statement:
          'riskState atRisk and confirmedCompromised are the states of a user still at risk; remediated, dismissed and confirmedSafe are not. riskLevel is low, medium, high or hidden.',
        source: 'https://learn.microsoft.com/graph/api/resources/riskyuser',
      },
      {
        statement:
          "The user risk of B2B collaboration users is evaluated in their home directory; guest users do not appear in the resource tenant's risky users report, and the resource tenant cannot remediate or dismiss their risk.",
        source: 'https://learn.microsoft.com/entra/id-protection/concept-identity-protection-b2b',
      },
      {
        statement: 'Reading risky users needs Microsoft Entra ID P2; without it the rule is not assessed, naming the licence.',
        source: 'https://learn.microsoft.com/entra/id-protection/overview-identity-protection#license-requirements',
      },
      {
        statement: 'Only enabled guests are reported: a disabled guest cannot sign in.',
        source: 'https://learn.microsoft.com/graph/api/resources/user',
        reading: 'the account is what the finding asks to block; one already blocked needs no action.',
      },
    ],
    messages: {
      atRisk: 'Enabled guest {displayName} is {stateWords} in Identity Protection (risk level {level}, last updated {updated}{detail}).',
    },
  },
  evaluate({ riskyUsers }, ctx) {
    const risky = riskyUsers.filter((u) => STILL_AT_RISK.has((u.riskState ?? '').toLowerCase()) && u.isDeleted !== true);
    if (!risky.length) return;
    const byId = new Map(risky.map((u) => [u.id.toLowerCase(), u]));
    return guestsAmong(byId.keys(), (guests) => {
      for (const [id, guest] of guests) {
        if (!isEnabled(guest)) continue;
        const u = byId.get(id)!;
        ctx.fail('atRisk', {
          resource: {
            type: 'user',
            id: guest.id,
            displayName: guest.displayName ?? guest.userPrincipalName ?? null,
            path: `users/${guest.id}`,
          },
          subKey: 'riskState',
          severity: severityOf(u),
          params: {
            state: u.riskState ?? 'atRisk',
            stateWords: (u.riskState ?? '').toLowerCase() === 'confirmedcompromised' ? 'confirmed compromised' : 'at risk',
            level: u.riskLevel ?? 'unknown',
            detail: u.riskDetail && u.riskDetail.toLowerCase() !== 'none' ? `; ${u.riskDetail}` : '',
            updated: u.riskLastUpdatedDateTime ? readableDate(u.riskLastUpdatedDateTime) : 'unknown',
          },
          evidence: {
            riskState: u.riskState ?? null,
            riskLevel: u.riskLevel ?? null,
            riskDetail: u.riskDetail ?? null,
            riskLastUpdatedDateTime: u.riskLastUpdatedDateTime ?? null,
            isProcessing: u.isProcessing ?? null,
            userType: guest.userType ?? null,
          },
        });
      }
    });
  },
});
