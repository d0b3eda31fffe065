import type {
  ConditionalAccessGuestsOrExternalUsers,
  ConditionalAccessPolicy,
  CrossTenantAccessPolicyB2BSetting,
  Data,
  Snapshot,
  User,
} from '../snapshot/snapshot.types.js';
import { GuestFactory } from './guests.js';
import { APPS, targets } from './partners.js';
import { guid, hash32, hashString } from './random.js';
import { DEGRADED_SECTIONS, tenantParts, withSectionGaps } from './tenant.js';
import type { GenerateOptions, World } from './world.js';

/*
 * The bundled demo: Contoso Pharma as a reasonably well-run company reads to a newcomer — most checks pass, a handful
 * of meaningful findings, a few checks not assessed because the consultant's app registration was not given every
 * permission. It is the same world as the every-check tenant (same partners, people and policies), with the settings
 * a security team that has done one review would have, so the two fixtures can be compared side by side.
 *
 * What is left to find, on purpose:
 * - the service provider's consultant still holds Security Administrator, and a research partner's guest is eligible
 *   (PIM) for User Administrator — high;
 * - the SAML partner's token-signing certificate runs out in three weeks with no metadata URL to renew it — medium;
 * - a few enabled guests have not signed in for months (most stale guests were disabled at the last clean-up) — medium;
 * - every member may still invite guests — medium;
 * - a handful of invitations have waited for weeks; the terms-of-use policy for guests is still in report-only — low.
 * Not assessed: API connectors (read only on request: Graph has no read-only permission for them) and the tenant
 * look-ups behind direct federation (CrossTenantInformation.ReadBasic.All was not granted).
 *
 * Everything here is a function of the generator options: same options, same bytes.
 */

/** The share of planted stale guests still enabled (the rest were disabled at the last review), 1 in N. */
const STALE_KEPT_ONE_IN = 6;
/** The share of overdue invitations still waiting, 1 in N (the rest were cleaned up). */
const PENDING_KEPT_ONE_IN = 4;

const NOT_COLLECTED = new Set(['apiConnectors', 'federationDomainLookups']);

export function generateRealisticTenant(opts: GenerateOptions): Snapshot {
  const { world, snapshot } = tenantParts(opts);
  const allowed = allowList(world);
  const guests = realisticGuests(world, allowed);
  snapshot.data.guests = guests;
  snapshot.sections.guests = { ...snapshot.sections.guests!, itemCount: guests.length };
  const data = snapshot.data as Required<Data>;

  // Invitations: members may still invite (the one setting left as it was); an allow list of the domains the company
  // works with instead of a block list of consumer mail.
  data.authorizationPolicy = {
    ...data.authorizationPolicy,
    allowEmailVerifiedUsersToJoinOrganization: false,
    allowedToSignUpEmailBasedSubscriptions: false,
  };
  const policy = data.b2bManagementPolicies[0]!;
  policy.definition = [
    JSON.stringify({ B2BManagementPolicy: { InvitationsAllowedAndBlockedDomainsPolicy: { AllowedDomains: [...allowed].sort() } } }),
  ];
  data.authenticationFlowsPolicy = { ...data.authenticationFlowsPolicy, selfServiceSignUp: { isEnabled: false } };
  data.emailOtpConfiguration = { ...data.emailOtpConfiguration, allowExternalIdToUseEmailOtp: 'disabled' };
  data.externalIdentitiesPolicy = { ...data.externalIdentitiesPolicy, allowExternalIdentitiesToLeave: true };
  for (const g of data.groupSettings)
    g.values = (g.values ?? []).map((v) => (v.name === 'AllowGuestsToBeGroupOwner' ? { ...v, value: 'false' } : v));

  crossTenantAccess(world, data);
  conditionalAccess(world, data.conditionalAccessPolicies);
  governance(world, data);
  externalDoors(data);

  // Federation: the ADFS farm now publishes its metadata over HTTPS; the SAML partner's certificate still runs out in
  // three weeks, and nobody set its metadata URL, so Entra cannot renew it on its own.
  for (const f of data.federationConfigurations) {
    if (f.metadataExchangeUri?.startsWith('http://')) f.metadataExchangeUri = `https://${f.metadataExchangeUri.slice('http://'.length)}`;
  }
  const saml = data.federationConfigurations.find((f) => f.preferredAuthenticationProtocol === 'saml');
  if (saml) saml.metadataExchangeUri = null;

  // The custom authentication extension built from a sample now authenticates with Entra tokens.
  for (const x of data.customAuthenticationExtensions) {
    if (!x.authenticationConfiguration)
      x.authenticationConfiguration = {
        '@odata.type': '#microsoft.graph.azureAdTokenAuthentication',
        resourceId: `api://supplier-check.${world.company.defaultDomain}/${guid(opts.seed, 'custom-extension-app', 1)}`,
      };
  }

  // Nobody outside owns an application any more.
  for (const app of data.appOwnership) app.owners = (app.owners ?? []).filter((o) => o.userType !== 'Guest');

  withSectionGaps(
    snapshot,
    opts.seed,
    DEGRADED_SECTIONS.filter((d) => NOT_COLLECTED.has(d.name)),
  );
  // User flows name the API connectors they call; without the connectors they are read without them.
  for (const flow of snapshot.data.b2xUserFlows ?? [])
    flow.apiConnectorConfiguration = { postFederationSignup: null, postAttributeCollection: null };
  return snapshot;
}

