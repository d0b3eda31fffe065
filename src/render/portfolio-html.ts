import { createHash } from 'node:crypto';
import * as HandlebarsNamespace from 'handlebars';
import type { Portfolio } from './portfolio.js';
import { portfolioTemplate } from './templates.generated.js';
import { displayText } from './sanitize.js';
import { writeTextFile } from '../util/staging.js';

// handlebars is CommonJS (`export =`): under NodeNext without esModuleInterop its API arrives as the default export.
const Handlebars = (HandlebarsNamespace as unknown as { default?: typeof HandlebarsNamespace }).default ?? HandlebarsNamespace;

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;margin:2rem auto;max-width:90rem;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2rem}
.meta{color:#57606a}.verdict{font-size:1.05rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .45rem;text-align:left;vertical-align:top}
td.wrap{overflow-wrap:anywhere;min-width:12rem}
thead{display:table-header-group}th{background:#f6f8fa;font-weight:600}th.n,td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;width:1%}
td.sev{white-space:nowrap;width:1%}
.mono,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
.status{display:inline-block;padding:0 .35rem;border-radius:3px;font-size:.85em}
.st-ok,.st-pass{background:#dafbe1}.st-incomplete,.st-not-assessed{background:#fff1c2}.st-failed,.st-fail{background:#ffd8d3}
.st-suppressed{background:#eee1f7}.st-not-applicable,.st-absent,.st-error{background:#eaeef2}
.sev-critical{color:#8b0000;font-weight:600}.sev-high{color:#b35900;font-weight:600}
.reason{color:#57606a;font-size:.85em}.na{color:#57606a;text-align:center}.title{color:#57606a;font-size:.85em}
.matrix td.cell{text-align:center;white-space:nowrap}
@media print{body{margin:0;max-width:none}tr{break-inside:avoid}}
`;

const STATUS_LABEL = { ok: 'scanned', incomplete: 'scanned, partly collected', failed: 'failed' } as const;
const CELL_TEXT: Record<string, string> = {
  fail: 'fail',
  pass: 'pass',
  suppressed: 'accepted',
  'not-assessed': 'not assessed',
  'not-applicable': 'n/a',
  error: 'error',
};

let template: HandlebarsNamespace.TemplateDelegate | undefined;

/** The portfolio page: self-contained, no script, a CSP that allows only its own (hashed) style. */
export function renderPortfolioHtml(p: Portfolio): string {
  if (!template) {
    const hb = Handlebars.create();
    // Our own constant stylesheet, inlined raw (escaping would break its quotes and its CSP hash).
    hb.registerHelper('ownCss', () => new hb.SafeString(CSS));
    // Precompiled at build time from templates/portfolio.hbs (scripts/gen-templates.mjs, strict as compile() was).
    template = hb.template(portfolioTemplate);
  }
  const t = (s: string | null | undefined, max = 200) => displayText(s, max);
  const failed = p.tenants.filter((x) => x.status === 'failed').length;
  const withFindings = p.tenants.filter((x) => (x.summary?.rulesByStatus.fail ?? 0) > 0).length;
  const tenants = p.tenants.map((o) => {
    const s = o.summary;
    const sev = (k: string) => s?.findingsBySeverity[k] ?? 0;
    const report = o.files.find((f) => f === `${o.slug}/report.html`);
    return {
      label: t(o.label, 120),
      name: o.tenantName && o.tenantName !== o.label ? t(o.tenantName, 120) : '',
      idText: t(o.tenantId ?? (o.source.kind === 'collected' ? o.source.tenant : o.source.file), 200),
      status: o.status,
      statusLabel: STATUS_LABEL[o.status],
      reason: o.reason ? t(o.reason, 500) : '',
      warnings: (o.warnings ?? []).map((w) => t(w, 300)),
      failed: o.status === 'failed',
      critical: sev('critical'),
      high: sev('high'),
      medium: sev('medium'),
      low: sev('low'),
      info: sev('info'),
      suppressed: s?.suppressedFindings ?? 0,
      failing: s?.rulesByStatus.fail ?? 0,
      notAssessed: (s?.rulesByStatus['not-assessed'] ?? 0) + (s?.rulesByStatus.error ?? 0),
      passed: s?.rulesByStatus.pass ?? 0,
      exitCode: o.exitCode,
      // The slug is [a-z0-9-] by construction, so this relative link cannot leave the portfolio folder.
      reportHref: report && /^[a-z0-9-]+\/report\.html$/.test(report) ? report : '',
      folder: o.status === 'failed' ? '' : o.slug,
    };
  });
  const matrix = p.rules.map((r) => ({
    id: t(r.id, 80),
    title: t(r.title, 200),
    severity: r.severity,
    cells: p.tenants.map((o) => {
      const status = o.status === 'failed' ? 'absent' : (o.rules?.[r.id] ?? 'absent');
      return { status, text: status === 'absent' ? '—' : (CELL_TEXT[status] ?? status) };
    }),
  }));
  const verdict = `${p.tenants.length} tenants: ${p.tenants.length - failed} scanned, ${failed} failed; ${withFindings} with failing checks.`;
  return template({
    csp: `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'`,
    toolVersion: t(p.tool.version, 40),
    tenantCount: p.tenants.length,
    generatedText: `${p.generatedAt.slice(0, 16).replace('T', ' ')} UTC`,
    exitCode: p.exitCode,
    failOn: p.failOn,
    verdict,
    tenants,
    matrix,
  });
}

export async function writePortfolioHtml(p: Portfolio, file: string): Promise<void> {
  await writeTextFile(file, renderPortfolioHtml(p));
}
