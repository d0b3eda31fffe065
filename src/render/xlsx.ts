/**
 * The auditor's workbook: every finding, rule, coverage gap, guest, partner and Conditional Access policy, one row
 * each, filterable in Excel. Written with exceljs's streaming writer so 200,000 guests stay cheap
 * (report-formats.md §5): styles on, inline strings, each row committed, a yield every 1,000 rows.
 *
 * The streaming writer validates nothing, so this module does: every string goes through `excelText` (XML-invalid
 * code points removed, ≤ 32,767 characters with a visible marker, ≤ 253 line feeds), sheet names through
 * `SheetNames`, and a sheet that would pass Excel's 1,048,576-row limit continues on "<name> (2)". Strings are
 * always written as strings — exceljs never turns a JS string into a formula — so `=HYPERLINK(...)` stays text.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Result } from '../engine/result.types.js';
import type { AnyRule } from '../engine/rule.js';
import type { ConditionalAccessPolicy, Snapshot } from '../snapshot/snapshot.types.js';
import { SECTIONS } from '../snapshot/sections.js';
import {
  PARTNER_COLUMNS,
  coverageRows,
  frameworkIds,
  guestFacts,
  parseDate,
  partnerMatrix,
  remediationView,
  resourcePath,
  ruleDocs,
  sectionGaps,
  sectionOk,
  sectionStatus,
  severityRank,
  sortFindings,
  cmp,
  inlineGuests,
  type GuestSource,
} from './model.js';
import { SheetNames, excelText } from './sanitize.js';
import { workflowSheets } from './diff-xlsx.js';

/** Excel holds 1,048,576 rows; one is the header. */
export const EXCEL_MAX_DATA_ROWS = 1_048_575;

export interface XlsxOptions {
  rules?: readonly AnyRule[];
  /** Data rows per sheet before continuing on the next one (tests lower it; Excel's limit otherwise). */
  maxRowsPerSheet?: number;
  title?: string;
  /** Where to read guests from (default: the snapshot's inline array; large snapshots stream them). */
  guests?: GuestSource;
  /**
   * Benchmark baseline only: the same rows written with bare exceljs — no styles, no sanitising, no frozen header
   * or filter. `npm run bench` compares the real workbook against it; never use it for a report.
   */
  bare?: boolean;
}

type CellValue = string | number | boolean | Date | null | undefined;

interface ColumnSpec {
  header: string;
  width: number;
  kind?: 'text' | 'date' | 'number' | 'bool' | 'severity' | 'status' | 'wrap';
}

const SEVERITY_FILL: Record<string, { bg: string; fg: string }> = {
  critical: { bg: 'FF7A0019', fg: 'FFFFFFFF' },
  high: { bg: 'FFC62828', fg: 'FFFFFFFF' },
  medium: { bg: 'FFF9A825', fg: 'FF1A1A1A' },
  low: { bg: 'FF90CAF9', fg: 'FF1A1A1A' },
  info: { bg: 'FFE0E0E0', fg: 'FF1A1A1A' },
};
const STATUS_FILL: Record<string, { bg: string; fg: string }> = {
  fail: { bg: 'FFFFCDD2', fg: 'FF1A1A1A' },
  pass: { bg: 'FFC8E6C9', fg: 'FF1A1A1A' },
  'not-assessed': { bg: 'FFFFE0B2', fg: 'FF1A1A1A' },
  error: { bg: 'FFFFAB91', fg: 'FF1A1A1A' },
  suppressed: { bg: 'FFE1BEE7', fg: 'FF1A1A1A' },
  'not-applicable': { bg: 'FFEEEEEE', fg: 'FF1A1A1A' },
};
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
const HEADER_FILL = 'FF1F3A5F';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Shared style objects. exceljs caches a style's id by object identity (a WeakMap); a fresh object per cell would
 * be re-serialised for every one of 200,000 × 14 cells, so every cell gets one of these, never its own.
 */
type CellStyle = Partial<ExcelJS.Style>;
const STYLE_PLAIN: CellStyle = {};
const STYLE_DATE: CellStyle = { numFmt: DATE_FORMAT };
const STYLE_WRAP: CellStyle = { alignment: { wrapText: true, vertical: 'top' } };
const STYLE_HEADER: CellStyle = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
  alignment: { vertical: 'middle', wrapText: true },
};
const filled = (colours: Record<string, { bg: string; fg: string }>, bold: boolean): Record<string, CellStyle> =>
  Object.fromEntries(Object.entries(colours).map(([k, c]) => [k, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: c.bg } }, font: { color: { argb: c.fg }, bold } }]));
