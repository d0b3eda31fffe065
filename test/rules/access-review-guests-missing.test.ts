import rule from '../../rules/access-review-guests-missing.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// The base tenant reviews guests of all Microsoft 365 groups quarterly, with group owners as reviewers.
// Cited:
// SCOPE    https://learn.microsoft.com/graph/accessreviews-scope-concept — Example 2 (one group's guests), Example 5
//          (guests of all Microsoft 365 groups: relative scope + instanceEnumerationScope), Example 6 (all teams),
//          Example 10 (inactive guests of all groups, principalResourceMembershipsScope), Example 12 (guests in a role).
// RANGE    https://learn.microsoft.com/graph/api/resources/recurrencerange — endDate, noEnd, numbered
//          (numberOfOccurrences).
// DEF      https://learn.microsoft.com/graph/api/resources/accessreviewscheduledefinition — status values include
//          Completed and AutoReviewed.
// CIS      CIS Microsoft 365 Foundations Benchmark §5.3.2 — access reviews of guest users are configured.

const review = (d: MutableData) => d.accessReviewDefinitions[0]!;
const REVIEW = 'ab000000-0000-4000-8000-000000000001';
const oneGroup = {
  '@odata.type': '#microsoft.graph.accessReviewQueryScope',
  query: "/groups/0b0b0000-0000-4000-8000-000000000001/transitiveMembers/microsoft.graph.user/?$filter=(userType eq 'Guest')",
  queryType: 'MicrosoftGraph',
};

