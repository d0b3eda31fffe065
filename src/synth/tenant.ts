import { SECTION_NAMES, SECTIONS } from '../snapshot/sections.js';
import type { Data, SectionName, Sections, Snapshot, User } from '../snapshot/snapshot.types.js';
import { conditionalAccessPolicies } from './conditional-access.js';
import { GuestFactory } from './guests.js';
import { defaultPolicy, partnerPolicy } from './partners.js';
import { guid } from './random.js';
import * as doors from './external-doors.js';
import * as settings from './settings.js';
import { GuestTally, type GuestTruth, type GuestTruthIds } from './truth.js';
import { buildWorld, type GenerateOptions, type PartnerStyle, type World } from './world.js';

/** Written into `tool` of every synthetic snapshot; bump when the generator's output changes on purpose. */
export const SYNTH_TOOL = { name: 'gatehouse-synth', version: '1' } as const;

/** Facts about everything except the guest list, known before a single guest is generated. */
export interface TenantFacts {
  seed: number;
  preset: GenerateOptions['preset'];
  asOf: string;
  tenantId: string;
  domainPolicy: { mode: 'allow' | 'block'; domains: string[] };
  partners: {
    total: number;
    byStyle: Partial<Record<PartnerStyle, string[]>>;
    /** Partners whose own inboundTrust accepts MFA (tenant ids). */
    mfaTrusted: string[];
    /** Partners with every setting null. */
    inheritAll: string[];
    /** Partners whose only non-null setting is inboundTrust. */
    inboundTrustOnly: string[];
    serviceProviders: string[];
    /** Partners with automatic redemption (automaticUserConsentSettings.inboundAllowed true). */
    autoRedemption: string[];
  };
  caPolicies: { total: number; enabled: number; reportOnly: number; disabled: number };
  federation: { resolvesToTenant: string[]; noTenant: string[] };
  privilegedGuests: Array<{ guestId: string; roleDefinitionId: string }>;
  eligibleGuests: Array<{ guestId: string; roleDefinitionId: string }>;
  guestAppOwners: Array<{ guestId: string; objectId: string }>;
  /** Guests planted as members, owners or eligible members of role-assignable groups that hold a privileged role. */
  guestsInRoleGroups: Array<{ guestId: string; groupId: string; relation: 'member' | 'owner' | 'eligibleMember' }>;
  /** Partners allowed to synchronise users into the tenant (identitySynchronization.userSyncInbound.isSyncAllowed). */
  syncInbound: string[];
}

export interface TenantTruth extends TenantFacts {
  guests: GuestTruth;
  /** Ids behind the guest counts; present when the guest list was built in memory. */
  guestIds?: GuestTruthIds;
}

export interface TenantParts {
  world: World;
  /** The snapshot with `data.guests` empty and `sections.guests.itemCount` already set to opts.guests. */
  snapshot: Snapshot;
  facts: TenantFacts;
}

