import type { User } from '../snapshot/snapshot.types.js';
import { BoundedMap } from '../util/bounded-map.js';
import { SharedTexts } from './shared-text.js';

/**
 * The domain facts about a guest — pending or not, enabled or not, how long without a successful sign-in, home
 * domain — as pure functions over Graph `user` objects. Rules, guest statistics and every renderer take them from
 * here, so a guest is described the same way in findings and in the inventory.
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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The form Graph writes almost every timestamp in, `2026-11-20T08:00:00Z`, read digit by digit: a million guests
 * carry several each, and every rule, statistic and inventory row reads them. NaN when the text is not exactly that
 * form (the general reader below then decides), undefined when it is that form but not a real instant.
 */
function fastUtcSeconds(s: string): number | undefined {
  if (
    s.length !== 20 ||
    s.charCodeAt(19) !== 90 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58
  )
    return Number.NaN;
  const century = twoDigitsAt(s, 0);
  const yy = twoDigitsAt(s, 2);
  const month = twoDigitsAt(s, 5);
  const day = twoDigitsAt(s, 8);
  const hour = twoDigitsAt(s, 11);
  const minute = twoDigitsAt(s, 14);
  const second = twoDigitsAt(s, 17);
  if (century < 0 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return Number.NaN;
  const year = century * 100 + yy;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  // Date.UTC reads years below 100 as 1900 and later: leave those (never real dates anyway) to it.
  if (year < 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  // The day count of the proleptic Gregorian calendar, as Date.UTC counts it, without calling out to it.
  const before = year - 1;
  const days =
    (year - 1970) * 365 +
    (Math.floor(before / 4) - Math.floor(before / 100) + Math.floor(before / 400) - LEAP_YEARS_BEFORE_1970) +
    DAYS_BEFORE_MONTH[month - 1]! +
    (month > 2 && leap ? 1 : 0) +
    day -
    1;
  return days * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000;
}

/** Leap years from year 1 to 1969. */
const LEAP_YEARS_BEFORE_1970 = 477;
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** The number written by the two digits of `s` at `from`; -1 when either is not a digit. */
function twoDigitsAt(s: string, from: number): number {
  const tens = s.charCodeAt(from) - 48;
  const ones = s.charCodeAt(from + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * A Graph date-time string's instant in milliseconds, or undefined when it is absent, malformed, impossible or a
 * "never" sentinel: parseGraphDateTime without making the date, for a reader that only compares or picks among several
 * (the inventory's last attempt is the later of two).
 */
export function graphTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const fast = fastUtcSeconds(value);
  if (fast === undefined) return undefined;
  if (!Number.isNaN(fast)) return fast < EARLIEST_REAL ? undefined : fast;
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return undefined;
  const ms = Date.parse(value.trim());
  if (!Number.isFinite(ms) || ms < EARLIEST_REAL) return undefined;
  return ms;
}

/** A Graph date-time string as a Date, or undefined when it is absent, malformed, impossible or a "never" sentinel. */
export function parseGraphDateTime(value: unknown): Date | undefined {
  const ms = graphTime(value);
  return ms === undefined ? undefined : new Date(ms);
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
  if (typeof user.externalUserState !== 'string') return false;
  // Graph's own spelling, which nearly every guest carries, needs no normalising: several rules ask for every guest.
  if (user.externalUserState === 'PendingAcceptance') return true;
  return user.externalUserState.replace(/\s+/g, '').toLowerCase() === 'pendingacceptance';
}

/** Graph omits `accountEnabled` only when it was not selected; absent is not "disabled". */
export function isEnabled(user: Pick<User, 'accountEnabled'>): boolean {
  return user.accountEnabled !== false;
}

/**
 * Graph began filling `signInActivity.lastSuccessfulSignInDateTime` on 1 December 2023 and did not back-fill it
 * (Graph `signInActivity` resource). Before that day only attempts were recorded.
 */
export const SUCCESS_RECORDED_SINCE = new Date(Date.UTC(2023, 11, 1));

/** A Graph date-time property read without guessing: absent, Graph's "never" (`0001-01-01…`), a date, or unreadable. */
export type GraphDateTime = { kind: 'absent' } | { kind: 'never' } | { kind: 'date'; at: Date } | { kind: 'unreadable'; raw: string };

export function readGraphDateTime(value: unknown): GraphDateTime {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return { kind: 'absent' };
  if (typeof value !== 'string') return { kind: 'unreadable', raw: String(value) };
  const at = parseGraphDateTime(value);
  if (at) return { kind: 'date', at };
  // Well-formed but before any real sign-in could happen: DateTimeOffset.MinValue and its relatives mean "never".
  if (ISO_DATE_TIME.test(value.trim()) && Number.isFinite(Date.parse(value.trim())) && Date.parse(value.trim()) < EARLIEST_REAL)
    return { kind: 'never' };
  return { kind: 'unreadable', raw: value.slice(0, 80) };
}

export type AttemptField = 'lastSignInDateTime' | 'lastNonInteractiveSignInDateTime';
export type SignInField = 'lastSuccessfulSignInDateTime' | AttemptField;

/**
 * What `signInActivity` says about a guest's sign-ins.
 *
 * - `success`: `lastSuccessfulSignInDateTime` holds a date — the only field that records a *success*.
 * - `attempt-before-success-recording`: no success recorded, and the latest attempt (`lastSignInDateTime` /
 *   `lastNonInteractiveSignInDateTime`, successful or not) is older than 1 December 2023, when Graph began recording
 *   successes. The attempt stands in for the last sign-in: it errs towards calling the guest active.
 * - `no-success-since-recording`: attempts on or after 1 December 2023 but no success recorded — every sign-in
 *   since then failed, so the guest has not signed in successfully since the later of that day and its creation.
 * - `none`: nothing recorded (no object, all null, or Graph's "never").
 * - `unreadable`: a field that would decide the answer holds something that is not a date; never guessed at.
 */
export type SignInEvidence =
  | { kind: 'success'; at: Date; lastAttempt?: Date }
  | { kind: 'attempt-before-success-recording'; at: Date; field: AttemptField }
  | { kind: 'no-success-since-recording'; lastAttempt: Date; field: AttemptField }
  | { kind: 'none' }
  | { kind: 'unreadable'; field: SignInField; raw: string };

const ATTEMPT_FIELDS: readonly AttemptField[] = ['lastSignInDateTime', 'lastNonInteractiveSignInDateTime'];

/** The later of the two attempt fields, or the first field that cannot be read. */
function latestAttempt(
  activity: NonNullable<User['signInActivity']>,
): { at: Date; field: AttemptField } | { unreadable: AttemptField; raw: string } | undefined {
  let latest: { at: Date; field: AttemptField } | undefined;
  for (const field of ATTEMPT_FIELDS) {
    const d = readGraphDateTime(activity[field]);
    if (d.kind === 'unreadable') return { unreadable: field, raw: d.raw };
    if (d.kind === 'date' && (!latest || d.at.getTime() > latest.at.getTime())) latest = { at: d.at, field };
  }
  return latest;
}

/** `fieldTime` of a field that holds nothing. */
const NO_TIME = -1;

/**
 * A sign-in field as milliseconds when it holds a real date in Graph's usual form, NO_TIME when it is null or
 * absent, NaN for anything else (Graph's "never", another form, something unreadable), which only the general
 * reader sorts out. No date and no description object is made: every guest has three of these fields.
 */
function fieldTime(value: unknown): number {
  if (value === null || value === undefined) return NO_TIME;
  if (typeof value !== 'string') return Number.NaN;
  const fast = fastUtcSeconds(value);
  return fast !== undefined && fast >= EARLIEST_REAL ? fast : Number.NaN;
}

const SUCCESS_RECORDED_SINCE_MS = SUCCESS_RECORDED_SINCE.getTime();

export function signInEvidence(user: Pick<User, 'signInActivity'>): SignInEvidence {
  const activity = user.signInActivity;
  if (!activity) return { kind: 'none' };
  // Nearly every guest's fields are dates in Graph's usual form or null: read as numbers, with a date made only for
  // what the answer holds. Anything else is read by the general reader below, which names what it found.
  const success = fieldTime(activity.lastSuccessfulSignInDateTime);
  const interactive = fieldTime(activity.lastSignInDateTime);
  const nonInteractive = fieldTime(activity.lastNonInteractiveSignInDateTime);
  if (Number.isNaN(success) || Number.isNaN(interactive) || Number.isNaN(nonInteractive)) return readSignInEvidence(activity);
  // The later attempt; the interactive one when they are equal (as the general reader chooses).
  const later = nonInteractive > interactive;
  const attempt = later ? nonInteractive : interactive;
  const field: AttemptField = later ? 'lastNonInteractiveSignInDateTime' : 'lastSignInDateTime';
  if (success !== NO_TIME)
    return attempt === NO_TIME
      ? { kind: 'success', at: new Date(success) }
      : { kind: 'success', at: new Date(success), lastAttempt: new Date(attempt) };
  if (attempt === NO_TIME) return { kind: 'none' };
  if (attempt < SUCCESS_RECORDED_SINCE_MS) return { kind: 'attempt-before-success-recording', at: new Date(attempt), field };
  return { kind: 'no-success-since-recording', lastAttempt: new Date(attempt), field };
}

/** signInEvidence for fields in any form, each read by readGraphDateTime. */
function readSignInEvidence(activity: NonNullable<User['signInActivity']>): SignInEvidence {
  const success = readGraphDateTime(activity.lastSuccessfulSignInDateTime);
  const attempt = latestAttempt(activity);
  if (success.kind === 'date')
    return { kind: 'success', at: success.at, ...(attempt && 'at' in attempt ? { lastAttempt: attempt.at } : {}) };
  if (success.kind === 'unreadable') return { kind: 'unreadable', field: 'lastSuccessfulSignInDateTime', raw: success.raw };
  if (!attempt) return { kind: 'none' };
  if ('unreadable' in attempt) return { kind: 'unreadable', field: attempt.unreadable, raw: attempt.raw };
  if (attempt.at.getTime() < SUCCESS_RECORDED_SINCE_MS)
    return { kind: 'attempt-before-success-recording', at: attempt.at, field: attempt.field };
  return { kind: 'no-success-since-recording', lastAttempt: attempt.at, field: attempt.field };
}

/** Where a guest's inactivity is counted from. */
export type InactivityBasis = 'lastSuccessfulSignInDateTime' | AttemptField | 'successRecordedSince' | 'createdDateTime';

export type Inactivity =
  | {
      known: true;
      /** The instant inactivity counts from. */
      since: Date;
      basis: InactivityBasis;
      /** Whole days from `since` to the reference time (negative when `since` is later). */
      days: number;
      /** No sign-in of any kind is recorded: the guest is dated by its creation. */
      neverSignedIn: boolean;
      evidence: SignInEvidence;
    }
  | { known: false; why: string; evidence: SignInEvidence };

/**
 * How long a guest has gone without a successful sign-in, as `guest-stale` judges it and every report shows it:
 * from the last successful sign-in; from the latest attempt when that predates success recording; from the later of
 * 1 December 2023 and the creation date when attempts since then recorded no success; from the creation date when
 * nothing was ever recorded. Unknown (never guessed) when a deciding date cannot be read.
 */
export function inactivity(user: Pick<User, 'signInActivity' | 'createdDateTime'>, asOf: Date): Inactivity {
  // The guest pass hands each guest to every rule, the statistics and the inventory in turn, and several of them
  // ask this: the answer for the last guest is kept while everything it depends on is unchanged (in plain variables,
  // not an object made for each guest).
  const a = user.signInActivity;
  if (
    memoResult !== undefined &&
    memoUser === user &&
    memoAsOf === asOf.getTime() &&
    memoActivity === a &&
    memoCreated === user.createdDateTime &&
    memoSuccess === a?.lastSuccessfulSignInDateTime &&
    memoInteractive === a?.lastSignInDateTime &&
    memoNonInteractive === a?.lastNonInteractiveSignInDateTime
  ) {
    return memoResult;
  }
  const result = computeInactivity(user, asOf);
  memoUser = user;
  memoAsOf = asOf.getTime();
  memoActivity = a;
  memoCreated = user.createdDateTime;
  memoSuccess = a?.lastSuccessfulSignInDateTime;
  memoInteractive = a?.lastSignInDateTime;
  memoNonInteractive = a?.lastNonInteractiveSignInDateTime;
  memoResult = result;
  return result;
}

let memoUser: object | undefined;
let memoAsOf = Number.NaN;
let memoActivity: unknown;
let memoCreated: unknown;
let memoSuccess: unknown;
let memoInteractive: unknown;
let memoNonInteractive: unknown;
let memoResult: Inactivity | undefined;

function computeInactivity(user: Pick<User, 'signInActivity' | 'createdDateTime'>, asOf: Date): Inactivity {
  const evidence = signInEvidence(user);
  switch (evidence.kind) {
    case 'success':
      return known(evidence.at, 'lastSuccessfulSignInDateTime', false, evidence, asOf);
    case 'attempt-before-success-recording':
      return known(evidence.at, evidence.field, false, evidence, asOf);
    case 'unreadable':
      return { known: false, why: `${evidence.field} is ${JSON.stringify(evidence.raw)}, which is not a date`, evidence };
    case 'no-success-since-recording':
    case 'none': {
      const created = parseGraphDateTime(user.createdDateTime);
      if (!created) return { known: false, why: 'createdDateTime is missing or not a date', evidence };
      if (evidence.kind === 'none') return known(created, 'createdDateTime', true, evidence, asOf);
      return created.getTime() > SUCCESS_RECORDED_SINCE.getTime()
        ? known(created, 'createdDateTime', false, evidence, asOf)
        : known(SUCCESS_RECORDED_SINCE, 'successRecordedSince', false, evidence, asOf);
    }
  }
}

/** A known inactivity (a plain function, not a closure made for each guest). */
function known(since: Date, basis: InactivityBasis, neverSignedIn: boolean, evidence: SignInEvidence, asOf: Date): Inactivity {
  return { known: true, since, basis, days: daysBetween(since, asOf), neverSignedIn, evidence };
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
  return at < 0 ? undefined : knownDomain(address.slice(at + 1));
}

/**
 * The invited address's domain kept in a B2B user principal name: `jane_contoso.com#EXT#@host…`, where the `@` of
 * the invited address became the last `_` (domain names hold no `_`, local parts may).
 */
function domainOfExtUpn(upn: string | null | undefined): string | undefined {
  if (typeof upn !== 'string') return undefined;
  const ext = extMarkerAt(upn);
  if (ext <= 0) return undefined;
  const underscore = upn.lastIndexOf('_', ext - 1);
  return underscore >= 0 ? knownDomain(upn.slice(underscore + 1, ext)) : undefined;
}

/**
 * Where `#EXT#` begins, in any case, as an index into the name itself. Graph writes the marker in capitals: when no
 * other `#` comes before the first capital one, no marker in another case can come first, and that is the answer
 * without searching again. Otherwise a case-insensitive search of the name — never an index found in an upper-cased
 * copy, which is off by one for each character before the marker that upper-cases to two (ß to SS).
 */
export function extMarkerAt(upn: string): number {
  const at = upn.indexOf('#EXT#');
  if (at === 0 || (at > 0 && upn.lastIndexOf('#', at - 1) < 0)) return at;
  return upn.search(EXT_MARKER);
}

const EXT_MARKER = /#EXT#/i;

/**
 * normaliseDomain of the text after a guest's `@` or `_`, remembered: a million guests come from a few thousand
 * domains, and the answer depends on the text alone. Each domain is one string, however many guests (and the
 * findings about them) carry it. Bounded, so that texts which are all different only stop being remembered, and
 * only texts a domain could be written in are kept (a key holds on to the whole name it was cut from).
 */
function knownDomain(text: string): string | undefined {
  const known = domainsByText.get(text);
  if (known !== undefined) return known ?? undefined;
  const found = normaliseDomain(text);
  const domain = found === undefined ? null : domainTexts.of(found);
  if (text.length <= 300) domainsByText.set(text, domain);
  return domain ?? undefined;
}

const domainsByText = new BoundedMap<string, string | null>();

/**
 * The guest's home domain, lower-cased: first the invited address preserved in a `#EXT#` user principal name, then
 * `mail`, then the first readable `otherMails` entry, then a plain user principal name (internal guests sign in
 * with one of the tenant's own domains). The `#EXT#` name comes first because `mail` can be edited after redemption
 * (Exchange, Graph), while the user principal name is written from the invited address.
 */
export function guestDomain(user: Pick<User, 'mail' | 'userPrincipalName' | 'otherMails'>): string | undefined {
  // Several rules and the statistics ask for the same guest's domain in one pass: the last answer is kept for it
  // (in plain variables, not an object made for each guest).
  if (memoDomain !== undefined && memoDomainUser === user && memoUpn === user.userPrincipalName && memoMail === user.mail)
    return memoDomain;
  const domain = domainOfExtUpn(user.userPrincipalName) ?? domainOfAddress(user.mail);
  if (!domain) return domainFromOtherFields(user);
  memoDomainUser = user;
  memoUpn = user.userPrincipalName;
  memoMail = user.mail;
  memoDomain = domain;
  return domain;
}

let memoDomainUser: object | undefined;
let memoUpn: unknown;
let memoMail: unknown;
let memoDomain: string | undefined;

/** One string per distinct domain: findings keep their guest's domain, and a tenant's guests share few domains. */
const domainTexts = new SharedTexts();

function domainFromOtherFields(user: Pick<User, 'userPrincipalName' | 'otherMails'>): string | undefined {
  for (const other of user.otherMails ?? []) {
    const d = domainOfAddress(other);
    if (d) return d;
  }
  const upn = user.userPrincipalName;
  return typeof upn === 'string' && !upn.toUpperCase().includes('#EXT#') ? domainOfAddress(upn) : undefined;
}