ruleTable(rule, [
  { name: 'recurring review of guests in all Microsoft 365 groups passes (SCOPE, CIS)', expect: { status: 'pass' } },
  {
    name: 'no access review at all (CIS)',
    mutate: (d) => {
      d.accessReviewDefinitions = [];
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'missing', resourceId: 'accessReviews', severity: 'medium', params: { guestReviews: 0 } }],
    },
  },
  {
    name: 'a review of all members (not guests) does not count (SCOPE Example 1)',
    mutate: (d) => {
      review(d).scope = {
        '@odata.type': '#microsoft.graph.accessReviewQueryScope',
        query: '/groups/0b0b0000-0000-4000-8000-000000000001/transitiveMembers',
        queryType: 'MicrosoftGraph',
      };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a negated guest filter does not count (Prowler: not negated)',
    mutate: (d) => {
      review(d).scope = {
        '@odata.type': '#microsoft.graph.accessReviewQueryScope',
        query: "/users?$filter=not(userType eq 'Guest')",
        queryType: 'MicrosoftGraph',
      };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'inactive guests of all groups (principalResourceMembershipsScope) count as tenant-wide (SCOPE Example 10)',
    mutate: (d) => {
      review(d).scope = {
        '@odata.type': '#microsoft.graph.principalResourceMembershipsScope',
        principalScopes: [
          {
            '@odata.type': '#microsoft.graph.accessReviewInactiveUsersQueryScope',
            query: "/users?$filter=(userType eq 'Guest')",
            queryType: 'MicrosoftGraph',
            inactiveDuration: 'P30D',
          },
        ],
        resourceScopes: [{ '@odata.type': '#microsoft.graph.accessReviewQueryScope', query: '/groups', queryType: 'MicrosoftGraph' }],
      };
      review(d).instanceEnumerationScope = null;
    },
    expect: { status: 'pass' },
  },
  // SCOPE Example 2: one group's guests — partial coverage, not tenant-wide.
  {
    name: "a review of one group's guests is partial coverage: low finding on that review (SCOPE Example 2)",
    mutate: (d) => {
      review(d).scope = oneGroup;
      review(d).instanceEnumerationScope = null;
    },
    expect: {
      status: 'fail',
      findings: [
        { messageId: 'partial', resourceId: REVIEW, resourceType: 'accessReviewScheduleDefinition', severity: 'low', subKey: 'partial' },
      ],
    },
  },
  {
    name: 'group-members form with unusual spacing is still a guest review (partial) (SCOPE Example 2)',
    mutate: (d) => {
      review(d).scope = {
        query: "/groups/0b0b/transitiveMembers/microsoft.graph.user/?$filter=(userType  eq  'Guest')",
        queryType: 'MicrosoftGraph',
      };
      review(d).instanceEnumerationScope = null;
    },
    expect: { status: 'fail', findings: [{ messageId: 'partial' }] },
  },
  {
    name: 'guests of all teams only are partial: Microsoft 365 groups without a team are left out (SCOPE Example 6)',
    mutate: (d) => {
      review(d).instanceEnumerationScope = {
        query: "/groups?$filter=(groupTypes/any(c:c eq 'Unified') and resourceProvisioningOptions/Any(x:x eq 'Team')')",
        queryType: 'MicrosoftGraph',
      };
    },
    expect: { status: 'fail', findings: [{ messageId: 'partial' }] },
  },
  {
    name: 'guests in one directory role are partial (SCOPE Example 12)',
    mutate: (d) => {
      review(d).scope = {
        '@odata.type': '#microsoft.graph.principalResourceMembershipsScope',
        principalScopes: [{ query: "/users?$filter=(userType eq 'Guest')", queryType: 'MicrosoftGraph' }],
        resourceScopes: [
          { query: '/roleManagement/directory/roleDefinitions/62e90394-69f5-4237-9190-012177145e10', queryType: 'MicrosoftGraph' },
        ],
      };
      review(d).instanceEnumerationScope = null;
    },
    expect: { status: 'fail', findings: [{ messageId: 'partial' }] },
  },
  {
    name: 'a partial review next to a tenant-wide one passes (SCOPE)',
    mutate: (d) => {
      const partial = structuredClone(review(d));
      partial.id = 'ab000000-0000-4000-8000-000000000002';
      partial.scope = oneGroup;
      partial.instanceEnumerationScope = null;
      d.accessReviewDefinitions.push(partial);
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a completed one-time review no longer counts (DEF)',
    mutate: (d) => {
      review(d).status = 'Completed';
      review(d).settings!.recurrence = null;
    },
    expect: { status: 'fail', findings: [{ messageId: 'missing', params: { guestReviews: 1 } }] },
  },
  {
    name: 'a one-time review still in progress counts (enforcement is another rule) (DEF)',
    mutate: (d) => {
      review(d).settings!.recurrence = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a recurring review whose range ended before the reference date does not count (RANGE endDate)',
    mutate: (d) => {
      review(d).settings!.recurrence = {
        pattern: { type: 'absoluteMonthly', interval: 3 },
        range: { type: 'endDate', startDate: '2025-01-01', endDate: '2026-06-30' },
      };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a recurring review whose range ends after the reference date counts (RANGE endDate)',
    mutate: (d) => {
      review(d).settings!.recurrence = {
        pattern: { type: 'absoluteMonthly', interval: 3 },
        range: { type: 'endDate', startDate: '2025-01-01', endDate: '2027-06-30' },
      };
    },
    expect: { status: 'pass' },
  },
  // RANGE: "numbered — the event repeats for numberOfOccurrences".
  {
    name: 'a numbered range past its last occurrence has finished: not coverage (RANGE numbered)',
    mutate: (d) => {
      review(d).settings!.recurrence = {
        pattern: { type: 'absoluteMonthly', interval: 3 },
        range: { type: 'numbered', startDate: '2025-01-01', numberOfOccurrences: 4 },
      };
    },
    expect: { status: 'fail', findings: [{ messageId: 'missing', params: { guestReviews: 1 } }] },
  },
  {
    name: 'a numbered range with occurrences still ahead counts (RANGE numbered)',
    mutate: (d) => {
      review(d).settings!.recurrence = {
        pattern: { type: 'absoluteMonthly', interval: 3 },
        range: { type: 'numbered', startDate: '2026-03-01', numberOfOccurrences: 8 },
      };
    },
    expect: { status: 'pass' },
  },
  // RANGE + Microsoft's examples of an ongoing review: numbered, 0 occurrences, endDate 9999-12-31.
  {
    name: "Microsoft's ongoing form — numbered, numberOfOccurrences 0, endDate 9999-12-31 — is still running (RANGE)",
    mutate: (d) => {
      review(d).settings!.recurrence = {
        pattern: { type: 'absoluteMonthly', interval: 3 },
        range: { type: 'numbered', startDate: '2025-10-13', numberOfOccurrences: 0, endDate: '9999-12-31' },
      };
    },
    expect: { status: 'pass' },
  },
  // DEF: Completed is a documented definition status — a bounded series with it has finished.
  {
    name: 'a bounded series whose status is Completed has finished even if its dates look current (DEF, RANGE)',
    mutate: (d) => {
      review(d).status = 'Completed';
      review(d).settings!.recurrence = {
        pattern: { type: 'absoluteMonthly', interval: 3 },
        range: { type: 'numbered', startDate: '2026-03-01', numberOfOccurrences: 8 },
      };
    },
    expect: { status: 'fail', findings: [{ messageId: 'missing' }] },
  },
  {
    name: 'an open-ended series with status Completed between instances still counts (DEF: cannot finish on its own)',
    mutate: (d) => {
      review(d).status = 'Completed';
    },
    expect: { status: 'pass' },
  },
  {
    name: "a self-review still covers guests here; its lack of reviewers is access-review-guests-not-enforced's finding",
    mutate: (d) => {
      review(d).reviewers = [];
    },
    expect: { status: 'pass' },
  },
]);