const STYLE_SEVERITY = filled(SEVERITY_FILL, true);
const STYLE_STATUS = filled(STATUS_FILL, false);

function styleFor(kind: ColumnSpec['kind'], value: CellValue): CellStyle {
  if (value instanceof Date) return STYLE_DATE;
  if (kind === 'severity') return STYLE_SEVERITY[String(value)] ?? STYLE_PLAIN;
  if (kind === 'status') return STYLE_STATUS[String(value)] ?? STYLE_PLAIN;
  if (kind === 'wrap') return STYLE_WRAP;
  return STYLE_PLAIN;
}

/** One logical table written across as many sheets as Excel's row limit needs. */
class TableWriter {
  private sheet: ExcelJS.Worksheet | undefined;
  private part = 0;
  private rowsInSheet = 0;
  private rowsTotal = 0;

  constructor(
    private readonly book: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly names: SheetNames,
    private readonly name: string,
    private readonly columns: ColumnSpec[],
    private readonly maxRows: number,
    private readonly bare = false,
  ) {}

  private open(): ExcelJS.Worksheet {
    this.part++;
    const sheetName = this.names.take(this.part === 1 ? this.name : `${this.name} (${this.part})`);
    // Freeze panes must be passed here: the streaming writer writes sheet views when the sheet is created.
    const sheet = this.bare ? this.book.addWorksheet(sheetName) : this.book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }] });
    if (!this.bare) sheet.columns = this.columns.map((c, i) => ({ key: `c${i}`, width: c.width }));
    const header = sheet.getRow(1);
    this.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      if (!this.bare) cell.style = STYLE_HEADER;
    });
    header.commit();
    this.rowsInSheet = 0;
    return sheet;
  }

  async add(values: CellValue[]): Promise<void> {
    if (!this.sheet || this.rowsInSheet >= this.maxRows) {
      this.closeSheet();
      this.sheet = this.open();
    }
    const row = this.sheet.getRow(this.rowsInSheet + 2);
    values.forEach((v, i) => {
      if (v === null || v === undefined || v === '') return;
      const cell = row.getCell(i + 1);
      if (this.bare) {
        cell.value = v;
        return;
      }
      cell.value = typeof v === 'string' ? excelText(v) : v;
      cell.style = styleFor(this.columns[i]?.kind, v);
    });
    row.commit();
    this.rowsInSheet++;
    this.rowsTotal++;
    if (this.rowsTotal % 1000 === 0) await yieldToEventLoop();
  }

  private closeSheet(): void {
    if (!this.sheet) return;
    if (!this.bare) this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, this.rowsInSheet + 1), column: this.columns.length } };
    this.sheet.commit();
    this.sheet = undefined;
  }

  /** Finish the table; an empty table still gets its sheet, with one row saying why it is empty. */
  async finish(emptyNote?: string): Promise<void> {
    if (this.rowsTotal === 0) await this.add([emptyNote ?? 'Nothing to list.']);
    this.closeSheet();
  }
}

const asDate = (s: string | null | undefined): Date | undefined => parseDate(s);
const list = (xs: ReadonlyArray<string | null | undefined> | null | undefined): string => (xs ?? []).filter(Boolean).join(', ');

