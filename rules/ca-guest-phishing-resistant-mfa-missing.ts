import { defineRule } from '../src/engine/rule.js';
import { judgeWithExcludedGuests } from '../src/model/guest-pass.js';
import {
  ALL_TENANTS,
  CA_ROOT_RESOURCE,
  IGNORED_EXCLUSIONS_OPTION,
  type GuestType,
  type TenantSet,
  describeTenants,
  isNoTenant,
  minus,
  onlyTenants,
  screenGuestPolicies,
  screenedEvidence,
  strengthIsPhishingResistant,
  unionCoverage,
} from '../src/model/conditional-access.js';
import { resolveDefault, resolvePartner } from '../src/xtap/resolve.js';

interface Options {
  expect: 'phishingResistant' | 'any';
  ignoredExclusions: string[];
}

/** External users who authenticate with Entra ID in their home tenant: a strength is met there only with MFA trust. */
const HOME_TENANT_TYPES: readonly GuestType[] = [
  'b2bCollaborationGuest',
  'b2bCollaborationMember',
  'b2bDirectConnectUser',
  'serviceProvider',
];

/**
 * The strict profile's counterpart of SCuBA MS.AAD.3.1 for guests: an enabled policy on all applications requires a
 * phishing-resistant authentication strength of every guest who authenticates with Entra ID and can meet one —
 * - internal guests (local accounts of this tenant: they authenticate here, like members);
 * - B2B collaboration guests and members, B2B direct connect users and service-provider users from every external
 *   tenant whose MFA this tenant trusts (partner setting, else the default). Without that trust they complete MFA in
 *   this tenant, where no phishing-resistant method is offered to them, so the requirement cannot apply and they are
 *   not judged (listed in the evidence).
 * A strength counts when every combination it allows is phishing-resistant (Windows Hello for Business, FIDO2,
 * multifactor certificate) and every way through the grant requires it. Screening (enabled, all applications, no
 * narrowing, no exclusion that may hold guests) is the shared model of the guest Conditional Access rules.
 */
