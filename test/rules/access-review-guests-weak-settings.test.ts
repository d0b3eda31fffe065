import rule from '../../rules/access-review-guests-weak-settings.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// SET  https://learn.microsoft.com/graph/api/resources/accessreviewschedulesettings — instanceDurationInDays;
//      justificationRequiredOnApproval, mailNotificationsEnabled, reminderNotificationsEnabled (default false);
//      applyActions; recurrence.
// ACT  https://learn.microsoft.com/graph/api/resources/accessreviewapplyaction — removeAccessApplyAction (default) and
//      disableAndDeleteUserApplyAction.
// REV  https://learn.microsoft.com/graph/accessreviews-reviewers-concept — a specific reviewer is "/users/{userId}";
//      fallbackReviewers; self-review is an empty reviewers collection.
// RNG  https://learn.microsoft.com/graph/api/resources/recurrencerange — endDate, noEnd, numbered.
// CIS  CIS Microsoft 365 Foundations Benchmark §5.3.2 — reviewers not the guest, duration at most 3 days, recurrence
//      monthly or more often, end never, justification, e-mail notifications and reminders.

const review = (d: MutableData) => d.accessReviewDefinitions[0]!;
const settings = (d: MutableData) => review(d).settings!;
const GUEST = '7a1c0000-0000-4000-8000-000000000002';

ruleTable(rule, [
  { name: 'monthly, 3 days, justification, notifications, reminders, remove access (CIS, SET)', expect: { status: 'pass' } },
  {
    name: 'quarterly recurrence → frequency, low (CIS: monthly or more often)',
    mutate: (d) => {
      settings(d).recurrence = { pattern: { type: 'absoluteMonthly', interval: 3 }, range: { type: 'noEnd', startDate: '2025-01-01' } };
    },
    expect: { status: 'fail', findings: [{ messageId: 'frequency', subKey: 'frequency', severity: 'low', params: { days: 93, max: 31 } }] },
  },
  {
    name: 'strict: monthly is slower than fortnightly (CIS v3 1.1.4)',
    profile: 'strict',
    expect: { status: 'fail', findings: [{ messageId: 'frequency', params: { days: 31, max: 14 } }] },
  },
  {
    name: 'weekly every 2 passes strict (RNG)',
    profile: 'strict',
    mutate: (d) => {
      settings(d).recurrence = { pattern: { type: 'weekly', interval: 2 }, range: { type: 'noEnd', startDate: '2025-01-01' } };
    },
    expect: { status: 'pass' },
  },
  {
    name: '14-day instances → duration (CIS: at most 3)',
    mutate: (d) => {
      settings(d).instanceDurationInDays = 14;
    },
    expect: { status: 'fail', findings: [{ messageId: 'duration', params: { days: 14, max: 3 } }] },
  },
  {
    name: 'a series with an end date → bounded (CIS: never ends; RNG endDate)',
    mutate: (d) => {
      settings(d).recurrence = {
        pattern: { type: 'absoluteMonthly', interval: 1 },
        range: { type: 'endDate', startDate: '2025-01-01', endDate: '2027-12-31' },
      };
    },
    expect: { status: 'fail', findings: [{ messageId: 'bounded', severity: 'low' }] },
  },
  {
    name: "Microsoft's open-ended numbered form (0 occurrences) is not bounded (RNG)",
    mutate: (d) => {
      settings(d).recurrence = {
        pattern: { type: 'absoluteMonthly', interval: 1 },
        range: { type: 'numbered', numberOfOccurrences: 0, startDate: '2025-01-01', endDate: '9999-12-31' },
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'justification, notifications and reminders left at their false defaults → three findings (SET)',
    mutate: (d) => {
      delete settings(d).justificationRequiredOnApproval;
      delete settings(d).mailNotificationsEnabled;
      settings(d).reminderNotificationsEnabled = null;
    },
    expect: { status: 'fail', findings: [{ messageId: 'justification' }, { messageId: 'notifications' }, { messageId: 'reminders' }] },
  },
  {
    name: 'no apply actions listed: Graph removes access by default (ACT)',
    mutate: (d) => {
      settings(d).applyActions = [];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'disable-and-delete also removes access (ACT)',
    mutate: (d) => {
      settings(d).applyActions = [{ '@odata.type': '#microsoft.graph.disableAndDeleteUserApplyAction' }];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'an apply action that removes nothing → medium (ACT)',
    mutate: (d) => {
      settings(d).applyActions = [{ '@odata.type': '#microsoft.graph.someOtherApplyAction' }];
    },
    expect: { status: 'fail', findings: [{ messageId: 'applyAction', severity: 'medium' }] },
  },
  {
    name: 'a guest as fallback reviewer → medium (REV, CIS: not the guest)',
    mutate: (d) => {
      review(d).fallbackReviewers = [{ query: `/users/${GUEST}`, queryType: 'MicrosoftGraph' }];
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'guestReviewer', subKey: `guestReviewer:${GUEST}`, severity: 'medium', params: { as: 'fallback reviewer' } }],
    },
  },
  {
    name: 'an employee as named reviewer passes (REV)',
    mutate: (d) => {
      review(d).reviewers = [{ query: '/users/5b0d0000-0000-4000-8000-000000000002', queryType: 'MicrosoftGraph' }];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'named reviewers but no guest list → not assessed, never a pass',
    mutate: (d, s) => {
      review(d).reviewers = [{ query: `/users/${GUEST}`, queryType: 'MicrosoftGraph' }];
      delete (d as Partial<MutableData>).guests;
      s.sections.guests = { status: 'forbidden', httpStatus: 403 };
      delete s.sections.guestSignInActivity;
      delete s.sections.guestSponsors;
    },
    expect: { status: 'not-assessed', reason: /guest list/ },
  },
  {
    name: 'a one-time review is not re-reported here (access-review-guests-not-enforced owns it) (SET)',
    mutate: (d) => {
      settings(d).recurrence = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'no running guest review → not applicable',
    mutate: (d) => {
      review(d).status = 'Completed';
      settings(d).recurrence = null;
    },
    expect: { status: 'not-applicable' },
  },
]);
