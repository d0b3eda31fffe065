import { countOf } from '../util/count-of.js';
import { readableDateTime } from '../util/dates.js';
import { describeSectionGap } from '../engine/section-gap.js';
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
import { readDomainPolicy } from '../model/domain-policy.js';
import { guestFacts, invitationStateLabel } from '../model/guest-facts.js';
import { caGuestType, homeTenant, identityOrigin, tenantDomains } from '../model/guest-origin.js';
import { syncAllowedInbound } from '../model/identity-sync.js';
import { groupPrincipals, RELATION_WORDS } from '../model/privileged-groups.js';
import { classifyRole } from '../model/roles.js';
import type { SectionName, SectionStatus, Snapshot, User } from '../snapshot/snapshot.types.js';
import { appsReach, resolveDefault, resolvePartner, usersReach, type EffectiveCrossTenantPolicy } from '../xtap/resolve.js';
import { SOURCE_TAG } from '../xtap/words.js';
import { grantWords, STATE_LABEL, t } from './explain-common.js';
import { inactivityBasisText, lastSignInText } from './model.js';

// `gatehouse explain guest`: everything a snapshot knows about one guest, as plain text for a terminal.

const MAX_LIST = 20;
const day = (d: Date | undefined): string => (d ? d.toISOString().slice(0, 10) : 'unknown');
const yesNo = (v: boolean | undefined): string => (v === undefined ? 'unknown' : v ? 'yes' : 'no');

function status(snapshot: Snapshot, name: SectionName): SectionStatus | undefined {
  return (snapshot.sections as Record<string, SectionStatus | undefined>)[name];
}

/** The section's data when it was collected, else undefined (and `gap` says why). */
function section<K extends keyof Snapshot['data']>(snapshot: Snapshot, name: K & SectionName): Snapshot['data'][K] | undefined {
  return status(snapshot, name)?.status === 'ok' ? snapshot.data[name] : undefined;
}

const gap = (snapshot: Snapshot, name: SectionName): string => `not known: ${describeSectionGap(name, status(snapshot, name)).reason}`;

/** The guest a query names: its object id, user principal name, mail or one of its other mail addresses (any case). */
export function matchesGuest(user: User, query: string): boolean {
  const q = query.trim().toLowerCase();
  return [user.id, user.userPrincipalName, user.mail, ...(user.otherMails ?? [])].some(
    (v) => typeof v === 'string' && v.toLowerCase() === q,
  );
}

function reachWords(eff: EffectiveCrossTenantPolicy): string {
  const s = eff.b2bCollaborationInbound;
  const u = usersReach(s);
  const a = appsReach(s);
  const words = { all: 'all', allExcept: 'all but some', some: 'only listed', none: 'no', unknown: 'unrecognised' } as const;
  return `${words[u]} users, ${words[a]} applications [${SOURCE_TAG[s.usersAndGroups.source]}]`;
}

