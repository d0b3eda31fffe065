import rule from '../../rules/access-review-guests-not-enforced.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// SETTINGS https://learn.microsoft.com/graph/api/resources/accessreviewschedulesettings — autoApplyDecisionsEnabled,
//          defaultDecisionEnabled, defaultDecision (Approve, Deny, Recommendation), recurrence.
// REVIEWER https://learn.microsoft.com/graph/accessreviews-reviewers-concept — "To configure a self-review, don't
//          specify the reviewers property, or supply an empty object to the property."
// RANGE    https://learn.microsoft.com/graph/api/resources/recurrencerange — a numbered range ends after its occurrences.
// CIS      CIS Microsoft 365 Foundations Benchmark §5.3.2 — guest access reviews with a reviewer who is not the guest,
//          results applied automatically, access removed when reviewers do not respond.

const REVIEW = 'ab000000-0000-4000-8000-000000000001';
const settings = (d: MutableData) => d.accessReviewDefinitions[0]!.settings!;

ruleTable(rule, [
  { name: 'auto-applied, Deny by default, recurring, reviewed by group owners: passes (SETTINGS, CIS)', expect: { status: 'pass' } },
  {
    name: 'no auto-apply (SETTINGS autoApplyDecisionsEnabled)',
    mutate: (d) => {
      settings(d).autoApplyDecisionsEnabled = false;
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'autoApply',
          resourceId: REVIEW,
          resourceType: 'accessReviewScheduleDefinition',
          subKey: 'autoApply',
          severity: 'medium',
        },
      ],
    },
  },
  {
    name: 'default decision Approve (SETTINGS defaultDecision)',
    mutate: (d) => {
      settings(d).defaultDecision = 'Approve';
    },
    expect: { status: 'fail', findings: [{ messageId: 'defaultDecision', subKey: 'defaultDecision', params: { decision: 'Approve' } }] },
  },
  {
    name: 'default decision Recommendation is not Deny (SETTINGS defaultDecision)',
    mutate: (d) => {
      settings(d).defaultDecision = 'Recommendation';
    },
    expect: { status: 'fail', findings: [{ subKey: 'defaultDecision' }] },
  },
  {
    name: 'Deny configured but the default decision switched off (SETTINGS defaultDecisionEnabled)',
    mutate: (d) => {
      settings(d).defaultDecisionEnabled = false;
    },
    expect: { status: 'fail', findings: [{ subKey: 'defaultDecision', params: { decision: 'none (no default decision)' } }] },
  },
  {
    name: 'decision literal compared case-insensitively',
    mutate: (d) => {
      settings(d).defaultDecision = 'deny';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'one-time review still running: low recurrence finding (SETTINGS recurrence)',
    mutate: (d) => {
      settings(d).recurrence = null;
    },
    expect: { status: 'fail', findings: [{ messageId: 'recurrence', subKey: 'recurrence', severity: 'low' }] },
  },
  // REVIEWER: an empty reviewers collection is a self-review; CIS 5.3.2 wants someone other than the guest to decide.
  {
    name: 'empty reviewers: a self-review, each guest attests its own access (REVIEWER, CIS)',
    mutate: (d) => {
      d.accessReviewDefinitions[0]!.reviewers = [];
      d.accessReviewDefinitions[0]!.fallbackReviewers = [];
    },
    expect: { status: 'fail', findings: [{ messageId: 'selfReview', subKey: 'selfReview', severity: 'medium', resourceId: REVIEW }] },
  },
  {
    name: 'reviewers left out altogether is also a self-review (REVIEWER)',
    mutate: (d) => {
      delete d.accessReviewDefinitions[0]!.reviewers;
    },
    expect: { status: 'fail', findings: [{ messageId: 'selfReview' }] },
  },
  {
    name: 'all four defects are reported separately (SETTINGS, REVIEWER)',
    mutate: (d) => {
      settings(d).recurrence = null;
      settings(d).autoApplyDecisionsEnabled = null;
      settings(d).defaultDecisionEnabled = null;
      d.accessReviewDefinitions[0]!.reviewers = [];
    },
    expect: {
      status: 'fail',
      findings: [{ subKey: 'autoApply' }, { subKey: 'defaultDecision' }, { subKey: 'recurrence' }, { subKey: 'selfReview' }],
    },
  },
  {
    name: 'no active guest review → not applicable (the missing rule reports it)',
    mutate: (d) => {
      d.accessReviewDefinitions = [];
    },
    expect: { status: 'not-applicable', reason: /access-review-guests-missing/ },
  },
  {
    name: 'a finished one-time guest review is history, not a defect',
    mutate: (d) => {
      settings(d).recurrence = null;
      settings(d).autoApplyDecisionsEnabled = false;
      d.accessReviewDefinitions[0]!.status = 'Completed';
    },
    expect: { status: 'not-applicable' },
  },
  // RANGE: a numbered series past its last occurrence no longer runs, so its settings are history too.
  {
    name: 'a finished numbered series is not judged (RANGE numbered)',
    mutate: (d) => {
      settings(d).autoApplyDecisionsEnabled = false;
      settings(d).recurrence = {
        pattern: { type: 'absoluteMonthly', interval: 3 },
        range: { type: 'numbered', startDate: '2025-01-01', numberOfOccurrences: 4 },
      };
    },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'a partial (one group) review that still runs is judged like any other (SETTINGS)',
    mutate: (d) => {
      d.accessReviewDefinitions[0]!.scope = {
        query: "/groups/0b0b0000-0000-4000-8000-000000000001/transitiveMembers/microsoft.graph.user/?$filter=(userType eq 'Guest')",
        queryType: 'MicrosoftGraph',
      };
      d.accessReviewDefinitions[0]!.instanceEnumerationScope = null;
      settings(d).autoApplyDecisionsEnabled = false;
    },
    expect: { status: 'fail', findings: [{ subKey: 'autoApply' }] },
  },
]);
