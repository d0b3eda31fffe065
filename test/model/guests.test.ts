import { describe, expect, it } from 'vitest';
import { daysBetween, guestDomain, isEnabled, isPending, lastSuccessfulSignIn, normaliseDomain, parseGraphDateTime } from '../../src/model/guests.js';

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

describe('lastSuccessfulSignIn', () => {
  it('prefers lastSuccessfulSignInDateTime even when an attempt is later', () => {
    const got = lastSuccessfulSignIn({
      signInActivity: { lastSuccessfulSignInDateTime: '2026-01-01T00:00:00Z', lastSignInDateTime: '2026-06-01T00:00:00Z', lastNonInteractiveSignInDateTime: '2026-07-01T00:00:00Z' },
    });
    expect(got).toEqual({ at: new Date('2026-01-01T00:00:00Z'), basis: 'lastSuccessfulSignInDateTime' });
  });

  it('falls back to the later of the interactive and non-interactive attempts', () => {
    expect(lastSuccessfulSignIn({ signInActivity: { lastSuccessfulSignInDateTime: null, lastSignInDateTime: '2026-06-01T00:00:00Z', lastNonInteractiveSignInDateTime: '2026-07-01T00:00:00Z' } })).toEqual({
      at: new Date('2026-07-01T00:00:00Z'),
      basis: 'lastNonInteractiveSignInDateTime',
    });
    expect(lastSuccessfulSignIn({ signInActivity: { lastSignInDateTime: '2026-08-01T00:00:00Z', lastNonInteractiveSignInDateTime: '2026-07-01T00:00:00Z' } })?.basis).toBe('lastSignInDateTime');
    expect(lastSuccessfulSignIn({ signInActivity: { lastSignInDateTime: '2026-08-01T00:00:00Z' } })?.basis).toBe('lastSignInDateTime');
  });

  it('ignores an unparseable success date instead of guessing, and uses the attempts', () => {
    expect(lastSuccessfulSignIn({ signInActivity: { lastSuccessfulSignInDateTime: 'yesterday', lastSignInDateTime: '2026-06-01T00:00:00Z' } })?.basis).toBe('lastSignInDateTime');
  });

  it('is undefined without any usable date', () => {
    expect(lastSuccessfulSignIn({ signInActivity: null })).toBeUndefined();
    expect(lastSuccessfulSignIn({})).toBeUndefined();
    expect(lastSuccessfulSignIn({ signInActivity: { lastSignInDateTime: '0001-01-01T00:00:00Z', lastNonInteractiveSignInDateTime: 'garbage' } })).toBeUndefined();
  });
});

describe('guestDomain', () => {
  it('reads mail first', () => {
    expect(guestDomain({ mail: 'Jane@Contoso.COM', userPrincipalName: 'jane_other.example#EXT#@fabrikam.onmicrosoft.com' })).toBe('contoso.com');
  });
  it('reads a B2B user principal name when mail is empty', () => {
    expect(guestDomain({ mail: null, userPrincipalName: 'jane.doe_contoso.co.uk#EXT#@fabrikam.onmicrosoft.com' })).toBe('contoso.co.uk');
    expect(guestDomain({ userPrincipalName: 'first_last_contoso.com#ext#@fabrikam.onmicrosoft.com' })).toBe('contoso.com');
  });
  it('falls back to otherMails', () => {
    expect(guestDomain({ mail: '', userPrincipalName: 'someone@fabrikam.example', otherMails: ['not-an-address', 'x@partner.example'] })).toBe('partner.example');
  });
  it('is undefined when nothing looks like a domain', () => {
    expect(guestDomain({ mail: 'no-at-sign', userPrincipalName: 'x_nodot#EXT#@fabrikam.onmicrosoft.com' })).toBeUndefined();
    expect(guestDomain({})).toBeUndefined();
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
