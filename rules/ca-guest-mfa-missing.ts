import { guestTypeWords } from '../src/model/conditional-access.js';
import { defineRule } from '../src/engine/rule.js';
import { judgeWithExcludedGuests } from '../src/model/guest-pass.js';
import {
  CA_ROOT_RESOURCE,
  GUEST_TYPES,
  GUEST_TYPES_OPTION,
  IGNORED_EXCLUSIONS_OPTION,
  type GuestType,
  MAYBE_NON_ENTRA_TYPES,
  NO_TENANTS,
  coverageGap,
  coversModernClients,
  intersectCoverage,
  legacyBlockedCoverage,
  narrowsClientApps,
  screenGuestPolicies,
  screenLegacyBlocks,
  screenedEvidence,
} from '../src/model/conditional-access.js';

export interface Options {
  guestTypes: GuestType[];
  ignoredExclusions: string[];
}

/**
 * Decisions (catalogue row CA-01, and mistakes peer tools made):
 * - Only `enabled` policies count; report-only is evaluated but never enforced (Prowler PR #10616).
 * - A policy counts only for all applications, with no risk/location/platform/device narrowing (Maester #2167
 *   counted risk-based policies), and when MFA is required on every path (OR with a non-MFA alternative makes MFA
 *   optional).
 * - An authentication strength counts as MFA only for guests who authenticate with Entra ID (internal guests, B2B
 *   direct connect users, service providers): Microsoft applies strengths to external users only when they
 *   authenticate with Entra ID, and one-time-passcode, SAML/WS-Fed, Google and Microsoft-account guests need the MFA
 *   grant. B2B collaboration guests and members and other external users may be any of those, so for them only the
 *   built-in MFA control on every path counts.
 * - Client apps: a policy limited to browser and modern (mobile and desktop) clients still counts where an enforced
 *   block of the legacy client types (Exchange ActiveSync, other clients) covers the same guests and tenants — no
 *   client is left without MFA; a policy that leaves out a modern client type does not count.
 * - Exclusions: guest-type exclusions are subtracted exactly; excluded groups and roles may hold guests, so the
 *   policy does not count unless the operator vouches for them (`ignoredExclusions`); excluded users are checked
 *   against the collected guest list (AzureADAssessment AR0028 inverted this check; Maester #804 ignored it).
 * - Several policies may jointly cover the guest types (e.g. one for B2B collaboration, one for direct connect):
 *   Conditional Access enforces every matching policy, so coverage is the union.
 */
