import { defineRule, type Severity } from '../src/engine/rule.js';
import { partnersToJudge } from '../src/xtap/resource.js';
import {
  resolveDefault,
  settingAppsReach,
  settingEvidence,
  usersReach,
  type B2BSettingName,
  type EffectiveB2BSetting,
  type Reach,
} from '../src/xtap/resolve.js';

const SETTINGS = [
  { name: 'b2bCollaborationInbound', label: 'inbound B2B collaboration', severity: 'medium' },
  { name: 'b2bDirectConnectInbound', label: 'inbound B2B direct connect', severity: 'medium' },
  { name: 'b2bCollaborationOutbound', label: 'outbound B2B collaboration', severity: 'low' },
  { name: 'b2bDirectConnectOutbound', label: 'outbound B2B direct connect', severity: 'low' },
] as const satisfies ReadonlyArray<{ name: string; label: string; severity: Severity }>;

const TRUST = [
  { key: 'isMfaAccepted', claim: 'MFA' },
  { key: 'isCompliantDeviceAccepted', claim: 'compliant device' },
  { key: 'isHybridAzureADJoinedDeviceAccepted', claim: 'hybrid joined device' },
] as const;

/** How many external users (or applications) a value lets through, from nobody to everyone. */
const BREADTH: Record<Exclude<Reach, 'unknown'>, number> = { none: 0, some: 1, allExcept: 2, all: 3 };
const WORDS: Record<Exclude<Reach, 'unknown'>, string> = { none: 'nobody', some: 'named', allExcept: 'all but a blocked few', all: 'all' };
const broad = (r: Exclude<Reach, 'unknown'>) => r === 'all' || r === 'allExcept';

/**
 * Is the partner's effective setting more open than the default's? Scoped allow lists (named groups, named apps) are
 * what partner overrides are for and are not reported; what is reported is a partner that opens a dimension to
 * everyone (or everyone but a block list) which the default keeps narrower, or closed altogether.
 */
function looser(
  name: B2BSettingName,
  partner: EffectiveB2BSetting,
  def: EffectiveB2BSetting,
): { looser: boolean; unknown: boolean; detail?: Record<string, string> } {
  const pu = usersReach(partner);
  const pa = settingAppsReach(name, partner);
  const du = usersReach(def);
  const da = settingAppsReach(name, def);
  if (pu === 'unknown' || pa === 'unknown' || du === 'unknown' || da === 'unknown') return { looser: false, unknown: true };
  if (pu === 'none' || pa === 'none') return { looser: false, unknown: false };
  const defaultOpen = du !== 'none' && da !== 'none';
  const wider = (p: Exclude<Reach, 'unknown'>, d: Exclude<Reach, 'unknown'>) => broad(p) && (!defaultOpen || BREADTH[p] > BREADTH[d]);
  // Direct connect reaches Teams shared channels only: its applications cannot be scoped any narrower than Office 365,
  // so only its users can be wider than the default.
  const directConnect = name === 'b2bDirectConnectInbound' || name === 'b2bDirectConnectOutbound';
  if (!wider(pu, du) && (directConnect || !wider(pa, da))) return { looser: false, unknown: false };
  return {
    looser: true,
    unknown: false,
    detail: {
      partnerUsers: WORDS[pu],
      partnerApplications: WORDS[pa],
      defaultUsers: defaultOpen ? WORDS[du] : 'nobody',
      defaultApplications: defaultOpen ? WORDS[da] : 'none',
    },
  };
}

export default defineRule({
  meta: {
    id: 'xtap-partner-looser-than-default',
    title: 'A partner configuration is more open than the default settings',
    action: 'Bring partner settings that are more open than your defaults back in line, or record why they differ.',
    severity: 'medium',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault', 'crossTenantAccessPartners'],
    rationale:
      'Partner configurations are exceptions to the default, and exceptions are where access drifts: one partner opened to all users "for now", another trusted for device claims during a migration. This rule lists every partner setting that is more open than the default — per setting, so each can be justified or closed — comparing effective values (a setting the partner leaves unset inherits the default, so only its own overrides can differ). A partner that allows its named groups to named applications is the intended use and is not reported; opening users or applications to everyone where the default is narrower or closed is, as is any trust (MFA, compliant or hybrid-joined device) the default does not grant. Inbound settings and trust are medium; outbound, which governs your own users elsewhere, is low.',
    remediation: {
      summary:
        'For each reported setting, narrow the partner override to the groups and applications the partnership needs, or remove the override so the default applies.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/partners/{tenantId}',
        body: {
          b2bCollaborationInbound: {
            usersAndGroups: { accessType: 'allowed', targets: [{ target: '<partner group object id>', targetType: 'group' }] },
            applications: { accessType: 'allowed', targets: [{ target: '<application id>', targetType: 'application' }] },
          },
        },
      },
      ids: (f) => ({ tenantId: f.resource.id }),
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Organizational settings › <partner> › Inbound access / Outbound access',
    },
    references: [
      { title: 'Cross-tenant access overview', url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview' },
      {
        title: 'crossTenantAccessPolicyConfigurationPartner resource type (null inherits the default)',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      },
    ],
    frameworks: { catalog: ['XT-07'] },
    semantics: [
      {
        statement:
          "A partner's null settings inherit the default, so only its own overrides can be looser; values are compared after inheritance at every level (setting, half, each trust value).",
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      },
      {
        statement:
          'Direct connect applications cannot be scoped narrower than Office 365 (its only workload is Teams shared channels), so for direct connect only the users can be wider than the default.',
        source: 'https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview',
        reading: 'reporting the application dimension there would be a finding no one can fix.',
      },
    ],
    messages: {
      looserAccess:
        'Partner {displayName} opens {setting} to {partnerUsers} users and {partnerApplications} applications, where the default allows {defaultUsers} users and {defaultApplications} applications.',
      extraTrust: 'Partner {displayName} is trusted for {claim} claims, which the default settings do not trust.',
    },
  },
  evaluate({ crossTenantAccessDefault, crossTenantAccessPartners }, ctx) {
    const def = resolveDefault(crossTenantAccessDefault);
    for (const { partner, effective: eff, resource } of partnersToJudge(ctx, crossTenantAccessPartners, def)) {
      for (const { name, label, severity } of SETTINGS) {
        const p = eff[name];
        if (p.usersAndGroups.source !== 'partner' && p.applications.source !== 'partner') continue; // fully inherited: equal to the default
        const cmp = looser(name, p, def[name]);
        if (cmp.unknown) {
          ctx.incomplete(`partner ${partner.tenantId} or the default has a ${name} access type gatehouse does not recognise`);
          continue;
        }
        if (!cmp.looser) continue;
        ctx.fail('looserAccess', {
          resource,
          subKey: name,
          severity,
          params: { tenantId: partner.tenantId, setting: label, ...cmp.detail },
          evidence: {
            partner: settingEvidence(p),
            default: settingEvidence(def[name]),
          },
        });
      }
      for (const { key, claim } of TRUST) {
        const p = eff.inboundTrust[key];
        if (p.source !== 'partner' || !p.value || def.inboundTrust[key].value) continue;
        ctx.fail('extraTrust', {
          resource,
          subKey: `inboundTrust.${key}`,
          severity: 'medium',
          params: { tenantId: partner.tenantId, claim },
          evidence: { [key]: true, defaultValue: false, defaultSource: def.inboundTrust[key].source },
        });
      }
    }
  },
});