export default defineRule<'conditionalAccessPolicies' | 'crossTenantAccessDefault' | 'crossTenantAccessPartners', Options>({
  meta: {
    id: 'ca-guest-phishing-resistant-mfa-missing',
    title: 'Guests who authenticate with Entra ID are not required to use phishing-resistant MFA',
    action: 'Require phishing-resistant multifactor sign-in for guests who sign in with Microsoft Entra accounts.',
    severity: 'medium',
    category: 'conditional-access',
    requires: ['conditionalAccessPolicies', 'crossTenantAccessDefault', 'crossTenantAccessPartners'],
    optional: ['guests'],
    options: {
      schema: {
        properties: { expect: { enum: ['phishingResistant', 'any'], default: 'any' }, ignoredExclusions: IGNORED_EXCLUSIONS_OPTION.schema },
      },
      defaults: { expect: 'any', ignoredExclusions: [] },
      docs: {
        expect:
          'phishingResistant: guests who authenticate with Entra ID and can meet a phishing-resistant strength must be required to; any: not judged. Default any, as CIS and CISA set phishing-resistant MFA for members (SCuBA MS.AAD.3.1v1), not for guests; the strict profile extends it to guests.',
        ignoredExclusions: IGNORED_EXCLUSIONS_OPTION.doc,
      },
    },
    rationale:
      'MFA by text message, voice call or push approval can be phished in real time; Windows Hello for Business, FIDO2 keys and certificate-based MFA cannot, because the credential is bound to the site it signs in to. Guests who sign in with an Entra account can be held to that standard like your own staff: internal guests with methods registered in your tenant, and users of partners whose MFA you trust with the methods registered at home. A tenant that demands phishing-resistant MFA of its members but not of such guests leaves the easier door open to the same data.',
    remediation: {
      summary:
        'Create an enabled Conditional Access policy on all resources that includes internal guests and the B2B users of the tenants whose MFA you trust, and grants access only with the built-in "Phishing-resistant MFA" authentication strength.',
      graph: {
        method: 'POST',
        url: '/v1.0/identity/conditionalAccess/policies',
        body: {
          displayName: 'Guests who authenticate with Entra ID: require phishing-resistant MFA',
          state: 'enabled',
          conditions: {
            clientAppTypes: ['all'],
            applications: { includeApplications: ['All'] },
            users: {
              includeGuestsOrExternalUsers: {
                guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,serviceProvider',
                externalTenants: {
                  '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
                  membershipKind: 'enumerated',
                  members: ['{trusted tenant id}'],
                },
              },
            },
          },
          grantControls: { operator: 'AND', authenticationStrength: { id: '00000000-0000-0000-0000-000000000004' } },
        },
      },
      portal:
        'Entra admin center › Entra ID › Conditional Access › Policies › New policy › Grant › Require authentication strength › Phishing-resistant MFA',
    },
    references: [
      {
        title: 'How Conditional Access authentication strength works for external users',
        url: 'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strength-external-users',
      },
      {
        title: 'Require an authentication strength for external users',
        url: 'https://learn.microsoft.com/entra/identity/conditional-access/policy-guests-mfa-strength',
      },
      {
        title: 'Built-in authentication strengths',
        url: 'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strengths',
      },
      {
        title: 'CISA SCuBA Entra ID baseline (MS.AAD.3.1v1)',
        url: 'https://github.com/cisagov/ScubaGear/blob/main/PowerShell/ScubaGear/baselines/aad.md',
      },
    ],
    frameworks: { catalog: ['CA-05'], 'cisa-scuba': ['MS.AAD.3.1v1'] },
    semantics: [
      {
        statement:
          'Authentication strength policies apply only to external users who authenticate with Microsoft Entra ID; for email one-time passcode, SAML/WS-Fed and Google federation users the MFA grant is used instead.',
        source: 'https://learn.microsoft.com/entra/identity/conditional-access/policy-guests-mfa-strength',
      },
      {
        statement:
          'With MFA trust, an external user meets a strength with methods completed in the home tenant (FIDO2, Windows Hello for Business and certificate-based authentication included); without it, in the resource tenant, only text message, voice call, Authenticator push and software OATH are available. MFA trust is required for B2B direct connect.',
        source: 'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strength-external-users',
      },
      {
        statement:
          'The built-in Phishing-resistant MFA strength (id 00000000-0000-0000-0000-000000000004) allows Windows Hello for Business, FIDO2 and multifactor certificate-based authentication.',
        source: 'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strengths',
      },
      {
        statement: 'SCuBA MS.AAD.3.1v1 requires phishing-resistant MFA for all users; CIS and SCuBA do not extend it to guests.',
        source: 'https://github.com/cisagov/ScubaGear/blob/main/PowerShell/ScubaGear/baselines/aad.md',
        reading: 'applied to guests only in the strict profile, and only where Microsoft says a strength can be met.',
      },
      {
        statement:
          'Internal guests are local accounts of this tenant and authenticate here, so they can register and use phishing-resistant methods as members do.',
        source: 'https://learn.microsoft.com/entra/external-id/user-properties',
        reading: 'they are judged like the B2B users of trusted tenants.',
      },
    ],
    messages: {
      missing: 'No enabled Conditional Access policy requires a phishing-resistant authentication strength on all applications for {gaps}.',
    },
  },
  evaluate({ conditionalAccessPolicies, crossTenantAccessDefault, crossTenantAccessPartners }, ctx) {
    if (ctx.options.expect === 'any') {
      ctx.notApplicable('the profile does not require phishing-resistant MFA of guests (expect: any).');
      return;
    }
    const def = resolveDefault(crossTenantAccessDefault);
    const partners = crossTenantAccessPartners.map((p) => ({
      tenantId: p.tenantId.toLowerCase(),
      trusted: resolvePartner(p, def).inboundTrust.isMfaAccepted.value,
    }));
    const trusted: TenantSet = def.inboundTrust.isMfaAccepted.value
      ? { kind: 'all', except: new Set(partners.filter((p) => !p.trusted).map((p) => p.tenantId)) }
      : onlyTenants(partners.filter((p) => p.trusted).map((p) => p.tenantId));
    const needed: Partial<Record<GuestType, TenantSet>> = {
      internalGuest: ALL_TENANTS,
      ...Object.fromEntries(HOME_TENANT_TYPES.map((t) => [t, trusted])),
    };
    const judge = (guestIds?: ReadonlySet<string>) => {
      // A policy whose strength comes without its combinations may or may not count: gaps it could fill are unknown.
      const unknownStrength = new Set<string>();
      const { counted, rejected } = screenGuestPolicies(conditionalAccessPolicies, {
        ...(guestIds ? { guestIds } : {}),
        ignoredExclusions: ctx.options.ignoredExclusions,
        test: (p, grant) => {
          if (grant.blocks) return ['blocks access'];
          if (!grant.strength) return ['requires no authentication strength'];
          if (grant.operator === 'OR' && grant.controls.length > 1)
            return [`the strength is one alternative among others (${grant.controls.join(' OR ')})`];
          const resistant = strengthIsPhishingResistant(grant.strength);
          if (resistant === 'unknown') {
            unknownStrength.add(p.id);
            return ['its authentication strength does not list its method combinations'];
          }
          return resistant ? [] : ['its authentication strength allows methods that are not phishing-resistant'];
        },
      });
      const gapsLeft = (covering: readonly (typeof counted)[number][]) => {
        const joint = unionCoverage(covering.map((c) => c.coverage.byType));
        return (Object.entries(needed) as Array<[GuestType, TenantSet]>)
          .map(([t, want]) => [t, minus(want, joint[t])] as const)
          .filter(([, left]) => !isNoTenant(left));
      };
      const gaps = gapsLeft(counted);
      if (!gaps.length) return;
      // Only what no policy could cover, even counting the unreadable strengths, is a finding.
      const certain = gapsLeft([...counted, ...rejected.filter((r) => unknownStrength.has(r.policy.id) && r.reasons.length === 1)]);
      if (!certain.length) {
        ctx.notAssessed(
          `policy ${[...unknownStrength].join(', ')} requires an authentication strength read without its method combinations, so whether it is phishing-resistant — and covers ${gaps.map(([t]) => t).join(', ')} — is unknown.`,
        );
        return;
      }
      ctx.fail('missing', {
        resource: { ...CA_ROOT_RESOURCE },
        subKey: 'phishingResistant',
        params: {
          gaps: certain.map(([t, left]) => (t === 'internalGuest' ? 'internal guests' : `${t} of ${describeTenants(left)}`)).join('; '),
        },
        evidence: {
          uncovered: Object.fromEntries(certain.map(([t, left]) => [t, describeTenants(left)])),
          mfaTrustedTenants: describeTenants(trusted),
          notJudged:
            'B2B users of tenants whose MFA is not trusted: they complete MFA in this tenant, where no phishing-resistant method is available to them',
          policiesCounted: counted.map(screenedEvidence),
          guestPoliciesNotCounted: rejected.map(screenedEvidence),
        },
      });
    };
    return judgeWithExcludedGuests(conditionalAccessPolicies, Boolean(ctx.section('guests')), judge);
  },
});
