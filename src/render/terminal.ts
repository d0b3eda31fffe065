import type { Result } from '../engine/result.types.js';
import { ruleStatusRank, severityRank } from '../engine/severity.js';

/** Printable for a terminal: drop control characters so tenant strings cannot move the cursor or recolour the screen. */
export function terminalSafe(s: string, max = 80): string {
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

/** Compact table of every rule: worst first. */
export function renderTerminalTable(result: Result): string {
  const rows = [...result.rules].sort(
    (a, b) =>
      ruleStatusRank(a.status) - ruleStatusRank(b.status) ||
      severityRank(a.severity) - severityRank(b.severity) ||
      a.id.localeCompare(b.id),
  );
  const header = ['STATUS', 'SEVERITY', 'FINDINGS', 'RULE'];
  const body = rows.map((r) => [r.status, r.severity, String(r.findingCount), r.id]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const s = result.summary.rulesByStatus;
  const totals = `${result.rules.length} rules: ${s.fail ?? 0} fail, ${s.pass ?? 0} pass, ${s['not-assessed'] ?? 0} not assessed, ${s['not-applicable'] ?? 0} not applicable, ${s.error ?? 0} error${s.suppressed ? `, ${s.suppressed} suppressed` : ''}`;
  return [
    `Tenant ${terminalSafe(result.tenant.displayName ?? result.tenant.id)} (${result.tenant.id}) — profile ${result.profile}, as of ${result.asOf.slice(0, 10)}`,
    line(header),
    ...body.map(line),
    totals,
    '',
  ].join('\n');
}
