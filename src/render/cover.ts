/**
 * The cover facts a consultant's report opens with — client, scope, assessment and report dates, who prepared it —
 * worked out once from the result and the options, so the HTML cover, summary.md and report.xlsx's Summary sheet
 * state the same facts. Plain text: each renderer escapes it in its own way.
 */
import type { Result } from '../engine/result.types.js';
import { readableDate } from '../util/dates.js';

export interface CoverOptions {
  /** The client the report is for (`--client`); the tenant's display name when absent. */
  client?: string;
  /** Who prepared the report (`--prepared-by`); no line at all when absent. */
  preparedBy?: string;
  /** Replaces the scope gatehouse derives from the checks it ran (`--scope`). */
  scope?: string;
}

export interface CoverFacts {
  client: string;
  preparedBy: string | null;
  scope: string;
  /** Tenant name, default domain, id and cloud, as one line. */
  tenant: string;
  /** The date the assessment describes, readable ("27 November 2026"), with its ISO form for workbooks. */
  assessmentDate: string;
  assessmentIso: string;
  /** What the assessment date is: the settings' collection or the reference date the scan was given. */
  assessmentBasis: string;
  reportDate: string;
  reportIso: string;
}

const CLOUD_NAMES: Record<string, string> = {
  global: 'Microsoft global cloud',
  usgov: 'Microsoft US Government cloud (GCC High)',
  'usgov-dod': 'Microsoft US Government cloud (DoD)',
  china: 'Microsoft cloud in China (operated by 21Vianet)',
};

/** What each category of checks covers, in a few words, in the order a scope lists them. */
const SCOPE_AREAS: ReadonlyArray<[string, string]> = [
  ['invitations', 'guest invitations'],
  ['cross-tenant-access', 'cross-tenant access'],
  ['guests', 'guest accounts'],
  ['governance', 'access reviews and access packages'],
  ['conditional-access', 'Conditional Access for guests'],
  ['connectors-and-federation', 'sign-in connectors and federation'],
  ['sharing', 'SharePoint and OneDrive sharing'],
];

export function coverFacts(result: Result, options: CoverOptions = {}): CoverFacts {
  const t = result.tenant;
  const tenantName = t.displayName || t.id;
  const categories = new Set(result.rules.map((r) => r.category));
  const areas = SCOPE_AREAS.filter(([c]) => categories.has(c)).map(([, words]) => words);
  const checks = result.rules.length;
  const derivedScope =
    `External identities in Microsoft Entra ID: ${areas.join(', ') || 'no area'}. ` +
    `${checks} ${checks === 1 ? 'check' : 'checks'}, profile ${result.profile}; read-only, nothing was changed.`;
  // Without --as-of the engine takes its reference time from the scan's own clock (asOf equals scannedAt); the
  // settings then describe the moment they were collected. With --as-of the scan was judged as of that date.
  const asOfGiven = result.asOf !== result.scannedAt;
  const assessmentIso = asOfGiven ? result.asOf : result.snapshot.collectedAt;
  return {
    client: options.client || tenantName,
    preparedBy: options.preparedBy || null,
    scope: options.scope || derivedScope,
    tenant: [tenantName, t.defaultDomain, `tenant id ${t.id}`, CLOUD_NAMES[t.cloud ?? 'global'] ?? t.cloud].filter(Boolean).join(' · '),
    assessmentDate: readableDate(assessmentIso),
    assessmentIso,
    assessmentBasis: asOfGiven ? 'reference date of the scan' : 'when the settings were collected',
    reportDate: readableDate(result.scannedAt),
    reportIso: result.scannedAt,
  };
}
