/**
 * report.xlsx — the auditor's workbook: every finding, rule, coverage gap, partner and Conditional Access policy,
 * one row each, filterable in Excel. The guest inventory is its own workbook (guests.xlsx, guest-workbook.ts).
 * Tables, styles and Excel's limits are handled in xlsx-table.ts.
 */
import type { Writable } from 'node:stream';
import type { Finding, Result } from '../engine/result.types.js';
import type { AnyRule } from '../engine/rule.js';
import { severityRank } from '../engine/severity.js';
import { parseGraphDateTime } from '../model/guests.js';
import { identityProviderInventory } from '../model/identity-providers.js';
import { sectionOk, sectionStatus } from '../snapshot/section-status.js';
import type { ConditionalAccessPolicy, Snapshot } from '../snapshot/snapshot.types.js';
import {
  PARTNER_COLUMNS,
  coverageRows,
  partnerMatrix,
  remediationView,
  ruleDocs,
  sectionGaps,
  sortFindings,
  cmp,
  type RuleDoc,
} from './model.js';
import { frameworkRefs, frameworkViews } from './words.js';
import { coverFacts, type CoverOptions } from './cover.js';
import { TOP_ACTIONS, actionsIntro, rankFailingChecks, topActions, type PriorityCheck } from './priorities.js';
import { workflowSheets } from './diff-xlsx.js';
import { DEFAULT_TITLE, GUEST_WORKBOOK_FILE } from './formats.js';
import { FINDING_COLUMNS, findingCells, writeFindingBlocks, type FindingBlocks } from './findings-sheet.js';
import { openWorkbook, type CellValue, type ColumnSpec, type WorkbookOptions } from './xlsx-table.js';

export { EXCEL_MAX_DATA_ROWS } from './xlsx-table.js';

export interface XlsxOptions {
  /** The rules whose documentation (remediation, references, frameworks) the workbook shows. */
  rules?: readonly AnyRule[];
  /** Their documentation by id, instead of `rules` (a worker thread is handed the documentation, not the rules). */
  docs?: ReadonlyMap<string, RuleDoc>;
  /** Guests in the snapshot (they are not in its `data`). */
  guestCount?: number;
  /** Data rows per sheet before continuing on the next one (tests lower it; Excel's limit otherwise). */
  maxRowsPerSheet?: number;
  title?: string;
  /** Client, who prepared the report and the scope, as on the HTML cover. */
  cover?: CoverOptions;
  /** Benchmark baseline only (see xlsx-table.ts); never use it for a report. */
  bare?: boolean;
  /** Which library writes the package (see xlsx-table.ts); the direct writer unless a test or benchmark compares. */
  engine?: WorkbookOptions['engine'];
}

const asDate = (s: string | null | undefined): Date | undefined => parseGraphDateTime(s);
const list = (xs: ReadonlyArray<string | null | undefined> | null | undefined): string => (xs ?? []).filter(Boolean).join(', ');

/**
 * The findings as the workbook reads them. From `result.findings` unless the caller holds them elsewhere: report.xlsx's
 * worker thread reads them one at a time from result.json (result-findings-file.ts) and is handed the ranking.
 */
export interface WorkbookFindings {
  /** Every finding in the Findings sheet's order (sortFindings). */
  sorted(): Iterable<Finding>;
  /** The findings new or updated since the baseline, in the result's order (the Changes sheet). */
  withBaselineState(state: 'new' | 'updated'): Iterable<Finding>;
  /** The failing checks, most important first (rankFailingChecks); the first TOP_ACTIONS are enough. */
  ranked: readonly PriorityCheck[];
  /**
   * The Findings sheet's rows in blocks shared with another thread (findings-sheet.ts), when there is one to share
   * them with; used when the direct writer writes the sheet and all rows fit its first sheet, else `sorted` is.
   */
  blocks?: FindingBlocks;
}

/** The workbook's findings straight from the result in memory. */
export function findingsInMemory(result: Result): WorkbookFindings {
  return {
    sorted: () => sortFindings(result.findings),
    withBaselineState: (state) => result.findings.filter((f) => f.baselineState === state),
    ranked: rankFailingChecks(result),
  };
}

