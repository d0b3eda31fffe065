import type { Portfolio } from './portfolio.js';
import { openWorkbook, type CellValue, type ColumnSpec } from './xlsx-table.js';

/**
 * portfolio.xlsx: the tenants side by side for filtering — one row per tenant with counts by severity and rule
 * outcomes ("Tenants"), and the rule × tenant status matrix ("Checks by tenant"). Written as every gatehouse
 * workbook is (xlsx-table.ts): strings through `excelText`, tenant labels included, and always as strings, so a
 * label like `=HYPERLINK(...)` stays text.
 */
async function addTable(
  workbook: ReturnType<typeof openWorkbook>,
  name: string,
  columns: ColumnSpec[],
  rows: CellValue[][],
): Promise<void> {
  const table = workbook.table(name, columns);
  for (const row of rows) await table.add(row);
  await table.finish();
}

export async function writePortfolioXlsx(p: Portfolio, file: string): Promise<void> {
  const workbook = openWorkbook(file, { asOf: new Date(p.generatedAt) });
  const sev = (o: Portfolio['tenants'][number], k: string) => (o.summary ? (o.summary.findingsBySeverity[k] ?? 0) : null);
  await addTable(
    workbook,
    'Tenants',
    [
      { header: 'Tenant', width: 30 },
      { header: 'Tenant id', width: 38 },
      { header: 'Name', width: 30 },
      { header: 'Status', width: 12, kind: 'status' },
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
      o.source.kind === 'collected' ? `collected: ${o.source.tenant}` : `${o.source.kind}: ${o.source.file}`,
    ]),
  );
  const tenantColumns = p.tenants.map((o): ColumnSpec => ({
    header: o.label,
    width: Math.min(24, Math.max(10, o.label.length + 2)),
    kind: 'status',
  }));
  await addTable(
    workbook,
    'Checks by tenant',
    [{ header: 'Check', width: 38 }, { header: 'Severity', width: 10 }, { header: 'Title', width: 60 }, ...tenantColumns],
    p.rules.map((r) => [
      r.id,
      r.severity,
      r.title,
      ...p.tenants.map((o) => (o.status === 'failed' ? 'not scanned' : (o.rules?.[r.id] ?? ''))),
    ]),
  );
  await workbook.commit();
}
