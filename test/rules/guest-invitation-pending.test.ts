import rule from '../../rules/guest-invitation-pending.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Reference date of the table: 2026-11-27.
// Cited:
// PROPS  https://learn.microsoft.com/entra/external-id/user-properties — before redemption the External user state is
//        PendingAcceptance ("Querying for externalUserState using the Microsoft Graph API will return Pending Acceptance").
// USER   https://learn.microsoft.com/graph/api/resources/user — externalUserStateChangeDateTime: when the state last
//        changed; accountEnabled false: the account is disabled.
// CODES  https://learn.microsoft.com/entra/identity-platform/reference-error-codes — AADSTS50057: the user account is
//        disabled (redeeming is a sign-in, so a disabled invitation cannot be taken).
const G1 = '7a1c0000-0000-4000-8000-000000000001';
const G2 = '7a1c0000-0000-4000-8000-000000000002';
const pending = (d: MutableData, i: number, state: string, changed: string | null, created = '2025-01-15T09:00:00Z') => {
  const g = d.guests[i]!;
  g.externalUserState = state;
  g.externalUserStateChangeDateTime = changed;
  g.createdDateTime = created;
  g.signInActivity = null;
};

ruleTable(rule, [
  { name: 'every guest accepted passes', expect: { status: 'pass' } },
  {
    name: 'pending for 61 days, counted from externalUserStateChangeDateTime → one low finding per guest (USER)',
    mutate: (d) => pending(d, 0, 'PendingAcceptance', '2026-09-27T00:00:00Z'),
    expect: {
      status: 'fail',
      findings: [{ messageId: 'pending', resourceId: G1, resourceType: 'user', severity: 'low', params: { days: 61, pendingDays: 30 } }],
    },
  },
  {
    name: 'pending for exactly 30 days is not yet too long',
    mutate: (d) => pending(d, 0, 'PendingAcceptance', '2026-10-28T00:00:00Z'),
    expect: { status: 'pass' },
  },
  {
    name: 'pending for 31 days is too long',
    mutate: (d) => pending(d, 0, 'PendingAcceptance', '2026-10-27T00:00:00Z'),
    expect: { status: 'fail', findings: [{ params: { days: 31 } }] },
  },
  {
    name: '"Pending Acceptance" as the Entra docs write it counts (case and space insensitive) (PROPS)',
    mutate: (d) => pending(d, 0, 'pending acceptance', '2026-01-01T00:00:00Z'),
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'no state-change date: age from createdDateTime (USER)',
    mutate: (d) => pending(d, 1, 'PendingAcceptance', null, '2026-08-01T00:00:00Z'),
    expect: { status: 'fail', findings: [{ resourceId: G2, params: { days: 118 } }] },
  },
  {
    name: 'pendingDays option (strict profile uses 14)',
    mutate: (d) => pending(d, 0, 'PendingAcceptance', '2026-11-07T00:00:00Z'),
    profile: 'strict',
    expect: { status: 'fail', findings: [{ params: { days: 20, pendingDays: 14 } }] },
  },
  {
    name: 'baseline keeps 30 days for the same guest',
    mutate: (d) => pending(d, 0, 'PendingAcceptance', '2026-11-07T00:00:00Z'),
    expect: { status: 'pass' },
  },
  {
    name: 'pending guest with no readable date is not silently passed',
    mutate: (d) => pending(d, 0, 'PendingAcceptance', 'yesterday', 'not a date'),
    expect: { status: 'not-assessed', reason: /no readable/ },
  },
  {
    name: 'an undated guest does not hide a dated finding',
    mutate: (d) => {
      pending(d, 0, 'PendingAcceptance', null, 'not a date');
      pending(d, 1, 'PendingAcceptance', '2026-01-01T00:00:00Z');
    },
    expect: { status: 'fail', findings: [{ resourceId: G2 }] },
  },
  // USER + CODES: a disabled account cannot sign in, so it cannot redeem: not a live invitation.
  {
    name: 'a disabled pending guest is not a live invitation → not reported (USER, CODES)',
    mutate: (d) => {
      pending(d, 0, 'PendingAcceptance', '2026-01-01T00:00:00Z');
      d.guests[0]!.accountEnabled = false;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'accountEnabled null counts as enabled: still reported (USER)',
    mutate: (d) => {
      pending(d, 0, 'PendingAcceptance', '2026-01-01T00:00:00Z');
      d.guests[0]!.accountEnabled = null;
    },
    expect: { status: 'fail', findings: [{ resourceId: G1 }] },
  },
  {
    name: 'guest invited after the reference date is not pending "for long"',
    mutate: (d) => pending(d, 0, 'PendingAcceptance', '2026-12-20T00:00:00Z'),
    expect: { status: 'pass' },
  },
]);
