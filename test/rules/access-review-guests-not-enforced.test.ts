import rule from '../../rules/access-review-guests-not-enforced.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

const REVIEW = 'ab000000-0000-4000-8000-000000000001';
const settings = (d: MutableData) => d.accessReviewDefinitions[0]!.settings!;

ruleTable(rule, [
  { name: 'auto-applied, Deny by default, recurring: passes', expect: { status: 'pass' } },
  {
    name: 'no auto-apply',
    mutate: (d) => { settings(d).autoApplyDecisionsEnabled = false; },
    expect: { status: 'fail', findings: [{ messageId: 'autoApply', resourceId: REVIEW, resourceType: 'accessReviewScheduleDefinition', subKey: 'autoApply', severity: 'medium' }] },
  },
  {
    name: 'default decision Approve',
    mutate: (d) => { settings(d).defaultDecision = 'Approve'; },
    expect: { status: 'fail', findings: [{ messageId: 'defaultDecision', subKey: 'defaultDecision', params: { decision: 'Approve' } }] },
  },
  {
    name: 'default decision Recommendation is not Deny',
    mutate: (d) => { settings(d).defaultDecision = 'Recommendation'; },
    expect: { status: 'fail', findings: [{ subKey: 'defaultDecision' }] },
  },
  {
    name: 'Deny configured but the default decision switched off',
    mutate: (d) => { settings(d).defaultDecisionEnabled = false; },
    expect: { status: 'fail', findings: [{ subKey: 'defaultDecision', params: { decision: 'none (no default decision)' } }] },
  },
  { name: 'decision literal compared case-insensitively', mutate: (d) => { settings(d).defaultDecision = 'deny'; }, expect: { status: 'pass' } },
  {
    name: 'one-time review still running: low recurrence finding',
    mutate: (d) => { settings(d).recurrence = null; },
    expect: { status: 'fail', findings: [{ messageId: 'recurrence', subKey: 'recurrence', severity: 'low' }] },
  },
  {
    name: 'all three defects are reported separately',
    mutate: (d) => { settings(d).recurrence = null; settings(d).autoApplyDecisionsEnabled = null; settings(d).defaultDecisionEnabled = null; },
    expect: { status: 'fail', findings: [{ subKey: 'autoApply' }, { subKey: 'defaultDecision' }, { subKey: 'recurrence' }] },
  },
  {
    name: 'no active guest review → not applicable (the missing rule reports it)',
    mutate: (d) => { d.accessReviewDefinitions = []; },
    expect: { status: 'not-applicable', reason: /access-review-guests-missing/ },
  },
  {
    name: 'a finished one-time guest review is history, not a defect',
    mutate: (d) => { settings(d).recurrence = null; settings(d).autoApplyDecisionsEnabled = false; d.accessReviewDefinitions[0]!.status = 'Completed'; },
    expect: { status: 'not-applicable' },
  },
]);
