import { createHash } from 'node:crypto';
import * as HandlebarsNamespace from 'handlebars';
import { AREA_TITLES, changeSubject, changeText, type ConfigArea, type DiffFinding, type Drift } from '../engine/diff.js';
import type { Finding, Result } from '../engine/result.types.js';
import { readPackageFile } from '../paths.js';
import { displayText } from './sanitize.js';

// handlebars is CommonJS (`export =`): under NodeNext without esModuleInterop its API arrives as the default export.
const Handlebars = (HandlebarsNamespace as unknown as { default?: typeof HandlebarsNamespace }).default ?? HandlebarsNamespace;

/** Rows per table in HTML; the rest are in result.json / the XLSX / `diff --format json`. */
const MAX_HTML_ROWS = 500;

const DIFF_PARTIAL_NAME = 'diff';

export interface DiffFindingView {
  id: string;
  shortId: string;
  severity: string;
  ruleId: string;
  message: string;
  suppressed: boolean;
}

/** What templates/partials/diff.hbs renders: plain strings and numbers only (Handlebars escapes them). */
export interface DiffView {
  anchor: string;
  heading: string;
  sides?: { old: string; new: string };
  tenantMismatch?: { old: string; new: string };
  counts: { new: number; resolved: number; updated: number; unchanged: number };
  empty: boolean;
  newFindings: DiffFindingView[];
  moreNew: number;
  resolved: DiffFindingView[];
  moreResolved: number;
  updated: Array<{ id: string; shortId: string; ruleId: string; message: string; what: string }>;
  rules: Array<{ id: string; severity: string; before: string; after: string }>;
  showConfig: boolean;
  configAvailable: boolean;
  configReason?: string;
  configCount: number;
  configSingular: boolean;
  areas: Array<{ title: string; changes: Array<{ subject: string; text: string }> }>;
  notCompared: Array<{ what: string; reason: string }>;
}

// Every string below may come from a tenant or a file someone handed us: control and bidi-override characters
// removed and length capped (displayText) before Handlebars escapes it.
const t = (s: string | null | undefined, max = 300) => displayText(s, max);

const findingView = (f: Pick<DiffFinding, 'id' | 'severity' | 'ruleId' | 'message'> & { status?: string }): DiffFindingView => ({
  id: t(f.id, 64),
  shortId: t(f.id.slice(0, 12), 12),
  severity: t(f.severity, 10),
  ruleId: t(f.ruleId, 80),
  message: t(f.message, 600),
  suppressed: f.status === 'suppressed',
});

function sideText(s: Drift['old']): string {
  return t(
    `${s.kind} ${s.file} (collected ${s.at.slice(0, 19).replace('T', ' ')} UTC, as of ${s.asOf.slice(0, 10)}, profile ${s.profile})`,
    600,
  );
}

/** View model of a full drift (`gatehouse diff`). */
export function driftView(d: Drift): DiffView {
  const areas: DiffView['areas'] = [];
  if (d.config.available) {
    const byArea = new Map<ConfigArea, DiffView['areas'][number]>();
    for (const c of d.config.changes) {
      let a = byArea.get(c.area);
      if (!a) byArea.set(c.area, (a = { title: AREA_TITLES[c.area], changes: [] }));
      a.changes.push({ subject: t(changeSubject(c), 300), text: t(changeText(c), 600) });
    }
    areas.push(...byArea.values());
  }
  const configCount = d.config.available ? d.config.changes.length : 0;
  return {
    anchor: 'drift',
    heading: `Changes between ${d.old.at.slice(0, 10)} and ${d.new.at.slice(0, 10)}`,
    sides: { old: sideText(d.old), new: sideText(d.new) },
    ...(d.tenantMismatch ? { tenantMismatch: { old: t(d.old.tenantId, 60), new: t(d.new.tenantId, 60) } } : {}),
    counts: {
      new: d.findings.new.length,
      resolved: d.findings.resolved.length,
      updated: d.findings.updated.length,
      unchanged: d.findings.unchanged.length,
    },
    empty: !d.findings.new.length && !d.findings.resolved.length && !d.findings.updated.length && !d.rules.length && !configCount,
    newFindings: d.findings.new.slice(0, MAX_HTML_ROWS).map(findingView),
    moreNew: Math.max(0, d.findings.new.length - MAX_HTML_ROWS),
    resolved: d.findings.resolved.slice(0, MAX_HTML_ROWS).map(findingView),
    moreResolved: Math.max(0, d.findings.resolved.length - MAX_HTML_ROWS),
    updated: d.findings.updated.slice(0, MAX_HTML_ROWS).map((u) => ({
      id: t(u.after.id, 64),
      shortId: t(u.after.id.slice(0, 12), 12),
      ruleId: t(u.after.ruleId, 80),
      message: t(u.after.message, 600),
      what: u.changed
        .map((c) =>
          c === 'severity'
            ? `severity ${u.before.severity} → ${u.after.severity}`
            : c === 'status'
              ? `${u.before.status} → ${u.after.status}`
              : 'message',
        )
        .join(', '),
    })),
    rules: d.rules.map((r) => ({ id: t(r.id, 80), severity: r.severity, before: r.before, after: r.after })),
    showConfig: true,
    configAvailable: d.config.available,
    ...(d.config.available ? {} : { configReason: t(d.config.reason, 400) }),
    configCount,
    configSingular: configCount === 1,
    areas,
    notCompared: d.config.available ? d.config.notCompared.map((n) => ({ what: t(n.what), reason: t(n.reason, 600) })) : [],
  };
}

