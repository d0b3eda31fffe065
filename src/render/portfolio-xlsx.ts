import ExcelJS from 'exceljs';
import type { Portfolio } from '../multi/run.js';
import { SheetNames, excelText } from './sanitize.js';

/**
 * portfolio.xlsx: the tenants side by side for filtering — one row per tenant with counts by severity and rule
 * outcomes ("Tenants"), and the rule × tenant status matrix ("Checks by tenant"). Every string goes through
 * `excelText` (XML-safe, capped) and is written as a string, so a label like `=HYPERLINK(...)` stays text.
 */
const HEADER_FILL = 'FF1F3A5F';
const STATUS_FILL: Record<string, string> = {
  fail: 'FFFFCDD2',
  failed: 'FFFFCDD2',
  pass: 'FFC8E6C9',
  ok: 'FFC8E6C9',
  'not-assessed': 'FFFFE0B2',
  incomplete: 'FFFFE0B2',
  suppressed: 'FFE1BEE7',
  'not-applicable': 'FFEEEEEE',
  error: 'FFFFAB91',
};

type Cell = string | number | null;

function addSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, names: SheetNames, name: string, columns: Array<{ header: string; width: number }>, rows: Cell[][], statusColumns: ReadonlySet<number>): void {
  const sheet = book.addWorksheet(names.take(name), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }] });
  sheet.columns = columns.map((c, i) => ({ key: `c${i}`, width: c.width }));
  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = excelText(c.header);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.commit();
  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    values.forEach((v, i) => {
      if (v === null || v === '') return;
      const cell = row.getCell(i + 1);
      cell.value = typeof v === 'string' ? excelText(v) : v;
      const fill = statusColumns.has(i) && typeof v === 'string' ? STATUS_FILL[v] : undefined;
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
    row.commit();
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  sheet.commit();
}

export async function writePortfolioXlsx(p: Portfolio, file: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  book.creator = 'gatehouse';
  book.created = new Date(p.generatedAt);
  book.modified = new Date(p.generatedAt);
  const names = new SheetNames();
  const sev = (o: Portfolio['tenants'][number], k: string) => (o.summary ? (o.summary.findingsBySeverity[k] ?? 0) : null);
  addSheet(
    book,
    names,
    'Tenants',
    [
      { header: 'Tenant', width: 30 },
      { header: 'Tenant id', width: 38 },
      { header: 'Name', width: 30 },
      { header: 'Status', width: 12 },
      { header: 'Reason', width: 60 },
      { header: 'Critical', width: 9 },
      { header: 'High', width: 9 },
      { header: 'Medium', width: 9 },
      { header: 'Low', width: 9 },
      { header: 'Info', width: 9 },
      { header: 'Accepted (suppressed)', width: 12 },
      { header: 'Checks failing', width: 10 },
      { header: 'Checks not assessed', width: 10 },
      { header: 'Checks passed', width: 10 },
      { header: 'Exit code', width: 8 },
      { header: 'As of (UTC)', width: 20 },
      { header: 'Profile', width: 10 },
      { header: 'Folder', width: 24 },
      { header: 'Source', width: 40 },
    ],
    p.tenants.map((o) => [
      o.label,
      o.tenantId ?? '',
      o.tenantName ?? '',
      o.status,
      [o.reason, ...(o.warnings ?? [])].filter(Boolean).join('\n'),
      sev(o, 'critical'),
      sev(o, 'high'),
      sev(o, 'medium'),
      sev(o, 'low'),
      sev(o, 'info'),
      o.summary?.suppressedFindings ?? null,
      o.summary ? (o.summary.rulesByStatus.fail ?? 0) : null,
      o.summary ? (o.summary.rulesByStatus['not-assessed'] ?? 0) + (o.summary.rulesByStatus.error ?? 0) : null,
      o.summary ? (o.summary.rulesByStatus.pass ?? 0) : null,
      o.exitCode,
      o.asOf ? o.asOf.slice(0, 19).replace('T', ' ') : '',
      o.profile ?? '',
      o.status === 'failed' ? '' : o.slug,
      o.source.kind === 'collected' ? `collected: ${o.source.tenant}` : `snapshot: ${o.source.file}`,
    ]),
    new Set([3]),
  );
  const tenantColumns = p.tenants.map((o) => ({ header: o.label, width: Math.min(24, Math.max(10, o.label.length + 2)) }));
  addSheet(
    book,
    names,
    'Checks by tenant',
    [{ header: 'Check', width: 38 }, { header: 'Severity', width: 10 }, { header: 'Title', width: 60 }, ...tenantColumns],
    p.rules.map((r) => [r.id, r.severity, r.title, ...p.tenants.map((o) => (o.status === 'failed' ? 'not scanned' : (o.rules?.[r.id] ?? '')))]),
    new Set(p.tenants.map((_, i) => i + 3)),
  );
  await book.commit();
}
