import { grantControlWords, guestTypeWords } from '../src/model/conditional-access.js';
import { defineRule } from '../src/engine/rule.js';
import {
  DEVICE_CONTROLS,
  type DeviceControl,
  ENTRA_B2B_TYPES,
  GUEST_TYPES,
  type GuestType,
  type InboundTrust,
  NO_TENANTS,
  analyseGrant,
  entraGuestCanMeetGrant,
  appliesToAllApps,
  guestCoverage,
  hasTenant,
  inboundTrustFrom,
  isNoTenant,
  policyResource,
  policyState,
  reachesTenantsBesides,
  describeTenants,
  union,
} from '../src/model/conditional-access.js';
import {
  type EffectiveCrossTenantPolicy,
  directConnectAppsReach,
  isOpenToAnyone,
  resolveDefault,
  resolvePartner,
} from '../src/xtap/resolve.js';

const TRUST_KEY: Record<DeviceControl, 'isCompliantDeviceAccepted' | 'isHybridAzureADJoinedDeviceAccepted'> = {
  compliantDevice: 'isCompliantDeviceAccepted',
  domainJoinedDevice: 'isHybridAzureADJoinedDeviceAccepted',
};
const CLAIM: Record<DeviceControl, string> = { compliantDevice: 'compliant-device', domainJoinedDevice: 'hybrid-joined-device' };

const trustOf = (eff: EffectiveCrossTenantPolicy): InboundTrust => inboundTrustFrom(eff.inboundTrust);

/**
 * A guest's device is managed by their home tenant, so a compliant-device or hybrid-joined grant can only be met
 * when the resource tenant's inbound trust accepts that claim from the guest's tenant. The rule joins each enabled
 * device-gated policy with the effective cross-tenant trust (partner value, else default, else service default)
 * of every tenant whose Entra users the policy covers (B2B collaboration guests and members, B2B direct connect),
 * and asks, per user type, whether any way through the grant is left once the untrusted device controls are gone:
 *
 * - AND (or a single control): an untrusted device control locks them out.
 * - OR: they are locked out when no device control is trusted and no other control is one they can meet. What an
 *   external user can meet follows Microsoft's comparison of Conditional Access controls for B2B users (see
 *   `entraGuestCanMeet`): MFA yes (direct connect users only with MFA trust); an authentication strength only with
 *   MFA trust, or when it holds a method the resource tenant offers them (a phishing-resistant one does not);
 *   approved client app and app protection never; terms of use not for direct connect users.
 * - Direct connect users are judged only for tenants whose effective inbound direct connect lets someone in.
 * - One finding per policy and tenant: sub-key the partner tenant id, or `default` for the tenants governed by
 *   the default settings. Report-only policies lock nobody out and are skipped. An alternative gatehouse cannot
 *   judge (a custom control, a strength without its combinations) makes the rule partly assessed, never a guess.
 */
