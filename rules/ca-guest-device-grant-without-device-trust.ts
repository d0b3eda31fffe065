import { defineRule } from '../src/engine/rule.js';
import {
  type DeviceControl,
  ENTRA_B2B_TYPES,
  GUEST_TYPES,
  NO_TENANTS,
  analyseGrant,
  appliesToAllApps,
  guestCoverage,
  hasTenant,
  isNoTenant,
  policyResource,
  policyState,
  reachesTenantsBesides,
  describeTenants,
  union,
} from '../src/model/conditional-access.js';
import { type EffectiveCrossTenantPolicy, resolveDefault, resolvePartner } from '../src/xtap/resolve.js';

const TRUST_KEY: Record<DeviceControl, 'isCompliantDeviceAccepted' | 'isHybridAzureADJoinedDeviceAccepted'> = {
  compliantDevice: 'isCompliantDeviceAccepted',
  domainJoinedDevice: 'isHybridAzureADJoinedDeviceAccepted',
};
const CLAIM: Record<DeviceControl, string> = { compliantDevice: 'compliant-device', domainJoinedDevice: 'hybrid-joined-device' };

/**
 * A guest's device is managed by their home tenant, so a compliant-device or hybrid-joined grant can only be met
 * when the resource tenant's inbound trust accepts that claim from the guest's tenant. The rule joins each enabled
 * device-gated policy with the effective cross-tenant trust (partner value, else default, else service default)
 * of every tenant whose Entra guests the policy covers (B2B collaboration guests and members, B2B direct connect).
 *
 * - AND (or a single control): every device control must be trusted.
 * - OR: the guest is stuck only if no alternative they can meet (MFA, authentication strength, approved client
 *   app, terms of use, custom factor) is offered and none of the device controls is trusted. App protection
 *   (`compliantApplication`) is not counted as an alternative: it needs an app protection policy the guest's
 *   device does not get from your tenant.
 * - One finding per policy and tenant: sub-key the partner tenant id, or `default` for the tenants governed by
 *   the default settings. Report-only policies lock nobody out and are skipped.
 */
export default defineRule<'crossTenantAccessDefault' | 'crossTenantAccessPartners' | 'conditionalAccessPolicies'>({
  meta: {
    id: 'ca-guest-device-grant-without-device-trust',
    title: 'Device-gated Conditional Access policy covers guests whose device claims are not trusted (lock-out)',
    severity: 'medium',
    category: 'conditional-access',
    requires: ['crossTenantAccessDefault', 'crossTenantAccessPartners', 'conditionalAccessPolicies'],
    rationale:
      'A policy that demands a compliant or hybrid-joined device for guests can only be satisfied with a device claim issued by the guest\'s home tenant, and that claim is ignored unless your cross-tenant inbound trust accepts it. Without the trust those guests are blocked outright — and the usual reaction to the help-desk tickets is a broad exclusion that weakens the policy for everyone. Fix the pair deliberately: trust device claims from partners whose device management you rely on, or give guests a different grant.',
    remediation: {
      summary:
        'Either accept the device claims in the inbound trust of the partner (or default) settings, or exclude guests from the device grant and cover them with an MFA / authentication-strength policy instead.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/partners/{tenantId}',
        body: { inboundTrust: { isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: true } },
      },
      portal: 'Entra admin center › External Identities › Cross-tenant access settings › Organizational settings › (partner) › Inbound access › Trust settings',
    },
    references: [
      { title: 'Configure B2B collaboration cross-tenant access settings (trust settings)', url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration' },
      { title: 'Authentication and Conditional Access for external users', url: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access' },
      { title: 'crossTenantAccessPolicyInboundTrust resource type', url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyinboundtrust' },
    ],
    frameworks: { catalog: ['CA-04', 'XT-04'] },
    messages: {
      lockout: 'Policy "{displayName}" requires {controls} for guests from {tenant}, but the inbound trust there does not accept {claims} claims: those guests cannot meet the grant.',
    },
  },
  evaluate({ crossTenantAccessDefault, crossTenantAccessPartners, conditionalAccessPolicies }, ctx) {
    const effDefault = resolveDefault(crossTenantAccessDefault);
    const partnerIds = crossTenantAccessPartners.map((p) => p.tenantId);

    for (const policy of conditionalAccessPolicies) {
      if (policyState(policy) !== 'enabled') continue;
      const grant = analyseGrant(policy);
      if (grant.blocks || !grant.device.controls.length) continue;
      if (!grant.device.requiresAll && grant.device.guestAlternatives.length) continue;
      const coverage = guestCoverage(policy);
      const tenants = ENTRA_B2B_TYPES.reduce((acc, t) => union(acc, coverage.byType[t]), NO_TENANTS);
      if (isNoTenant(tenants)) continue;

      /** Device controls the guest cannot meet under this effective trust, or undefined when the grant can be met. */
      const unmet = (eff: EffectiveCrossTenantPolicy): DeviceControl[] | undefined => {
        const untrusted = grant.device.controls.filter((c) => !eff.inboundTrust[TRUST_KEY[c]].value);
        if (grant.device.requiresAll) return untrusted.length ? untrusted : undefined;
        return untrusted.length === grant.device.controls.length ? untrusted : undefined;
      };
      const apps = appliesToAllApps(policy);
      const evidenceBase = {
        grant: grant.controls.join(` ${grant.operator} `),
        coveredEntraGuestTenants: describeTenants(tenants),
        appliesToAllApplications: apps.all,
        ...(apps.why ? { applications: apps.why } : {}),
        ...(coverage.possibleGuestExclusions.groups.length ? { excludedGroupsMayExemptSomeGuests: coverage.possibleGuestExclusions.groups } : {}),
        alsoCoversNonEntraGuests: GUEST_TYPES.filter((t) => !ENTRA_B2B_TYPES.includes(t) && !isNoTenant(coverage.byType[t])),
      };
      const report = (subKey: string, tenant: string, eff: EffectiveCrossTenantPolicy, controls: DeviceControl[], tenantId?: string) => {
        ctx.fail('lockout', {
          resource: policyResource(policy),
          subKey,
          params: { controls: grant.device.controls.join(grant.device.requiresAll ? ' and ' : ' or '), tenant, claims: controls.map((c) => CLAIM[c]).join(' / ') },
          evidence: {
            ...evidenceBase,
            ...(tenantId ? { tenantId } : {}),
            inboundTrust: Object.fromEntries(grant.device.controls.map((c) => [TRUST_KEY[c], eff.inboundTrust[TRUST_KEY[c]]])),
          },
        });
      };

      for (const partner of crossTenantAccessPartners) {
        if (!hasTenant(tenants, partner.tenantId)) continue;
        const eff = resolvePartner(partner, effDefault);
        const controls = unmet(eff);
        if (controls) report(partner.tenantId, partner.displayName ?? partner.defaultDomainName ?? partner.tenantId, eff, controls, partner.tenantId);
      }
      if (reachesTenantsBesides(tenants, partnerIds)) {
        const controls = unmet(effDefault);
        if (controls) report('default', 'tenants governed by the default cross-tenant settings', effDefault, controls);
      }
    }
  },
});
