import type { Data, DirectoryObjectRef, User } from '../snapshot/snapshot.types.js';
import { guestAt } from './guests.js';
import { DAY_MS, graphDate, guid } from './random.js';
import { ROLE } from './roles.js';
import type { World } from './world.js';

/**
 * The doors beyond Entra's own settings for Contoso Pharma: SharePoint sharing left near its defaults (Anyone links,
 * guests may reshare, a domain block list shorter than Entra's), a helpdesk group with the managed-service provider's
 * consultant in it, a security-operations group a Trey Research guest may join through PIM for Groups, an Exchange
 * group a Northwind guest owns, Identity Protection flagging a local guest account, universal tenant restrictions
 * never switched on, and access packages delivered to partner guests.
 */

const ISO = (world: World, offsetDays: number) => graphDate(world.asOfMs + offsetDays * DAY_MS);

/** The first of the first `limit` guests that passes `test`, in guest order (deterministic for a seed). */
function firstGuest(world: World, test: (u: User) => boolean, from = 3, limit = 400): User | undefined {
  for (let i = from; i < Math.min(world.opts.guests, from + limit); i++) {
    const u = guestAt(world, i);
    if (test(u)) return u;
  }
  return undefined;
}

const fromDomain = (domain: string | undefined) => (u: User) =>
  !!domain && (u.mail ?? '').toLowerCase().endsWith(`@${domain}`) && u.externalUserState === 'Accepted' && u.accountEnabled !== false;
const partnerDomain = (world: World, style: string) => world.partners.find((p) => p.style === style)?.domain;

export function sharepointSettings(world: World): NonNullable<Data['sharepointSettings']> {
  // Never tightened after the tenant was set up: Anyone links on, guests may reshare, and a block list that predates
  // the longer one in Entra.
  const blocked = world.domainPolicy.mode === 'block' ? world.domainPolicy.domains.slice(0, 2) : [];
  return {
    sharingCapability: 'externalUserAndGuestSharing',
    sharingDomainRestrictionMode: blocked.length ? 'blockList' : 'none',
    sharingAllowedDomainList: [],
    sharingBlockedDomainList: blocked,
    isResharingByExternalUsersEnabled: true,
    isRequireAcceptingUserToMatchInvitedUserEnabled: true,
    isUnmanagedSyncAppForTenantRestricted: false,
    isLegacyAuthProtocolsEnabled: false,
    idleSessionSignOut: { isEnabled: false, warnAfterInSeconds: 0, signOutAfterInSeconds: 0 },
  };
}

export interface RoleGroupFacts {
  groups: NonNullable<Data['roleAssignableGroups']>;
  eligibilities: NonNullable<Data['groupEligibilities']>;
  /** Role assignments and eligibilities whose principal is one of the groups. */
  assignments: Array<{ principalId: string; roleDefinitionId: string }>;
  roleEligibilities: Array<{ principalId: string; roleDefinitionId: string }>;
  /** Guests planted in the groups, for the truth. */
  guestMembers: Array<{ guestId: string; groupId: string; relation: 'member' | 'owner' | 'eligibleMember' }>;
}

export function roleGroups(world: World): RoleGroupFacts {
  const seed = world.opts.seed;
  const e = (i: number): DirectoryObjectRef => ({
    '@odata.type': '#microsoft.graph.user',
    id: world.employees[i] as string,
    userType: 'Member',
  });
  const g = (u: User | undefined): DirectoryObjectRef[] =>
    u ? [{ '@odata.type': '#microsoft.graph.user', id: u.id, userType: u.userType ?? 'Guest' }] : [];
  const consultant = firstGuest(world, fromDomain(partnerDomain(world, 'service-provider')));
  const researcher = firstGuest(world, fromDomain(partnerDomain(world, 'direct-connect')));
  const partnerLead = firstGuest(world, fromDomain(partnerDomain(world, 'trusted-collaborator')));
  const helpdesk = guid(seed, 'role-group', 0);
  const secops = guid(seed, 'role-group', 1);
  const exchange = guid(seed, 'role-group', 2);
  const groups: NonNullable<Data['roleAssignableGroups']> = [
    // The service desk runs through the MSP; one of its consultants was added with the employees.
    {
      id: helpdesk,
      displayName: 'Role - Helpdesk Administrators',
      isAssignableToRole: true,
      members: [e(20), e(21), ...g(consultant)],
      owners: [e(2)],
    },
    // Security operations: Security Reader through PIM; a researcher of Trey Research may join it.
    { id: secops, displayName: 'Role - Security Operations (PIM)', isAssignableToRole: true, members: [e(22)], owners: [e(2)] },
    // Exchange administration delegated to a partner's project lead as owner of the group.
    {
      id: exchange,
      displayName: 'Role - Exchange Administrators',
      isAssignableToRole: true,
      members: [e(23)],
      owners: [e(2), ...g(partnerLead)],
    },
  ];
  const eligibilities: NonNullable<Data['groupEligibilities']> = [
    {
      id: `${secops}_member_${world.employees[24] as string}`,
      groupId: secops,
      principalId: world.employees[24] as string,
      accessId: 'member',
      memberType: 'direct',
      startDateTime: ISO(world, -300),
      endDateTime: null,
    },
  ];
  if (researcher)
    eligibilities.push({
      id: `${secops}_member_${researcher.id}`,
      groupId: secops,
      principalId: researcher.id,
      accessId: 'member',
      memberType: 'direct',
      startDateTime: ISO(world, -40),
      endDateTime: ISO(world, 325),
    });
  const guestMembers: RoleGroupFacts['guestMembers'] = [
    ...(consultant ? [{ guestId: consultant.id, groupId: helpdesk, relation: 'member' as const }] : []),
    ...(researcher ? [{ guestId: researcher.id, groupId: secops, relation: 'eligibleMember' as const }] : []),
    ...(partnerLead ? [{ guestId: partnerLead.id, groupId: exchange, relation: 'owner' as const }] : []),
  ];
  return {
    groups,
    eligibilities,
    assignments: [
      { principalId: helpdesk, roleDefinitionId: ROLE.helpdeskAdministrator },
      { principalId: exchange, roleDefinitionId: ROLE.exchangeAdministrator },
    ],
    roleEligibilities: [{ principalId: secops, roleDefinitionId: ROLE.securityReader }],
    guestMembers,
  };
}

