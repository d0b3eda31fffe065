import { describe, expect, it } from 'vitest';
import {
  isGuestQuery,
  isSelfReview,
  reviewReach,
  reviewSchedule,
  reviewsGuests,
  scopeQueries,
  targetScope,
} from '../../src/model/governance.js';

const ASOF = new Date('2026-11-27T00:00:00Z');

describe('guest review scopes', () => {
  it('recognises the documented guest filters however spaced or quoted', () => {
    for (const q of [
      "./members/microsoft.graph.user/?$filter=(userType eq 'Guest')",
      "/groups/0b0b/transitiveMembers/microsoft.graph.user/?$filter=(userType eq 'Guest')",
      "/users?$filter=(userType eq 'Guest')",
      '/users?$filter=userType  eq "guest"',
    ])
      expect(isGuestQuery(q), q).toBe(true);
  });

  it('rejects other filters, negations and non-strings', () => {
    for (const q of [
      "/users?$filter=not(userType eq 'Guest')",
      "/users?$filter=userType ne 'Guest'",
      '/groups',
      "/users?$filter=(userType eq 'Member')",
      null,
      42,
    ]) {
      expect(isGuestQuery(q), String(q)).toBe(false);
    }
  });

  it('reads principalScopes of a principalResourceMembershipsScope', () => {
    const def = {
      id: 'd',
      scope: {
        principalScopes: [{ query: '/users' }, { query: "/users?$filter=(userType eq 'Guest')" }],
        resourceScopes: [{ query: '/groups' }],
      },
    };
    expect(scopeQueries(def)).toEqual(['/users', "/users?$filter=(userType eq 'Guest')"]);
    expect(reviewsGuests(def)).toBe(true);
    expect(reviewsGuests({ id: 'x', scope: null })).toBe(false);
  });
});

describe('reviewSchedule', () => {
  const recurrence = (range: Record<string, unknown>) => ({ pattern: { type: 'weekly', interval: 2 }, range });
  it('recurring with no end is active whatever the status', () => {
    expect(reviewSchedule({ id: 'd', status: 'Completed', settings: { recurrence: recurrence({ type: 'noEnd' }) } }, ASOF)).toMatchObject({
      recurring: true,
      active: true,
      ended: false,
      pattern: 'weekly every 2',
    });
  });
  it('an end date before the reference time ends it', () => {
    expect(
      reviewSchedule({ id: 'd', settings: { recurrence: recurrence({ type: 'endDate', endDate: '2026-01-01' }) } }, ASOF),
    ).toMatchObject({ active: false, ended: true });
  });
  it('one-time reviews are active until Completed or AutoReviewed', () => {
    expect(reviewSchedule({ id: 'd', status: 'InProgress' }, ASOF).active).toBe(true);
    expect(reviewSchedule({ id: 'd', status: 'NotStarted', settings: { recurrence: null } }, ASOF).active).toBe(true);
    expect(reviewSchedule({ id: 'd', status: 'completed' }, ASOF).active).toBe(false);
    expect(reviewSchedule({ id: 'd', status: 'AutoReviewed' }, ASOF).active).toBe(false);
  });
});

// https://learn.microsoft.com/graph/api/resources/recurrencerange — endDate / noEnd / numbered (numberOfOccurrences).
describe('reviewSchedule: recurrence ranges (https://learn.microsoft.com/graph/api/resources/recurrencerange)', () => {
  const monthly = (range: Record<string, unknown>, status = 'InProgress') => ({
    id: 'd',
    status,
    settings: { instanceDurationInDays: 14, recurrence: { pattern: { type: 'absoluteMonthly', interval: 3 }, range } },
  });
  it('a numbered range ends after its last occurrence (4 quarterly instances from 2025-01-01: last on 2025-10-01, + 14 days)', () => {
    expect(reviewSchedule(monthly({ type: 'numbered', startDate: '2025-01-01', numberOfOccurrences: 4 }), ASOF)).toMatchObject({
      recurring: true,
      ended: true,
      active: false,
      openEnded: false,
      endedBecause: expect.stringContaining('2025-10-01'),
    });
  });
  it('a numbered range whose last occurrence is still ahead runs', () => {
    expect(reviewSchedule(monthly({ type: 'numbered', startDate: '2026-06-01', numberOfOccurrences: 4 }), ASOF)).toMatchObject({
      ended: false,
      active: true,
    });
  });
  it("Microsoft's example of an ongoing review — numbered, 0 occurrences, endDate 9999-12-31 — is open-ended, not finished", () => {
    expect(
      reviewSchedule(monthly({ type: 'numbered', startDate: '2025-10-13', numberOfOccurrences: 0, endDate: '9999-12-31' }), ASOF),
    ).toMatchObject({ ended: false, active: true, openEnded: true });
  });
  it('…and stays running even with status Completed between instances (an open-ended series cannot finish on its own)', () => {
    expect(
      reviewSchedule(monthly({ type: 'noEnd', startDate: '2025-10-13', numberOfOccurrences: 0, endDate: '9999-12-31' }, 'Completed'), ASOF)
        .active,
    ).toBe(true);
  });
  // https://learn.microsoft.com/graph/api/resources/accessreviewscheduledefinition — status includes Completed, AutoReviewed.
  it('a bounded series whose status is Completed has finished, whatever its dates say', () => {
    expect(reviewSchedule(monthly({ type: 'numbered', startDate: '2026-06-01', numberOfOccurrences: 4 }, 'Completed'), ASOF)).toMatchObject(
      { active: false, endedBecause: 'its status is Completed' },
    );
    expect(reviewSchedule(monthly({ type: 'endDate', startDate: '2026-06-01', endDate: '2027-06-01' }, 'AutoReviewed'), ASOF).active).toBe(
      false,
    );
  });
});