function jsonText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Write the workbook to a file path or a stream. Pure function of result + snapshot (no clock). */
export async function writeXlsx(result: Result, snapshot: Snapshot | undefined, target: string | Writable, options: XlsxOptions = {}): Promise<void> {
  const maxRows = options.maxRowsPerSheet ?? EXCEL_MAX_DATA_ROWS;
  const stream = typeof target === 'string' ? createWriteStream(target) : target;
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: !options.bare, useSharedStrings: false });
  book.creator = 'gatehouse';
  // Fixed timestamps keep the file a function of its input, not of the wall clock.
  book.created = new Date(result.asOf);
  book.modified = new Date(result.asOf);
  const names = new SheetNames();
  const table = (name: string, columns: ColumnSpec[]) => new TableWriter(book, names, name, columns, maxRows, options.bare);
  const docs = ruleDocs(options.rules);
  const asOf = new Date(result.asOf);
  const noSnapshot = 'The snapshot was not supplied to `gatehouse report`; run it with --snapshot <file> to fill this sheet.';

  // Summary ---------------------------------------------------------------------------------------------------
  const summary = table('Summary', [
    { header: 'Item', width: 42 },
    { header: 'Value', width: 90, kind: 'wrap' },
  ]);
  const s = result.summary;
  const facts: Array<[string, CellValue]> = [
    ['Report', options.title ?? 'External identity posture'],
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
    ...(['critical', 'high', 'medium', 'low', 'info'] as const).map((k): [string, CellValue] => [`Findings: ${k}`, s.findingsBySeverity[k] ?? 0]),
    ['Findings: suppressed', s.suppressedFindings ?? 0],
    ...(['fail', 'pass', 'not-assessed', 'not-applicable', 'error', 'suppressed'] as const).map((k): [string, CellValue] => [`Rules: ${k}`, s.rulesByStatus[k] ?? 0]),
  ];
  if (result.baseline) {
    const b = result.baseline;
    facts.push(['Last scan (baseline)', asDate(b.scannedAt) ?? b.scannedAt]);
    for (const k of ['new', 'updated', 'unchanged', 'resolved'] as const) facts.push([`Since last scan: ${k}`, b.counts[k]]);
  }
  if (snapshot && sectionOk(snapshot, 'guests')) facts.push(['Guests in snapshot', sectionStatus(snapshot, 'guests')?.itemCount ?? snapshot.data.guests?.length ?? 0]);
  for (const gap of sectionGaps(result)) {
    facts.push([`Not collected: ${gap.title}`, [gap.status, gap.detail, gap.permissions.length ? `needs ${gap.permissions.join(' + ')}` : '', gap.licence ? `licence: ${gap.licence}` : ''].filter(Boolean).join(' — ')]);
  }
  for (const [k, v] of facts) await summary.add([k, v]);
  await summary.finish();

  // Findings --------------------------------------------------------------------------------------------------
  const findings = table('Findings', [
    { header: 'Severity', width: 11, kind: 'severity' },
    { header: 'Status', width: 11, kind: 'status' },
    { header: 'Rule', width: 34 },
    { header: 'Rule title', width: 50 },
    { header: 'Object type', width: 26 },
    { header: 'Object name', width: 36 },
    { header: 'Object id', width: 38 },
    { header: 'Object path', width: 50 },
    { header: 'Message', width: 70 },
    { header: 'Evidence', width: 60 },
    { header: 'Finding id', width: 66 },
    { header: 'Sub-key', width: 24 },
    { header: 'Suppression justification', width: 40 },
    { header: 'Suppression owner', width: 24 },
    { header: 'Suppression expires', width: 20 },
    { header: 'Since last scan', width: 14 },
  ]);
  const titles = new Map(result.rules.map((r) => [r.id, r.title]));
  for (const f of sortFindings(result.findings)) {
    await findings.add([
      f.severity,
      f.status,
      f.ruleId,
      titles.get(f.ruleId) ?? '',
      f.resource.type,
      f.resource.displayName ?? '',
      f.resource.id,
      resourcePath(f),
      f.message,
      f.evidence ? JSON.stringify(f.evidence) : '',
      f.id,
      f.subKey ?? '',
      f.suppression?.justification ?? '',
      f.suppression?.owner ?? '',
      f.suppression?.expires ?? '',
      f.baselineState ?? '',
    ]);
  }
  await findings.finish('No findings.');

  // Rules -----------------------------------------------------------------------------------------------------
  const rules = table('Rules', [
    { header: 'Rule', width: 34 },
    { header: 'Title', width: 55 },
    { header: 'Severity', width: 11, kind: 'severity' },
    { header: 'Category', width: 24 },
    { header: 'Status', width: 14, kind: 'status' },
    { header: 'Findings', width: 10, kind: 'number' },
    { header: 'Reason', width: 60 },
    { header: 'Why it matters', width: 70 },
    { header: 'How to fix', width: 60 },
    { header: 'Graph request', width: 60 },
    { header: 'Graph body', width: 40 },
    { header: 'Azure CLI', width: 70 },
    { header: 'Frameworks', width: 30 },
    { header: 'References', width: 60 },
  ]);
  const ruleOrder = [...result.rules].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || cmp(a.id, b.id));
  for (const r of ruleOrder) {
    const doc = docs.get(r.id);
    const fix = remediationView(doc, result.tenant.cloud);
    await rules.add([
      r.id,
      r.title,
      r.severity,
      r.category,
      r.status,
      r.findingCount,
      r.reason ?? '',
      doc?.rationale ?? '',
      fix?.summary ?? '',
      fix?.method ? `${fix.method} ${fix.url}` : '',
      fix?.body ?? '',
      fix?.azRest ?? '',
      frameworkIds(doc).join(', '),
      (doc?.references ?? []).map((x) => x.url).join('\n'),
    ]);
  }
  await rules.finish('No rules ran.');

  // Coverage --------------------------------------------------------------------------------------------------
  const coverage = table('Coverage', [
    { header: 'Rule', width: 34 },
    { header: 'Title', width: 55 },
    { header: 'Severity', width: 11, kind: 'severity' },
    { header: 'Status', width: 14, kind: 'status' },
    { header: 'Why not assessed', width: 80, kind: 'wrap' },
    { header: 'Permission that fixes it', width: 40 },
    { header: 'Licence that fixes it', width: 36 },
    { header: 'Missing sections', width: 40 },
  ]);
  for (const c of coverageRows(result)) {
    await coverage.add([c.ruleId, c.title, c.severity, c.status, c.reason, c.permissions.join(', '), c.licence ?? '', c.sections.join(', ')]);
  }
  await coverage.finish('Every rule was assessed.');

  // Guests ----------------------------------------------------------------------------------------------------
  const guests = table('Guests', [
    { header: 'Object id', width: 38 },
    { header: 'Display name', width: 32 },
    { header: 'User principal name', width: 44 },
    { header: 'Mail', width: 34 },
    { header: 'Domain', width: 26 },
    { header: 'User type', width: 11 },
    { header: 'Invitation state', width: 18 },
    { header: 'State changed (UTC)', width: 18, kind: 'date' },
    { header: 'Created (UTC)', width: 18, kind: 'date' },
    { header: 'Creation type', width: 14 },
    { header: 'Last successful sign-in (UTC)', width: 20, kind: 'date' },
    { header: 'Days since sign-in', width: 12, kind: 'number' },
    { header: 'Sponsors', width: 10, kind: 'number' },
    { header: 'Enabled', width: 9, kind: 'bool' },
  ]);
  let guestNote = noSnapshot;
  if (snapshot) {
    if (sectionOk(snapshot, 'guests')) {
      const signIn = sectionOk(snapshot, 'guestSignInActivity');
      const sponsors = sectionOk(snapshot, 'guestSponsors');
      for await (const g of (options.guests ?? inlineGuests(snapshot))()) {
        const f = guestFacts(g, asOf, signIn, sponsors);
        await guests.add([
          f.id,
          f.displayName,
          f.userPrincipalName,
          f.mail,
          f.domain,
          f.userType,
          f.state,
          f.stateChanged,
          f.created,
          f.creationType,
          f.lastSignIn,
          signIn ? (f.daysSinceSignIn ?? 'never') : 'not collected',
          f.sponsorCount ?? 'not collected',
          f.enabled,
        ]);
      }
      guestNote = 'The tenant has no guests.';
    } else {
      guestNote = `Guests were not collected (${sectionStatus(snapshot, 'guests')?.status ?? 'missing'}); grant ${SECTIONS.guests.permissions.join(' + ')}.`;
    }
  }
  await guests.finish(guestNote);

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
      const policies = [...(snapshot.data.conditionalAccessPolicies ?? [])].sort((a, b) => cmp(a.displayName ?? '', b.displayName ?? '') || cmp(a.id, b.id));
      for (const p of policies) await ca.add(caRow(p));
      caNote = 'The tenant has no Conditional Access policies.';
    } else caNote = `Conditional Access policies were not collected (${sectionStatus(snapshot, 'conditionalAccessPolicies')?.status ?? 'missing'}); needs Policy.Read.All and Microsoft Entra ID P1.`;
  }
  await ca.finish(caNote);

  // Audit workflow (issue 6): "Changes" with --baseline, "Exceptions" with an exceptions file.
  for (const extra of workflowSheets(result)) {
    const sheet = table(extra.name, extra.columns);
    for (const row of extra.rows) await sheet.add(row);
    await sheet.finish(extra.emptyNote);
  }

  await book.commit();
}

function caRow(p: ConditionalAccessPolicy): CellValue[] {
  const u = p.conditions?.users;
  const inc = u?.includeGuestsOrExternalUsers;
  const exc = u?.excludeGuestsOrExternalUsers;
  const tenants = (t: typeof inc) => (t?.externalTenants ? (t.externalTenants.membershipKind === 'all' ? 'all' : list(t.externalTenants.members)) : '');
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