/** Everything except the guests (small whatever the tenant size), for in-memory and streaming writers alike. */
export function tenantParts(opts: GenerateOptions): TenantParts {
  const world = buildWorld(opts);
  const seed = opts.seed;
  const partners = world.partners.map((p) => partnerPolicy(p, world));
  const ca = conditionalAccessPolicies(world);
  const fed = settings.federation(world);
  const connectors = settings.apiConnectors(world);
  const ent = settings.entitlement(world);
  const priv = settings.privileges(world);
  const groups = doors.roleGroups(world);
  // Roles held by the role-assignable groups join the directory's own assignments and eligibilities.
  const groupAssignments = groups.assignments.map((a, i) => ({ id: guid(seed, 'group-role-assignment', i), ...a, directoryScopeId: '/' }));
  const groupRoleEligibilities = groups.roleEligibilities.map((a, i) => ({
    id: guid(seed, 'group-role-eligibility', i),
    ...a,
    directoryScopeId: '/',
  }));

  // Key order follows the schema's section order, so the file reads the same way every time.
  const data: Data = {
    organization: settings.organization(world),
    authorizationPolicy: settings.authorizationPolicy(),
    crossTenantAccessPolicy: { displayName: 'CrossTenantAccessPolicy', allowedCloudEndpoints: [] },
    crossTenantAccessDefault: defaultPolicy(),
    crossTenantAccessPartners: partners,
    b2bManagementPolicies: settings.b2bManagementPolicies(world),
    externalIdentitiesPolicy: { allowExternalIdentitiesToLeave: false, allowDeletedIdentitiesDataRemoval: false },
    guests: [],
    federationConfigurations: fed.configurations,
    federationDomainLookups: fed.lookups,
    identityProviders: settings.identityProviders(world),
    apiConnectors: connectors,
    b2xUserFlows: settings.b2xUserFlows(connectors),
    customAuthenticationExtensions: settings.customAuthenticationExtensions(world),
    authenticationEventListeners: settings.authenticationEventListeners(world),
    authenticationFlowsPolicy: { id: 'authenticationFlowsPolicy', selfServiceSignUp: { isEnabled: true } },
    emailOtpConfiguration: settings.emailOtpConfiguration(),
    accessReviewDefinitions: settings.accessReviewDefinitions(world),
    entitlementAssignmentPolicies: ent.policies,
    connectedOrganizations: ent.connectedOrganizations,
    entitlementManagementSettings: ent.settings,
    conditionalAccessPolicies: ca,
    groupSettings: settings.groupSettings(world),
    directoryRoleDefinitions: priv.definitions,
    directoryRoleAssignments: [...priv.assignments, ...groupAssignments],
    directoryRoleEligibilities: [...priv.eligibilities, ...groupRoleEligibilities],
    appOwnership: priv.apps,
    dynamicGroups: settings.dynamicGroups(world),
    sharepointSettings: doors.sharepointSettings(world),
    roleAssignableGroups: groups.groups,
    groupEligibilities: groups.eligibilities,
    riskyUsers: doors.riskyUsers(world),
    universalTenantRestrictions: doors.universalTenantRestrictions(),
    accessPackageAssignments: doors.accessPackageAssignments(world),
  };

  const sections: Sections = {};
  for (const name of SECTION_NAMES) {
    const value = name === 'guests' ? { length: opts.guests } : (data as Record<string, unknown>)[name];
    sections[name] = {
      status: 'ok',
      apiVersion: SECTIONS[name].apiVersion,
      ...(Array.isArray(value) || name === 'guests' ? { itemCount: (value as { length: number }).length } : {}),
    };
  }

  const snapshot: Snapshot = {
    schemaVersion: 1,
    tool: { ...SYNTH_TOOL },
    tenant: {
      id: world.company.tenantId,
      displayName: world.company.displayName,
      defaultDomain: world.company.defaultDomain,
      cloud: 'global',
    },
    collectedAt: new Date(world.asOfMs).toISOString(),
    graphBaseUrl: 'https://graph.microsoft.com',
    sections,
    data,
  };

  const styles: Partial<Record<PartnerStyle, string[]>> = {};
  for (const p of world.partners) (styles[p.style] ??= []).push(p.tenantId);
  const facts: TenantFacts = {
    seed,
    preset: opts.preset,
    asOf: snapshot.collectedAt,
    tenantId: world.company.tenantId,
    domainPolicy: { mode: world.domainPolicy.mode, domains: [...world.domainPolicy.domains] },
    partners: {
      total: partners.length,
      byStyle: styles,
      mfaTrusted: partners.filter((p) => p.inboundTrust?.isMfaAccepted === true).map((p) => p.tenantId),
      inheritAll: world.partners.filter((p) => p.style === 'inherit').map((p) => p.tenantId),
      inboundTrustOnly: world.partners.filter((p) => p.style === 'inbound-trust-only').map((p) => p.tenantId),
      serviceProviders: partners.filter((p) => p.isServiceProvider === true).map((p) => p.tenantId),
      autoRedemption: partners.filter((p) => p.automaticUserConsentSettings?.inboundAllowed === true).map((p) => p.tenantId),
    },
    caPolicies: {
      total: ca.length,
      enabled: ca.filter((p) => p.state === 'enabled').length,
      reportOnly: ca.filter((p) => p.state === 'enabledForReportingButNotEnforced').length,
      disabled: ca.filter((p) => p.state === 'disabled').length,
    },
    federation: {
      resolvesToTenant: world.federations.filter((f) => f.resolvesToTenant).map((f) => f.domain),
      noTenant: world.federations.filter((f) => !f.resolvesToTenant).map((f) => f.domain),
    },
    privilegedGuests: priv.privilegedGuests,
    eligibleGuests: priv.eligibleGuests,
    guestAppOwners: priv.guestAppOwners,
    guestsInRoleGroups: groups.guestMembers,
    syncInbound: partners.filter((p) => p.identitySynchronization?.userSyncInbound?.isSyncAllowed === true).map((p) => p.tenantId),
  };
  return { world, snapshot, facts };
}

/**
 * A complete synthetic tenant in memory, with the truth of what was planted. Fine up to a few hundred thousand
 * guests; beyond that stream with `generateGuests` / `writeTenantSnapshot`.
 */
export function generateTenant(opts: GenerateOptions): { snapshot: Snapshot; truth: TenantTruth } {
  const { world, snapshot, facts } = tenantParts(opts);
  const factory = new GuestFactory(world);
  const tally = new GuestTally(facts.asOf, true);
  const guests: User[] = new Array(opts.guests);
  for (let i = 0; i < opts.guests; i++) {
    const { user, flags } = factory.make(i);
    tally.add(flags);
    guests[i] = user;
  }
  snapshot.data.guests = guests;
  return { snapshot, truth: { ...facts, guests: tally.truth(), ...(tally.ids ? { guestIds: tally.ids } : {}) } };
}

export interface DegradedSection {
  name: SectionName;
  status: 'forbidden' | 'not-licensed' | 'not-available' | 'error' | 'skipped';
  httpStatus?: number;
  errorCode?: string;
  message: string;
  requiredLicence?: string;
}

