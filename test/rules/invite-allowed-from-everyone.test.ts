import rule from '../../rules/invite-allowed-from-everyone.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// AUTHZ https://learn.microsoft.com/graph/api/resources/authorizationpolicy#allowinvitesfrom-values — none (nobody, not
//       even admins), adminsAndGuestInviters, adminsGuestInvitersAndAllMembers, everyone (guests included; the default
//       outside US Government).
// CIS   CIS Microsoft 365 Foundations Benchmark §5.1.6.3 — only admins and Guest Inviters may invite.

ruleTable(rule, [
  { name: 'adminsAndGuestInviters passes (AUTHZ, CIS)', expect: { status: 'pass' } },
  {
    name: 'regression (ScubaGear reads it as a failure): none — nobody may invite — passes (AUTHZ)',
    mutate: (d) => {
      d.authorizationPolicy.allowInvitesFrom = 'none';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'everyone (guests included) → high (AUTHZ)',
    mutate: (d) => {
      d.authorizationPolicy.allowInvitesFrom = 'everyone';
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'everyone', resourceId: 'authorizationPolicy', severity: 'high', params: { value: 'everyone' } }],
    },
  },
  {
    name: 'all members may invite → medium (AUTHZ)',
    mutate: (d) => {
      d.authorizationPolicy.allowInvitesFrom = 'adminsGuestInvitersAndAllMembers';
    },
    expect: { status: 'fail', findings: [{ messageId: 'members', severity: 'medium' }] },
  },
  {
    name: 'members accepted by option (Zero Trust Assessment reading) → pass',
    mutate: (d) => {
      d.authorizationPolicy.allowInvitesFrom = 'adminsGuestInvitersAndAllMembers';
    },
    options: { accepted: ['adminsAndGuestInviters', 'none', 'adminsGuestInvitersAndAllMembers'] },
    expect: { status: 'pass' },
  },
  {
    name: 'a stricter config that rejects none reports it as low',
    mutate: (d) => {
      d.authorizationPolicy.allowInvitesFrom = 'none';
    },
    options: { accepted: ['adminsAndGuestInviters'] },
    expect: { status: 'fail', findings: [{ messageId: 'notAccepted', severity: 'low', params: { value: 'none' } }] },
  },
  {
    name: 'unknownFutureValue is never read as safe → not assessed (AUTHZ)',
    mutate: (d) => {
      d.authorizationPolicy.allowInvitesFrom = 'unknownFutureValue';
    },
    expect: { status: 'not-assessed', reason: /does not recognise/ },
  },
  {
    name: 'missing value → not assessed',
    mutate: (d) => {
      d.authorizationPolicy.allowInvitesFrom = null;
    },
    expect: { status: 'not-assessed', reason: /do not say who may invite guests/ },
  },
  {
    name: 'strict profile keeps the same accepted values (none still passes)',
    mutate: (d) => {
      d.authorizationPolicy.allowInvitesFrom = 'none';
    },
    profile: 'strict',
    expect: { status: 'pass' },
  },
]);
