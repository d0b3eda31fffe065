import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_TENANTS,
  GUEST_TYPES,
  NO_TENANTS,
  type TenantSet,
  analyseGrant,
  appliesToAllApps,
  coversAllTenantsBesides,
  guestCoverage,
  hasTenant,
  isEveryTenant,
  minus,
  narrowingConditions,
  onlyTenants,
  parseGuestTypes,
  policyState,
  reachesTenantsBesides,
  screenGuestPolicies,
  signInFrequency,
  uncoveredTypes,
  union,
  unionCoverage,
  unresolvedGuestExclusions,
} from '../../src/model/conditional-access.js';
import type { ConditionalAccessPolicy } from '../../src/snapshot/snapshot.types.js';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const allTenants = { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' };
const enumerated = (...members: string[]) => ({
  '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
  membershipKind: 'enumerated',
  members,
});

function policy(
  over: Partial<ConditionalAccessPolicy> & { users?: NonNullable<ConditionalAccessPolicy['conditions']>['users'] } = {},
): ConditionalAccessPolicy {
  const { users, ...rest } = over;
  return {
    id: 'p1',
    displayName: 'p1',
    state: 'enabled',
    conditions: {
      clientAppTypes: ['all'],
      applications: { includeApplications: ['All'], excludeApplications: [] },
      users: users ?? { includeUsers: ['All'] },
    },
    grantControls: { operator: 'OR', builtInControls: ['mfa'] },
    ...rest,
  };
}

describe('tenant sets', () => {
  // Model a TenantSet over a small finite universe and check the algebra against plain sets.
  const UNIVERSE = ['t1', 't2', 't3', 't4', 't5'];
  const arbSet: fc.Arbitrary<TenantSet> = fc.oneof(
    fc.subarray(UNIVERSE).map((xs) => ({ kind: 'all' as const, except: new Set(xs) })),
    fc.subarray(UNIVERSE).map((xs) => ({ kind: 'only' as const, tenants: new Set(xs) })),
  );
  const members = (s: TenantSet) => UNIVERSE.filter((t) => hasTenant(s, t));

  it('union and minus agree with set semantics on every tenant', () => {
    fc.assert(
      fc.property(arbSet, arbSet, (a, b) => {
        expect(members(union(a, b))).toEqual(UNIVERSE.filter((t) => hasTenant(a, t) || hasTenant(b, t)));
        expect(members(minus(a, b))).toEqual(UNIVERSE.filter((t) => hasTenant(a, t) && !hasTenant(b, t)));
      }),
    );
  });

  it('"all" stays infinite: all minus a list still reaches tenants outside the list', () => {
    const s = minus(ALL_TENANTS, onlyTenants([A]));
    expect(hasTenant(s, A)).toBe(false);
    expect(hasTenant(s, B)).toBe(true);
    expect(reachesTenantsBesides(s, [A, B])).toBe(true);
    expect(coversAllTenantsBesides(s, [A])).toBe(true);
    expect(coversAllTenantsBesides(s, [B])).toBe(false);
    expect(reachesTenantsBesides(onlyTenants([A]), [A])).toBe(false);
  });

  it('tenant ids compare case-insensitively', () => {
    expect(hasTenant(onlyTenants([A.toUpperCase()]), A)).toBe(true);
  });
});

describe('parseGuestTypes', () => {
  it('splits on commas, trims, ignores case and none, and reports unknown literals', () => {
    expect(parseGuestTypes(' InternalGuest ,b2bCollaborationGuest,, none, unknownFutureValue, b2bcollaborationguest')).toEqual({
      types: ['internalGuest', 'b2bCollaborationGuest'],
      unknown: ['unknownFutureValue'],
    });
    expect(parseGuestTypes(null)).toEqual({ types: [], unknown: [] });
  });
});

describe('guestCoverage', () => {
  it('includeUsers All or GuestsOrExternalUsers covers every type from every tenant', () => {
    for (const kw of ['All', 'GuestsOrExternalUsers', 'all']) {
      const c = guestCoverage(policy({ users: { includeUsers: [kw] } }));
      expect(uncoveredTypes(c.byType)).toEqual([]);
    }
    expect(guestCoverage(policy({ users: { includeUsers: ['All'] } })).targetsGuestsExplicitly).toBe(false);
    expect(guestCoverage(policy({ users: { includeUsers: ['GuestsOrExternalUsers'] } })).targetsGuestsExplicitly).toBe(true);
  });

  it('includeGuestsOrExternalUsers covers the listed types; enumerated tenants never narrow internal guests', () => {
    const c = guestCoverage(
      policy({
        users: {
          includeUsers: [],
          includeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest', externalTenants: enumerated(A) },
        },
      }),
    );
    expect(isEveryTenant(c.byType.internalGuest)).toBe(true);
    expect(hasTenant(c.byType.b2bCollaborationGuest, A)).toBe(true);
    expect(hasTenant(c.byType.b2bCollaborationGuest, B)).toBe(false);
    expect(c.byType.otherExternalUser).toEqual(NO_TENANTS);
    expect(c.targetsGuestsExplicitly).toBe(true);
  });

  it('null externalTenants means all tenants', () => {
    const c = guestCoverage(
      policy({ users: { includeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'serviceProvider', externalTenants: null } } }),
    );
    expect(isEveryTenant(c.byType.serviceProvider)).toBe(true);
  });

  it('an unknown membership kind narrows an include to its members and widens an exclude to all', () => {
    const odd = { membershipKind: 'somethingNew', members: [A] };
    const inc = guestCoverage(
      policy({ users: { includeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'b2bCollaborationGuest', externalTenants: odd } } }),
    );
    expect(hasTenant(inc.byType.b2bCollaborationGuest, B)).toBe(false);
    expect(inc.unknown[0]).toMatch(/somethingNew/);
    const exc = guestCoverage(
      policy({
        users: {
          includeUsers: ['All'],
          excludeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'b2bCollaborationGuest', externalTenants: odd },
        },
      }),
    );
    expect(hasTenant(exc.byType.b2bCollaborationGuest, B)).toBe(false);
  });

  it('exclusions subtract types and tenants; keyword exclusion removes every guest', () => {
    const c = guestCoverage(
      policy({
        users: {
          includeUsers: ['All'],
          excludeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'b2bDirectConnectUser', externalTenants: enumerated(B) },
        },
      }),
    );
    expect(hasTenant(c.byType.b2bDirectConnectUser, B)).toBe(false);
    expect(hasTenant(c.byType.b2bDirectConnectUser, A)).toBe(true);
    expect(uncoveredTypes(c.byType)).toEqual(['b2bDirectConnectUser']);
    const none = guestCoverage(policy({ users: { includeUsers: ['All'], excludeUsers: ['GuestsOrExternalUsers'] } }));
    expect(uncoveredTypes(none.byType)).toEqual([...GUEST_TYPES]);
  });

  it('group, role and user exclusions are "possibly excludes guests" until resolved', () => {
    const c = guestCoverage(
      policy({
        users: {
          includeUsers: ['All'],
          excludeUsers: ['u-member', 'u-guest', 'GuestsOrExternalUsers'],
          excludeGroups: ['g1'],
          excludeRoles: ['r1'],
        },
      }),
    );
    expect(c.possibleGuestExclusions).toEqual({ users: ['u-member', 'u-guest'], groups: ['g1'], roles: ['r1'] });
    expect(unresolvedGuestExclusions(c, { guestIds: new Set(['u-guest']), ignore: ['G1'] })).toEqual({
      guests: ['u-guest'],
      users: [],
      groups: [],
      roles: ['r1'],
    });
    expect(unresolvedGuestExclusions(c)).toEqual({ guests: [], users: ['u-member', 'u-guest'], groups: ['g1'], roles: ['r1'] });
  });

  it('joint coverage is the union per type', () => {
    const a = guestCoverage(
      policy({
        users: {
          includeGuestsOrExternalUsers: {
            guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest,b2bCollaborationMember',
            externalTenants: allTenants,
          },
        },
      }),
    );
    const b = guestCoverage(
      policy({
        users: {
          includeGuestsOrExternalUsers: {
            guestOrExternalUserTypes: 'b2bDirectConnectUser,otherExternalUser,serviceProvider',
            externalTenants: allTenants,
          },
        },
      }),
    );
    expect(uncoveredTypes(a.byType)).toHaveLength(3);
    expect(uncoveredTypes(unionCoverage([a.byType, b.byType]))).toEqual([]);
  });
});

