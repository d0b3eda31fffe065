import { SOURCE_PHRASE } from '../src/xtap/words.js';
import { guestTypeWords } from '../src/model/conditional-access.js';
import { defineRule } from '../src/engine/rule.js';
import { partnerResource } from '../src/xtap/resource.js';
import {
  B2B_COLLABORATION_TYPES,
  type GuestType,
  analyseGrant,
  coversAllTenantsBesides,
  describeTenants,
  guestCoverage,
  hasTenant,
  policyState,
  policySummary,
  unionCoverage,
} from '../src/model/conditional-access.js';
import { resolveDefault, resolvePartner } from '../src/xtap/resolve.js';

const DEFAULT_RESOURCE = {
  type: 'crossTenantAccessPolicyConfigurationDefault',
  id: 'default',
  displayName: 'Default cross-tenant access settings',
  path: 'policies/crossTenantAccessPolicy/default',
};

/**
 * Inbound MFA trust only changes anything when a Conditional Access policy asks a guest for MFA: the claim from
 * the home tenant then satisfies the challenge. A trust with no such policy is dead configuration that suggests
 * guests are MFA-protected while nobody asks them for a second factor.
 *
 * A policy counts when it is enabled and requires MFA (or an authentication strength) on every path; the
 * applications and conditions it covers do not matter here — any challenge makes the trust meaningful (gaps in
 * coverage are `ca-guest-mfa-missing`'s business). The default's trust governs every tenant that is not a
 * configured partner, so it is matched against coverage of all those tenants; each partner whose effective trust
 * (own value, else inherited from the default) accepts MFA is matched against coverage of that tenant.
 */
export default defineRule<'crossTenantAccessDefault' | 'crossTenantAccessPartners' | 'conditionalAccessPolicies'>({
  meta: {
    id: 'xtap-mfa-trust-without-guest-mfa-ca',
    title: 'Inbound MFA trust configured but no enforced Conditional Access policy asks those guests for MFA',
    action:
      'Add an enforced Conditional Access policy requiring multifactor sign-in for guests, so the trusted partner sign-ins are actually checked.',
    severity: 'medium',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault', 'crossTenantAccessPartners', 'conditionalAccessPolicies'],
    rationale:
      "Trusting another tenant's MFA is not a control by itself: it only lets a guest answer your Conditional Access MFA challenge with a claim from home. If no enforced policy challenges those guests, the trust does nothing and they sign in with whatever single factor their home tenant accepts, while the trust settings suggest the opposite to anyone reviewing them.",
    remediation: {
      summary:
        'Require MFA for B2B collaboration guests and members from the trusting tenants with an enabled Conditional Access policy (or remove the trust if you do not intend to challenge them).',
      graph: {
        method: 'POST',
        url: '/v1.0/identity/conditionalAccess/policies',
        body: {
          displayName: 'B2B guests: require MFA',
          state: 'enabled',
          conditions: {
            clientAppTypes: ['all'],
            applications: { includeApplications: ['All'] },
            users: {
              includeGuestsOrExternalUsers: {
                guestOrExternalUserTypes: 'b2bCollaborationGuest,b2bCollaborationMember',
                externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' },
              },
            },
          },
          grantControls: { operator: 'OR', builtInControls: ['mfa'] },
        },
      },
      portal:
        'Entra admin center › Entra ID › Conditional Access › Policies › New policy; or External Identities › Cross-tenant access settings › (default or partner) › Inbound access › Trust settings',
    },
    references: [
      {
        title: 'Configure B2B collaboration cross-tenant access settings (trust settings)',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      },
      {
        title: 'Authentication and Conditional Access for external users',
        url: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      },
      {
        title: 'Require multifactor authentication for guest access',
        url: 'https://learn.microsoft.com/entra/identity/conditional-access/howto-policy-guest-mfa',
      },
    ],
    frameworks: { catalog: ['XT-04', 'CA-01'] },
    semantics: [
      {
        statement:
          'MFA trust only changes anything when a Conditional Access policy requires MFA: the trusted claim then satisfies the challenge.',
        source: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      },
      {
        statement: "The default's trust governs every tenant without a partner configuration; a partner's null trust inherits it.",
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      },
    ],
    messages: {
      defaultTrustUnused:
        'The default cross-tenant settings trust MFA done in other organisations, but no enforced Conditional Access policy requires MFA of {typesText} from every organisation they govern ({coverageText}).',
      partnerTrustUnused:
        'Partner {partner} is trusted for MFA ({sourceText}), but no enforced Conditional Access policy requires MFA of its {typesText}.',
    },
  },
  evaluate({ crossTenantAccessDefault, crossTenantAccessPartners, conditionalAccessPolicies }, ctx) {
    const effDefault = resolveDefault(crossTenantAccessDefault);
    const partners = crossTenantAccessPartners.map((p) => ({ partner: p, eff: resolvePartner(p, effDefault) }));
    const defaultTrusts = effDefault.inboundTrust.isMfaAccepted.value;
    const trustingPartners = partners.filter((p) => p.eff.inboundTrust.isMfaAccepted.value);
    // No trust anywhere: nothing can be dead configuration (the base case passes rather than "not applicable").
    if (!defaultTrusts && !trustingPartners.length) return;

    const requiring = conditionalAccessPolicies.filter((p) => policyState(p) === 'enabled' && analyseGrant(p).mfa === 'required');
    const coverage = unionCoverage(requiring.map((p) => guestCoverage(p).byType));
    const evidencePolicies = requiring.map(policySummary);
    const partnerIds = crossTenantAccessPartners.map((p) => p.tenantId);

    if (defaultTrusts) {
      const types = B2B_COLLABORATION_TYPES.filter((t) => !coversAllTenantsBesides(coverage[t], partnerIds));
      if (types.length) {
        ctx.fail('defaultTrustUnused', {
          resource: DEFAULT_RESOURCE,
          subKey: 'inboundTrust.isMfaAccepted',
          params: {
            types: types.join(', '),
            coverage: types.map((t) => `${t}: ${describeTenants(coverage[t])}`).join('; '),
            typesText: guestTypeWords(types),
            coverageText: types.map((t) => `${guestTypeWords([t])}: required in ${describeTenants(coverage[t])}`).join('; '),
          },
          evidence: {
            isMfaAccepted: true,
            source: effDefault.inboundTrust.isMfaAccepted.source,
            uncoveredTypes: types,
            mfaPoliciesEnforced: evidencePolicies,
          },
        });
      }
    }
    for (const { partner, eff } of trustingPartners) {
      const types: GuestType[] = B2B_COLLABORATION_TYPES.filter((t) => !hasTenant(coverage[t], partner.tenantId));
      if (!types.length) continue;
      const resource = partnerResource(partner);
      const name = resource.displayName;
      ctx.fail('partnerTrustUnused', {
        resource,
        subKey: 'inboundTrust.isMfaAccepted',
        params: {
          partner: name,
          source: eff.inboundTrust.isMfaAccepted.source,
          sourceText: SOURCE_PHRASE[eff.inboundTrust.isMfaAccepted.source],
          types: types.join(', '),
          typesText: guestTypeWords(types),
        },
        evidence: {
          tenantId: partner.tenantId,
          isMfaAccepted: true,
          source: eff.inboundTrust.isMfaAccepted.source,
          uncoveredTypes: types,
          mfaPoliciesEnforced: evidencePolicies,
        },
      });
    }
  },
});