// https://learn.microsoft.com/graph/accessreviews-scope-concept — Examples 2 (one group), 5 (all Microsoft 365 groups),
// 6 (all teams), 10 (inactive guests of all groups, principalResourceMembershipsScope), 12 (guests in a role).
describe('reviewReach (https://learn.microsoft.com/graph/accessreviews-scope-concept)', () => {
  const q = (query: string) => ({ '@odata.type': '#microsoft.graph.accessReviewQueryScope', query, queryType: 'MicrosoftGraph' });
  it('guests of all Microsoft 365 groups are tenant-wide (Example 5), however Graph encodes the filter', () => {
    expect(
      reviewReach({
        id: 'd',
        scope: q("./members/microsoft.graph.user/?$filter=(userType eq 'Guest')"),
        instanceEnumerationScope: q("/groups?$filter=(groupTypes/any(c:c eq 'Unified'))"),
      }),
    ).toBe('tenant-wide');
    expect(
      reviewReach({
        id: 'd',
        scope: q("./members/microsoft.graph.user/?$count=true&$filter=(userType eq 'Guest')"),
        instanceEnumerationScope: q("/groups?$filter=(groupTypes/any(c:c+eq+'Unified'))&$count=true"),
      }),
    ).toBe('tenant-wide');
  });
  it('inactive guests of all groups are tenant-wide (Example 10)', () => {
    expect(
      reviewReach({
        id: 'd',
        scope: {
          '@odata.type': '#microsoft.graph.principalResourceMembershipsScope',
          principalScopes: [{ ...q("/users?$filter=(userType eq 'Guest')"), inactiveDuration: 'P30D' }],
          resourceScopes: [q('/groups')],
        },
      }),
    ).toBe('tenant-wide');
  });
  it("one group's guests (Example 2), all teams only (Example 6) and guests in a role (Example 12) are partial", () => {
    expect(reviewReach({ id: 'd', scope: q("/groups/0b0b/transitiveMembers/microsoft.graph.user/?$filter=(userType eq 'Guest')") })).toBe(
      'partial',
    );
    expect(
      reviewReach({
        id: 'd',
        scope: q("./members/microsoft.graph.user/?$filter=(userType eq 'Guest')"),
        instanceEnumerationScope: q(
          "/groups?$filter=(groupTypes/any(c:c eq 'Unified') and resourceProvisioningOptions/Any(x:x eq 'Team')')",
        ),
      }),
    ).toBe('partial');
    expect(
      reviewReach({
        id: 'd',
        scope: {
          '@odata.type': '#microsoft.graph.principalResourceMembershipsScope',
          principalScopes: [q("/users?$filter=(userType eq 'Guest')")],
          resourceScopes: [q('/roleManagement/directory/roleDefinitions/62e90394-69f5-4237-9190-012177145e10')],
        },
      }),
    ).toBe('partial');
    expect(reviewReach({ id: 'd', scope: q("/users?$filter=(userType eq 'Guest')") })).toBe('partial');
  });
});

// https://learn.microsoft.com/graph/accessreviews-reviewers-concept — "To configure a self-review, don't specify the
// reviewers property, or supply an empty object to the property."
describe('isSelfReview (https://learn.microsoft.com/graph/accessreviews-reviewers-concept)', () => {
  it('an empty or absent reviewers collection is a self-review', () => {
    expect(isSelfReview({ id: 'd', reviewers: [] })).toBe(true);
    expect(isSelfReview({ id: 'd' })).toBe(true);
    expect(isSelfReview({ id: 'd', reviewers: null })).toBe(true);
    expect(isSelfReview({ id: 'd', reviewers: [{ query: './owners', queryType: 'MicrosoftGraph' }] })).toBe(false);
  });
});

describe('targetScope', () => {
  it('classifies external, internal and unknown scopes', () => {
    expect(targetScope({ id: 'p', allowedTargetScope: 'allExternalUsers' })).toEqual({ kind: 'external', scope: 'allExternalUsers' });
    expect(targetScope({ id: 'p', allowedTargetScope: 'SPECIFICCONNECTEDORGANIZATIONUSERS' })).toEqual({
      kind: 'external',
      scope: 'specificConnectedOrganizationUsers',
    });
    expect(targetScope({ id: 'p', allowedTargetScope: 'allMemberUsers' })).toEqual({ kind: 'internal', scope: 'allMemberUsers' });
    expect(targetScope({ id: 'p' })).toEqual({ kind: 'internal', scope: 'notSpecified' });
    expect(targetScope({ id: 'p', allowedTargetScope: 'unknownFutureValue' }).kind).toBe('unknown');
    expect(targetScope({ id: 'p', allowedTargetScope: 'everyoneEverywhere' }).kind).toBe('unknown');
  });
});