function originLines(
  snapshot: Snapshot,
  guest: User,
): { lines: string[]; type: GuestType; tenantId: string | undefined; eff: EffectiveCrossTenantPolicy | undefined } {
  const lines = ['How they came in'];
  const origin = identityOrigin(guest, tenantDomains(snapshot));
  const type = caGuestType(guest, origin);
  lines.push(`  Signs in with:              ${t(origin.label, 160)}`);
  lines.push(`  Conditional Access type:    ${type}`);
  const f = guestFacts(guest, new Date(snapshot.collectedAt), { signInCollected: false, sponsorsCollected: false });
  lines.push(`  Created:                    ${day(f.created)}${guest.creationType ? ` (creationType ${t(guest.creationType, 40)})` : ''}`);
  lines.push(
    `  Invitation:                 ${guest.externalUserState ? `${t(invitationStateLabel(guest), 40)}${f.stateChanged ? ` since ${day(f.stateChanged)}` : ''}` : 'no invitation state (not invited, or a local account)'}`,
  );
  const domains = readDomainPolicy(section(snapshot, 'b2bManagementPolicies') ?? []);
  if (!section(snapshot, 'b2bManagementPolicies')) lines.push(`  Invitation domain list:     ${gap(snapshot, 'b2bManagementPolicies')}`);
  else if (domains.kind === 'unrecognised') lines.push(`  Invitation domain list:     unreadable (${t(domains.reason, 160)})`);
  else if (f.domain) {
    const allowed =
      domains.kind === 'allow'
        ? domains.allowedDomains.includes(f.domain)
        : domains.kind === 'block'
          ? !domains.blockedDomains.includes(f.domain)
          : true;
    lines.push(
      `  Invitation domain list:     ${t(f.domain, 80)} is ${allowed ? 'allowed' : 'NOT allowed'} today (${domains.kind === 'none' ? 'no list' : `${domains.kind} list`})`,
    );
  }
  if (origin.kind !== 'entra') {
    lines.push('  Cross-tenant settings:      do not apply (the account is not a Microsoft Entra account of another organisation)');
    return { lines, type, tenantId: undefined, eff: undefined };
  }
  const def = section(snapshot, 'crossTenantAccessDefault');
  const partners = section(snapshot, 'crossTenantAccessPartners');
  const home = homeTenant(snapshot, guest);
  const tenantId = home?.tenantId;
  if (!def || !partners) {
    lines.push(`  Cross-tenant settings:      ${gap(snapshot, !def ? 'crossTenantAccessDefault' : 'crossTenantAccessPartners')}`);
    return { lines, type, tenantId, eff: undefined };
  }
  let eff: EffectiveCrossTenantPolicy;
  const effDefault = resolveDefault(def);
  if (home?.partner) {
    const p = home.partner;
    eff = resolvePartner(p, effDefault);
    lines.push(
      `  Home organisation:          ${t(p.displayName ?? p.defaultDomainName ?? p.tenantId, 120)} (${t(p.tenantId, 60)}) — ${t(home.how, 160)}`,
    );
    lines.push(`  Admitted by:                the partner's cross-tenant settings: B2B collaboration inbound allows ${reachWords(eff)}`);
    lines.push(
      `  Trusted claims:             MFA ${yesNo(eff.inboundTrust.isMfaAccepted.value)}, compliant device ${yesNo(eff.inboundTrust.isCompliantDeviceAccepted.value)}, hybrid-joined device ${yesNo(eff.inboundTrust.isHybridAzureADJoinedDeviceAccepted.value)}`,
    );
    lines.push(`  Automatic redemption:       inbound ${yesNo(eff.automaticUserConsentSettings.inboundAllowed.value)}`);
    lines.push(
      `  Cross-tenant sync:          ${syncAllowedInbound(p) ? 'the partner may synchronise users into this tenant' : 'not allowed'}; multi-tenant organisation ${p.isInMultiTenantOrganization === true ? 'yes' : p.isInMultiTenantOrganization === false ? 'no' : 'unknown'}`,
    );
  } else {
    eff = effDefault;
    lines.push(
      `  Home organisation:          ${home ? `tenant ${t(home.tenantId, 60)} (${t(home.how, 160)}), no partner configuration` : 'not known (no partner configuration or domain look-up names its tenant)'}`,
    );
    lines.push(`  Admitted by:                the default cross-tenant settings: B2B collaboration inbound allows ${reachWords(eff)}`);
    lines.push(
      `  Trusted claims:             MFA ${yesNo(eff.inboundTrust.isMfaAccepted.value)}, compliant device ${yesNo(eff.inboundTrust.isCompliantDeviceAccepted.value)}, hybrid-joined device ${yesNo(eff.inboundTrust.isHybridAzureADJoinedDeviceAccepted.value)}`,
    );
  }
  return { lines, type, tenantId, eff };
}