function jsonText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Write the workbook to a file path or a stream. Pure function of result + snapshot (no clock). */
export async function writeXlsx(
  result: Result,
  snapshot: Snapshot | undefined,
  target: string | Writable,
  options: XlsxOptions,
  findingSource: WorkbookFindings = findingsInMemory(result),
): Promise<void> {
  const workbook = openWorkbook(target, {
    asOf: new Date(result.asOf),
    ...(options.maxRowsPerSheet ? { maxRowsPerSheet: options.maxRowsPerSheet } : {}),
    ...(options.bare ? { bare: true } : {}),
    ...(options.engine ? { engine: options.engine } : {}),
  });
  const table = workbook.table;
  const docs = options.docs ?? ruleDocs(options.rules ?? []);
  const noSnapshot = 'The snapshot was not supplied to `gatehouse report`; run it with --snapshot <file> to fill this sheet.';

  // Summary ---------------------------------------------------------------------------------------------------
  const summary = table(
    'Summary',
    [
      { header: 'Item', width: 42, kind: 'wrap' },
      { header: 'Value', width: 120, kind: 'wrap' },
    ],
    { filter: false },
  );
  const s = result.summary;
  const cover = coverFacts(result, options.cover);
  const ranked = findingSource.ranked;
  const facts: Array<[string, CellValue]> = [
    ['Report', options.title || DEFAULT_TITLE],
    ['Prepared for', cover.client],
    ...(cover.preparedBy ? [['Prepared by', cover.preparedBy] as [string, CellValue]] : []),
    ['Scope', cover.scope],
    ['Assessment date (UTC)', asDate(cover.assessmentIso)],
    ['Report date (UTC)', asDate(cover.reportIso)],
    // The executive summary's actions; the sentence saying how many there are only when fewer than three.
    ...(ranked.length < TOP_ACTIONS ? [['Most important actions', actionsIntro(ranked.length)] as [string, CellValue]] : []),
    ...topActions(ranked, docs).map((a, i): [string, CellValue] => [
      `Most important action ${i + 1} (${a.severity})`,
      `${a.action} Found: ${a.today}`,
    ]),
    ['Tenant', result.tenant.displayName ?? ''],
    ['Tenant id', result.tenant.id],
    ['Default domain', result.tenant.defaultDomain ?? ''],
    ['Cloud', result.tenant.cloud ?? ''],
    ['Profile', result.profile],
    ['As of (UTC)', asDate(result.asOf)],
    ['Scanned at (UTC)', asDate(result.scannedAt)],
    ['Snapshot collected at (UTC)', asDate(result.snapshot.collectedAt)],
    ['Snapshot sha256', result.snapshot.sha256],
    ['gatehouse version', result.tool.version],
    ...(['critical', 'high', 'medium', 'low', 'info'] as const).map((k): [string, CellValue] => [
      `Findings: ${k}`,
      s.findingsBySeverity[k] ?? 0,
    ]),
    ['Findings: suppressed', s.suppressedFindings ?? 0],
    ...(['fail', 'pass', 'not-assessed', 'not-applicable', 'error', 'suppressed'] as const).map((k): [string, CellValue] => [
      `Rules: ${k}`,
      s.rulesByStatus[k] ?? 0,
    ]),
  ];
  if (result.baseline) {
    const b = result.baseline;
    facts.push(['Last scan (baseline)', asDate(b.scannedAt) ?? b.scannedAt]);
    for (const k of ['new', 'updated', 'unchanged', 'resolved'] as const) facts.push([`Since last scan: ${k}`, b.counts[k]]);
  }
  if (snapshot && sectionOk(snapshot, 'guests'))
    facts.push(['Guests in snapshot', sectionStatus(snapshot, 'guests')?.itemCount ?? options.guestCount ?? 0]);
  facts.push([
    'Guest inventory',
    `${GUEST_WORKBOOK_FILE}, beside this workbook: one row per guest (state, domain, created, last sign-in, sponsors)`,
  ]);
  for (const gap of sectionGaps(result)) {
    facts.push([
      `${gap.status === 'ok (fallback)' ? 'Collected by a fallback' : 'Not collected'}: ${gap.title}`,
      [
        gap.status,
        gap.detail,
        gap.permissions.length ? `needs ${gap.permissions.join(' + ')}` : '',
        gap.licence ? `licence: ${gap.licence}` : '',
      ]
        .filter(Boolean)
        .join(' — '),
    ]);
  }
  for (const [k, v] of facts) await summary.add([k, v]);
  await summary.finish();

  // Findings --------------------------------------------------------------------------------------------------
  const findings = table('Findings', FINDING_COLUMNS, { printColumns: 6 });
  const titles = new Map(result.rules.map((r) => [r.id, r.title]));
  const blocks = findingSource.blocks;
  if (blocks && blocks.count > 0 && findings.takesDeflated && findings.fitsSheet(blocks.count) && findings.nextRow === 2)
    await writeFindingBlocks(findings, blocks, titles);
  else
    for (const f of findingSource.sorted()) {
      // A promise only when the writer wants a wait (xlsx-table.ts): no await per row of a million-row sheet.
      const waiting = findings.add(findingCells(f, titles));
      if (waiting) await waiting;
    }
  await findings.finish('No findings.');

  // Rules -----------------------------------------------------------------------------------------------------
  const rules = table(
    'Rules',
    [
      { header: 'Check', width: 50, kind: 'wrap' },
      { header: 'Severity', width: 11, kind: 'severity' },
      { header: 'Status', width: 14, kind: 'status' },
      { header: 'Findings', width: 10, kind: 'number' },
      { header: 'Reason', width: 60, kind: 'wrap' },
      { header: 'How to fix', width: 60, kind: 'wrap' },
      { header: 'Rule', width: 34 },
      { header: 'Category', width: 24 },
      { header: 'Why it matters', width: 70 },
      { header: 'Technical detail', width: 60 },
      { header: 'Graph request', width: 60 },
      { header: 'Graph body', width: 40 },
      { header: 'Azure CLI', width: 70 },
      { header: 'Frameworks', width: 30 },
      { header: 'References', width: 60 },
    ],
    { printColumns: 6 },
  );
  const ruleOrder = [...result.rules].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || cmp(a.id, b.id));
  for (const r of ruleOrder) {
    const doc = docs.get(r.id);
    const fix = remediationView(doc, result.tenant.cloud);
    await rules.add([
      r.title,
      r.severity,
      r.status,
      r.findingCount,
      r.reason ?? '',
      fix?.summary ?? '',
      r.id,
      r.category,
      doc?.rationale ?? '',
      [fix?.detail, r.detail].filter(Boolean).join('\n'),
      fix?.method ? `${fix.method} ${fix.url}` : '',
      fix?.body ?? '',
      fix?.azRest ?? '',
      frameworkRefs(doc)
        .map((r) => r.text)
        .join(', '),
      (doc?.references ?? []).map((x) => x.url).join('\n'),
    ]);
  }
  await rules.finish('No rules ran.');

  // Coverage --------------------------------------------------------------------------------------------------
  const coverage = table(
    'Coverage',
    [
      { header: 'Check', width: 45, kind: 'wrap' },
      { header: 'Severity', width: 11, kind: 'severity' },
      { header: 'Status', width: 14, kind: 'status' },
      { header: 'Why not assessed', width: 70, kind: 'wrap' },
      { header: 'Permission that fixes it', width: 30, kind: 'wrap' },
      { header: 'Licence that fixes it', width: 26, kind: 'wrap' },
      { header: 'Rule', width: 34 },
      { header: 'Technical detail', width: 60, kind: 'wrap' },
      { header: 'Missing sections', width: 40 },
    ],
    { printColumns: 6 },
  );
  for (const c of coverageRows(result)) {
    await coverage.add([
      c.title,
      c.severity,
      c.status,
      c.reason,
      c.permissions.join(', '),
      c.licence ?? '',
      c.ruleId,
      c.detail ?? '',
      c.sections.join(', '),
    ]);
  }
  await coverage.finish('Every rule was assessed.');

  // Partners --------------------------------------------------------------------------------------------------
  const partners = table('Partners', [
    { header: 'Partner tenant id', width: 38 },
    { header: 'Name', width: 30 },
    { header: 'Domain', width: 26 },
    { header: 'Service provider', width: 10, kind: 'bool' },
    ...PARTNER_COLUMNS.flatMap(([, label]): ColumnSpec[] => [
      { header: label, width: 28 },
      { header: `${label}: source`, width: 22 },
    ]),
    { header: 'Half-set settings (one half inherited)', width: 30 },
  ]);
  let partnerNote = noSnapshot;
  if (snapshot) {
    const matrix = partnerMatrix(snapshot);
    if (matrix) {
      for (const row of matrix.rows) {
        await partners.add([
          row.isDefault ? 'default' : row.tenantId,
          row.name,
          row.domain,
          row.isDefault ? null : row.isServiceProvider,
          ...PARTNER_COLUMNS.flatMap(([key]) => [row.cells[key].text, row.cells[key].sourceLabel]),
          row.partialOverrides.join(', '),
        ]);
      }
    } else partnerNote = 'Cross-tenant access default or partner settings were not collected; grant Policy.Read.All.';
  }
  await partners.finish(partnerNote);

  // Identity providers guests can use (an inventory; judged only where a profile disallows one) -----------------
  const providers = table('Identity providers', [
    { header: 'Identity provider', width: 40 },
    { header: 'State', width: 12 },
    { header: 'What it rests on', width: 70 },
  ]);
  if (snapshot) for (const r of identityProviderInventory(snapshot)) await providers.add([r.name, r.state, r.detail]);
  await providers.finish(noSnapshot);

  // Conditional Access ----------------------------------------------------------------------------------------
  const ca = table('Conditional Access', [
    { header: 'Policy id', width: 38 },
    { header: 'Name', width: 40 },
    { header: 'State', width: 14 },
    { header: 'Guest types included', width: 40 },
    { header: 'External tenants included', width: 24 },
    { header: 'Guest types excluded', width: 40 },
    { header: 'Users included', width: 24 },
    { header: 'Users excluded', width: 24 },
    { header: 'Groups included / excluded', width: 22 },
    { header: 'Roles included / excluded', width: 22 },
    { header: 'Applications included', width: 30 },
    { header: 'Applications excluded', width: 30 },
    { header: 'Client app types', width: 26 },
    { header: 'Grant operator', width: 10 },
    { header: 'Grant controls', width: 28 },
    { header: 'Authentication strength', width: 28 },
    { header: 'Session controls', width: 40 },
  ]);
  let caNote = noSnapshot;
  if (snapshot) {
    if (sectionOk(snapshot, 'conditionalAccessPolicies')) {
      const policies = [...(snapshot.data.conditionalAccessPolicies ?? [])].sort(
        (a, b) => cmp(a.displayName ?? '', b.displayName ?? '') || cmp(a.id, b.id),
      );
      for (const p of policies) await ca.add(caRow(p));
      caNote = 'The tenant has no Conditional Access policies.';
    } else
      caNote = `Conditional Access policies were not collected (${sectionStatus(snapshot, 'conditionalAccessPolicies')?.status ?? 'missing'}); needs Policy.Read.All and Microsoft Entra ID P1.`;
  }
  await ca.finish(caNote);

  // Frameworks: each framework's controls in scope and their outcome --------------------------------------------
  const frameworks = table('Frameworks', [
    { header: 'Framework', width: 40, kind: 'wrap' },
    { header: 'Control', width: 16 },
    { header: 'Control title', width: 50, kind: 'wrap' },
    { header: 'Outcome', width: 14, kind: 'status' },
    { header: 'Checks', width: 70, kind: 'wrap' },
  ]);
  const OUTCOME_STATUS = { fail: 'fail', 'not-assessed': 'not-assessed', accepted: 'suppressed', pass: 'pass' } as const;
  for (const v of frameworkViews(result.rules, docs)) {
    for (const c of v.controls) {
      await frameworks.add([
        v.name,
        c.control,
        c.title ?? '',
        OUTCOME_STATUS[c.outcome],
        c.checks.map((x) => `${x.title} (${x.status})`).join('\n'),
      ]);
    }
  }
  await frameworks.finish('No check that ran maps to a framework control.');

  // "Changes" with --baseline, "Exceptions" with an exceptions file.
  for (const extra of workflowSheets(result, (state) => findingSource.withBaselineState(state))) {
    const sheet = table(extra.name, extra.columns);
    for (const row of extra.rows) await sheet.add(row);
    await sheet.finish(extra.emptyNote);
  }

  await workbook.commit();
}

