import rule from '../../rules/email-subscription-signup-enabled.js';
import { ruleTable } from '../support/rule-table.js';

ruleTable(rule, [
  { name: 'subscription sign-up off passes', expect: { status: 'pass' } },
  {
    name: 'subscription sign-up on → low',
    mutate: (d) => { d.authorizationPolicy.allowedToSignUpEmailBasedSubscriptions = true; },
    expect: { status: 'fail', findings: [{ messageId: 'enabled', resourceId: 'authorizationPolicy', subKey: 'allowedToSignUpEmailBasedSubscriptions', severity: 'low' }] },
  },
  {
    name: 'value missing → not assessed',
    mutate: (d) => { delete d.authorizationPolicy.allowedToSignUpEmailBasedSubscriptions; },
    expect: { status: 'not-assessed' },
  },
  {
    name: 'email-verified join on is not this rule',
    mutate: (d) => { d.authorizationPolicy.allowEmailVerifiedUsersToJoinOrganization = true; },
    expect: { status: 'pass' },
  },
]);
