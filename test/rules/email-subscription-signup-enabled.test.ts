import rule from '../../rules/email-subscription-signup-enabled.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// AUTHZ https://learn.microsoft.com/graph/api/resources/authorizationpolicy — allowedToSignUpEmailBasedSubscriptions:
//       "Indicates whether users can sign up for email based subscriptions."
// SSSU  https://learn.microsoft.com/entra/identity/users/directory-self-service-signup

ruleTable(rule, [
  { name: 'subscription sign-up off passes', expect: { status: 'pass' } },
  {
    name: 'subscription sign-up on → low (AUTHZ, SSSU)',
    mutate: (d) => {
      d.authorizationPolicy.allowedToSignUpEmailBasedSubscriptions = true;
    },
    expect: {
      status: 'fail',
      findings: [
        { messageId: 'enabled', resourceId: 'authorizationPolicy', subKey: 'allowedToSignUpEmailBasedSubscriptions', severity: 'low' },
      ],
    },
  },
  {
    name: 'value missing → not assessed (AUTHZ)',
    mutate: (d) => {
      delete d.authorizationPolicy.allowedToSignUpEmailBasedSubscriptions;
    },
    expect: { status: 'not-assessed' },
  },
  {
    name: 'email-verified join on is not this rule',
    mutate: (d) => {
      d.authorizationPolicy.allowEmailVerifiedUsersToJoinOrganization = true;
    },
    expect: { status: 'pass' },
  },
]);
