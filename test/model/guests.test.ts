import { describe, expect, it } from 'vitest';
import {
  SUCCESS_RECORDED_SINCE,
  daysBetween,
  guestDomain,
  inactivity,
  isEnabled,
  isPending,
  normaliseDomain,
  parseGraphDateTime,
  readGraphDateTime,
  signInEvidence,
} from '../../src/model/guests.js';

// Sources cited below:
// SIGNIN   https://learn.microsoft.com/graph/api/resources/signinactivity — lastSuccessfulSignInDateTime exists since
//          1 December 2023 and is not backfilled; lastSignInDateTime / lastNonInteractiveSignInDateTime record attempts,
//          successful or not.
// UPN      https://learn.microsoft.com/entra/external-id/user-properties — a B2B user's UPN carries #EXT#; the mail
//          property can be updated after redemption (Graph, Exchange).
const SIGNIN = 'https://learn.microsoft.com/graph/api/resources/signinactivity';
const UPN = 'https://learn.microsoft.com/entra/external-id/user-properties';

describe('parseGraphDateTime', () => {
  it.each([
    ['2026-11-20T08:00:00Z', '2026-11-20T08:00:00.000Z'],
    ['2026-11-20T08:00:00.1234567Z', '2026-11-20T08:00:00.123Z'],
    ['2026-11-20T08:00:00+02:00', '2026-11-20T06:00:00.000Z'],
    ['2026-11-20T08:00Z', '2026-11-20T08:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('reads %s', (input, iso) => {
    expect(parseGraphDateTime(input)?.toISOString()).toBe(iso);
  });

  it.each([
    ['impossible day (V8 would roll it into March)', '2026-02-30T00:00:00Z'],
    ['not a leap year', '2025-02-29T00:00:00Z'],
    ['month 13', '2026-13-01T00:00:00Z'],
    ['hour 24', '2026-11-20T24:00:00Z'],
    ['no time zone', '2026-11-20T08:00:00'],
    ['date only', '2026-11-20'],
    ['prose', 'March 7, 2026'],
    ['Graph "never" sentinel', '0001-01-01T00:00:00Z'],
    ['empty', ''],
    ['null', null],
    ['a number', 1_795_161_600_000],
  ])('treats %s as no data', (_why, input) => {
    expect(parseGraphDateTime(input)).toBeUndefined();
  });

  it("reads Graph's usual form to the same instant as the general reader, across leap years and centuries", () => {
    // The usual form is counted in days by hand (no Date.UTC per field); every day from 1999 to 2101 and the
    // century years around it must come out as Date.parse reads the same text.
    const two = (n: number) => String(n).padStart(2, '0');
    for (const year of [1999, 2000, 2001, 2023, 2024, 2099, 2100, 2101, 2400, 9999])
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= new Date(Date.UTC(year, month, 0)).getUTCDate(); day++) {
          const text = `${year}-${two(month)}-${two(day)}T${two(day % 24)}:${two((day * 7) % 60)}:${two((month * 5) % 60)}Z`;
          const expected = year < 2000 ? undefined : Date.parse(text);
          expect(parseGraphDateTime(text)?.getTime(), text).toBe(expected);
        }
  });
});

describe('daysBetween', () => {
  it('counts whole days and floors partial ones', () => {
    expect(daysBetween(new Date('2026-08-29T00:00:00Z'), new Date('2026-11-27T00:00:00Z'))).toBe(90);
    expect(daysBetween(new Date('2026-08-29T00:00:01Z'), new Date('2026-11-27T00:00:00Z'))).toBe(89);
    expect(daysBetween(new Date('2026-11-28T00:00:00Z'), new Date('2026-11-27T00:00:00Z'))).toBe(-1);
  });
});

describe('isPending', () => {
  it.each(['PendingAcceptance', 'Pending Acceptance', 'pendingacceptance', ' PENDING  ACCEPTANCE '])('%j is pending', (state) => {
    expect(isPending({ externalUserState: state })).toBe(true);
  });
  it.each(['Accepted', null, undefined, '', 'Pending'])('%j is not pending', (state) => {
    expect(isPending({ externalUserState: state })).toBe(false);
  });
});

