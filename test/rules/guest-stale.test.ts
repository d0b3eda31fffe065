import { describe, expect, it } from 'vitest';
import rule from '../../rules/guest-stale.js';
import type { AnyRule } from '../../src/engine/rule.js';
import type { SignInActivity, Snapshot, User } from '../../src/snapshot/snapshot.types.js';
import { baseSnapshot } from '../support/fixtures.js';
import { ruleTable, runRule, type MutableData } from '../support/rule-table.js';

// Reference time of every case: 2026-11-27T00:00:00Z. With the default 90 days, the cut-off is 2026-08-29T00:00:00Z.
// Cited:
// SIGNIN https://learn.microsoft.com/graph/api/resources/signinactivity — lastSuccessfulSignInDateTime since 1 December
//        2023, not backfilled; lastSignInDateTime / lastNonInteractiveSignInDateTime are attempts, successful or not.
// PROPS  https://learn.microsoft.com/entra/external-id/user-properties — PendingAcceptance before redemption; the #EXT#
//        user principal name keeps the invited address.
// USER   https://learn.microsoft.com/graph/api/resources/user — accountEnabled false: the account is disabled.
const G1 = '7a1c0000-0000-4000-8000-000000000001';
const G2 = '7a1c0000-0000-4000-8000-000000000002';
const guest = (d: MutableData, i = 0): User => d.guests[i]!;
const signIns = (d: MutableData, activity: SignInActivity | null, i = 0): void => {
  guest(d, i).signInActivity = activity;
};
const success = (at: string): SignInActivity => ({
  lastSuccessfulSignInDateTime: at,
  lastSignInDateTime: at,
  lastNonInteractiveSignInDateTime: at,
});

/** The tenant has no P1 licence: Graph refused signInActivity, so the collector stored guests without it. */
function withoutSignInLicence(s: Snapshot): void {
  s.sections.guestSignInActivity = {
    status: 'not-licensed',
    httpStatus: 403,
    errorCode: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    message: "Neither tenant is B2C or tenant doesn't have premium license",
  };
  for (const g of s.data.guests ?? []) delete g.signInActivity;
}

