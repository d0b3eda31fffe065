import { SECTIONS } from '../snapshot/sections.js';
import type { SectionName, SectionStatus } from '../snapshot/snapshot.types.js';

/**
 * Why a section is not usable, in two registers: `reason` is a sentence for the report's reader (what is missing and
 * why, in words: no HTTP codes, error codes or command-line options), `detail` is for the operator (HTTP status,
 * Graph error code, the collector's own message, which may name the option that changes it).
 */
export function describeSectionGap(
  name: SectionName,
  status: SectionStatus | undefined,
): { reason: string; detail?: string; permissions: string[]; licence?: string } {
  const info = SECTIONS[name];
  const permissions = status?.requiredPermissions?.length ? [...status.requiredPermissions] : [...info.permissions];
  const licence = status?.requiredLicence ?? info.licence;
  const perm = permissions.join(' and ');
  const what = `the ${lowerFirst(info.title)}`;
  const were = isPluralTitle(info.title) ? 'were' : 'was';
  let reason: string;
  switch (status?.status) {
    case undefined:
      reason = `${upperFirst(what)} ${were} not collected into this snapshot.`;
      break;
    case 'forbidden':
      reason = `gatehouse was not allowed to read ${what}: the app registration it ran with lacks the ${perm} permission.`;
      break;
    case 'not-licensed':
      reason = `Reading ${what} needs ${licence ?? 'a licence'} this tenant does not have.`;
      break;
    case 'not-available':
      reason = `Microsoft does not offer ${what} in this cloud or for this kind of tenant.`;
      break;
    case 'skipped':
      reason =
        info.optIn && info.writeScopeOnly
          ? `${upperFirst(what)} ${were} not read: Microsoft Graph only offers a permission that could also change them, so gatehouse reads them only when the operator asks for it.`
          : `${upperFirst(what)} ${were} not read in this scan.`;
      break;
    case 'error':
      reason = `Microsoft Graph did not return ${what} (${errorWords(status.httpStatus)}); a later scan may succeed.`;
      break;
    default:
      reason = `${upperFirst(what)} could not be collected.`;
  }
  const detail = status
    ? [status.httpStatus ? `HTTP ${status.httpStatus}` : '', status.errorCode ?? '', status.message ?? ''].filter(Boolean).join(' ')
    : '';
  return {
    reason,
    ...(detail ? { detail: `${info.title}: ${status!.status}, ${detail}` } : {}),
    permissions,
    ...(licence ? { licence } : {}),
  };
}

function errorWords(httpStatus: number | undefined): string {
  if (httpStatus === undefined) return 'the request failed';
  if (httpStatus === 429) return 'the service kept asking gatehouse to slow down';
  if (httpStatus >= 500) return 'the service was unavailable';
  if (httpStatus === 404) return 'it was not found';
  return 'the request was refused';
}

export const upperFirst = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
/**
 * "Guest users" → "guest users", but "API connectors", "SAML/WS-Fed …" and names of two capitalised words
 * ("Conditional Access policies") keep their capitals.
 */
const lowerFirst = (s: string) =>
  s.length > 1 && /[a-z]/.test(s[1]!) && !/^\S+\s+[A-Z]/.test(s) && !/^[A-Z][a-z]+[A-Z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
/** Section titles are noun phrases; the head noun (before any "(…)" or "of …") says singular or plural. */
function isPluralTitle(title: string): boolean {
  const head = title
    .replace(/\s*\(.*$/, '')
    .replace(/\s+of\s.*$/, '')
    .trim();
  return /s$/.test(head);
}
