import rule from '../../rules/access-review-guests-missing.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

const review = (d: MutableData) => d.accessReviewDefinitions[0]!;

ruleTable(rule, [
  { name: 'recurring guest review passes', expect: { status: 'pass' } },
  {
    name: 'no access review at all',
    mutate: (d) => { d.accessReviewDefinitions = []; },
    expect: { status: 'fail', findings: [{ messageId: 'missing', resourceId: 'accessReviews', severity: 'medium', params: { guestReviews: 0 } }] },
  },
  {
    name: 'a review of all members (not guests) does not count',
    mutate: (d) => { review(d).scope = { '@odata.type': '#microsoft.graph.accessReviewQueryScope', query: '/groups/0b0b0000-0000-4000-8000-000000000001/transitiveMembers', queryType: 'MicrosoftGraph' }; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a negated guest filter does not count (Prowler: not negated)',
    mutate: (d) => { review(d).scope = { '@odata.type': '#microsoft.graph.accessReviewQueryScope', query: "/users?$filter=not(userType eq 'Guest')", queryType: 'MicrosoftGraph' }; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'guest filter inside principalScopes of a principalResourceMembershipsScope counts',
    mutate: (d) => {
      review(d).scope = {
        '@odata.type': '#microsoft.graph.principalResourceMembershipsScope',
        principalScopes: [{ '@odata.type': '#microsoft.graph.accessReviewInactiveUsersQueryScope', query: '/users?$filter=(userType eq \'Guest\')', queryType: 'MicrosoftGraph', inactiveDuration: 'P30D' }],
        resourceScopes: [{ '@odata.type': '#microsoft.graph.accessReviewQueryScope', query: '/groups', queryType: 'MicrosoftGraph' }],
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'group-members form with unusual spacing counts',
    mutate: (d) => { review(d).scope = { query: "/groups/0b0b/transitiveMembers/microsoft.graph.user/?$filter=(userType  eq  'Guest')", queryType: 'MicrosoftGraph' }; },
    expect: { status: 'pass' },
  },
  {
    name: 'a completed one-time review no longer counts',
    mutate: (d) => { review(d).status = 'Completed'; review(d).settings!.recurrence = null; },
    expect: { status: 'fail', findings: [{ params: { guestReviews: 1 } }] },
  },
  {
    name: 'a one-time review still in progress counts (enforcement is another rule)',
    mutate: (d) => { review(d).settings!.recurrence = null; },
    expect: { status: 'pass' },
  },
  {
    name: 'a recurring review whose range ended before the reference date does not count',
    mutate: (d) => { review(d).settings!.recurrence = { pattern: { type: 'absoluteMonthly', interval: 3 }, range: { type: 'endDate', startDate: '2025-01-01', endDate: '2026-06-30' } }; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a recurring review whose range ends after the reference date counts',
    mutate: (d) => { review(d).settings!.recurrence = { pattern: { type: 'absoluteMonthly', interval: 3 }, range: { type: 'endDate', startDate: '2025-01-01', endDate: '2027-06-30' } }; },
    expect: { status: 'pass' },
  },
  {
    name: 'a recurring review with status Completed (between instances) still counts',
    mutate: (d) => { review(d).status = 'Completed'; },
    expect: { status: 'pass' },
  },
]);