function caRow(p: ConditionalAccessPolicy): CellValue[] {
  const u = p.conditions?.users;
  const inc = u?.includeGuestsOrExternalUsers;
  const exc = u?.excludeGuestsOrExternalUsers;
  const tenants = (t: typeof inc) =>
    t?.externalTenants ? (t.externalTenants.membershipKind === 'all' ? 'all' : list(t.externalTenants.members)) : '';
  const strength = p.grantControls?.authenticationStrength as { displayName?: string; id?: string } | null | undefined;
  return [
    p.id,
    p.displayName ?? '',
    p.state ?? '',
    inc?.guestOrExternalUserTypes ?? '',
    tenants(inc),
    exc?.guestOrExternalUserTypes ?? '',
    list(u?.includeUsers),
    list(u?.excludeUsers),
    `${u?.includeGroups?.length ?? 0} / ${u?.excludeGroups?.length ?? 0}`,
    `${u?.includeRoles?.length ?? 0} / ${u?.excludeRoles?.length ?? 0}`,
    list(p.conditions?.applications?.includeApplications),
    list(p.conditions?.applications?.excludeApplications),
    list(p.conditions?.clientAppTypes),
    p.grantControls?.operator ?? '',
    list(p.grantControls?.builtInControls),
    strength ? (strength.displayName ?? strength.id ?? jsonText(strength)) : '',
    p.sessionControls ? jsonText(p.sessionControls) : '',
  ];
}