describe('state, applications and conditions', () => {
  it('reads state literals and never treats an unknown one as enabled', () => {
    expect(policyState(policy({ state: 'enabled' }))).toBe('enabled');
    expect(policyState(policy({ state: 'enabledForReportingButNotEnforced' }))).toBe('reportOnly');
    expect(policyState(policy({ state: 'disabled' }))).toBe('disabled');
    expect(policyState(policy({ state: 'EnabledSomeday' }))).toBe('unknown');
  });

  it('all applications means All with nothing excluded and no user actions', () => {
    expect(appliesToAllApps(policy()).all).toBe(true);
    expect(
      appliesToAllApps(policy({ conditions: { applications: { includeApplications: ['All'], excludeApplications: ['x'] } } })).all,
    ).toBe(false);
    expect(
      appliesToAllApps(
        policy({ conditions: { applications: { includeApplications: [], includeUserActions: ['urn:user:registersecurityinfo'] } } }),
      ).why,
    ).toMatch(/user actions/);
    expect(appliesToAllApps(policy({ conditions: { applications: null } })).all).toBe(false);
  });

  it('lists narrowing conditions', () => {
    const p = policy({
      conditions: {
        clientAppTypes: ['browser', 'mobileAppsAndDesktopClients'],
        signInRiskLevels: ['high'],
        userRiskLevels: [],
        locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] },
        platforms: { includePlatforms: ['all'], excludePlatforms: [] },
      },
    });
    expect(narrowingConditions(p)).toEqual(['signInRiskLevels', 'locations', 'clientAppTypes']);
    expect(
      narrowingConditions(
        policy({ conditions: { clientAppTypes: ['browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other'] } }),
      ),
    ).toEqual([]);
    expect(narrowingConditions(policy({ conditions: { devices: { deviceFilter: null } } }))).toEqual([]);
    expect(
      narrowingConditions(policy({ conditions: { devices: { deviceFilter: { mode: 'exclude', rule: 'device.isCompliant -eq True' } } } })),
    ).toEqual(['devices']);
  });
});

