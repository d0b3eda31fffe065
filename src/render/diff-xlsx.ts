import type { Finding, Result } from '../engine/result.types.js';

/**
 * Workbook sheets of the audit workflow, as plain rows the XLSX writer sanitises and writes like any other table:
 * "Changes" (scan --baseline: findings new / updated / resolved and rule status changes) and "Exceptions"
 * (each entry of the exceptions file: in force, expired or unused, and how many findings it covered).
 */
export interface WorkflowSheet {
  name: string;
  columns: Array<{ header: string; width: number; kind?: 'text' | 'number' | 'severity' | 'status' | 'wrap' }>;
  rows: Array<Array<string | number>>;
  emptyNote: string;
}

/** `changed` lists the findings with a baseline state, in the result's order (report.xlsx's worker reads them from result.json). */
export function workflowSheets(
  result: Result,
  changed: (state: 'new' | 'updated') => Iterable<Finding> = (state) => result.findings.filter((x) => x.baselineState === state),
): WorkflowSheet[] {
  const sheets: WorkflowSheet[] = [];
  const b = result.baseline;
  if (b) {
    const rows: WorkflowSheet['rows'] = [];
    const titles = new Map(result.rules.map((r) => [r.id, r.title]));
    // One row shape for every finding change; a resolved finding has no current status.
    type Changed = Pick<Result['findings'][number], 'severity' | 'ruleId' | 'resource' | 'message' | 'id'>;
    const findingRow = (change: string, f: Changed, status: string): WorkflowSheet['rows'][number] => [
      change,
      f.severity,
      status,
      f.ruleId,
      titles.get(f.ruleId) ?? '',
      f.resource.type,
      f.resource.displayName ?? '',
      f.resource.id,
      f.message,
      f.id,
      '',
      '',
    ];
    for (const state of ['new', 'updated'] as const) {
      for (const f of changed(state)) rows.push(findingRow(state === 'new' ? 'new finding' : 'updated finding', f, f.status));
    }
    for (const f of b.resolved) rows.push(findingRow('resolved finding', f, ''));
    for (const r of b.ruleChanges)
      rows.push([
        'rule status',
        result.rules.find((x) => x.id === r.id)?.severity ?? '',
        '',
        r.id,
        titles.get(r.id) ?? '',
        '',
        '',
        '',
        '',
        '',
        r.before,
        r.after,
      ]);
    sheets.push({
      name: 'Changes',
      columns: [
        { header: `Change since ${b.scannedAt.slice(0, 10)}`, width: 18 },
        { header: 'Severity', width: 11, kind: 'severity' },
        { header: 'Status', width: 11, kind: 'status' },
        { header: 'Rule', width: 34 },
        { header: 'Rule title', width: 50 },
        { header: 'Object type', width: 26 },
        { header: 'Object name', width: 36 },
        { header: 'Object id', width: 38 },
        { header: 'Message', width: 70 },
        { header: 'Finding id', width: 66 },
        { header: 'Rule status before', width: 16 },
        { header: 'Rule status after', width: 16 },
      ],
      rows,
      emptyNote: `No changes since the scan of ${b.scannedAt.slice(0, 10)} (${b.counts.unchanged} findings unchanged).`,
    });
  }
  const exceptions = result.exceptions ?? [];
  if (exceptions.length) {
    sheets.push({
      name: 'Exceptions',
      columns: [
        { header: 'State', width: 10 },
        { header: 'Rule', width: 34 },
        { header: 'Objects', width: 44, kind: 'wrap' },
        { header: 'Owner', width: 28 },
        { header: 'Justification', width: 60, kind: 'wrap' },
        { header: 'Expires', width: 12 },
        { header: 'Findings covered', width: 12, kind: 'number' },
        { header: 'Source', width: 40 },
      ],
      rows: exceptions.map((e) => [
        e.state,
        e.rule,
        e.resources?.join('\n') ?? '(every finding of the rule)',
        e.owner ?? '',
        e.justification ?? '',
        e.expires ?? '',
        e.matched,
        `${e.source ?? ''}#exceptions[${e.index ?? '?'}]`,
      ]),
      emptyNote: 'No exceptions.',
    });
  }
  return sheets;
}
