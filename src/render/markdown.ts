import type { Finding, Result } from '../engine/result.types.js';
import { inMadeOrder } from '../engine/made-order.js';
import { SEVERITIES, severityRank } from '../engine/severity.js';
import { clipUtf16, stripXmlInvalid } from './sanitize.js';
import { SECTIONS } from '../snapshot/sections.js';
import { GUEST_WORKBOOK_FILE } from './formats.js';
import { compareFindings, openFindingsByRule, ruleDocs, severityBreakdown } from './model.js';
import { smallest } from '../util/smallest.js';
import { coverFacts, type CoverOptions } from './cover.js';
import { readableDate, readableDateTime } from '../util/dates.js';
import { actionsIntro, rankFailingChecks, topActions } from './priorities.js';
import type { AnyRule } from '../engine/rule.js';
import type { SectionName } from '../snapshot/snapshot.types.js';

/** GitHub caps $GITHUB_STEP_SUMMARY (and PR comments) at 1 MiB; stay well under it. */
export const MARKDOWN_BUDGET_BYTES = 900 * 1024;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Tenant strings are hostile: neutralise Markdown and inline HTML, flatten line breaks, drop control and bidi
 * characters, cap the length — and defuse what GitHub would otherwise turn into a notification or a link:
 * `@mentions`, `#123` references, `https://` and `www.` autolinks (a zero-width space breaks each pattern).
 */