function stateLines(snapshot: Snapshot, guest: User): string[] {
  const signInCollected = status(snapshot, 'guestSignInActivity')?.status === 'ok';
  const sponsorsCollected = status(snapshot, 'guestSponsors')?.status === 'ok';
  const f = guestFacts(guest, new Date(snapshot.collectedAt), { signInCollected, sponsorsCollected });
  const lines = ['State and sign-in history (as of the collection)'];
  lines.push(`  Account enabled:            ${yesNo(f.enabled)}`);
  if (!signInCollected) lines.push(`  Sign-in activity:           ${gap(snapshot, 'guestSignInActivity')}`);
  else {
    lines.push(`  Last successful sign-in:    ${t(lastSignInText(f), 60) || 'unknown'}`);
    lines.push(`  Last sign-in attempt:       ${f.lastSignInAttempt ? day(f.lastSignInAttempt) : 'none recorded'}`);
    lines.push(
      `  Days without a success:     ${f.daysInactive ?? 'unknown'}${f.daysInactive !== undefined ? ` (counted from ${inactivityBasisText(f)})` : f.inactivityUnknown ? ` (${t(f.inactivityUnknown, 120)})` : ''}`,
    );
  }
  const risky = section(snapshot, 'riskyUsers');
  if (!risky) lines.push(`  Identity Protection risk:   ${gap(snapshot, 'riskyUsers')}`);
  else {
    const r = risky.find((u) => u.id.toLowerCase() === guest.id.toLowerCase());
    lines.push(
      `  Identity Protection risk:   ${r ? `${t(r.riskState ?? 'unknown', 40)}, level ${t(r.riskLevel ?? 'unknown', 20)}${r.riskDetail ? `, ${t(r.riskDetail, 60)}` : ''}${r.riskLastUpdatedDateTime ? `, updated ${t(r.riskLastUpdatedDateTime, 40).slice(0, 10)}` : ''}` : 'not listed (B2B guests are evaluated in their home tenant and do not appear here)'}`,
    );
  }
  lines.push('Sponsors');
  if (!sponsorsCollected) lines.push(`  ${gap(snapshot, 'guestSponsors')}`);
  else if (!(guest.sponsors ?? []).length) lines.push('  (none)');
  else
    for (const s of (guest.sponsors ?? []).slice(0, MAX_LIST))
      lines.push(
        `  ${t(s.displayName ?? s.id, 120)}${s.displayName ? ` (${t(s.id, 60)})` : ''}${s['@odata.type'] ? ` ${t(String(s['@odata.type']).replace(/^#?microsoft\.graph\./, ''), 40)}` : ''}`,
      );
  return lines;
}

function rolesLines(snapshot: Snapshot, guest: User): string[] {
  const id = guest.id.toLowerCase();
  const lines = ['Directory roles'];
  const definitions = section(snapshot, 'directoryRoleDefinitions');
  const roleName = (a: { roleDefinitionId?: string | null; principalId?: string | null; id: string }) => {
    const v = classifyRole(a, definitions);
    return v.privileged === 'unknown'
      ? `${t(v.roleDefinitionId, 60)} (privilege unknown)`
      : `${t(v.name, 80)}${v.privileged ? ' — privileged' : ''}`;
  };
  const direct = (name: 'directoryRoleAssignments' | 'directoryRoleEligibilities', label: string) => {
    const list = section(snapshot, name);
    if (!list) {
      lines.push(
        `  ${label}: ${status(snapshot, name)?.status === 'not-licensed' && name === 'directoryRoleEligibilities' ? 'none (no PIM without the licence)' : gap(snapshot, name)}`,
      );
      return;
    }
    const mine = list.filter((a) => (a.principalId ?? '').toLowerCase() === id);
    lines.push(`  ${label}:${mine.length ? '' : ' (none)'}`);
    for (const a of mine) lines.push(`    ${roleName(a)}, scope ${t(a.directoryScopeId ?? '/', 80)}`);
  };
  direct('directoryRoleAssignments', 'Active');
  direct('directoryRoleEligibilities', 'Eligible (PIM)');
  const groups = section(snapshot, 'roleAssignableGroups');
  if (!groups) {
    lines.push(`  Through role-assignable groups: ${gap(snapshot, 'roleAssignableGroups')}`);
    return lines;
  }
  const eligibilities = section(snapshot, 'groupEligibilities');
  const assignments = [
    ...(section(snapshot, 'directoryRoleAssignments') ?? []).map((a) => ({ a, kind: 'active' })),
    ...(section(snapshot, 'directoryRoleEligibilities') ?? []).map((a) => ({ a, kind: 'eligible' })),
  ];
  const through: string[] = [];
  for (const g of groups) {
    const relations = groupPrincipals(g, eligibilities, ['member', 'owner', 'eligibleMember', 'eligibleOwner']).filter(
      (p) => p.principalId.toLowerCase() === id,
    );
    if (!relations.length) continue;
    const held = assignments
      .filter(({ a }) => (a.principalId ?? '').toLowerCase() === g.id.toLowerCase())
      .map(({ a, kind }) => `${roleName(a)}${kind === 'eligible' ? ' (eligible)' : ''}`);
    for (const r of relations)
      through.push(
        `    ${RELATION_WORDS[r.relation]} of ${t(g.displayName ?? g.id, 100)} (${t(g.id, 60)}): ${held.length ? held.join('; ') : 'the group holds no role'}`,
      );
  }
  lines.push(`  Through role-assignable groups:${through.length ? '' : ' (none)'}`);
  lines.push(...through);
  if (!eligibilities && status(snapshot, 'groupEligibilities')?.status !== 'not-licensed')
    lines.push(`    (eligible memberships: ${gap(snapshot, 'groupEligibilities')})`);
  return lines;
}

function ownershipLines(snapshot: Snapshot, guest: User): string[] {
  const id = guest.id.toLowerCase();
  const lines = ['Owns'];
  const apps = section(snapshot, 'appOwnership');
  if (!apps) lines.push(`  Applications: ${gap(snapshot, 'appOwnership')}`);
  else {
    const owned = apps.filter((a) => (a.owners ?? []).some((o) => o.id.toLowerCase() === id));
    lines.push(`  Applications and service principals:${owned.length ? '' : ' (none)'}`);
    for (const a of owned.slice(0, MAX_LIST)) lines.push(`    ${t(a.displayName ?? a.id, 100)} (${a.objectType}, ${t(a.id, 60)})`);
  }
  const groups = section(snapshot, 'roleAssignableGroups');
  if (groups) {
    const owned = groups.filter((g) => (g.owners ?? []).some((o) => o.id.toLowerCase() === id));
    lines.push(
      `  Role-assignable groups: ${owned.length ? owned.map((g) => t(g.displayName ?? g.id, 100)).join(', ') : '(none)'} (ownership of other groups is not in the snapshot)`,
    );
  }
  const packages = section(snapshot, 'accessPackageAssignments');
  lines.push('Access packages');
  if (!packages) lines.push(`  ${gap(snapshot, 'accessPackageAssignments')}`);
  else {
    const mine = packages.filter((p) => (p.target?.objectId ?? '').toLowerCase() === id);
    if (!mine.length) lines.push('  (none delivered)');
    for (const p of mine)
      lines.push(
        `  ${t(p.accessPackage?.displayName ?? p.accessPackage?.id ?? p.id, 100)} (${t(p.state ?? 'unknown', 20)}${p.expiredDateTime ? `, expires ${t(p.expiredDateTime, 40).slice(0, 10)}` : ''})`,
      );
  }
  return lines;
}

function conditionalAccessLines(
  snapshot: Snapshot,
  guest: User,
  type: GuestType,
  tenantId: string | undefined,
  eff: EffectiveCrossTenantPolicy | undefined,
): string[] {
  const lines = [`Conditional Access policies that apply (as guest type ${type})`];
  const policies = section(snapshot, 'conditionalAccessPolicies');
  if (!policies) {
    lines.push(`  ${gap(snapshot, 'conditionalAccessPolicies')}`);
    return lines;
  }
  const id = guest.id.toLowerCase();
  const applies: string[] = [];
  const maybe: string[] = [];
  let disabled = 0;
  for (const p of policies) {
    const state = policyState(p);
    if (state === 'disabled') {
      disabled++;
      continue;
    }
    const users = p.conditions?.users ?? {};
    const name = `[${STATE_LABEL[state]}] ${t(p.displayName ?? '(no name)', 120)} (${t(p.id, 60)})`;
    if ((users.excludeUsers ?? []).some((u) => u.toLowerCase() === id)) continue;
    const coverage = guestCoverage(p);
    const covered = coverage.byType[type];
    const named = (users.includeUsers ?? []).some((u) => u.toLowerCase() === id);
    const byType = tenantId
      ? hasTenant(covered, tenantId)
      : covered.kind === 'all' && covered.except.size === 0
        ? true
        : covered.kind === 'all' || covered.tenants.size
          ? 'depends'
          : false;
    if (!named && byType === false) {
      if ((users.includeGroups ?? []).length || (users.includeRoles ?? []).length) maybe.push(`  ${name}`);
      continue;
    }
    if (!named && byType === 'depends') {
      maybe.push(`  ${name} — if the guest's home tenant is among those it names`);
      continue;
    }
    const grant = analyseGrant(p);
    applies.push(`  ${name}`);
    applies.push(`      requires: ${grantWords(grant)}${named ? ' (names the guest)' : ''}`);
    const narrowed = narrowingConditions(p);
    if (narrowed.length) applies.push(`      only for some sign-ins: conditions on ${narrowed.join(', ')}`);
    const ex = coverage.possibleGuestExclusions;
    if (ex.groups.length || ex.roles.length)
      applies.push(
        `      excludes ${countOf(ex.groups.length, 'group')} and ${countOf(ex.roles.length, 'role')} whose membership is not in the snapshot`,
      );
    if (eff && !grant.blocks && grant.controls.length && type !== 'internalGuest') {
      const trust = inboundTrustFrom(eff.inboundTrust);
      const verdict = entraGuestCanMeetGrant(grant, type, trust);
      if (verdict.can === false) applies.push(`      the guest cannot satisfy it: ${verdict.unmet.map((u) => u.why).join('; ')}`);
      else if (grant.mfa !== 'none' && trust.mfa) applies.push('      MFA done in the home tenant satisfies it (inbound MFA trust)');
    }
  }
  lines.push(...(applies.length ? applies : ['  (none)']));
  if (maybe.length) {
    lines.push('Policies that may apply (through groups, roles or tenants the snapshot cannot resolve for this guest)');
    lines.push(...maybe);
  }
  if (disabled) lines.push(`(${disabled} disabled polic${disabled === 1 ? 'y' : 'ies'} not shown)`);
  return lines;
}

/** Plain-text explanation of one guest found in a snapshot. */
export function explainGuest(snapshot: Snapshot, guest: User): string {
  const origin = originLines(snapshot, guest);
  const header = [
    `Guest ${t(guest.displayName ?? guest.userPrincipalName ?? guest.id, 120)}`,
    `  Object id:                  ${t(guest.id, 60)}`,
    `  User principal name:        ${t(guest.userPrincipalName ?? '', 200)}`,
    `  Mail:                       ${t(guest.mail ?? '', 200)}${
      (guest.otherMails ?? []).length
        ? ` (other: ${(guest.otherMails ?? [])
            .slice(0, 5)
            .map((m) => t(m, 120))
            .join(', ')})`
        : ''
    }`,
    `  User type:                  ${t(guest.userType ?? 'unknown', 20)}`,
    `Snapshot of tenant ${t(snapshot.tenant.displayName ?? snapshot.tenant.id, 120)} (${t(snapshot.tenant.id, 60)}), collected ${t(readableDateTime(snapshot.collectedAt), 60)}`,
  ];
  return [
    ...header,
    '',
    ...origin.lines,
    '',
    ...stateLines(snapshot, guest),
    '',
    ...rolesLines(snapshot, guest),
    '',
    ...ownershipLines(snapshot, guest),
    '',
    ...conditionalAccessLines(snapshot, guest, origin.type, origin.tenantId, origin.eff),
    '',
  ].join('\n');
}

/** Why a snapshot cannot explain any guest, or undefined when it can. */
export function guestsGap(snapshot: Snapshot, file: string): InputError | undefined {
  return status(snapshot, 'guests')?.status === 'ok'
    ? undefined
    : new InputError(`${file} cannot explain guests: ${describeSectionGap('guests', status(snapshot, 'guests')).reason}`);
}
