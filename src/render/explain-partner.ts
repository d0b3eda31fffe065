import { describeSectionGap } from '../engine/section-gap.js';
import { readableDateTime } from '../util/dates.js';
import { InputError } from '../errors.js';
import {
  analyseGrant,
  entraGuestCanMeetGrant,
  guestCoverage,
  hasTenant,
  inboundTrustFrom,
  narrowingConditions,
  policyState,
  type GuestType,
} from '../model/conditional-access.js';
import type { CrossTenantAccessPolicyConfigurationPartner, SectionStatus, Snapshot } from '../snapshot/snapshot.types.js';
import {
  B2B_SETTINGS,
  tenantRestrictionsExist,
  reach,
  resolveDefault,
  resolvePartner,
  type B2BSettingName,
  type EffectiveCrossTenantPolicy,
  type Reach,
  type Sourced,
  type TargetConfiguration,
  type ValueSource,
} from '../xtap/resolve.js';
import { SOURCE_TAG } from '../xtap/words.js';
import { grantWords, STATE_LABEL, t } from './explain-common.js';

// `gatehouse explain partner`: how gatehouse reads one partner organisation, as plain text for a terminal.

const SETTING_LABELS: Record<B2BSettingName, string> = {
  b2bCollaborationInbound: 'B2B collaboration, inbound (their users into your tenant)',
  b2bCollaborationOutbound: 'B2B collaboration, outbound (your users into their tenant)',
  b2bDirectConnectInbound: 'B2B direct connect, inbound',
  b2bDirectConnectOutbound: 'B2B direct connect, outbound',
  tenantRestrictions: 'Tenant restrictions v2 (accounts of that tenant used on your devices and networks)',
};

const SOURCE_LABELS: Record<ValueSource, string> = SOURCE_TAG;

/** The guest types a partner tenant's users can appear as (internal guests are local accounts; other externals are not from this tenant). */
const PARTNER_GUEST_TYPES: readonly GuestType[] = [
  'b2bCollaborationGuest',
  'b2bCollaborationMember',
  'b2bDirectConnectUser',
  'serviceProvider',
];

const MAX_TARGETS = 10;

function reachWords(r: Reach, kind: 'users' | 'applications'): string {
  const noun = kind === 'users' ? 'users' : 'applications';
  switch (r) {
    case 'all':
      return `all ${noun}`;
    case 'none':
      return `no ${noun}`;
    case 'some':
      return `only the ${noun} listed`;
    case 'allExcept':
      return `all ${noun} except those listed`;
    default:
      return 'unknown (access type not recognised)';
  }
}

function describeTargets(cfg: TargetConfiguration): string {
  if (!cfg.targets.length) return '(no targets)';
  const shown = cfg.targets
    .slice(0, MAX_TARGETS)
    .map((x) => (x.targetType ? `${t(x.targetType, 20)} ${t(x.target, 80)}` : t(x.target, 80)));
  const more = cfg.targets.length > MAX_TARGETS ? `, … ${cfg.targets.length - MAX_TARGETS} more` : '';
  return shown.join(', ') + more;
}

function describeHalf(label: string, value: Sourced<TargetConfiguration>, keyword: 'AllUsers' | 'AllApplications'): string {
  const r = reach(value.value, keyword);
  const kind = keyword === 'AllUsers' ? 'users' : 'applications';
  return `    ${label.padEnd(17)} ${t(value.value.accessType, 30)}: ${describeTargets(value.value)} → ${reachWords(r, kind)}  [${SOURCE_LABELS[value.source]}]`;
}

const yesNo = (v: boolean): string => (v ? 'yes' : 'no');

