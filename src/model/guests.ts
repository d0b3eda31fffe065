import type { User } from '../snapshot/snapshot.types.js';

/**
 * Pure helpers over Graph `user` objects of guests (reference/graph-api.md §4). Rules about guests share them so
 * that "pending", "last sign-in" and "home domain" mean the same thing in every report.
 */

export const DAY_MS = 86_400_000;

/**
 * ISO 8601 date-time as Graph writes it (`2026-11-20T08:00:00Z`, up to 7 fraction digits, or an explicit offset).
 * Anything else is not guessed at: `Date.parse` would accept "March 7" or roll 30 February over into March.
 */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

/**
 * Earliest instant treated as a real timestamp. Graph reports "never" as `0001-01-01T00:00:00Z`
 * (DateTimeOffset.MinValue) in some sign-in fields; Entra ID did not exist before this date anyway.
 */
const EARLIEST_REAL = Date.UTC(2000, 0, 1);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A Graph date-time string as a Date, or undefined when it is absent, malformed, impossible or a "never" sentinel. */
export function parseGraphDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return undefined;
  const ms = Date.parse(value.trim());
  if (!Number.isFinite(ms) || ms < EARLIEST_REAL) return undefined;
  return new Date(ms);
}

/** Whole days from `from` to `to` (negative when `from` is later). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/**
 * The invitation was sent but never redeemed. Graph writes `PendingAcceptance`; the Entra docs write
 * "Pending Acceptance" — compare without case or spaces.
 */
export function isPending(user: Pick<User, 'externalUserState'>): boolean {
  return typeof user.externalUserState === 'string' && user.externalUserState.replace(/\s+/g, '').toLowerCase() === 'pendingacceptance';
}

/** Graph omits `accountEnabled` only when it was not selected; absent is not "disabled". */
export function isEnabled(user: Pick<User, 'accountEnabled'>): boolean {
  return user.accountEnabled !== false;
}

export type SignInBasis = 'lastSuccessfulSignInDateTime' | 'lastSignInDateTime' | 'lastNonInteractiveSignInDateTime';

export interface LastSignIn {
  at: Date;
  /** Which field the date came from. Only `lastSuccessfulSignInDateTime` is known to be a success. */
  basis: SignInBasis;
}

/**
 * The guest's last sign-in as evidence of activity.
 *
 * `lastSuccessfulSignInDateTime` is the only field that records a *success*, but Graph has filled it only since
 * December 2023 and never back-filled it. When it is empty we fall back to the later of `lastSignInDateTime` and
 * `lastNonInteractiveSignInDateTime`, which record *attempts* (successful or not). The fallback can therefore
 * count a failed attempt as activity: it errs towards calling a guest active, never towards a false "stale".
 * `basis` says which field was used so reports can show it. Unparseable values count as absent.
 */
export function lastSuccessfulSignIn(user: Pick<User, 'signInActivity'>): LastSignIn | undefined {
  const activity = user.signInActivity;
  if (!activity) return undefined;
  const success = parseGraphDateTime(activity.lastSuccessfulSignInDateTime);
  if (success) return { at: success, basis: 'lastSuccessfulSignInDateTime' };
  const interactive = parseGraphDateTime(activity.lastSignInDateTime);
  const nonInteractive = parseGraphDateTime(activity.lastNonInteractiveSignInDateTime);
  if (interactive && (!nonInteractive || interactive.getTime() >= nonInteractive.getTime())) return { at: interactive, basis: 'lastSignInDateTime' };
  if (nonInteractive) return { at: nonInteractive, basis: 'lastNonInteractiveSignInDateTime' };
  return undefined;
}

/** A plausible DNS domain (labels of letters, digits and hyphens, at least one dot), lower-cased; else undefined. */
export function normaliseDomain(value: string): string | undefined {
  const d = value.trim().toLowerCase().replace(/\.$/, '');
  if (d.length > 253 || !/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$/.test(d)) return undefined;
  return d;
}

function domainOfAddress(address: string | null | undefined): string | undefined {
  if (typeof address !== 'string') return undefined;
  const at = address.lastIndexOf('@');
  return at < 0 ? undefined : normaliseDomain(address.slice(at + 1));
}

/**
 * The guest's home domain: from `mail`, else from a B2B user principal name (`jane_contoso.com#EXT#@host…`, where
 * the `@` of the invited address became the last `_`), else from the first of `otherMails`. Lower-cased.
 */
export function guestDomain(user: Pick<User, 'mail' | 'userPrincipalName' | 'otherMails'>): string | undefined {
  const fromMail = domainOfAddress(user.mail);
  if (fromMail) return fromMail;
  const upn = user.userPrincipalName;
  if (typeof upn === 'string') {
    const ext = upn.toUpperCase().indexOf('#EXT#');
    if (ext > 0) {
      const local = upn.slice(0, ext);
      const underscore = local.lastIndexOf('_');
      const fromUpn = underscore >= 0 ? normaliseDomain(local.slice(underscore + 1)) : undefined;
      if (fromUpn) return fromUpn;
    }
  }
  for (const other of user.otherMails ?? []) {
    const d = domainOfAddress(other);
    if (d) return d;
  }
  return undefined;
}