ruleTable(rule, [
  { name: 'guests who signed in last week pass', expect: { status: 'pass' } },
  {
    name: 'last successful sign-in 210 days ago → one stale finding for that guest (SIGNIN)',
    mutate: (d) => signIns(d, success('2026-05-01T00:00:00Z')),
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'stale',
          resourceId: G1,
          resourceType: 'user',
          severity: 'medium',
          params: { days: 210, staleDays: 90, lastSignIn: '2026-05-01T00:00:00.000Z', domain: 'northwind.example' },
        },
      ],
    },
  },
  {
    name: 'two stale guests → one finding each',
    mutate: (d) => {
      signIns(d, success('2026-05-01T00:00:00Z'), 0);
      signIns(d, success('2025-12-01T00:00:00Z'), 1);
    },
    expect: { status: 'fail', findings: [{ resourceId: G1 }, { resourceId: G2, params: { days: 361 } }] },
  },
  {
    name: 'exactly staleDays ago is not yet stale',
    mutate: (d) => signIns(d, success('2026-08-29T00:00:00Z')),
    expect: { status: 'pass' },
  },
  {
    name: 'one second older than staleDays is stale',
    mutate: (d) => signIns(d, success('2026-08-28T23:59:59Z')),
    expect: { status: 'fail', findings: [{ messageId: 'stale', resourceId: G1, params: { days: 90 } }] },
  },
  // https://learn.microsoft.com/graph/api/resources/signinactivity — attempts are recorded "successfully or unsuccessfully".
  {
    name: 'lastSuccessfulSignInDateTime wins over a recent failed interactive attempt (SIGNIN)',
    mutate: (d) =>
      signIns(d, {
        lastSuccessfulSignInDateTime: '2026-03-01T00:00:00Z',
        lastSignInDateTime: '2026-11-25T00:00:00Z',
        lastNonInteractiveSignInDateTime: null,
      }),
    expect: { status: 'fail', findings: [{ messageId: 'stale', resourceId: G1 }] },
  },
  // https://learn.microsoft.com/graph/api/resources/signinactivity — successes recorded since 1 December 2023 only.
  {
    name: 'attempts after 2023-12-01 but no success recorded: no successful sign-in since that day → stale, counted from 2023-12-01 (SIGNIN)',
    mutate: (d) => {
      signIns(d, {
        lastSuccessfulSignInDateTime: null,
        lastSignInDateTime: '2026-01-01T00:00:00Z',
        lastNonInteractiveSignInDateTime: '2026-11-01T00:00:00Z',
      });
      guest(d).createdDateTime = '2022-05-01T00:00:00Z';
    },
    expect: {
      status: 'fail',
      findings: [
        { messageId: 'no-success', resourceId: G1, params: { days: 1092, since: '1 December 2023', lastAttempt: '1 November 2026' } },
      ],
    },
  },
  // https://learn.microsoft.com/graph/api/resources/signinactivity
  {
    name: 'no success since 2023-12-01 for a guest created after that day counts from its creation (SIGNIN)',
    mutate: (d) => {
      signIns(d, {
        lastSuccessfulSignInDateTime: null,
        lastSignInDateTime: '2026-11-20T00:00:00Z',
        lastNonInteractiveSignInDateTime: null,
      });
      guest(d).createdDateTime = '2026-06-01T00:00:00Z';
    },
    expect: { status: 'fail', findings: [{ messageId: 'no-success', resourceId: G1, params: { days: 179, since: '1 June 2026' } }] },
  },
  // https://learn.microsoft.com/graph/api/resources/signinactivity
  {
    name: 'no success since creation, created inside the threshold → not yet stale (SIGNIN)',
    mutate: (d) => {
      signIns(d, {
        lastSuccessfulSignInDateTime: null,
        lastSignInDateTime: '2026-11-20T00:00:00Z',
        lastNonInteractiveSignInDateTime: null,
      });
      guest(d).createdDateTime = '2026-10-01T00:00:00Z';
    },
    expect: { status: 'pass' },
  },
  // https://learn.microsoft.com/graph/api/resources/signinactivity — "The data isn't backfilled for this property."
  {
    name: 'no success recorded and the last attempt predates 2023-12-01 → the attempt stands in, dated by it (SIGNIN)',
    mutate: (d) => {
      signIns(d, {
        lastSuccessfulSignInDateTime: null,
        lastSignInDateTime: '2023-02-01T00:00:00Z',
        lastNonInteractiveSignInDateTime: '2023-03-01T00:00:00Z',
      });
      guest(d).createdDateTime = '2022-01-01T00:00:00Z';
    },
    expect: { status: 'fail', findings: [{ messageId: 'stale', resourceId: G1, params: { lastSignIn: '2023-03-01T00:00:00.000Z' } }] },
  },
  // https://learn.microsoft.com/graph/api/resources/signinactivity
  {
    name: 'a success recorded on the first day of recording and nothing since → stale from that success (SIGNIN)',
    mutate: (d) => signIns(d, success('2023-12-01T00:00:00Z')),
    expect: { status: 'fail', findings: [{ messageId: 'stale', resourceId: G1, params: { days: 1092 } }] },
  },
  {
    name: 'unparseable success date is not guessed at: not assessed, naming the field',
    mutate: (d) =>
      signIns(d, {
        lastSuccessfulSignInDateTime: '30/02/2026',
        lastSignInDateTime: '2026-11-20T00:00:00Z',
        lastNonInteractiveSignInDateTime: null,
      }),
    expect: { status: 'not-assessed', reason: /1 enabled guest has no readable sign-in or creation date/ },
  },
  {
    name: 'never signed in and created long ago → never-signed-in (SIGNIN)',
    mutate: (d) => signIns(d, null),
    expect: {
      status: 'fail',
      findings: [{ messageId: 'never-signed-in', resourceId: G1, params: { createdDateTime: '2025-01-15T09:00:00.000Z' } }],
    },
  },
  // https://learn.microsoft.com/graph/api/resources/signinactivity — DateTimeOffset values; 0001-01-01 is .NET's MinValue ("never").
  {
    name: 'Graph "never" sentinel dates count as never signed in (SIGNIN)',
    mutate: (d) => signIns(d, success('0001-01-01T00:00:00Z')),
    expect: { status: 'fail', findings: [{ messageId: 'never-signed-in', resourceId: G1 }] },
  },
  {
    name: 'never signed in but created 30 days ago → pass',
    mutate: (d) => {
      signIns(d, null);
      guest(d).createdDateTime = '2026-10-28T00:00:00Z';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'disabled stale guest is not reported (USER)',
    mutate: (d) => {
      signIns(d, success('2025-01-01T00:00:00Z'));
      guest(d).accountEnabled = false;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'accountEnabled null counts as enabled (USER)',
    mutate: (d) => {
      signIns(d, success('2025-01-01T00:00:00Z'));
      guest(d).accountEnabled = null;
    },
    expect: { status: 'fail', findings: [{ resourceId: G1 }] },
  },
  {
    name: 'pending invitation (PendingAcceptance) is not this rule’s business (PROPS)',
    mutate: (d) => {
      signIns(d, null);
      guest(d).externalUserState = 'PendingAcceptance';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'pending invitation written "Pending Acceptance" (Entra docs spelling) is skipped too (PROPS)',
    mutate: (d) => {
      signIns(d, null);
      guest(d).externalUserState = 'Pending Acceptance';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'sign-in in the future relative to --as-of is not stale',
    mutate: (d) => signIns(d, success('2027-01-01T00:00:00Z')),
    expect: { status: 'pass' },
  },
  {
    name: 'staleDays option is honoured (30 days)',
    options: { staleDays: 30 },
    mutate: (d) => signIns(d, success('2026-10-01T00:00:00Z')),
    expect: { status: 'fail', findings: [{ resourceId: G1, params: { staleDays: 30, days: 57 } }] },
  },
  {
    name: 'the same guest passes with the default 90 days',
    mutate: (d) => signIns(d, success('2026-10-01T00:00:00Z')),
    expect: { status: 'pass' },
  },
  {
    name: 'strict profile uses 60 days',
    profile: 'strict',
    mutate: (d) => signIns(d, success('2026-09-20T00:00:00Z')),
    expect: { status: 'fail', findings: [{ resourceId: G1, params: { staleDays: 60 } }] },
  },
  {
    name: '--as-of moves the window: a year later everyone is stale',
    asOf: '2027-11-27T00:00:00Z',
    expect: { status: 'fail', findingCount: 3 },
  },
  {
    name: 'no sign-in and no readable creation date → not assessed, not guessed',
    mutate: (d) => {
      signIns(d, null);
      guest(d).createdDateTime = 'sometime in 2025';
    },
    expect: { status: 'not-assessed', reason: /1 enabled guest has no readable sign-in or creation date/ },
  },
  {
    name: 'an undatable guest does not hide a stale one: fail, partly assessed',
    mutate: (d) => {
      signIns(d, null, 0);
      guest(d, 0).createdDateTime = null;
      signIns(d, success('2025-06-01T00:00:00Z'), 1);
    },
    expect: { status: 'fail', findings: [{ resourceId: G2 }], reason: /Partly assessed: 1 enabled guest/ },
  },
  {
    name: 'no guests at all → not-applicable',
    mutate: (d) => {
      d.guests = [];
    },
    expect: { status: 'not-applicable', reason: /no guest users/ },
  },
  {
    name: 'sign-in activity not licensed (no P1) → not-assessed naming the licence, never pass',
    mutate: (_d, s) => withoutSignInLicence(s),
    expect: {
      status: 'not-assessed',
      reason: /^Not assessed: Reading the guest sign-in activity needs Microsoft Entra ID P1 or P2 this tenant does not have\.$/,
      detail: /HTTP 403 Authentication_RequestFromNonPremiumTenantOrB2CTenant/,
    },
  },
  {
    name: 'sign-in activity forbidden (403, no AuditLog.Read.All) → not-assessed, not fail',
    mutate: (d, s) => {
      s.sections.guestSignInActivity = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
      for (const g of d.guests) delete g.signInActivity;
    },
    expect: { status: 'not-assessed', reason: /lacks the AuditLog\.Read\.All permission/ },
  },
]);

describe('rule guest-stale: gating detail and options', () => {
  it('the not-licensed result names both the licence and the permission as the fix', () => {
    const s = baseSnapshot();
    withoutSignInLicence(s);
    const { rule: result, findings } = runRule(rule as unknown as AnyRule, s);
    expect(findings).toHaveLength(0);
    expect(result.fix).toEqual({
      sections: ['guestSignInActivity'],
      permissions: ['AuditLog.Read.All'],
      licence: 'Microsoft Entra ID P1 or P2',
    });
  });

  it.each([0, -5, 1.5, '90'])('rejects staleDays %j as an input error', (staleDays) => {
    expect(() => runRule(rule as unknown as AnyRule, baseSnapshot(), { options: { staleDays } })).toThrow(/staleDays|must be/);
  });

  it('evidence records where inactivity counts from', () => {
    const s = baseSnapshot();
    s.data.guests![0]!.signInActivity = {
      lastSuccessfulSignInDateTime: null,
      lastSignInDateTime: '2023-01-01T00:00:00Z',
      lastNonInteractiveSignInDateTime: null,
    };
    const { findings } = runRule(rule as unknown as AnyRule, s);
    expect(findings[0]?.evidence).toMatchObject({
      inactivityBasis: 'lastSignInDateTime',
      daysInactive: 1426,
      inactiveSince: '2023-01-01T00:00:00.000Z',
    });
  });
});
