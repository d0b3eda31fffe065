import type { ConditionalAccessGuestsOrExternalUsers, ConditionalAccessPolicy } from '../snapshot/snapshot.types.js';
import { APPS } from './partners.js';
import { graphDate, guid, DAY_MS } from './random.js';
import { ROLE } from './roles.js';
import type { World } from './world.js';

const ALL_GUEST_TYPES = 'internalGuest,b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,otherExternalUser,serviceProvider';

function guests(types: string, tenants: string[] | 'all'): ConditionalAccessGuestsOrExternalUsers {
  return {
    guestOrExternalUserTypes: types,
    externalTenants:
      tenants === 'all'
        ? { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' }
        : { '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants', membershipKind: 'enumerated', members: tenants },
  };
}

interface UsersSpec {
  includeUsers?: string[];
  excludeUsers?: string[];
  includeGroups?: string[];
  excludeGroups?: string[];
  includeRoles?: string[];
  includeGuestsOrExternalUsers?: ConditionalAccessGuestsOrExternalUsers | null;
  excludeGuestsOrExternalUsers?: ConditionalAccessGuestsOrExternalUsers | null;
}

interface PolicySpec {
  displayName: string;
  state: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
  users: UsersSpec;
  apps?: string[];
  clientAppTypes?: string[];
  signInRiskLevels?: string[];
  locations?: Record<string, unknown> | null;
  grant: {
    operator?: string;
    builtInControls?: string[];
    termsOfUse?: string[];
    authenticationStrength?: Record<string, unknown> | null;
  } | null;
  session?: Record<string, unknown> | null;
  ageDays: number;
}

function policy(world: World, index: number, s: PolicySpec): ConditionalAccessPolicy {
  const created = world.asOfMs - s.ageDays * DAY_MS;
  return {
    id: guid(world.opts.seed, 'ca-policy', index),
    displayName: s.displayName,
    state: s.state,
    createdDateTime: graphDate(created),
    modifiedDateTime: graphDate(created + Math.min(s.ageDays * 0.6, 200) * DAY_MS),
    conditions: {
      clientAppTypes: s.clientAppTypes ?? ['all'],
      applications: { includeApplications: s.apps ?? ['All'], excludeApplications: [] },
      users: {
        includeUsers: s.users.includeUsers ?? [],
        excludeUsers: s.users.excludeUsers ?? [],
        includeGroups: s.users.includeGroups ?? [],
        excludeGroups: s.users.excludeGroups ?? [],
        includeRoles: s.users.includeRoles ?? [],
        excludeRoles: [],
        includeGuestsOrExternalUsers: s.users.includeGuestsOrExternalUsers ?? null,
        excludeGuestsOrExternalUsers: s.users.excludeGuestsOrExternalUsers ?? null,
      },
      signInRiskLevels: s.signInRiskLevels ?? [],
      userRiskLevels: [],
      locations: s.locations ?? null,
      platforms: null,
    },
    grantControls: s.grant
      ? {
          operator: s.grant.operator ?? 'OR',
          builtInControls: s.grant.builtInControls ?? [],
          customAuthenticationFactors: [],
          termsOfUse: s.grant.termsOfUse ?? [],
          authenticationStrength: s.grant.authenticationStrength ?? null,
        }
      : null,
    sessionControls: s.session ?? null,
  };
}

const PHISHING_RESISTANT = {
  id: '00000000-0000-0000-0000-000000000004',
  displayName: 'Phishing-resistant MFA',
  description: 'Phishing-resistant, Passwordless methods for the strongest authentication, such as a FIDO2 security key',
  policyType: 'builtIn',
  requirementsSatisfied: 'mfa',
  allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'],
};

/**
 * Conditional Access of a company that protects employees well and guests half-heartedly: MFA for everyone except
 * guests, the guest MFA policy still in report-only, an enforced MFA policy for two named partners only, legacy
 * authentication blocked except for the service provider's technicians, a device-compliance policy that reaches
 * guests, and a weekly (not daily) guest sign-in frequency.
 */
export function conditionalAccessPolicies(world: World): ConditionalAccessPolicy[] {
  const seed = world.opts.seed;
  const breakGlass = [world.employees[78] as string, world.employees[79] as string];
  const byStyle = (style: string) => world.partners.find((p) => p.style === style);
  const enumerated = [byStyle('trusted-collaborator'), byStyle('partial-users-only')].filter((p) => p !== undefined).map((p) => p.tenantId);
  const provider = byStyle('service-provider');

  const specs: PolicySpec[] = [
    {
      displayName: 'CA001: Require MFA for all users',
      state: 'enabled',
      users: { includeUsers: ['All'], excludeUsers: breakGlass, excludeGuestsOrExternalUsers: guests(ALL_GUEST_TYPES, 'all') },
      grant: { builtInControls: ['mfa'] },
      ageDays: 900,
    },
    {
      displayName: 'CA002: Block legacy authentication',
      state: 'enabled',
      users: {
        includeUsers: ['All'],
        excludeUsers: breakGlass.slice(0, 1),
        excludeGuestsOrExternalUsers: guests('b2bDirectConnectUser,serviceProvider', provider ? [provider.tenantId] : 'all'),
      },
      clientAppTypes: ['exchangeActiveSync', 'other'],
      grant: { builtInControls: ['block'] },
      ageDays: 1100,
    },
    {
      displayName: 'CA003: Guests and external users: require MFA',
      state: 'enabledForReportingButNotEnforced',
      users: { includeGuestsOrExternalUsers: guests(ALL_GUEST_TYPES, 'all') },
      grant: { builtInControls: ['mfa'] },
      ageDays: 420,
    },
    {
      displayName: 'CA004: Partner guests (named tenants): require MFA',
      state: 'enabled',
      users: {
        includeGuestsOrExternalUsers: guests('b2bCollaborationGuest,b2bCollaborationMember', enumerated.length ? enumerated : 'all'),
      },
      grant: { builtInControls: ['mfa'] },
      ageDays: 380,
    },
    {
      displayName: 'CA005: Research data apps: require compliant device',
      state: 'enabled',
      users: { includeUsers: ['All'], excludeUsers: breakGlass },
      apps: [APPS.lims(seed), APPS.eln(seed)],
      grant: { builtInControls: ['compliantDevice'] },
      ageDays: 300,
    },
    {
      displayName: 'CA006: Guests: sign-in frequency 7 days',
      state: 'enabled',
      users: { includeGuestsOrExternalUsers: guests(ALL_GUEST_TYPES, 'all') },
      grant: null,
      session: {
        applicationEnforcedRestrictions: null,
        cloudAppSecurity: null,
        persistentBrowser: null,
        signInFrequency: {
          value: 7,
          type: 'days',
          authenticationType: 'primaryAndSecondaryAuthentication',
          frequencyInterval: 'timeBased',
          isEnabled: true,
        },
      },
      ageDays: 250,
    },
    {
      displayName: 'CA007: Administrators: require phishing-resistant MFA',
      state: 'enabled',
      users: {
        includeRoles: [ROLE.globalAdministrator, ROLE.privilegedRoleAdministrator, ROLE.securityAdministrator, ROLE.userAdministrator],
        excludeUsers: breakGlass,
      },
      grant: { builtInControls: [], authenticationStrength: PHISHING_RESISTANT },
      ageDays: 200,
    },
    {
      displayName: 'CA008: Block high sign-in risk',
      state: 'enabled',
      users: { includeUsers: ['All'], excludeUsers: breakGlass },
      signInRiskLevels: ['high'],
      grant: { builtInControls: ['block'] },
      ageDays: 600,
    },
    {
      displayName: 'CA009: Block access from outside allowed countries',
      state: 'disabled',
      users: { includeUsers: ['All'], excludeUsers: breakGlass },
      locations: { includeLocations: ['All'], excludeLocations: [guid(seed, 'named-location', 0)] },
      grant: { builtInControls: ['block'] },
      ageDays: 150,
    },
    {
      displayName: 'CA010: Guests: accept the partner terms of use',
      state: 'enabled',
      users: { includeGuestsOrExternalUsers: guests('b2bCollaborationGuest', 'all') },
      apps: [APPS.partnerPortal(seed)],
      grant: { builtInControls: [], termsOfUse: [guid(seed, 'terms-of-use', 0)] },
      ageDays: 500,
    },
  ];
  // Larger tenants: one MFA policy per line-of-business app for employees (the sprawl real tenants accumulate).
  for (let i = specs.length; i < world.opts.caPolicies; i++) {
    specs.push({
      displayName: `CA${String(i + 1).padStart(3, '0')}: App ${String(i - 9).padStart(3, '0')}: require MFA for members`,
      state: i % 7 === 0 ? 'enabledForReportingButNotEnforced' : i % 11 === 0 ? 'disabled' : 'enabled',
      users: { includeGroups: [guid(seed, 'ca-group', i)], excludeUsers: breakGlass },
      apps: [guid(seed, 'app', 100 + i)],
      grant: { builtInControls: ['mfa'] },
      ageDays: 30 + (i % 500),
    });
  }
  return specs.slice(0, world.opts.caPolicies).map((s, i) => policy(world, i, s));
}
