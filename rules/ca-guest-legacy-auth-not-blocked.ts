import { guestTypeWords } from '../src/model/conditional-access.js';
import { defineRule } from '../src/engine/rule.js';
import { judgeWithExcludedGuests } from '../src/model/guest-pass.js';
import {
  CA_ROOT_RESOURCE,
  GUEST_TYPES,
  GUEST_TYPES_OPTION,
  IGNORED_EXCLUSIONS_OPTION,
  type GuestType,
  describeCoverage,
  legacyBlockedCoverage,
  screenLegacyBlocks,
  screenedEvidence,
  uncoveredTypes,
} from '../src/model/conditional-access.js';

export interface Options {
  guestTypes: GuestType[];
  ignoredExclusions: string[];
}

/**
 * A policy counts when it is enabled, blocks, targets a legacy client app type (`exchangeActiveSync`, `other`, or
 * `all`), applies to all applications and has no other narrowing condition or exclusion that may hold guests. Client
 * app types are the one narrowing a legacy-authentication block is meant to have. Several policies may jointly cover
 * the guest types — and the two legacy client types: one block for Exchange ActiveSync and another for other clients
 * together block legacy authentication (Conditional Access applies every matching policy).
 */
export default defineRule<'conditionalAccessPolicies', Options>({
  meta: {
    id: 'ca-guest-legacy-auth-not-blocked',
    title: 'Legacy authentication is not blocked for every guest',
    action: 'Block legacy sign-in protocols for every guest.',
    severity: 'medium',
    category: 'conditional-access',
    requires: ['conditionalAccessPolicies'],
    optional: ['guests'],
    options: {
      schema: { properties: { guestTypes: GUEST_TYPES_OPTION.schema, ignoredExclusions: IGNORED_EXCLUSIONS_OPTION.schema } },
      defaults: { guestTypes: [...GUEST_TYPES], ignoredExclusions: [] },
      docs: { guestTypes: GUEST_TYPES_OPTION.doc, ignoredExclusions: IGNORED_EXCLUSIONS_OPTION.doc },
    },
    rationale:
      'Legacy protocols (Exchange ActiveSync, IMAP, POP, SMTP AUTH and other basic-authentication clients) cannot perform MFA, so any MFA policy is silently bypassed on them. A block for legacy clients that leaves out some guest types, excludes groups that may hold guests, or runs only in report-only mode keeps that bypass open for the accounts you control least.',
    remediation: {
      summary:
        'Create an enabled Conditional Access policy that blocks the Exchange ActiveSync and "other clients" client app types for all users (or at least every guest type) on all resources, without guest exclusions.',
      graph: {
        method: 'POST',
        url: '/v1.0/identity/conditionalAccess/policies',
        body: {
          displayName: 'Block legacy authentication (all users incl. guests)',
          state: 'enabled',
          conditions: {
            clientAppTypes: ['exchangeActiveSync', 'other'],
            applications: { includeApplications: ['All'] },
            users: { includeUsers: ['All'] },
          },
          grantControls: { operator: 'OR', builtInControls: ['block'] },
        },
      },
      portal: 'Entra admin center › Entra ID › Conditional Access › Policies › New policy from template › "Block legacy authentication"',
    },
    references: [
      {
        title: 'Block legacy authentication with Conditional Access',
        url: 'https://learn.microsoft.com/entra/identity/conditional-access/howto-conditional-access-policy-block-legacy',
      },
      {
        title: 'Block legacy authentication',
        url: 'https://learn.microsoft.com/entra/identity/conditional-access/block-legacy-authentication',
      },
      { title: 'conditionalAccessPolicy resource type', url: 'https://learn.microsoft.com/graph/api/resources/conditionalaccesspolicy' },
    ],
    semantics: [
      {
        statement:
          'Legacy authentication comes through the Exchange ActiveSync and "other clients" client app types; a block of both (or of all client apps) stops it.',
        source: 'https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-conditions#client-apps',
      },
      {
        statement:
          'Client apps conditions behave for guest users as for any other user, so guests can be blocked from legacy protocols the same way.',
        source: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      },
    ],
    messages: {
      missing: 'No enforced Conditional Access policy blocks legacy authentication on all applications for {typesText}.',
    },
  },
  evaluate({ conditionalAccessPolicies }, ctx) {
    // Excluded users count as guests only when the guest list holds them (resolved in the guest pass).
    const judge = (guestIds?: ReadonlySet<string>) => {
      const { counted, rejected } = screenLegacyBlocks(conditionalAccessPolicies, {
        ...(guestIds ? { guestIds } : {}),
        ignoredExclusions: ctx.options.ignoredExclusions,
      });
      const joint = legacyBlockedCoverage(counted);
      const described = describeCoverage(joint);
      const missing = uncoveredTypes(joint, ctx.options.guestTypes);
      const coverage = Object.fromEntries(ctx.options.guestTypes.map((t) => [t, described[t]]));
      if (!missing.length) return;
      ctx.fail('missing', {
        resource: { ...CA_ROOT_RESOURCE },
        params: { types: missing.join(', '), typesText: guestTypeWords(missing) },
        evidence: {
          uncoveredGuestTypes: missing,
          legacyBlockCoverage: coverage,
          policiesCounted: counted.map(screenedEvidence),
          guestPoliciesNotCounted: rejected
            .filter((r) => r.policy.grantControls?.builtInControls?.some((c) => c.toLowerCase() === 'block'))
            .map(screenedEvidence),
        },
      });
    };
    return judgeWithExcludedGuests(conditionalAccessPolicies, Boolean(ctx.section('guests')), judge);
  },
});
