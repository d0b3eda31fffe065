import type { Finding, Result } from '../engine/result.types.js';

/** GitHub caps $GITHUB_STEP_SUMMARY at 1 MiB; stay well under it. */
export const MARKDOWN_BUDGET_BYTES = 900 * 1024;

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'] as const;
const STATUS_LABEL: Record<string, string> = {
  fail: '❌ fail',
  pass: '✅ pass',
  'not-assessed': '⚠️ not assessed',
  'not-applicable': '➖ not applicable',
  suppressed: '🔕 suppressed',
  error: '💥 error',
};

/** Tenant strings are hostile: neutralise Markdown and inline HTML, flatten line breaks, cap the length. */
export function mdText(s: string, max = 200): string {
  const flat = s.replace(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ');
  const cut = flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
  return cut.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

function findingLine(f: Finding): string {
  const sup = f.status === 'suppressed' ? ' (suppressed)' : '';
  return `| ${f.severity} | \`${f.ruleId}\` | ${mdText(f.message, 300)}${sup} | \`${f.id.slice(0, 12)}\` |`;
}

export function renderMarkdown(result: Result, opts: { maxFindings?: number } = {}): string {
  const maxFindings = opts.maxFindings ?? 50;
  const s = result.summary;
  const out: string[] = [];
  out.push(`## gatehouse — ${mdText(result.tenant.displayName ?? result.tenant.id, 120)}`);
  out.push('');
  out.push(`Tenant \`${result.tenant.id}\` · profile **${result.profile}** · as of ${result.asOf.slice(0, 10)} · snapshot collected ${result.snapshot.collectedAt.slice(0, 19).replace('T', ' ')} UTC`);
  out.push('');
  out.push('| critical | high | medium | low | info | suppressed |');
  out.push('|---:|---:|---:|---:|---:|---:|');
  out.push(`| ${SEVERITY_ORDER.map((k) => s.findingsBySeverity[k] ?? 0).join(' | ')} | ${s.suppressedFindings ?? 0} |`);
  out.push('');
  out.push(
    `Rules: ${s.rulesByStatus.fail ?? 0} fail · ${s.rulesByStatus.pass ?? 0} pass · ${s.rulesByStatus['not-assessed'] ?? 0} not assessed · ${s.rulesByStatus['not-applicable'] ?? 0} not applicable · ${s.rulesByStatus.error ?? 0} error${s.rulesByStatus.suppressed ? ` · ${s.rulesByStatus.suppressed} suppressed` : ''}`,
  );
  out.push('');

  const failing = result.rules.filter((r) => r.status === 'fail');
  if (failing.length) {
    out.push('### Failing rules');
    out.push('');
    out.push('| severity | rule | findings | title |');
    out.push('|---|---|---:|---|');
    for (const r of [...failing].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.id.localeCompare(b.id))) {
      out.push(`| ${r.severity} | \`${r.id}\` | ${r.findingCount} | ${mdText(r.title)} |`);
    }
    out.push('');
  }

  const notAssessed = result.rules.filter((r) => r.status === 'not-assessed' || r.status === 'error');
  if (notAssessed.length) {
    out.push('### Not assessed');
    out.push('');
    for (const r of notAssessed) out.push(`- \`${r.id}\` — ${mdText(r.reason ?? r.status, 400)}`);
    out.push('');
  }

  const findings = [...result.findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.ruleId.localeCompare(b.ruleId) || a.id.localeCompare(b.id),
  );
  if (findings.length) {
    out.push(`### Findings${findings.length > maxFindings ? ` (first ${maxFindings} of ${findings.length}; the full list is in result.json and the XLSX)` : ''}`);
    out.push('');
    out.push('| severity | rule | finding | id |');
    out.push('|---|---|---|---|');
    let bytes = Buffer.byteLength(out.join('\n'));
    let shown = 0;
    for (const f of findings.slice(0, maxFindings)) {
      const line = findingLine(f);
      bytes += Buffer.byteLength(line) + 1;
      if (bytes > MARKDOWN_BUDGET_BYTES) break;
      out.push(line);
      shown++;
    }
    if (shown < Math.min(findings.length, maxFindings)) out.push(`\n_${findings.length - shown} more findings left out to keep this summary under 1 MiB._`);
    out.push('');
  }
  return out.join('\n') + '\n';
}
