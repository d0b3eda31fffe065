import { describe, expect, it } from 'vitest';
import { isGuestQuery, reviewSchedule, reviewsGuests, scopeQueries, targetScope } from '../../src/model/governance.js';

const ASOF = new Date('2026-11-27T00:00:00Z');

describe('guest review scopes', () => {
  it('recognises the documented guest filters however spaced or quoted', () => {
    for (const q of [
      "./members/microsoft.graph.user/?$filter=(userType eq 'Guest')",
      "/groups/0b0b/transitiveMembers/microsoft.graph.user/?$filter=(userType eq 'Guest')",
      "/users?$filter=(userType eq 'Guest')",
      '/users?$filter=userType  eq "guest"',
    ]) expect(isGuestQuery(q), q).toBe(true);
  });

  it('rejects other filters, negations and non-strings', () => {
    for (const q of ["/users?$filter=not(userType eq 'Guest')", "/users?$filter=userType ne 'Guest'", '/groups', "/users?$filter=(userType eq 'Member')", null, 42]) {
      expect(isGuestQuery(q), String(q)).toBe(false);
    }
  });

  it('reads principalScopes of a principalResourceMembershipsScope', () => {
    const def = { id: 'd', scope: { principalScopes: [{ query: '/users' }, { query: "/users?$filter=(userType eq 'Guest')" }], resourceScopes: [{ query: '/groups' }] } };
    expect(scopeQueries(def)).toEqual(['/users', "/users?$filter=(userType eq 'Guest')"]);
    expect(reviewsGuests(def)).toBe(true);
    expect(reviewsGuests({ id: 'x', scope: null })).toBe(false);
  });
});

describe('reviewSchedule', () => {
  const recurrence = (range: Record<string, unknown>) => ({ pattern: { type: 'weekly', interval: 2 }, range });
  it('recurring with no end is active whatever the status', () => {
    expect(reviewSchedule({ id: 'd', status: 'Completed', settings: { recurrence: recurrence({ type: 'noEnd' }) } }, ASOF)).toMatchObject({ recurring: true, active: true, ended: false, pattern: 'weekly every 2' });
  });
  it('an end date before the reference time ends it', () => {
    expect(reviewSchedule({ id: 'd', settings: { recurrence: recurrence({ type: 'endDate', endDate: '2026-01-01' }) } }, ASOF)).toMatchObject({ active: false, ended: true });
  });
  it('one-time reviews are active until Completed or AutoReviewed', () => {
    expect(reviewSchedule({ id: 'd', status: 'InProgress' }, ASOF).active).toBe(true);
    expect(reviewSchedule({ id: 'd', status: 'NotStarted', settings: { recurrence: null } }, ASOF).active).toBe(true);
    expect(reviewSchedule({ id: 'd', status: 'completed' }, ASOF).active).toBe(false);
    expect(reviewSchedule({ id: 'd', status: 'AutoReviewed' }, ASOF).active).toBe(false);
  });
});

describe('targetScope', () => {
  it('classifies external, internal and unknown scopes', () => {
    expect(targetScope({ id: 'p', allowedTargetScope: 'allExternalUsers' })).toEqual({ kind: 'external', scope: 'allExternalUsers' });
    expect(targetScope({ id: 'p', allowedTargetScope: 'SPECIFICCONNECTEDORGANIZATIONUSERS' })).toEqual({ kind: 'external', scope: 'specificConnectedOrganizationUsers' });
    expect(targetScope({ id: 'p', allowedTargetScope: 'allMemberUsers' })).toEqual({ kind: 'internal', scope: 'allMemberUsers' });
    expect(targetScope({ id: 'p' })).toEqual({ kind: 'internal', scope: 'notSpecified' });
    expect(targetScope({ id: 'p', allowedTargetScope: 'unknownFutureValue' }).kind).toBe('unknown');
    expect(targetScope({ id: 'p', allowedTargetScope: 'everyoneEverywhere' }).kind).toBe('unknown');
  });
});