/** View model of "changes since the last scan" from `result.baseline` (scan --baseline); undefined without one. */
export function baselineView(result: Result): DiffView | undefined {
  const b = result.baseline;
  if (!b) return undefined;
  const rank = (f: Finding) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(f.severity);
  const ordered = [...result.findings].sort((a, b) => rank(a) - rank(b) || a.ruleId.localeCompare(b.ruleId) || (a.id < b.id ? -1 : 1));
  const fresh = ordered.filter((f) => f.baselineState === 'new');
  const updated = ordered.filter((f) => f.baselineState === 'updated');
  return {
    anchor: 'changes-since-last-scan',
    heading: `Changes since the last scan (${b.scannedAt.slice(0, 10)})`,
    ...(b.tenantMismatch ? { tenantMismatch: { old: t(b.tenantId, 60), new: t(result.tenant.id, 60) } } : {}),
    counts: { ...b.counts },
    empty: !b.counts.new && !b.counts.resolved && !b.counts.updated && !b.ruleChanges.length,
    newFindings: fresh.slice(0, MAX_HTML_ROWS).map(findingView),
    moreNew: Math.max(0, fresh.length - MAX_HTML_ROWS),
    resolved: b.resolved.slice(0, MAX_HTML_ROWS).map(findingView),
    moreResolved: Math.max(0, b.resolved.length - MAX_HTML_ROWS),
    updated: updated.slice(0, MAX_HTML_ROWS).map((f) => ({
      id: t(f.id, 64),
      shortId: t(f.id.slice(0, 12), 12),
      ruleId: t(f.ruleId, 80),
      message: t(f.message, 600),
      what: 'severity or message',
    })),
    rules: b.ruleChanges.map((r) => ({
      id: t(r.id, 80),
      severity: result.rules.find((x) => x.id === r.id)?.severity ?? '',
      before: t(r.before, 20),
      after: t(r.after, 20),
    })),
    showConfig: false,
    configAvailable: false,
    configCount: 0,
    configSingular: false,
    areas: [],
    notCompared: [],
  };
}

/** What templates/partials/diff-exceptions.hbs renders: every exception with what it did in this scan. */
export interface ExceptionsView {
  anchor: string;
  summary: string;
  attention: boolean;
  rows: Array<{
    state: string;
    stateLabel: string;
    rule: string;
    resources: string;
    owner: string;
    justification: string;
    expires: string;
    matched: number;
    source: string;
  }>;
}

const STATE_LABEL: Record<string, string> = {
  active: 'In force',
  expired: 'Expired — no longer applied',
  unused: 'Unused — matched nothing',
};
const STATE_ORDER = ['expired', 'unused', 'active'];

/** The exceptions file as applied to this scan (expired and unused first); null when no exceptions were given. */
export function exceptionsView(result: Result): ExceptionsView | null {
  const list = result.exceptions ?? [];
  if (!list.length) return null;
  const count = (s: string) => list.filter((e) => e.state === s).length;
  const rows = [...list]
    .sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || (a.index ?? 0) - (b.index ?? 0))
    .map((e) => ({
      state: e.state,
      stateLabel: STATE_LABEL[e.state] ?? e.state,
      rule: t(e.rule, 80),
      resources: t(e.resources?.join(', ') ?? 'every finding of the rule', 400),
      owner: t(e.owner, 120),
      justification: t(e.justification, 600),
      expires: t(e.expires, 20),
      matched: e.matched,
      source: t(`${e.source ?? ''}#exceptions[${e.index ?? '?'}]`, 200),
    }));
  return {
    anchor: 'exceptions',
    summary: `${count('active')} in force covering ${result.summary.suppressedFindings ?? 0} finding(s); ${count('expired')} expired (their findings count again); ${count('unused')} unused.`,
    attention: count('expired') + count('unused') > 0,
    rows,
  };
}

let partialSource: string | undefined;
export function diffPartialSource(): string {
  partialSource ??= readPackageFile('templates', 'partials', 'diff.hbs');
  return partialSource;
}

/** Register the `diff` partial on a Handlebars environment (the HTML report's, or our own). */
export function registerDiffPartial(hbs: typeof Handlebars): void {
  hbs.registerPartial(DIFF_PARTIAL_NAME, diffPartialSource());
}

const PAGE_CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;margin:2rem auto;max-width:70rem;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.25rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}h3{font-size:1.05rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead{display:table-header-group}th{background:#f6f8fa}code{font-size:.85em}
.gh-diff-counts{display:flex;gap:1.5rem;list-style:none;padding:0}.gh-diff-warning{background:#fff8c5;padding:.5rem}
.sev-critical{color:#8b0000;font-weight:600}.sev-high{color:#b35900;font-weight:600}.sev-medium{color:#7a5b00}
.gh-diff-subject{font-weight:600}td[class^="sev-"]{white-space:nowrap}
@media print{body{margin:0;max-width:none}tr{break-inside:avoid}}
`;

/** `gatehouse diff --format html`: one self-contained page (no script at all, CSP allows only its own style). */
export function renderDriftHtml(d: Drift): string {
  const hbs = Handlebars.create();
  registerDiffPartial(hbs);
  const styleHash = createHash('sha256').update(PAGE_CSS).digest('base64');
  const page = hbs.compile(
    `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-{{styleHash}}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>gatehouse drift — {{tenant}}</title>
<style>{{{css}}}</style>
</head>
<body>
<h1>gatehouse drift — {{tenant}}</h1>
{{> diff view}}
</body>
</html>
`,
    { strict: false },
  );
  // css is our own constant (the only triple-stash); everything else is escaped.
  return page({ styleHash, css: PAGE_CSS, tenant: d.new.tenantName ?? d.new.tenantId, view: driftView(d) });
}