/** The partners', federations' and long-tail organisations' domains: everyone the company works with. */
function allowList(world: World): Set<string> {
  return new Set(
    [...world.partners.map((p) => p.domain), ...world.federations.map((f) => f.domain), ...world.longTail].map((d) => d.toLowerCase()),
  );
}

function realisticGuests(world: World, allowed: Set<string>): User[] {
  const factory = new GuestFactory(world);
  const verified = new Set(world.company.verifiedDomains.map((d) => d.toLowerCase()));
  const key = hash32(world.opts.seed, hashString('realistic-guests'));
  const guests: User[] = [];
  for (let i = 0; i < world.opts.guests; i++) {
    const { user, flags } = factory.make(i);
    const roll = hash32(key, i);
    // Members synced from the sister tenant and guests on consumer mail were moved to the sister's own directory
    // and removed at the last clean-up.
    if (user.userType !== 'Guest') continue;
    const domain = (user.mail ?? '').split('@')[1]?.toLowerCase() ?? '';
    if (!verified.has(domain) && !allowed.has(domain)) continue;
    if (flags.pendingOverdue && roll % PENDING_KEPT_ONE_IN !== 0) continue;
    if (flags.stale && roll % STALE_KEPT_ONE_IN !== 0) user.accountEnabled = false;
    if (!user.sponsors?.length)
      user.sponsors = [{ id: world.sponsorUsers[roll % world.sponsorUsers.length]!, '@odata.type': '#microsoft.graph.user' }];
    guests.push(user);
  }
  return guests;
}

const setting = (
  usersAndGroups: CrossTenantAccessPolicyB2BSetting['usersAndGroups'],
  applications: CrossTenantAccessPolicyB2BSetting['applications'],
): CrossTenantAccessPolicyB2BSetting => ({ usersAndGroups, applications });

/**
 * Cross-tenant access closed by default and opened per partner, to named groups and applications; no external MFA or
 * device claim trusted; tenant restrictions block unknown tenants.
 */
