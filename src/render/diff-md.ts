import { countOf } from '../util/count-of.js';
import { AREA_TITLES, changeSubject, changeText, type ConfigArea, type DiffFinding, type Drift } from '../engine/diff.js';
import type { Result } from '../engine/result.types.js';
import { MARKDOWN_BUDGET_BYTES, mdText } from './markdown.js';

/** Rows per list before the Markdown points to the JSON; keeps a drift readable "in a minute" and under 1 MiB. */
const MAX_ROWS = 100;

function findingRows(list: readonly DiffFinding[], max = MAX_ROWS): string[] {
  const rows = ['| severity | rule | finding | id |', '|---|---|---|---|'];
  for (const f of list.slice(0, max))
    rows.push(
      `| ${f.severity} | \`${f.ruleId}\` | ${mdText(f.message, 300)}${f.status === 'suppressed' ? ' (suppressed)' : ''} | \`${f.id.slice(0, 12)}\` |`,
    );
  if (list.length > max) rows.push(`\n_${list.length - max} more in the JSON output (\`--format json\`)._`);
  return rows;
}

function sideLine(label: string, s: Drift['old']): string {
  return `**${label}**: ${s.kind} \`${mdText(s.file, 200)}\` — ${s.kind === 'snapshot' ? 'collected' : 'data collected'} ${s.at.slice(0, 19).replace('T', ' ')} UTC, as of ${s.asOf.slice(0, 10)}, profile ${mdText(s.profile, 40)}`;
}

/** The drift as Markdown: what an auditor reads first (new findings, configuration changes) comes first. */
export function renderDriftMarkdown(d: Drift): string {
  const out: string[] = [];
  const name = d.new.tenantName ?? d.new.tenantId;
  out.push(`## gatehouse drift — ${mdText(name, 120)}`, '');
  out.push(sideLine('Old', d.old), '', sideLine('New', d.new), '');
  if (d.tenantMismatch)
    out.push(
      `> **Different tenants** (\`${d.old.tenantId}\` and \`${d.new.tenantId}\`): finding ids include the tenant, so every finding reads as new or resolved.`,
      '',
    );
  const f = d.findings;
  out.push(
    `**Findings**: ${f.new.length} new · ${f.resolved.length} resolved · ${f.updated.length} updated · ${f.unchanged.length} unchanged`,
    '',
  );
  if (d.config.available) out.push(`**Configuration**: ${d.config.changes.length} change${d.config.changes.length === 1 ? '' : 's'}`, '');

  const empty =
    !f.new.length && !f.resolved.length && !f.updated.length && !d.rules.length && (!d.config.available || !d.config.changes.length);
  if (empty) out.push(d.config.available ? '_No changes._' : '_No changes in findings or rule statuses._', '');

  if (f.new.length) out.push('### New findings', '', ...findingRows(f.new), '');
  if (f.resolved.length) out.push('### Resolved findings', '', ...findingRows(f.resolved), '');
  if (f.updated.length) {
    out.push('### Updated findings', '', '| rule | finding | what changed | id |', '|---|---|---|---|');
    for (const u of f.updated.slice(0, MAX_ROWS)) {
      const what = u.changed
        .map((c) =>
          c === 'severity'
            ? `severity ${u.before.severity} → ${u.after.severity}`
            : c === 'status'
              ? `${u.before.status} → ${u.after.status}`
              : 'message',
        )
        .join(', ');
      out.push(`| \`${u.after.ruleId}\` | ${mdText(u.after.message, 300)} | ${what} | \`${u.after.id.slice(0, 12)}\` |`);
    }
    if (f.updated.length > MAX_ROWS) out.push(`\n_${f.updated.length - MAX_ROWS} more in the JSON output._`);
    out.push('');
  }
  if (d.rules.length) {
    out.push('### Rule status changes', '', '| rule | severity | before | after |', '|---|---|---|---|');
    for (const r of d.rules) out.push(`| \`${r.id}\` | ${r.severity} | ${r.before} | ${r.after} |`);
    out.push('');
  }

  out.push('### Configuration changes', '');
  if (!d.config.available) {
    out.push(`_${mdText(d.config.reason, 400)}_`, '');
  } else {
    if (!d.config.changes.length) out.push('_None._', '');
    let area: ConfigArea | undefined;
    for (const c of d.config.changes) {
      if (c.area !== area) {
        if (area) out.push('');
        area = c.area;
        out.push(`#### ${AREA_TITLES[c.area]}`, '');
      }
      out.push(`- ${mdText(changeSubject(c), 300)}: ${mdText(changeText(c), 600)}`);
    }
    if (d.config.changes.length) out.push('');
    if (d.config.notCompared.length) {
      out.push('#### Not compared', '');
      for (const n of d.config.notCompared) out.push(`- ${mdText(n.what, 200)}: ${mdText(n.reason, 500)}`);
      out.push('');
    }
  }
  return budget(out.join('\n') + '\n');
}