/**
 * What a collection with a narrower app registration and fewer licences looks like: sign-in activity needs P1
 * (guests still listed), PIM and access reviews need P2/Governance, the B2B management policy and entitlement
 * management permissions were not granted, the tenant look-up permission is missing, a beta endpoint is gone,
 * API connectors were not opted into (write scope), application owners hit a transient outage, PIM for Groups and
 * Identity Protection need P2, and the SharePoint and Global Secure Access read permissions were not granted.
 * Error codes and messages are the ones Graph returns in these situations.
 */
export const DEGRADED_SECTIONS: readonly DegradedSection[] = [
  {
    name: 'guestSignInActivity',
    status: 'not-licensed',
    httpStatus: 403,
    errorCode: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    message: "Neither tenant is B2C or tenant doesn't have premium license",
    requiredLicence: 'Microsoft Entra ID P1 or P2',
  },
  {
    name: 'b2bManagementPolicies',
    status: 'forbidden',
    httpStatus: 403,
    errorCode: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
  },
  {
    name: 'federationDomainLookups',
    status: 'forbidden',
    httpStatus: 403,
    errorCode: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
  },
  {
    name: 'directoryRoleEligibilities',
    status: 'not-licensed',
    httpStatus: 400,
    errorCode: 'AadPremiumLicenseRequired',
    message: 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.',
    requiredLicence: 'Microsoft Entra ID P2',
  },
  {
    name: 'accessReviewDefinitions',
    status: 'not-licensed',
    httpStatus: 403,
    errorCode: 'AadPremiumLicenseRequired',
    message: 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.',
    requiredLicence: 'Microsoft Entra ID P2 or ID Governance',
  },
  {
    name: 'entitlementAssignmentPolicies',
    status: 'forbidden',
    httpStatus: 403,
    errorCode: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
  },
  {
    name: 'connectedOrganizations',
    status: 'forbidden',
    httpStatus: 403,
    errorCode: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
  },
  {
    name: 'entitlementManagementSettings',
    status: 'forbidden',
    httpStatus: 403,
    errorCode: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
  },
  {
    name: 'externalIdentitiesPolicy',
    status: 'not-available',
    httpStatus: 400,
    errorCode: 'BadRequest',
    message: "Resource not found for the segment 'externalIdentitiesPolicy'.",
  },
  {
    name: 'apiConnectors',
    status: 'skipped',
    message:
      'Not collected: reading API connectors needs APIConnectors.ReadWrite.All (Graph has no read-only permission); run collect with --include-api-connectors to opt in.',
  },
  {
    name: 'appOwnership',
    status: 'error',
    httpStatus: 503,
    errorCode: 'serviceNotAvailable',
    message: 'Service unavailable; gave up after 4 attempts with backoff.',
  },
  {
    name: 'groupEligibilities',
    status: 'not-licensed',
    httpStatus: 400,
    errorCode: 'AadPremiumLicenseRequired',
    message: 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.',
    requiredLicence: 'Microsoft Entra ID P2 or ID Governance',
  },
  {
    name: 'riskyUsers',
    status: 'not-licensed',
    httpStatus: 403,
    errorCode: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    message: "Neither tenant is B2C or tenant doesn't have premium license",
    requiredLicence: 'Microsoft Entra ID P2',
  },
  {
    name: 'accessPackageAssignments',
    status: 'forbidden',
    httpStatus: 403,
    errorCode: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
  },
  {
    name: 'sharepointSettings',
    status: 'forbidden',
    httpStatus: 403,
    errorCode: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
  },
  {
    name: 'universalTenantRestrictions',
    status: 'forbidden',
    httpStatus: 403,
    errorCode: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
  },
];

/** The same company collected with fewer permissions and licences. Returns a new snapshot; the input is not changed. */
export function degradeSnapshot(snapshot: Snapshot, seed: number): Snapshot {
  const copy = structuredClone(snapshot);
  withSectionGaps(copy, seed, DEGRADED_SECTIONS);
  // Without the licence the collector re-reads guests without signInActivity (Graph refuses it without Entra ID P1): the property is absent.
  for (const g of copy.data.guests ?? []) delete g.signInActivity;
  return copy;
}

/** Mark sections as not collected, in place, the way the collector records each gap (request ids derived from the seed). */
export function withSectionGaps(snapshot: Snapshot, seed: number, gaps: readonly DegradedSection[]): void {
  for (const d of gaps) {
    const i = DEGRADED_SECTIONS.findIndex((x) => x.name === d.name);
    const info = SECTIONS[d.name];
    snapshot.sections[d.name] = {
      status: d.status,
      ...(d.httpStatus !== undefined ? { httpStatus: d.httpStatus } : {}),
      ...(d.errorCode ? { errorCode: d.errorCode } : {}),
      // Request ids are GUIDs; derived so the fixture is byte-stable.
      ...(d.httpStatus !== undefined ? { requestId: guid(seed, 'request-id', i < 0 ? 100 : i) } : {}),
      message: d.message,
      requiredPermissions: [...info.permissions],
      ...(d.requiredLicence ? { requiredLicence: d.requiredLicence } : {}),
      apiVersion: info.apiVersion,
    };
    delete (snapshot.data as Record<string, unknown>)[d.name];
  }
}
