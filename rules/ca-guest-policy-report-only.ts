import { grantControlWords } from '../src/model/conditional-access.js';
import { defineRule } from '../src/engine/rule.js';
import { analyseGrant, guestCoverage, policyResource, policyState, screenedEvidence } from '../src/model/conditional-access.js';

/**
 * "Guest-targeting" means the policy names guests itself (the `GuestsOrExternalUsers` keyword or a
 * guests-or-external-users block). An All-users policy in report-only is a general Conditional Access hygiene
 * matter, not a guest one, and would otherwise appear in every guest report.
 */
export default defineRule<'conditionalAccessPolicies'>({
  meta: {
    id: 'ca-guest-policy-report-only',
    title: 'Guest Conditional Access policy left in report-only mode',
    action: 'Switch guest Conditional Access policies from report-only to on, or remove them.',
    severity: 'low',
    category: 'conditional-access',
    requires: ['conditionalAccessPolicies'],
    rationale:
      'Report-only mode is meant for a short trial: the policy is evaluated and logged but never enforced. A guest policy that stays in report-only looks like protection in the policy list while guests sign in without it. Either enforce it after reviewing the sign-in log impact, or delete it so nobody relies on it.',
    remediation: {
      summary: 'Review the policy\'s report-only results in the sign-in logs, then switch it to On (state "enabled") or remove it.',
      graph: { method: 'PATCH', url: '/v1.0/identity/conditionalAccess/policies/{policyId}', body: { state: 'enabled' } },
      ids: (f) => ({ policyId: f.resource.id }),
      portal: 'Entra admin center › Entra ID › Conditional Access › Policies › (policy) › Enable policy: On',
    },
    references: [
      {
        title: 'Conditional Access report-only mode',
        url: 'https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-report-only',
      },
      { title: 'Update conditionalAccessPolicy', url: 'https://learn.microsoft.com/graph/api/conditionalaccesspolicy-update' },
    ],
    semantics: [
      {
        statement: 'Report-only (enabledForReportingButNotEnforced) evaluates and logs a policy without enforcing it.',
        source: 'https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-report-only',
      },
      {
        statement: 'A policy targets guests when it names the GuestsOrExternalUsers keyword or a guests-or-external-users block.',
        source: 'https://learn.microsoft.com/graph/api/resources/conditionalaccessguestsorexternalusers',
      },
    ],
    messages: {
      reportOnly:
        'Conditional Access policy "{displayName}" applies to guests but is only in report-only mode: nobody is actually required to meet {controlsText}.',
    },
  },
  evaluate({ conditionalAccessPolicies }, ctx) {
    for (const p of conditionalAccessPolicies) {
      if (policyState(p) !== 'reportOnly') continue;
      const coverage = guestCoverage(p);
      if (!coverage.targetsGuestsExplicitly) continue;
      const grant = analyseGrant(p);
      ctx.fail('reportOnly', {
        resource: policyResource(p),
        params: {
          controls: grant.controls.length ? grant.controls.join(` ${grant.operator} `) : 'session controls only',
          controlsText: grant.controls.length ? grantControlWords(grant.controls, grant.operator) : 'its session controls',
        },
        evidence: screenedEvidence({ policy: p, coverage, reasons: [] }),
      });
    }
  },
});