export function riskyUsers(world: World): NonNullable<Data['riskyUsers']> {
  // A local guest account (a former contractor's) whose password showed up in a leak; employees at risk too.
  const local = firstGuest(
    world,
    (u) => (u.identities ?? []).some((i) => i.issuer === world.company.initialDomain) && !u.externalUserState && u.accountEnabled !== false,
  );
  const out: NonNullable<Data['riskyUsers']> = [
    {
      id: world.employees[30] as string,
      riskLevel: 'high',
      riskState: 'atRisk',
      riskDetail: 'none',
      riskLastUpdatedDateTime: ISO(world, -2),
      isDeleted: false,
      isProcessing: false,
    },
    {
      id: world.employees[31] as string,
      riskLevel: 'none',
      riskState: 'remediated',
      riskDetail: 'userPerformedSecuredPasswordChange',
      riskLastUpdatedDateTime: ISO(world, -60),
      isDeleted: false,
      isProcessing: false,
    },
    {
      id: world.employees[32] as string,
      riskLevel: 'none',
      riskState: 'dismissed',
      riskDetail: 'adminDismissedAllRiskForUser',
      riskLastUpdatedDateTime: ISO(world, -15),
      isDeleted: false,
      isProcessing: false,
    },
  ];
  if (local)
    out.push({
      id: local.id,
      riskLevel: 'medium',
      riskState: 'atRisk',
      riskDetail: 'none',
      riskLastUpdatedDateTime: ISO(world, -9),
      isDeleted: false,
      isProcessing: false,
    });
  return out;
}

export function universalTenantRestrictions(): NonNullable<Data['universalTenantRestrictions']> {
  return { networkPacketTaggingStatus: 'disabled' };
}

export function accessPackageAssignments(world: World): NonNullable<Data['accessPackageAssignments']> {
  const seed = world.opts.seed;
  const northwind = partnerDomain(world, 'trusted-collaborator');
  const out: NonNullable<Data['accessPackageAssignments']> = [];
  const pkg = (i: number, displayName: string) => ({ id: guid(seed, 'access-package', i), displayName });
  let n = 0;
  for (let i = 0; i < Math.min(world.opts.guests, 200) && n < 6; i++) {
    const u = guestAt(world, i);
    if (!fromDomain(northwind)(u)) continue;
    out.push({
      id: guid(seed, 'access-package-assignment', n),
      state: 'delivered',
      expiredDateTime: ISO(world, 60 + 20 * n),
      target: { objectId: u.id, subjectType: 'user' },
      accessPackage: pkg(0, 'Clinical collaboration (Northwind)'),
    });
    n++;
  }
  const consultant = firstGuest(world, (u) => (u.mail ?? '').toLowerCase().endsWith('@gmail.com') && u.externalUserState === 'Accepted');
  if (consultant)
    out.push({
      id: guid(seed, 'access-package-assignment', n),
      state: 'delivered',
      expiredDateTime: null,
      target: { objectId: consultant.id, subjectType: 'user' },
      accessPackage: pkg(1, 'Consultant workspace'),
    });
  // An employee's assignment: the section holds every delivered assignment, not only guests'.
  out.push({
    id: guid(seed, 'access-package-assignment', n + 1),
    state: 'delivered',
    expiredDateTime: ISO(world, 200),
    target: { objectId: world.employees[40] as string, subjectType: 'user' },
    accessPackage: pkg(3, 'Lab systems'),
  });
  return out;
}