export function mdText(s: string, max = 200): string {
  const flat = stripXmlInvalid(String(s)).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
  const cut = flat.length > max ? clipUtf16(flat, max - 1) + '…' : flat;
  return cut
    .replace(/[\\`*_{}[\]()#+\-.!|<>&~=]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(/@/g, '@\u200b')
    .replace(/\\#/g, '\\#\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\\\./gi, (m) => `${m.slice(0, 3)}\u200b${m.slice(3)}`);
}

/** Text for inside a code span: no backticks or line breaks can end it early. */
export function mdCode(s: string, max = 120): string {
  const clean = stripXmlInvalid(String(s)).replace(/[`\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
  const cut = clean.length > max ? clipUtf16(clean, max - 1) + '…' : clean;
  return `\`${cut.trim() || ' '}\``;
}

const count = (n: number | undefined) => String(n ?? 0);

function findingLine(f: Finding): string {
  const sup = f.status === 'suppressed' ? ' (suppressed)' : '';
  return `| ${f.severity} | ${mdCode(f.ruleId, 60)} | ${mdText(f.message, 300)}${sup} | \`${f.id.slice(0, 12)}\` |`;
}

/** Lines added until the byte budget is reached; what does not fit is counted, never silently dropped. */
class Budget {
  readonly lines: string[] = [];
  private bytes = 0;
  constructor(private readonly limit: number) {}
  fits(line: string): boolean {
    return this.bytes + Buffer.byteLength(line) + 1 <= this.limit;
  }
  push(...lines: string[]): boolean {
    for (const l of lines) {
      if (!this.fits(l)) return false;
      this.lines.push(l);
      this.bytes += Buffer.byteLength(l) + 1;
    }
    return true;
  }
}

export interface MarkdownOptions {
  maxFindings?: number;
  /** Names of the companion reports, pointed to when a list is cut. */
  files?: { html?: string; xlsx?: string; guestsXlsx?: string; sarif?: string };
  /** The rules the result was evaluated with: the actions' wording. Without them the actions use the rule titles. */
  rules?: readonly AnyRule[];
  /** Client and who prepared the report, as on the HTML cover. */
  cover?: CoverOptions;
}

/** The job summary / pull-request comment: counts, failing checks, coverage gaps, the worst findings. Under 1 MiB. */
export function renderMarkdown(result: Result, opts: MarkdownOptions = {}): string {
  const maxFindings = opts.maxFindings ?? 50;
  const files = { html: 'report.html', xlsx: 'report.xlsx', guestsXlsx: GUEST_WORKBOOK_FILE, sarif: 'report.sarif', ...opts.files };
  const s = result.summary;
  // Leave room for the closing note and for the audit-workflow sections (changes since the last scan, exceptions;
  // capped lists) that the md renderer appends after this summary.
  const out = new Budget(MARKDOWN_BUDGET_BYTES - 64 * 1024);
  let cut = false;
  const add = (...lines: string[]) => {
    if (cut) return false;
    if (!out.push(...lines)) cut = true;
    return !cut;
  };

  const cover = coverFacts(result, opts.cover);
  add(`## gatehouse — ${mdText(result.tenant.displayName ?? result.tenant.id, 120)}`, '');
  add(
    `Tenant ${mdCode(result.tenant.id, 60)} · profile **${mdText(result.profile, 40)}** · as of ${mdText(readableDate(result.asOf), 40)} · snapshot collected ${mdText(readableDateTime(result.snapshot.collectedAt), 60)}`,
    '',
  );
  // The cover's facts, when a consultant named the client or themselves.
  if (opts.cover?.client || opts.cover?.preparedBy)
    add(
      [
        `Prepared for **${mdText(cover.client, 120)}**`,
        cover.preparedBy ? `by **${mdText(cover.preparedBy, 120)}**` : '',
        `· assessment date ${mdText(cover.assessmentDate, 40)} · report date ${mdText(cover.reportDate, 40)}`,
      ]
        .filter(Boolean)
        .join(' '),
      '',
    );
  add('| critical | high | medium | low | info | suppressed |', '|---:|---:|---:|---:|---:|---:|');
  add(`| ${SEVERITIES.map((k) => count(s.findingsBySeverity[k])).join(' | ')} | ${count(s.suppressedFindings)} |`, '');
  add(
    `Rules: ${count(s.rulesByStatus.fail)} fail · ${count(s.rulesByStatus.pass)} pass · ${count(s.rulesByStatus['not-assessed'])} not assessed · ${count(s.rulesByStatus['not-applicable'])} not applicable · ${count(s.rulesByStatus.error)} error${s.rulesByStatus.suppressed ? ` · ${s.rulesByStatus.suppressed} suppressed` : ''}`,
    '',
  );
  add(
    `Full detail: \`${files.html}\` (readable report, prints to PDF), \`${files.xlsx}\` (every finding, check and partner), \`${files.guestsXlsx}\` (every guest), \`${files.sarif}\` (code scanning).`,
    '',
  );

  // The executive summary's actions, as in the HTML and the workbook.
  const ranked = rankFailingChecks(result);
  add('### What matters most', '', mdText(actionsIntro(ranked.length), 300), '');
  topActions(ranked, ruleDocs(opts.rules ?? [])).forEach((a, i) =>
    add(`${i + 1}. **${mdText(a.action, 300)}** (${a.severity}) ${mdText(a.today, 400)} _Check:_ ${mdCode(a.ruleId, 60)}`),
  );
  add('');

  const failing = result.rules.filter((r) => r.status === 'fail');
  if (failing.length) {
    // A rule's severity is its worst open finding's; a rule whose findings differ says how many are which, so the
    // counts here add up to the severity table above.
    const counts = openFindingsByRule(result.findings);
    add('### Failing rules', '', '| severity | rule | findings | title |', '|---|---|---:|---|');
    for (const r of [...failing].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || cmp(a.id, b.id))) {
      const breakdown = severityBreakdown(counts.get(r.id)?.counts);
      add(`| ${r.severity} | ${mdCode(r.id, 60)} | ${r.findingCount}${breakdown ? ` (${breakdown})` : ''} | ${mdText(r.title)} |`);
    }
    add('');
  }

  const notAssessed = result.rules.filter((r) => r.status === 'not-assessed' || r.status === 'error');
  if (notAssessed.length) {
    add('### Not assessed', '', 'Never counted as passed. Each line says why and what would let the rule run.', '');
    for (const r of notAssessed) {
      const fix = [
        r.fix?.permissions?.length ? `grant ${r.fix.permissions.map((p) => mdCode(p, 80)).join(' + ')}` : '',
        r.fix?.licence ? `licence: ${mdText(r.fix.licence, 120)}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      add(
        `- ${mdCode(r.id, 60)} ${r.status === 'error' ? '(error) ' : ''}— ${mdText(r.reason ?? r.status, 400)}${fix ? ` **Fix:** ${fix}` : ''}`,
      );
    }
    add('');
  }

  const fallbacks = Object.entries(result.sections).filter(([, sec]) => sec?.status === 'ok' && sec.fallback);
  if (fallbacks.length) {
    add(
      '### Collected by a fallback',
      '',
      'Read, but with less evidence than gatehouse asks for; the rules that use it say what they relied on.',
      '',
    );
    for (const [name, sec] of fallbacks)
      add(`- ${mdText(SECTIONS[name as SectionName]?.title ?? name, 120)} — ${mdText(sec!.fallback!, 600)}`);
    add('');
  }

  // The first findings in report order: picked without sorting them all (there may be a million).
  const total = result.findings.length;
  // compareFindings ends on the id, so the order the findings are read in does not matter: the cheaper one.
  const first = smallest(inMadeOrder(result.findings), maxFindings, compareFindings);
  if (total) {
    const heading = `### Findings${total > maxFindings ? ` (first ${maxFindings} of ${total}; all of them are in ${files.xlsx} and result.json)` : ''}`;
    add(heading, '', '| severity | rule | finding | id |', '|---|---|---|---|');
    let shown = 0;
    for (const f of first) {
      if (!add(findingLine(f))) break;
      shown++;
    }
    if (shown < Math.min(total, maxFindings)) {
      cut = false;
      add('', `_${total - shown} more findings left out to keep this summary under 1 MiB; see ${files.xlsx}._`);
    }
    add('');
  }
  if (cut) {
    out.lines.push('', `_Summary cut to stay under 1 MiB; ${files.html}, ${files.xlsx} and result.json have everything._`);
  }
  return out.lines.join('\n') + '\n';
}