describe('isEnabled', () => {
  it('only an explicit false disables', () => {
    expect(isEnabled({ accountEnabled: false })).toBe(false);
    expect(isEnabled({ accountEnabled: true })).toBe(true);
    expect(isEnabled({ accountEnabled: null })).toBe(true);
    expect(isEnabled({})).toBe(true);
  });
});

describe('readGraphDateTime', () => {
  it('tells absent, "never", a date and garbage apart', () => {
    expect(readGraphDateTime(null)).toEqual({ kind: 'absent' });
    expect(readGraphDateTime('')).toEqual({ kind: 'absent' });
    expect(readGraphDateTime('0001-01-01T00:00:00Z')).toEqual({ kind: 'never' });
    expect(readGraphDateTime('2026-01-01T00:00:00Z')).toEqual({ kind: 'date', at: new Date('2026-01-01T00:00:00Z') });
    expect(readGraphDateTime('30/02/2026')).toEqual({ kind: 'unreadable', raw: '30/02/2026' });
  });
});

const at = (iso: string) => new Date(iso);
const asOf = at('2026-11-27T00:00:00Z');

describe(`signInEvidence and inactivity (${SIGNIN})`, () => {
  it('a recorded success wins over any later attempt: attempts include failures', () => {
    const g = {
      signInActivity: {
        lastSuccessfulSignInDateTime: '2026-01-01T00:00:00Z',
        lastSignInDateTime: '2026-06-01T00:00:00Z',
        lastNonInteractiveSignInDateTime: '2026-07-01T00:00:00Z',
      },
    };
    expect(signInEvidence(g)).toEqual({ kind: 'success', at: at('2026-01-01T00:00:00Z'), lastAttempt: at('2026-07-01T00:00:00Z') });
    expect(inactivity({ ...g, createdDateTime: '2025-01-01T00:00:00Z' }, asOf)).toMatchObject({
      known: true,
      since: at('2026-01-01T00:00:00Z'),
      basis: 'lastSuccessfulSignInDateTime',
      days: 330,
    });
  });

  it('an attempt before 1 December 2023 stands in for the last sign-in (successes were not recorded then)', () => {
    const g = {
      createdDateTime: '2022-01-01T00:00:00Z',
      signInActivity: {
        lastSuccessfulSignInDateTime: null,
        lastSignInDateTime: '2023-06-01T00:00:00Z',
        lastNonInteractiveSignInDateTime: '2023-11-30T23:59:59Z',
      },
    };
    expect(signInEvidence(g)).toEqual({
      kind: 'attempt-before-success-recording',
      at: at('2023-11-30T23:59:59Z'),
      field: 'lastNonInteractiveSignInDateTime',
    });
    expect(inactivity(g, asOf)).toMatchObject({ known: true, basis: 'lastNonInteractiveSignInDateTime', neverSignedIn: false });
  });

  it('attempts on or after 1 December 2023 with no success mean no successful sign-in since then', () => {
    const g = {
      createdDateTime: '2022-01-01T00:00:00Z',
      signInActivity: {
        lastSuccessfulSignInDateTime: null,
        lastSignInDateTime: '2026-11-25T00:00:00Z',
        lastNonInteractiveSignInDateTime: '2023-12-01T00:00:00Z',
      },
    };
    expect(signInEvidence(g)).toEqual({
      kind: 'no-success-since-recording',
      lastAttempt: at('2026-11-25T00:00:00Z'),
      field: 'lastSignInDateTime',
    });
    expect(inactivity(g, asOf)).toMatchObject({ known: true, since: SUCCESS_RECORDED_SINCE, basis: 'successRecordedSince', days: 1092 });
  });

  it('…counted from the creation date when the guest was created after 1 December 2023', () => {
    const g = {
      createdDateTime: '2026-03-01T00:00:00Z',
      signInActivity: { lastSuccessfulSignInDateTime: null, lastSignInDateTime: '2026-11-25T00:00:00Z' },
    };
    expect(inactivity(g, asOf)).toMatchObject({
      known: true,
      since: at('2026-03-01T00:00:00Z'),
      basis: 'createdDateTime',
      neverSignedIn: false,
      days: 271,
    });
  });

  it('Graph\'s "never" success date with recent attempts is the same as no success', () => {
    const g = {
      createdDateTime: '2022-01-01T00:00:00Z',
      signInActivity: { lastSuccessfulSignInDateTime: '0001-01-01T00:00:00Z', lastSignInDateTime: '2026-11-25T00:00:00Z' },
    };
    expect(signInEvidence(g).kind).toBe('no-success-since-recording');
  });

  it('nothing recorded (no object, nulls, "never" everywhere) is never signed in, dated by creation', () => {
    for (const activity of [
      null,
      undefined,
      { lastSuccessfulSignInDateTime: null, lastSignInDateTime: null, lastNonInteractiveSignInDateTime: null },
      {
        lastSuccessfulSignInDateTime: '0001-01-01T00:00:00Z',
        lastSignInDateTime: '0001-01-01T00:00:00Z',
        lastNonInteractiveSignInDateTime: '0001-01-01T00:00:00Z',
      },
    ]) {
      const g = { createdDateTime: '2025-11-27T00:00:00Z', signInActivity: activity };
      expect(signInEvidence(g)).toEqual({ kind: 'none' });
      expect(inactivity(g, asOf)).toMatchObject({ known: true, basis: 'createdDateTime', neverSignedIn: true, days: 365 });
    }
  });

  it("Graph's usual timestamp form is read to the same evidence as any other spelling of the same instants", () => {
    // signInEvidence reads `2026-11-20T08:00:00Z` as numbers and anything else with the general reader: written with
    // fractional seconds, the same instants take the general path, and every combination must read the same.
    const values = [undefined, null, '0001-01-01T00:00:00Z', '2023-06-01T00:00:00Z', '2024-03-01T12:00:00Z', '2025-09-09T09:09:09Z'];
    const spelled = (v: string | null | undefined) => (typeof v === 'string' ? v.replace('Z', '.000Z') : v);
    let compared = 0;
    for (const success of values)
      for (const interactive of values)
        for (const nonInteractive of values) {
          const fields = {
            lastSuccessfulSignInDateTime: success,
            lastSignInDateTime: interactive,
            lastNonInteractiveSignInDateTime: nonInteractive,
          };
          const other = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, spelled(v)]));
          const usual = signInEvidence({ signInActivity: fields as never });
          expect(usual, JSON.stringify(fields)).toEqual(signInEvidence({ signInActivity: other as never }));
          compared++;
        }
    expect(compared).toBe(216);
  });

  it('an unreadable deciding date is never guessed at', () => {
    expect(
      inactivity(
        {
          createdDateTime: '2025-01-01T00:00:00Z',
          signInActivity: { lastSuccessfulSignInDateTime: 'yesterday', lastSignInDateTime: '2026-06-01T00:00:00Z' },
        },
        asOf,
      ),
    ).toMatchObject({ known: false, why: expect.stringContaining('lastSuccessfulSignInDateTime') });
    expect(
      inactivity(
        {
          createdDateTime: '2025-01-01T00:00:00Z',
          signInActivity: { lastSuccessfulSignInDateTime: null, lastNonInteractiveSignInDateTime: 'garbage' },
        },
        asOf,
      ),
    ).toMatchObject({ known: false });
    expect(inactivity({ createdDateTime: 'sometime', signInActivity: null }, asOf)).toMatchObject({
      known: false,
      why: expect.stringContaining('createdDateTime'),
    });
    // …but an unreadable attempt does not matter once a success is recorded.
    expect(
      inactivity({ signInActivity: { lastSuccessfulSignInDateTime: '2026-06-01T00:00:00Z', lastSignInDateTime: 'garbage' } }, asOf),
    ).toMatchObject({ known: true, basis: 'lastSuccessfulSignInDateTime' });
  });

  it('no success since 1 December 2023 but no readable creation date: unknown, not counted from 2023', () => {
    expect(inactivity({ createdDateTime: null, signInActivity: { lastSignInDateTime: '2026-06-01T00:00:00Z' } }, asOf)).toMatchObject({
      known: false,
    });
  });
});

