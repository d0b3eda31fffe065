import { AuthenticationFailure, GraphRequestError } from '../graph/errors.js';
import { cleanErrorText } from '../util/secrets.js';
import { SECTIONS } from '../snapshot/sections.js';
import type { SectionName, SectionStatus } from '../snapshot/snapshot.types.js';

/**
 * From a failed request to an honest section status: 403 → forbidden naming the permission; licence refusals →
 * not-licensed; the endpoint missing in this cloud/tenant → not-available; anything else that survived the retries
 * → error. A 401 is never "forbidden": it means the token itself was refused (expired, revoked, for another
 * tenant) even after a new one was taken, so it is an `error` whose message names the token's expiry — blaming a
 * missing permission would send an admin to fix the wrong thing. A failed section is never an empty list.
 */
export type FailureStatus = 'forbidden' | 'not-licensed' | 'not-available' | 'error';

/** Graph error codes that mean "the tenant lacks the licence", seen across the identity APIs. */
const LICENCE_CODES = new Set([
  'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
  'AadPremiumLicenseRequired',
  'Request_PremiumLicenseRequired',
  'Authentication_RequestFromUnsupportedTenantOrLicense',
  'TenantNotLicensed',
]);
const LICENCE_MESSAGE =
  /premium licen[cs]e|not (been )?licensed|licen[cs]e (is )?required|requires? an? (Microsoft Entra|Azure AD|Azure Active Directory)[\w ]*(P1|P2|Premium)|ID Governance licen[cs]e|doesn't have (a )?premium/i;
/** Graph's wording when a path segment does not exist in this deployment (national clouds lack some APIs). */
const MISSING_SEGMENT =
  /Resource not found for the segment|is not (supported|available) in this (cloud|environment|deployment)|No HTTP resource was found/i;

export function isLicenceError(e: GraphRequestError): boolean {
  return (e.httpStatus === 403 || e.httpStatus === 400) && (LICENCE_CODES.has(e.code) || LICENCE_MESSAGE.test(e.message));
}

export function classifyFailure(e: unknown): FailureStatus {
  if (!(e instanceof GraphRequestError)) return 'error';
  if (isLicenceError(e)) return 'not-licensed';
  if (e.httpStatus === 403) return 'forbidden';
  if (e.httpStatus === 404) return 'not-available';
  if (e.httpStatus === 400 && MISSING_SEGMENT.test(e.message)) return 'not-available';
  return 'error';
}

/** Is this a page-size refusal (`$top` above what Graph accepts for this query)? Then retry smaller. */
export function isPageSizeRefusal(e: unknown): boolean {
  return e instanceof GraphRequestError && e.httpStatus === 400 && /more than \d+|page size|\$top|maximum/i.test(e.message);
}

const MAX_MESSAGE = 2000;

/** Section messages are stored and shown: no secrets, one line, bounded (they may quote the endpoint). */
function clip(s: string): string {
  return cleanErrorText(s, MAX_MESSAGE);
}

/**
 * Error codes of sections whose answers could not be used, as opposed to a service in trouble: the run is a
 * collection failure (exit 3) even though the rest was collected and written. Paging that repeats or never ends is
 * such an answer too.
 */
export const UNUSABLE_ANSWER_CODES: ReadonlySet<string> = new Set([
  'SchemaViolation',
  'ResponseTooLarge',
  'ForeignNextLink',
  'ForeignRequestRefused',
  'RepeatedNextLink',
  'TooManyPages',
  'AuthenticationFailed',
]);

/**
 * Is this section's failure a *collection failure* — the token refused or not renewable, or an answer gatehouse had
 * to refuse (an object the schema cannot hold, a body over the size cap, a nextLink leading elsewhere)? Those end the
 * run with exit 3; a service that was unavailable (5xx, throttling, timeouts) leaves an incomplete scan as before.
 */
export function isCollectionFailure(status: SectionStatus): boolean {
  return (
    status.status === 'error' &&
    (status.httpStatus === 401 || (status.errorCode !== undefined && UNUSABLE_ANSWER_CODES.has(status.errorCode)))
  );
}

export function okStatus(name: SectionName, itemCount: number | undefined, durationMs: number, message?: string): SectionStatus {
  return {
    status: 'ok',
    apiVersion: SECTIONS[name].apiVersion,
    ...(itemCount !== undefined ? { itemCount } : {}),
    durationMs: Math.max(0, Math.round(durationMs)),
    ...(message ? { message: clip(message) } : {}),
  };
}

export function failedStatus(
  name: SectionName,
  e: unknown,
  durationMs: number,
  extra: { status?: FailureStatus; note?: string } = {},
): SectionStatus {
  const info = SECTIONS[name];
  const status = extra.status ?? classifyFailure(e);
  const g = e instanceof GraphRequestError ? e : undefined;
  const what = g ? `${g.path.split('?')[0]}: ${g.message}` : ((e as Error)?.message ?? String(e));
  const authFailure = e instanceof AuthenticationFailure;
  const hint =
    status === 'forbidden' && info.licence ? ` (if ${info.permissions.join(' + ')} is granted, the tenant may lack ${info.licence})` : '';
  return {
    status,
    ...(g?.httpStatus !== undefined ? { httpStatus: g.httpStatus } : {}),
    ...(g ? { errorCode: g.code } : authFailure ? { errorCode: 'AuthenticationFailed' } : {}),
    ...(g?.requestId ? { requestId: g.requestId } : {}),
    message: clip(`${extra.note ? `${extra.note}: ` : ''}${what}${hint}`),
    requiredPermissions: [...info.permissions],
    ...(info.licence ? { requiredLicence: info.licence } : {}),
    apiVersion: info.apiVersion,
    durationMs: Math.max(0, Math.round(durationMs)),
  };
}

export function notCollectedStatus(name: SectionName, status: 'skipped' | 'not-available', message: string): SectionStatus {
  const info = SECTIONS[name];
  return {
    status,
    message,
    requiredPermissions: [...info.permissions],
    ...(info.licence ? { requiredLicence: info.licence } : {}),
    apiVersion: info.apiVersion,
  };
}