export default defineRule<'conditionalAccessPolicies', Options>({
  meta: {
    id: 'ca-guest-mfa-missing',
    title: 'No enforced Conditional Access policy requires MFA for every guest on all applications',
    action: 'Require multifactor sign-in for every guest on every application with an enforced Conditional Access policy.',
    severity: 'high',
    category: 'conditional-access',
    requires: ['conditionalAccessPolicies'],
    optional: ['guests'],
    options: {
      schema: { properties: { guestTypes: GUEST_TYPES_OPTION.schema, ignoredExclusions: IGNORED_EXCLUSIONS_OPTION.schema } },
      defaults: { guestTypes: [...GUEST_TYPES], ignoredExclusions: [] },
      docs: { guestTypes: GUEST_TYPES_OPTION.doc, ignoredExclusions: IGNORED_EXCLUSIONS_OPTION.doc },
    },
    rationale:
      'A guest signs in with credentials your organisation does not manage: a password reused elsewhere, a consumer account, a one-time passcode to a mailbox. Unless an enforced Conditional Access policy demands MFA for every kind of external user on every application, some guests reach your data on a single factor. Report-only policies, app-scoped or risk-scoped policies and policies that exclude groups of unknown membership all leave such a gap while looking like coverage.',
    remediation: {
      summary:
        'Create (or fix) an enabled Conditional Access policy that includes all guest and external user types from all external tenants, targets all resources, excludes no guests, and grants access only with MFA or an authentication strength.',
      graph: {
        method: 'POST',
        url: '/v1.0/identity/conditionalAccess/policies',
        body: {
          displayName: 'Guests and external users: require MFA',
          state: 'enabled',
          conditions: {
            clientAppTypes: ['all'],
            applications: { includeApplications: ['All'] },
            users: {
              includeGuestsOrExternalUsers: {
                guestOrExternalUserTypes: GUEST_TYPES.join(','),
                externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' },
              },
            },
          },
          grantControls: { operator: 'OR', builtInControls: ['mfa'] },
        },
      },
      portal:
        'Entra admin center › Entra ID › Conditional Access › Policies › New policy from template › "Require multifactor authentication for guest access"',
    },
    references: [
      {
        title: 'Require multifactor authentication for guest access',
        url: 'https://learn.microsoft.com/entra/identity/conditional-access/howto-policy-guest-mfa',
      },
      {
        title: 'Authentication and Conditional Access for external users',
        url: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      },
      {
        title: 'conditionalAccessGuestsOrExternalUsers resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/conditionalaccessguestsorexternalusers',
      },
      {
        title: 'Authentication strength for external users',
        url: 'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strength-external-users',
      },
    ],
    frameworks: { catalog: ['CA-01', 'CA-02'], 'zero-trust': ['21851'] },
    semantics: [
      {
        statement: 'Conditional Access distinguishes six guest and external user types, from all external tenants or enumerated ones.',
        source: 'https://learn.microsoft.com/graph/api/resources/conditionalaccessguestsorexternalusers',
      },
      {
        statement:
          'Authentication strength applies to external users only when they authenticate with Entra ID; one-time-passcode, SAML/WS-Fed and Google guests need the MFA grant.',
        source:
          'https://learn.microsoft.com/entra/external-id/authentication-conditional-access#authentication-strength-policies-for-external-users',
      },
      {
        statement:
          'For B2B collaboration guests and members and other external users a strength alone is not counted; internal guests, direct connect users and service providers authenticate with Entra ID, so it is.',
        source:
          'https://learn.microsoft.com/entra/external-id/authentication-conditional-access#authentication-strength-policies-for-external-users',
        reading:
          'those three types can include guests who authenticate elsewhere (Microsoft accounts too), and nothing in the policy tells them apart.',
      },
      {
        statement:
          'Client app types: browser and mobile apps and desktop clients use modern authentication; Exchange ActiveSync and other clients are legacy. MFA on the modern ones plus an enforced legacy block for the same guests leaves no client without MFA.',
        source: 'https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-conditions#client-apps',
      },
      {
        statement: 'Report-only policies are evaluated but not enforced.',
        source: 'https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-report-only',
      },
    ],
    messages: {
      missing: 'No enforced Conditional Access policy requires MFA on all applications for {typesText}.',
    },
  },
  evaluate({ conditionalAccessPolicies }, ctx) {
    // Excluded users count as guests only when the guest list holds them (resolved in the guest pass).
    const judge = (guestIds?: ReadonlySet<string>) => {
      const screening = { ...(guestIds ? { guestIds } : {}), ignoredExclusions: ctx.options.ignoredExclusions };
      // Guests and tenants an enforced legacy-authentication block covers: there, browser and modern clients are all that is left.
      const legacyBlocked = legacyBlockedCoverage(screenLegacyBlocks(conditionalAccessPolicies, screening).counted);
      const { counted, rejected } = screenGuestPolicies(conditionalAccessPolicies, {
        ...screening,
        allowedNarrowing: ['clientAppTypes'],
        test: (p, grant) => [
          ...(grant.mfa === 'required'
            ? []
            : [
                grant.mfa === 'optional'
                  ? `MFA is one alternative among others (${grant.controls.join(' OR ')})`
                  : 'does not require MFA or an authentication strength',
              ]),
          ...(narrowsClientApps(p) && !coversModernClients(p)
            ? [`applies only to client apps ${(p.conditions?.clientAppTypes ?? []).join(', ')}, not to every modern client`]
            : []),
        ],
        limit: (p, grant, byType) => {
          let out = byType;
          const why: string[] = [];
          if (narrowsClientApps(p)) {
            out = intersectCoverage(out, legacyBlocked);
            why.push('covers browser and modern clients only: counts where an enforced legacy-authentication block covers the same guests');
          }
          if (grant.mfaByBuiltIn !== 'required') {
            out = { ...out, ...Object.fromEntries(MAYBE_NON_ENTRA_TYPES.map((t) => [t, NO_TENANTS])) };
            why.push(
              `requires an authentication strength, which applies only to guests who authenticate with Entra ID: does not count for ${MAYBE_NON_ENTRA_TYPES.join(', ')}`,
            );
          }
          return why.length ? { byType: out, why: why.join('; ') } : undefined;
        },
      });
      const { missing, coverage } = coverageGap(counted, ctx.options.guestTypes);
      if (!missing.length) return;
      ctx.fail('missing', {
        resource: { ...CA_ROOT_RESOURCE },
        params: { types: missing.join(', '), typesText: guestTypeWords(missing) },
        evidence: {
          uncoveredGuestTypes: missing,
          enforcedMfaCoverage: coverage,
          policiesCounted: counted.map(screenedEvidence),
          guestPoliciesNotCounted: rejected.map(screenedEvidence),
        },
      });
    };
    return judgeWithExcludedGuests(conditionalAccessPolicies, Boolean(ctx.section('guests')), judge);
  },
});