function crossTenantAccess(world: World, data: Required<Data>): void {
  const seed = world.opts.seed;
  const collaborators = guid(seed, 'realistic-group', 0);
  const d = data.crossTenantAccessDefault;
  d.inboundTrust = { isMfaAccepted: false, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false };
  d.b2bCollaborationInbound = setting(targets('blocked', ['AllUsers', 'user']), targets('blocked', ['AllApplications', 'application']));
  d.b2bCollaborationOutbound = setting(
    targets('allowed', [collaborators, 'group']),
    targets('allowed', ['AllApplications', 'application']),
  );
  d.b2bDirectConnectInbound = setting(targets('blocked', ['AllUsers', 'user']), targets('blocked', ['AllApplications', 'application']));
  d.tenantRestrictions = {
    usersAndGroups: targets('blocked', ['AllUsers', 'user']),
    applications: targets('blocked', ['AllApplications', 'application']),
    devices: null,
  };
  for (const p of data.crossTenantAccessPartners) {
    const partner = world.partners.find((x) => x.tenantId === p.tenantId);
    if (!partner) continue;
    const group = targets('allowed', [partner.groupId, 'group']);
    const office = targets('allowed', [APPS.office365, 'application'], [APPS.partnerPortal(seed), 'application']);
    p.inboundTrust = null;
    p.automaticUserConsentSettings = { inboundAllowed: null, outboundAllowed: null };
    switch (partner.style) {
      case 'blocked':
      case 'outbound-blocked':
        break;
      case 'direct-connect':
        p.b2bDirectConnectInbound = setting(group, targets('allowed', [APPS.office365, 'application']));
        p.b2bDirectConnectOutbound = setting(
          targets('allowed', [collaborators, 'group']),
          targets('allowed', [APPS.office365, 'application']),
        );
        p.b2bCollaborationInbound = setting(group, office);
        break;
      case 'sister-mto':
        p.b2bCollaborationInbound = setting(group, office);
        p.b2bCollaborationOutbound = null;
        break;
      case 'trusted-collaborator':
        p.b2bCollaborationInbound = setting(group, targets('allowed', [APPS.office365, 'application'], [APPS.lims(seed), 'application']));
        break;
      default:
        p.b2bCollaborationInbound = setting(group, office);
    }
  }
}

const ALL_GUEST_TYPES = 'internalGuest,b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,otherExternalUser,serviceProvider';
const allGuests = (): ConditionalAccessGuestsOrExternalUsers => ({
  guestOrExternalUserTypes: ALL_GUEST_TYPES,
  externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' },
});

/**
 * The guest policies enforced: MFA for every guest, legacy authentication blocked for everyone, a daily sign-in for
 * guests, the device-compliance policy for employees only; the terms-of-use policy is still being piloted.
 */
function conditionalAccess(world: World, policies: ConditionalAccessPolicy[]): void {
  const seed = world.opts.seed;
  for (const p of policies) {
    const users = p.conditions?.users;
    const name = p.displayName ?? '';
    if (name.startsWith('CA002') && users) users.excludeGuestsOrExternalUsers = null;
    if (name.startsWith('CA003')) p.state = 'enabled';
    if (name.startsWith('CA005') && users) users.excludeGuestsOrExternalUsers = allGuests();
    if (name.startsWith('CA006')) {
      p.displayName = 'CA006: Guests: sign-in frequency 12 hours';
      p.sessionControls = {
        applicationEnforcedRestrictions: null,
        cloudAppSecurity: null,
        persistentBrowser: null,
        signInFrequency: {
          value: 12,
          type: 'hours',
          authenticationType: 'primaryAndSecondaryAuthentication',
          frequencyInterval: 'timeBased',
          isEnabled: true,
        },
      };
    }
    if (name.startsWith('CA010')) {
      p.state = 'enabledForReportingButNotEnforced';
      p.displayName = 'CA010: Guests: accept the partner terms of use (pilot)';
      if (p.conditions?.applications) p.conditions.applications.includeApplications = [APPS.partnerPortal(seed)];
    }
  }
}

/**
 * The doors the security review closed besides Entra's own: SharePoint shares with existing guests only, guests do
 * not reshare, invitations must be redeemed by the invited account; Global Secure Access tags traffic with the tenant
 * restrictions; no partner synchronises users in; guests left the role-assignable groups (owners and members, PIM
 * eligibilities too).
 */