describe(`guestDomain (${UPN})`, () => {
  it('reads the invited address kept in a #EXT# user principal name before mail, which can be edited after redemption', () => {
    expect(guestDomain({ mail: 'Jane@Contoso.COM', userPrincipalName: 'jane_other.example#EXT#@fabrikam.onmicrosoft.com' })).toBe(
      'other.example',
    );
  });
  it('reads a B2B user principal name when mail is empty (the last _ was the @)', () => {
    expect(guestDomain({ mail: null, userPrincipalName: 'jane.doe_contoso.co.uk#EXT#@fabrikam.onmicrosoft.com' })).toBe('contoso.co.uk');
    expect(guestDomain({ userPrincipalName: 'first_last_contoso.com#ext#@fabrikam.onmicrosoft.com' })).toBe('contoso.com');
  });
  it('falls back to mail when the #EXT# name holds no domain', () => {
    expect(
      guestDomain({ mail: 'Jane@Contoso.COM', userPrincipalName: 'partner.user1_northwind_example#EXT#@fabrikam.onmicrosoft.com' }),
    ).toBe('contoso.com');
  });
  it('falls back to otherMails, then to a plain (internal guest) user principal name', () => {
    expect(
      guestDomain({ mail: '', userPrincipalName: 'someone@fabrikam.example', otherMails: ['not-an-address', 'x@partner.example'] }),
    ).toBe('partner.example');
    expect(guestDomain({ mail: null, userPrincipalName: 'contractor@fabrikam.example' })).toBe('fabrikam.example');
  });
  it('is undefined when nothing looks like a domain', () => {
    expect(guestDomain({ mail: 'no-at-sign', userPrincipalName: 'x_nodot#EXT#@fabrikam.onmicrosoft.com' })).toBeUndefined();
    expect(guestDomain({})).toBeUndefined();
  });
  it('finds the marker in any case and after another #, and gives the same answer the second time (remembered per text)', () => {
    for (let round = 0; round < 2; round++) {
      expect(guestDomain({ userPrincipalName: 'a#b_contoso.com#EXT#@fabrikam.onmicrosoft.com' })).toBe('contoso.com');
      expect(guestDomain({ userPrincipalName: 'a_partner.example#ext#@x#EXT#@fabrikam.onmicrosoft.com' })).toBe('partner.example');
      expect(guestDomain({ userPrincipalName: 'jos\u00e9_Contoso.COM.#EXT#@fabrikam.onmicrosoft.com' })).toBe('contoso.com');
      expect(guestDomain({ userPrincipalName: '#EXT#_contoso.com', mail: 'x@mail.example' })).toBe('mail.example');
      // A character that upper-cases to two (ß to SS) before the marker: the marker's index is the name's own.
      expect(guestDomain({ userPrincipalName: 'a#stra\u00dfe_partner.example#EXT#@fabrikam.onmicrosoft.com' })).toBe('partner.example');
      expect(guestDomain({ userPrincipalName: 'stra\u00dfe_partner.example#ext#@fabrikam.onmicrosoft.com' })).toBe('partner.example');
      expect(guestDomain({ userPrincipalName: 'x_bad domain#EXT#@h', mail: 'y@Mail.Example' })).toBe('mail.example');
    }
  });
});

describe('normaliseDomain', () => {
  it('lower-cases, drops a trailing dot and rejects non-domains', () => {
    expect(normaliseDomain(' Contoso.COM. ')).toBe('contoso.com');
    expect(normaliseDomain('localhost')).toBeUndefined();
    expect(normaliseDomain('bad_domain.com')).toBeUndefined();
    expect(normaliseDomain('-x.com')).toBeUndefined();
  });
});