function settingsLines(eff: EffectiveCrossTenantPolicy, withTenantRestrictions: boolean): string[] {
  const lines = ['Effective cross-tenant access settings  [where each value comes from: partner | default | service default]'];
  for (const name of B2B_SETTINGS) {
    lines.push(`  ${SETTING_LABELS[name]}`);
    if (name === 'tenantRestrictions' && !withTenantRestrictions) {
      lines.push('    (not in this cloud: its cross-tenant access settings have no tenant restrictions)');
      continue;
    }
    lines.push(describeHalf('Users and groups', eff[name].usersAndGroups, 'AllUsers'));
    lines.push(describeHalf('Applications', eff[name].applications, 'AllApplications'));
  }
  const trust = eff.inboundTrust;
  lines.push('  Inbound trust (their claims satisfy your Conditional Access)');
  lines.push(`    ${'MFA'.padEnd(32)} ${yesNo(trust.isMfaAccepted.value).padEnd(4)} [${SOURCE_LABELS[trust.isMfaAccepted.source]}]`);
  lines.push(
    `    ${'Compliant device'.padEnd(32)} ${yesNo(trust.isCompliantDeviceAccepted.value).padEnd(4)} [${SOURCE_LABELS[trust.isCompliantDeviceAccepted.source]}]`,
  );
  lines.push(
    `    ${'Hybrid joined device'.padEnd(32)} ${yesNo(trust.isHybridAzureADJoinedDeviceAccepted.value).padEnd(4)} [${SOURCE_LABELS[trust.isHybridAzureADJoinedDeviceAccepted.source]}]`,
  );
  const consent = eff.automaticUserConsentSettings;
  lines.push('  Automatic redemption (no consent prompt)');
  lines.push(
    `    ${'Inbound'.padEnd(32)} ${yesNo(consent.inboundAllowed.value).padEnd(4)} [${SOURCE_LABELS[consent.inboundAllowed.source]}]`,
  );
  lines.push(
    `    ${'Outbound'.padEnd(32)} ${yesNo(consent.outboundAllowed.value).padEnd(4)} [${SOURCE_LABELS[consent.outboundAllowed.source]}]`,
  );
  if (eff.partialOverrides.length) {
    lines.push(
      `  Note: ${eff.partialOverrides.join(', ')} set only one of users/applications on the partner; the other half is inherited from the default (Graph does not document this case).`,
    );
  }
  return lines;
}

function conditionalAccessLines(snapshot: Snapshot, tenantId: string, eff: EffectiveCrossTenantPolicy): string[] {
  const lines = ["Conditional Access policies that apply to this partner's guests"];
  const status = (snapshot.sections as Record<string, SectionStatus | undefined>).conditionalAccessPolicies;
  const policies = status?.status === 'ok' ? snapshot.data.conditionalAccessPolicies : undefined;
  if (!policies) {
    lines.push(`  Not known: ${describeSectionGap('conditionalAccessPolicies', status).reason}`);
    return lines;
  }
  const applies: string[] = [];
  const notThisTenant: string[] = [];
  const maybe: string[] = [];
  let disabled = 0;
  for (const p of policies) {
    const state = policyState(p);
    if (state === 'disabled') {
      disabled++;
      continue;
    }
    const name = `${t(p.displayName ?? '(no name)', 120)} (${t(p.id, 60)})`;
    const coverage = guestCoverage(p);
    const types = PARTNER_GUEST_TYPES.filter((g) => hasTenant(coverage.byType[g], tenantId));
    const users = p.conditions?.users ?? {};
    if (types.length) {
      const grant = analyseGrant(p);
      const grantText = grantWords(grant);
      const scope = coverage.includesAllUsers ? 'all users' : 'guests and external users';
      applies.push(`  [${STATE_LABEL[state]}] ${name}`);
      applies.push(`      scope: ${scope}; guest types: ${types.join(', ')}; grant: ${grantText}`);
      const narrowed = narrowingConditions(p);
      if (narrowed.length) applies.push(`      only for some sign-ins: conditions on ${narrowed.join(', ')}`);
      const ex = coverage.possibleGuestExclusions;
      const exCount = ex.users.length + ex.groups.length + ex.roles.length;
      if (exCount)
        applies.push(
          `      excludes ${ex.users.length} user(s), ${ex.groups.length} group(s), ${ex.roles.length} role(s) — individual guests in them are exempt`,
        );
      if (grant.mfa !== 'none' && eff.inboundTrust.isMfaAccepted.value)
        applies.push('      MFA done in the partner tenant satisfies this policy (inbound MFA trust).');
      if (grant.device.controls.length && !grant.blocks) {
        // The device-grant rule's own test of what this partner's B2B guests can satisfy, so both views agree.
        const trust = inboundTrustFrom(eff.inboundTrust);
        const verdict = entraGuestCanMeetGrant(grant, 'b2bCollaborationGuest', trust);
        if (verdict.can === false) applies.push(`      its guests are locked out: ${verdict.unmet.map((u) => u.why).join('; ')}.`);
      }
      if (coverage.unknown.length)
        applies.push(`      values gatehouse does not recognise: ${coverage.unknown.map((u) => t(u, 80)).join('; ')}`);
    } else if (coverage.includesAllUsers || coverage.targetsGuestsExplicitly) {
      notThisTenant.push(`  [${STATE_LABEL[state]}] ${name}`);
    } else if (
      (users.includeGroups ?? []).length ||
      (users.includeRoles ?? []).length ||
      (users.includeUsers ?? []).some((u) => !['all', 'none', 'guestsorexternalusers'].includes(u.toLowerCase()))
    ) {
      maybe.push(`  [${STATE_LABEL[state]}] ${name}`);
    }
  }
  lines.push(...(applies.length ? applies : ['  (none)']));
  if (notThisTenant.length) {
    lines.push("Policies that target guests but not this partner's (excluded, or limited to other tenants or guest types)");
    lines.push(...notThisTenant);
  }
  if (maybe.length) {
    lines.push('Policies that may apply through group, role or user assignment (membership is not in the snapshot)');
    lines.push(...maybe);
  }
  if (disabled) lines.push(`(${disabled} disabled polic${disabled === 1 ? 'y' : 'ies'} not shown)`);
  return lines;
}