describe('analyseGrant', () => {
  const g = (operator: string, builtInControls: string[], extra: Record<string, unknown> = {}) =>
    analyseGrant(policy({ grantControls: { operator, builtInControls, ...extra } }));

  it('MFA is required alone, under AND, or when every OR alternative is MFA-grade', () => {
    expect(g('OR', ['mfa']).mfa).toBe('required');
    expect(g('AND', ['mfa', 'compliantDevice']).mfa).toBe('required');
    expect(g('OR', ['mfa', 'compliantDevice']).mfa).toBe('optional');
    expect(g('OR', ['mfa'], { authenticationStrength: { id: 's', requirementsSatisfied: 'mfa' } }).mfa).toBe('required');
    expect(g('OR', [], { authenticationStrength: { id: 's' } }).mfa).toBe('required');
    expect(g('OR', [], { authenticationStrength: { id: 's', requirementsSatisfied: 'none' } }).mfa).toBe('none');
    expect(g('OR', ['compliantDevice']).mfa).toBe('none');
    expect(g('OR', ['block', 'mfa']).mfa).toBe('none');
    expect(analyseGrant(policy({ grantControls: null })).mfa).toBe('none');
  });

  it('device controls: requiresAll under AND or alone; OR lists alternatives guests can meet', () => {
    expect(g('OR', ['compliantDevice']).device).toEqual({ controls: ['compliantDevice'], requiresAll: true, guestAlternatives: [] });
    expect(g('OR', ['compliantDevice', 'domainJoinedDevice']).device.requiresAll).toBe(false);
    expect(g('OR', ['compliantDevice', 'approvedApplication']).device.guestAlternatives).toEqual(['approvedApplication']);
    expect(g('OR', ['compliantDevice', 'compliantApplication']).device.guestAlternatives).toEqual([]);
    expect(g('AND', ['compliantDevice', 'mfa']).device.requiresAll).toBe(true);
  });

  it('unknown controls and operators are reported; an unknown operator is read as OR', () => {
    const a = g('XOR', ['mfa', 'verifiedID']);
    expect(a.operator).toBe('OR');
    expect(a.unknown).toEqual(['builtInControls "verifiedID"', 'operator "XOR"']);
    expect(a.mfa).toBe('optional');
  });
});

describe('signInFrequency', () => {
  const sif = (s: Record<string, unknown> | null) => signInFrequency(policy({ sessionControls: { signInFrequency: s } }));
  it('reads hours, days, every time, disabled and unreadable values', () => {
    expect(sif({ value: 12, type: 'hours', isEnabled: true })).toEqual({ kind: 'periodic', hours: 12 });
    expect(sif({ value: 2, type: 'days', isEnabled: true })).toEqual({ kind: 'periodic', hours: 48 });
    expect(sif({ frequencyInterval: 'everyTime', isEnabled: true })).toEqual({ kind: 'everyTime' });
    expect(sif({ value: 1, type: 'hours', isEnabled: false })).toBeUndefined();
    expect(sif(null)).toBeUndefined();
    expect(sif({ value: 1, type: 'weeks', isEnabled: true })?.kind).toBe('unknown');
    expect(sif({ value: -1, type: 'hours', isEnabled: true })?.kind).toBe('unknown');
  });
});

describe('screenGuestPolicies', () => {
  it('skips policies that touch no guest and explains why the others do not count', () => {
    const members = policy({ id: 'members', users: { includeGroups: ['g'] } });
    const ok = policy({ id: 'ok' });
    const ro = policy({ id: 'ro', state: 'enabledForReportingButNotEnforced', users: { includeUsers: ['All'], excludeGroups: ['g2'] } });
    const { counted, rejected } = screenGuestPolicies([members, ok, ro], { test: () => [] });
    expect(counted.map((c) => c.policy.id)).toEqual(['ok']);
    expect(rejected.map((c) => c.policy.id)).toEqual(['ro']);
    expect(rejected[0]!.reasons).toEqual([
      'report-only (enabledForReportingButNotEnforced): evaluated but not enforced',
      'excludes group g2 that may hold guests',
    ]);
  });
});