/** "Changes since the last scan" from result.baseline, for the job summary. Empty string without a baseline. */
export function renderBaselineMarkdown(result: Result): string {
  const b = result.baseline;
  if (!b) return '';
  const out = [`### Changes since the last scan (${b.scannedAt.slice(0, 10)})`, ''];
  if (b.tenantMismatch) out.push(`> The baseline is tenant \`${b.tenantId}\`, not this one: every finding reads as new.`, '');
  out.push(`${b.counts.new} new · ${b.counts.resolved} resolved · ${b.counts.updated} updated · ${b.counts.unchanged} unchanged`, '');
  const rank = (s: string) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(s);
  const fresh = result.findings
    .filter((f) => f.baselineState === 'new')
    .sort((a, b) => rank(a.severity) - rank(b.severity) || a.ruleId.localeCompare(b.ruleId));
  if (fresh.length) {
    out.push(
      '**New findings**',
      '',
      ...findingRows(
        fresh.map((f) => ({
          id: f.id,
          ruleId: f.ruleId,
          severity: f.severity,
          status: f.status,
          resource: f.resource,
          message: f.message,
        })),
        50,
      ),
      '',
    );
  }
  if (b.resolved.length)
    out.push(
      '**Resolved findings**',
      '',
      ...findingRows(
        b.resolved.map((f) => ({ ...f, status: 'fail' as const })),
        50,
      ),
      '',
    );
  if (b.ruleChanges.length) {
    out.push('**Rule status changes**', '');
    for (const r of b.ruleChanges) out.push(`- \`${r.id}\`: ${r.before} → ${r.after}`);
    out.push('');
  }
  return out.join('\n') + '\n';
}

/** Exceptions that need attention (expired, unused) and the count in force, for the job summary. */
export function renderExceptionsMarkdown(result: Result): string {
  const list = result.exceptions ?? [];
  if (!list.length) return '';
  const active = list.filter((e) => e.state === 'active');
  const out = [
    `### Exceptions`,
    '',
    `${active.length} in force covering ${countOf(result.summary.suppressedFindings ?? 0, 'finding')} · ${list.filter((e) => e.state === 'expired').length} expired · ${list.filter((e) => e.state === 'unused').length} unused`,
    '',
  ];
  const attention = list.filter((e) => e.state !== 'active');
  if (attention.length) {
    out.push('| state | rule | owner | expires | matched |', '|---|---|---|---|---:|');
    for (const e of attention)
      out.push(`| ${e.state} | \`${e.rule}\` | ${mdText(e.owner ?? '', 100)} | ${e.expires ?? ''} | ${e.matched} |`);
    out.push('');
  }
  return out.join('\n') + '\n';
}

function budget(md: string): string {
  if (Buffer.byteLength(md) <= MARKDOWN_BUDGET_BYTES) return md;
  const cut = Buffer.from(md)
    .subarray(0, MARKDOWN_BUDGET_BYTES - 200)
    .toString('utf8')
    .replace(/\uFFFD*$/, '');
  return `${cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))}\n\n_Cut to stay under 1 MiB; the JSON output (\`--format json\`) has everything._\n`;
}

/** The audit-workflow sections appended to summary.md: changes since the baseline, then exceptions needing attention. */
export function renderWorkflowMarkdown(result: Result): string {
  const parts = [renderBaselineMarkdown(result), renderExceptionsMarkdown(result)].filter(Boolean);
  return parts.length ? `\n${parts.join('\n')}` : '';
}