/** The partner a query names: its tenant id, its default domain, or a federated domain whose lookup found its tenant. */
export function findPartner(snapshot: Snapshot, query: string): CrossTenantAccessPolicyConfigurationPartner | undefined {
  const q = query.trim().toLowerCase().replace(/\.$/, '');
  const partners = snapshot.data.crossTenantAccessPartners ?? [];
  const byId = partners.find((p) => p.tenantId.toLowerCase() === q);
  if (byId) return byId;
  const byDomain = partners.find((p) => (p.defaultDomainName ?? '').toLowerCase() === q);
  if (byDomain) return byDomain;
  const lookup = (snapshot.data.federationDomainLookups ?? []).find((l) => l.domainName.toLowerCase() === q && l.outcome === 'tenant');
  const tenantId = lookup?.tenantInformation?.tenantId?.toLowerCase();
  return tenantId ? partners.find((p) => p.tenantId.toLowerCase() === tenantId) : undefined;
}

/** Plain-text explanation of one partner, from a loaded snapshot. Throws InputError when the snapshot cannot answer. */
export function explainPartner(snapshot: Snapshot, query: string, file = 'the snapshot'): string {
  const sections = snapshot.sections as Record<string, SectionStatus | undefined>;
  for (const name of ['crossTenantAccessPartners', 'crossTenantAccessDefault'] as const) {
    if (sections[name]?.status !== 'ok')
      throw new InputError(`${file} cannot explain partners: ${describeSectionGap(name, sections[name]).reason.replace(/\.$/, '')}`);
  }
  const partner = findPartner(snapshot, query);
  if (!partner) {
    const known = (snapshot.data.crossTenantAccessPartners ?? []).map(
      (p) => `${t(p.tenantId, 60)}${p.defaultDomainName ? ` (${t(p.defaultDomainName, 80)})` : ''}`,
    );
    const list = known.length
      ? `known partners: ${known.slice(0, 20).join(', ')}${known.length > 20 ? `, … ${known.length - 20} more` : ''}`
      : 'it has no partner configurations';
    throw new InputError(
      `no partner "${t(query, 120)}" in ${file} (every tenant without a partner configuration gets the default settings); ${list}`,
    );
  }
  const eff = resolvePartner(partner, resolveDefault(snapshot.data.crossTenantAccessDefault));
  const header = [
    `Partner ${t(partner.displayName ?? partner.defaultDomainName ?? partner.tenantId, 120)}`,
    `  Tenant ID:                 ${t(partner.tenantId, 60)}`,
    `  Default domain:            ${partner.defaultDomainName ? t(partner.defaultDomainName, 120) : '(not looked up)'}`,
    `  Cloud service provider:    ${partner.isServiceProvider === true ? 'yes' : partner.isServiceProvider === false ? 'no' : 'unknown'}`,
    `  Multi-tenant organisation: ${partner.isInMultiTenantOrganization === true ? 'yes' : partner.isInMultiTenantOrganization === false ? 'no' : 'unknown'}`,
    `Snapshot of tenant ${t(snapshot.tenant.displayName ?? snapshot.tenant.id, 120)} (${t(snapshot.tenant.id, 60)}), collected ${t(readableDateTime(snapshot.collectedAt), 60)}`,
  ];
  return [
    ...header,
    '',
    ...settingsLines(eff, tenantRestrictionsExist(snapshot.tenant.cloud, snapshot.data.crossTenantAccessDefault) !== false),
    '',
    ...conditionalAccessLines(snapshot, partner.tenantId, eff),
    '',
  ].join('\n');
}