export default defineRule<'crossTenantAccessDefault' | 'crossTenantAccessPartners' | 'conditionalAccessPolicies'>({
  meta: {
    id: 'ca-guest-device-grant-without-device-trust',
    title: 'Device-gated Conditional Access policy covers guests whose device claims are not trusted (lock-out)',
    action:
      'Fix Conditional Access policies that demand a compliant device from guests whose devices you do not trust; they lock those guests out.',
    severity: 'medium',
    category: 'conditional-access',
    requires: ['crossTenantAccessDefault', 'crossTenantAccessPartners', 'conditionalAccessPolicies'],
    rationale:
      "A policy that demands a compliant or hybrid-joined device for guests can only be satisfied with a device claim issued by the guest's home tenant, and that claim is ignored unless your cross-tenant inbound trust accepts it. Without the trust those guests are blocked outright — and the usual reaction to the help-desk tickets is a broad exclusion that weakens the policy for everyone. Fix the pair deliberately: trust device claims from partners whose device management you rely on, or give guests a different grant.",
    remediation: {
      summary:
        'Either accept the device claims in the inbound trust of the partner (or default) settings, or exclude guests from the device grant and cover them with an MFA / authentication-strength policy instead.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/partners/{tenantId}',
        body: { inboundTrust: { isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: true } },
      },
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Organizational settings › (partner) › Inbound access › Trust settings',
      ids: (f) => ({ tenantId: typeof f.evidence?.tenantId === 'string' ? f.evidence.tenantId : undefined }),
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
        title: 'crossTenantAccessPolicyInboundTrust resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyinboundtrust',
      },
    ],
    frameworks: { catalog: ['CA-04', 'XT-04'] },
    semantics: [
      {
        statement:
          'Compliant and hybrid-joined device grants need inbound device trust for B2B collaboration and direct connect users: their devices are managed by their home tenant.',
        source: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      },
      {
        statement:
          '"Require approved client app" and "Require app protection policy" are not supported for B2B collaboration or direct connect users, so they are no way out of a device grant.',
        source: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      },
      {
        statement:
          'Without MFA trust an external user completes MFA in your tenant with SMS, voice, Authenticator push or a software OATH token only — no method of a phishing-resistant strength.',
        source: 'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strength-external-users',
      },
      {
        statement:
          'Terms of use are not supported for direct connect users, and without MFA trust direct connect users are blocked where MFA is required.',
        source: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      },
      {
        statement:
          'Custom controls: not supported across tenants; for a B2B collaboration guest in your tenant the docs are silent, so a grant that relies on one is not assessed.',
        source: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
        reading: 'guessing either way would be a silent pass or a wrong blame.',
      },
    ],
    messages: {
      lockout:
        'Policy "{displayName}" requires {controlsText} of {typesText} from {tenant}, but the cross-tenant settings do not trust their {claims} claims{alternativesText}: they cannot sign in.',
    },
  },
  evaluate({ crossTenantAccessDefault, crossTenantAccessPartners, conditionalAccessPolicies }, ctx) {
    const effDefault = resolveDefault(crossTenantAccessDefault);
    const partnerIds = crossTenantAccessPartners.map((p) => p.tenantId);
    const undecided = new Set<string>();

    for (const policy of conditionalAccessPolicies) {
      if (policyState(policy) !== 'enabled') continue;
      const grant = analyseGrant(policy);
      if (grant.blocks || !grant.device.controls.length) continue;
      const coverage = guestCoverage(policy);
      const tenants = ENTRA_B2B_TYPES.reduce((acc, t) => union(acc, coverage.byType[t]), NO_TENANTS);
      if (isNoTenant(tenants)) continue;

      /** The Entra user types of one tenant that cannot get through the grant, with why; undefined when all can. */
      const lockedOut = (eff: EffectiveCrossTenantPolicy, tenantId: string | undefined) => {
        const trust = trustOf(eff);
        const untrusted = grant.device.controls.filter((c) => !eff.inboundTrust[TRUST_KEY[c]].value);
        if (!untrusted.length) return undefined;
        const types: GuestType[] = [];
        const alternatives = new Map<string, string>();
        for (const type of ENTRA_B2B_TYPES) {
          const covered = tenantId ? hasTenant(coverage.byType[type], tenantId) : reachesTenantsBesides(coverage.byType[type], partnerIds);
          if (!covered) continue;
          // Nobody comes in through direct connect where its inbound setting lets no one in: nobody to lock out.
          if (type === 'b2bDirectConnectUser' && isOpenToAnyone(eff.b2bDirectConnectInbound, directConnectAppsReach) === false) continue;
          const verdict = entraGuestCanMeetGrant(grant, type, trust);
          if (verdict.can === true) continue;
          if (verdict.can === 'unknown') {
            undecided.add(`policy ${JSON.stringify(policy.displayName ?? policy.id)}: ${verdict.unmet.map((u) => u.why).join('; ')}`);
            continue;
          }
          types.push(type);
          for (const u of verdict.unmet)
            if (!(DEVICE_CONTROLS as readonly string[]).includes(u.control)) alternatives.set(u.control, u.why);
        }
        return types.length ? { types, untrusted, alternatives } : undefined;
      };
      const apps = appliesToAllApps(policy);
      const evidenceBase = {
        grant: grant.controls.join(` ${grant.operator} `),
        coveredEntraGuestTenants: describeTenants(tenants),
        appliesToAllApplications: apps.all,
        ...(apps.why ? { applications: apps.why } : {}),
        ...(coverage.possibleGuestExclusions.groups.length
          ? { excludedGroupsMayExemptSomeGuests: coverage.possibleGuestExclusions.groups }
          : {}),
        alsoCoversNonEntraGuests: GUEST_TYPES.filter((t) => !ENTRA_B2B_TYPES.includes(t) && !isNoTenant(coverage.byType[t])),
      };
      const report = (
        subKey: string,
        tenant: string,
        eff: EffectiveCrossTenantPolicy,
        out: NonNullable<ReturnType<typeof lockedOut>>,
        tenantId?: string,
      ) => {
        const others = [...out.alternatives.keys()];
        ctx.fail('lockout', {
          resource: policyResource(policy),
          subKey,
          params: {
            controls: grant.device.controls.join(grant.device.requiresAll ? ' and ' : ' or '),
            controlsText: grantControlWords(grant.device.controls, grant.device.requiresAll ? 'AND' : 'OR'),
            tenant,
            claims: out.untrusted.map((c) => CLAIM[c]).join(' / '),
            types: out.types.join(', '),
            typesText: guestTypeWords(out.types),
            alternatives: others.length
              ? `; the other option${others.length === 1 ? '' : 's'} (${others.join(', ')}) ${others.length === 1 ? 'is' : 'are'} not available to them either`
              : '',
            alternativesText: others.length
              ? `, and the other ${others.length === 1 ? 'option' : 'options'} (${grantControlWords(others, 'OR')}) ${others.length === 1 ? 'is' : 'are'} not available to them either`
              : '',
          },
          evidence: {
            ...evidenceBase,
            ...(tenantId ? { tenantId } : {}),
            lockedOutTypes: out.types,
            inboundTrust: {
              ...Object.fromEntries(grant.device.controls.map((c) => [TRUST_KEY[c], eff.inboundTrust[TRUST_KEY[c]]])),
              isMfaAccepted: eff.inboundTrust.isMfaAccepted,
            },
            ...(others.length ? { alternativesTheyCannotMeet: Object.fromEntries(out.alternatives) } : {}),
          },
        });
      };

      for (const partner of crossTenantAccessPartners) {
        if (!hasTenant(tenants, partner.tenantId)) continue;
        const eff = resolvePartner(partner, effDefault);
        const out = lockedOut(eff, partner.tenantId);
        if (out) report(partner.tenantId, partner.displayName ?? partner.defaultDomainName ?? partner.tenantId, eff, out, partner.tenantId);
      }
      if (reachesTenantsBesides(tenants, partnerIds)) {
        const out = lockedOut(effDefault, undefined);
        if (out) report('default', 'tenants governed by the default cross-tenant settings', effDefault, out);
      }
    }
    if (undecided.size)
      ctx.incomplete(`whether external users can meet some grants is not known (${[...undecided].slice(0, 3).join('; ')})`);
  },
});
