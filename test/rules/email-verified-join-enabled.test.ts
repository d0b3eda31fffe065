import rule from '../../rules/email-verified-join-enabled.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// AUTHZ https://learn.microsoft.com/graph/api/resources/authorizationpolicy — allowEmailVerifiedUsersToJoinOrganization:
//       "Indicates whether a user can join the tenant by email validation."
// SSSU  https://learn.microsoft.com/entra/identity/users/directory-self-service-signup

ruleTable(rule, [
  { name: 'email-verified join off passes', expect: { status: 'pass' } },
  {
    name: 'email-verified join on → medium on the authorization policy (AUTHZ, SSSU)',
    mutate: (d) => {
      d.authorizationPolicy.allowEmailVerifiedUsersToJoinOrganization = true;
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'enabled',
          resourceId: 'authorizationPolicy',
          subKey: 'allowEmailVerifiedUsersToJoinOrganization',
          severity: 'medium',
        },
      ],
    },
  },
  {
    name: 'value missing from the snapshot → not assessed, never pass (AUTHZ)',
    mutate: (d) => {
      d.authorizationPolicy.allowEmailVerifiedUsersToJoinOrganization = null;
    },
    expect: { status: 'not-assessed' },
  },
  {
    name: 'subscription sign-up on is not this rule',
    mutate: (d) => {
      d.authorizationPolicy.allowedToSignUpEmailBasedSubscriptions = true;
    },
    expect: { status: 'pass' },
  },
]);