function externalDoors(data: Required<Data>): void {
  if (data.sharepointSettings) {
    data.sharepointSettings = {
      ...data.sharepointSettings,
      sharingCapability: 'existingExternalUserSharingOnly',
      isResharingByExternalUsersEnabled: false,
      isRequireAcceptingUserToMatchInvitedUserEnabled: true,
    };
  }
  if (data.universalTenantRestrictions)
    data.universalTenantRestrictions = { ...data.universalTenantRestrictions, networkPacketTaggingStatus: 'enabled' };
  for (const p of data.crossTenantAccessPartners as Array<{
    identitySynchronization?: { userSyncInbound?: { isSyncAllowed?: boolean | null } | null } | null;
  }>) {
    if (p.identitySynchronization?.userSyncInbound) p.identitySynchronization.userSyncInbound.isSyncAllowed = false;
  }
  const guests = new Set((data.guests ?? []).map((g) => g.id.toLowerCase()));
  const notGuest = (o: { id?: string | null }) => !o.id || !guests.has(o.id.toLowerCase());
  for (const g of data.roleAssignableGroups ?? []) {
    g.members = (g.members ?? []).filter(notGuest);
    g.owners = (g.owners ?? []).filter(notGuest);
  }
  data.groupEligibilities = (data.groupEligibilities ?? []).filter((e) => !e.principalId || !guests.has(e.principalId.toLowerCase()));
}

/** Reviews that act on their outcome, access packages limited to connected organisations, a dynamic group of all guests. */
function governance(world: World, data: Required<Data>): void {
  const seed = world.opts.seed;
  for (const review of data.accessReviewDefinitions) {
    const s = review.settings;
    if (!s) continue;
    review.settings = {
      ...s,
      autoApplyDecisionsEnabled: true,
      defaultDecisionEnabled: true,
      defaultDecision: 'Deny',
      applyActions: [{ '@odata.type': '#microsoft.graph.removeAccessApplyAction' }],
      instanceDurationInDays: Math.min(s.instanceDurationInDays ?? 3, 3),
      justificationRequiredOnApproval: true,
      mailNotificationsEnabled: true,
      reminderNotificationsEnabled: true,
    };
  }
  data.connectedOrganizations = data.connectedOrganizations.filter((o) => o.state === 'configured');
  const firstOrg = data.connectedOrganizations[0];
  for (const p of data.entitlementAssignmentPolicies) {
    if (p.allowedTargetScope === 'allExternalUsers' && firstOrg) {
      p.allowedTargetScope = 'specificConnectedOrganizationUsers';
      p.specificAllowedTargets = data.connectedOrganizations.map((o) => ({
        '@odata.type': '#microsoft.graph.connectedOrganizationMembers',
        connectedOrganizationId: o.id,
        description: o.displayName,
      }));
      p.description = 'Consultants of connected organisations, approved by their sponsor, for 90 days.';
      p.expiration = { type: 'afterDuration', endDateTime: null, duration: 'P90D' };
    }
    const external =
      p.allowedTargetScope !== 'allMemberUsers' &&
      p.allowedTargetScope !== 'specificDirectoryUsers' &&
      p.allowedTargetScope !== 'notSpecified';
    if (!external) continue;
    const approval = data.entitlementAssignmentPolicies[0]!.requestApprovalSettings;
    p.requestApprovalSettings = structuredClone(approval);
    p.reviewSettings = {
      isEnabled: true,
      expirationBehavior: 'removeAccess',
      isRecommendationEnabled: true,
      isReviewerJustificationRequired: true,
      isSelfReview: false,
    };
  }
  data.entitlementManagementSettings = { ...data.entitlementManagementSettings, externalUserLifecycleAction: 'blockSignInAndDelete' };
  data.dynamicGroups.push({
    id: guid(seed, 'dynamic-group', 9),
    displayName: 'All guests (dynamic)',
    groupTypes: ['DynamicMembership'],
    membershipRule: '(user.userType -eq "Guest")',
    membershipRuleProcessingState: 'On',
  });
}
