import rule from '../../rules/guest-directory-access-not-restricted.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// AUTHZ    https://learn.microsoft.com/graph/api/resources/authorizationpolicy — guestUserRoleId: User
//          (a0b1b346-4d3e-4e8b-98f8-753987be4970), Guest User (10dae51f-b6af-4016-8d66-8c2a99b929b3), Restricted Guest
//          User (2af84b1e-32c8-42b7-82bc-daa82404023b).
// RESTRICT https://learn.microsoft.com/entra/identity/users/users-restrict-guest-permissions — what each level shows.
// CIS      CIS Microsoft 365 Foundations Benchmark §5.1.6.2 — limited or restricted guest access.

const MEMBER_LIKE = 'a0b1b346-4d3e-4e8b-98f8-753987be4970';
const LIMITED = '10dae51f-b6af-4016-8d66-8c2a99b929b3';
const RESTRICTED = '2af84b1e-32c8-42b7-82bc-daa82404023b';

ruleTable(rule, [
  { name: 'restricted role passes (AUTHZ)', expect: { status: 'pass' } },
  {
    name: 'regression: limited guest role passes in baseline (CIS/CISA accept it) (CIS)',
    mutate: (d) => {
      d.authorizationPolicy.guestUserRoleId = LIMITED;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'limited guest role fails in strict (EIDSCA/ZTA reading) → medium (RESTRICT)',
    mutate: (d) => {
      d.authorizationPolicy.guestUserRoleId = LIMITED;
    },
    profile: 'strict',
    expect: { status: 'fail', findings: [{ messageId: 'limited', resourceId: 'authorizationPolicy', severity: 'medium' }] },
  },
  {
    name: 'restricted role passes in strict too',
    profile: 'strict',
    expect: { status: 'pass' },
  },
  {
    name: 'member-like access → high (AUTHZ, RESTRICT)',
    mutate: (d) => {
      d.authorizationPolicy.guestUserRoleId = MEMBER_LIKE;
    },
    expect: { status: 'fail', findings: [{ messageId: 'memberLike', severity: 'high', params: { roleId: MEMBER_LIKE } }] },
  },
  {
    name: 'regression (a peer swaps the GUIDs): a0b1b346… is member-like, not restricted — upper case too (AUTHZ)',
    mutate: (d) => {
      d.authorizationPolicy.guestUserRoleId = MEMBER_LIKE.toUpperCase();
    },
    expect: { status: 'fail', findings: [{ messageId: 'memberLike', severity: 'high' }] },
  },
  {
    name: 'regression (a peer swaps the GUIDs): 2af84b1e… is restricted and passes even in strict (AUTHZ)',
    mutate: (d) => {
      d.authorizationPolicy.guestUserRoleId = RESTRICTED;
    },
    profile: 'strict',
    expect: { status: 'pass' },
  },
  {
    name: 'an unknown role GUID is not assessed, never read as restricted (AUTHZ)',
    mutate: (d) => {
      d.authorizationPolicy.guestUserRoleId = '00000000-0000-0000-0000-000000000000';
    },
    expect: { status: 'not-assessed', reason: /not one of Microsoft's three guest access levels/ },
  },
  {
    name: 'missing guestUserRoleId → not assessed',
    mutate: (d) => {
      delete d.authorizationPolicy.guestUserRoleId;
    },
    expect: { status: 'not-assessed' },
  },
  {
    name: 'acceptLimited false by config outside the strict profile',
    mutate: (d) => {
      d.authorizationPolicy.guestUserRoleId = LIMITED;
    },
    options: { acceptLimited: false },
    expect: { status: 'fail', findings: [{ messageId: 'limited' }] },
  },
]);
