/**
 * The consultant's report: one self-contained HTML file (CSS, JS, SVG charts and logo inlined) that loads nothing
 * and runs only its own hashed script (its CSP allows nothing else). It summarises; the per-object detail lives in the
 * XLSX, so a tenant with a million guests still renders a small page (every list here is capped).
 *
 * Safety: templates are ours only, compiled with `strict: true`; every tenant or result string reaches the page
 * through Handlebars escaping (`{{ }}`, never triple braces), is clipped and stripped of control and bidi-override
 * characters first, and is wrapped in <bdi>. The only href values are https URLs from rule documentation that pass
 * `safeHttpsUrl`; tenant URLs are shown as text.
 */
import { createHash } from 'node:crypto';
import * as HandlebarsNamespace from 'handlebars';
import { inMadeOrder } from '../engine/made-order.js';
import type { Finding, Result } from '../engine/result.types.js';
import type { AnyRule } from '../engine/rule.js';
import { SEVERITIES, ruleStatusRank, severityRank } from '../engine/severity.js';
import { readPackageFile } from '../paths.js';
import type { Snapshot } from '../snapshot/snapshot.types.js';
import type { BrandLogo } from './logo.js';
import { accentShades } from './accent.js';
import { coverFacts, type CoverOptions } from './cover.js';
import { readableDate, readableDateTime } from '../util/dates.js';
import { actionsIntro, rankFailingChecks, topActions } from './priorities.js';
import {
  PARTNER_COLUMNS,
  categoryPlain,
  cmp,
  coverageRows,
  evidenceEntries,
  findingRemediation,
  partnerMatrix,
  remediationView,
  lastSignInText,
  mostPressing,
  openFindingsByRule,
  ruleDocs,
  sectionGaps,
  severityBreakdown,
  type RuleDoc,
} from './model.js';
import { frameworkRefs, frameworkViews, resourceKind } from './words.js';
import { displayText, jsonForScript, safeHttpsUrl } from './sanitize.js';
import { baselineView, exceptionsView, registerDiffPartial } from './diff-html.js';
import { reportPartials, reportTemplate } from './templates.generated.js';
import type { Bucket, GuestStatistics } from '../model/guest-statistics.js';
import { identityProviderInventory } from '../model/identity-providers.js';
import { sectionOk, sectionStatus } from '../snapshot/section-status.js';
import { DEFAULT_TITLE, GUEST_WORKBOOK_FILE } from './formats.js';

// handlebars is CommonJS (`export =`): under NodeNext without esModuleInterop its API arrives as the default export.
const Handlebars = (HandlebarsNamespace as unknown as { default?: typeof HandlebarsNamespace }).default ?? HandlebarsNamespace;

export interface HtmlOptions {
  title?: string;
  brandName?: string;
  brandLogo?: BrandLogo;
  /** Client, prepared by, scope: the cover (the tenant's name stands in for a client not given). */
  cover?: CoverOptions;
  /** The accent colour (`#rrggbb`): headings, the masthead and cover, chart bars. */
  brandColor?: string;
  /** The rules whose documentation (remediation, references, frameworks) the report shows. */
  rules: readonly AnyRule[];
  /** File name of the companion workbook, named wherever a list is capped. */
  xlsxName?: string;
  /** Guest statistics, gathered by an observer of the guest pass; required when the snapshot's guests were collected. */
  guestStats?: GuestStatistics;
  /** Caps (tests lower them). */
  rowsPerRule?: number;
  maxPartners?: number;
}

const ROWS_PER_RULE = 25;
const MAX_PARTNERS = 200;
/**
 * The search index of the findings a card does not list: about 100 characters each, so 2 MB holds ~20,000 of them.
 * A million-finding report stays a few megabytes; beyond the budget the page says its search is partial.
 */
const SEARCH_INDEX_CHARS = 2_000_000;
const INDEX_ENTRY_CHARS = 100;

const SEVERITY_LABEL: Record<string, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };
const STATUS_LABEL: Record<string, string> = {
  fail: 'Problem found',
  pass: 'Passed',
  'not-assessed': 'Not assessed',
  'not-applicable': 'Not applicable',
  suppressed: 'Accepted risk',
  error: 'Error',
};

// ---------------------------------------------------------------------------------------------------------------
// Templates and assets (ours only, loaded once)

interface Compiled {
  template: HandlebarsNamespace.TemplateDelegate;
  css: string;
  js: string;
  cssHash: string;
  jsHash: string;
}

let compiled: Compiled | undefined;

const sha256b64 = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

function loadTemplates(): Compiled {
  if (compiled) return compiled;
  const css = readPackageFile('templates', 'report.css');
  const js = readPackageFile('templates', 'report.js');
  // Our own assets, but check anyway: they are inlined raw and must not be able to end their element.
  if (/<\/style/i.test(css)) throw new Error('templates/report.css must not contain "</style"');
  if (/<\/script|<!--/i.test(js)) throw new Error('templates/report.js must not contain "</script" or "<!--"');
  const hb = Handlebars.create();
  const assets: Record<string, string> = { css, js };
  // Trusted, static files from templates/ — never data. Unknown names fail loudly.
  hb.registerHelper('asset', (name: unknown) => {
    const text = typeof name === 'string' ? assets[name] : undefined;
    if (text === undefined) throw new Error(`unknown template asset ${String(name)}`);
    return new hb.SafeString(text);
  });
  // Escaped JSON for <script type="application/json">: see jsonForScript. The value is data, never markup.
  hb.registerHelper('jsonScript', (value: unknown) => new hb.SafeString(jsonForScript(value)));
  // "Changes since the last scan" belongs to the drift feature, which owns its partial and view model.
  registerDiffPartial(hb);
  // Precompiled at build time from templates/ (scripts/gen-templates.mjs, strict as compile() was): bound here to this
  // environment, with its helpers and partials.
  for (const [name, spec] of Object.entries(reportPartials)) hb.registerPartial(name, hb.template(spec));
  const template = hb.template(reportTemplate);
  compiled = { template, css, js, cssHash: sha256b64(css), jsHash: sha256b64(js) };
  return compiled;
}

// ---------------------------------------------------------------------------------------------------------------
// Small formatting helpers (deterministic: no locale, no clock)

export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
const dateText = (iso: string | undefined) => readableDate(iso);
const dateTimeText = (iso: string | undefined) => readableDateTime(iso);
const ymd = (d: Date | undefined) => (d ? readableDate(d.toISOString()) : '');

interface ChartView {
  title: string;
  note: string | null;
  width: number;
  height: number;
  barX: number;
  barMax: number;
  barH: number;
  bars: Array<{ label: string; countText: string; y: number; textY: number; barWidth: number; countX: number; cls: string }>;
}

function barChart(title: string, buckets: Bucket[], cls: (i: number) => string, note: string | null = null): ChartView {
  const rowH = 24;
  const barH = 15;
  const barX = 150;
  const barMax = 150;
  const max = Math.max(0, ...buckets.map((b) => b.count));
  const bars = buckets.map((b, i) => {
    const barWidth = max > 0 && b.count > 0 ? Math.max(2, Math.round((b.count / max) * barMax)) : 0;
    const y = i * rowH + 4;
    return {
      label: displayText(b.label, 24),
      countText: formatCount(b.count),
      y,
      textY: y + 12,
      barWidth,
      countX: barX + barWidth + 6,
      cls: cls(i),
    };
  });
  return { title, note, width: barX + barMax + 52, height: buckets.length * rowH + 6, barX, barMax, barH, bars };
}

function noteChart(title: string, note: string): ChartView {
  return { title, note, width: 0, height: 0, barX: 0, barMax: 0, barH: 0, bars: [] };
}

// ---------------------------------------------------------------------------------------------------------------

interface CardRow {
  domId: string;
  name: string;
  type: string;
  id: string;
  message: string;
  evidence: Array<{ key: string; value: string }>;
  path: string;
  /** The Azure CLI command that fixes this object, ids filled in. */
  fixCommand: string | null;
  shortId: string;
  fullId: string;
  suppression: string | null;
}

/** Rule prose is ours and plain text; drop Markdown emphasis markers (`*word*`) some rationales carry. */
function plainProse(s: string): string {
  return s.replace(/(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=[\s).,;:!?]|$)/g, '$1$2');
}

/** `2024-09-30T20:55:13.000Z` → `30 September 2024, 20:55 UTC`: evidence a client reads, not a timestamp. */
function shortTimestamp(v: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(v) ? readableDateTime(v) : v;
}

function rowFor(f: Finding, domId: string, doc: RuleDoc | undefined, cloud: string | undefined): CardRow {
  const s = f.suppression;
  return {
    domId,
    name: displayText(f.resource.displayName || f.resource.id, 120),
    type: displayText(resourceKind(f.resource.type), 60),
    id: displayText(f.resource.id, 80),
    message: displayText(f.message, 400),
    evidence: evidenceEntries(f.evidence, 160)
      .slice(0, 10)
      .map((e) => ({ key: displayText(e.label, 80), value: displayText(shortTimestamp(e.value), 160) })),
    path: displayText(f.resource.path ?? '', 200),
    fixCommand: (() => {
      const fix = findingRemediation(doc, f, cloud);
      return fix ? displayText(fix.azRest, 2000) : null;
    })(),
    shortId: f.id.slice(0, 12),
    fullId: f.id,
    suppression: s ? displayText(`${s.justification} (owner ${s.owner}, expires ${s.expires})`, 300) : null,
  };
}

function references(doc: RuleDoc | undefined) {
  return (doc?.references ?? []).map((r) => ({ title: displayText(r.title, 200), href: safeHttpsUrl(r.url) ?? null }));
}

interface FindingGroup {
  /** By rule, each list in made order (see inMadeOrder): any order within the rule. */
  byRule: Map<string, Finding[]>;
  count: number;
}

/**
 * The findings as the report groups them: open ones by severity (a severity this build does not know is counted
 * but not shown) and then rule, suppressed ones by rule. One pass: filtering a million findings once per severity
 * read each of them six times. It reads them in made order, the cheaper one; `inIdOrder` gives a list back in the
 * result's own order where the order shows.
 */
function groupFindings(findings: readonly Finding[]): {
  open: Map<string, FindingGroup>;
  openCount: number;
  suppressed: FindingGroup;
  inIdOrder: (ruleId: string, list: readonly Finding[]) => Iterable<Finding>;
} {
  const open = new Map<string, FindingGroup>(SEVERITIES.map((s) => [s, { byRule: new Map(), count: 0 }]));
  const suppressed: FindingGroup = { byRule: new Map(), count: 0 };
  let openCount = 0;
  let previous: Finding | undefined;
  let list: Finding[] | undefined;
  let previousRule: string | undefined;
  const made = inMadeOrder(findings);
  // A made order holds each rule's findings where the result holds them, only in another order within the rule:
  // a rule's place in one is its place in the other.
  const places = made === findings ? undefined : new Map<string, { start: number; end: number }>();
  let place: { start: number; end: number } | undefined;
  for (let i = 0; i < made.length; i++) {
    const f = made[i]!;
    if (places) {
      if (f.ruleId === previousRule) place!.end = i + 1;
      else places.set((previousRule = f.ruleId), (place = { start: i, end: i + 1 }));
    }
    const isSuppressed = f.status === 'suppressed';
    const group = isSuppressed ? suppressed : open.get(f.severity);
    if (!isSuppressed) openCount++;
    if (!group) continue;
    group.count++;
    // Findings come grouped by rule: a finding like the one before joins its list without a lookup.
    if (!previous || f.ruleId !== previous.ruleId || f.severity !== previous.severity || f.status !== previous.status || !list) {
      list = group.byRule.get(f.ruleId);
      if (!list) group.byRule.set(f.ruleId, (list = []));
    }
    list.push(f);
    previous = f;
  }
  function* inIdOrder(ruleId: string, list: readonly Finding[]): Iterable<Finding> {
    const place = places?.get(ruleId);
    if (!place || !list.length) return yield* list;
    const { severity, status } = list[0]!;
    for (let i = place.start; i < place.end; i++) {
      const f = findings[i]!;
      if (status === 'suppressed' ? f.status === 'suppressed' : f.status !== 'suppressed' && f.severity === severity) yield f;
    }
  }
  return { open, openCount, suppressed, inIdOrder };
}

/** Render the report. A pure function of result + snapshot + options: same input, same bytes. */
export function renderHtml(result: Result, snapshot: Snapshot | undefined, options: HtmlOptions): string {
  const { template, cssHash, jsHash } = loadTemplates();
  const docs = ruleDocs(options.rules);
  const rowsPerRule = options.rowsPerRule ?? ROWS_PER_RULE;
  const xlsxName = options.xlsxName ?? 'report.xlsx';
  const tenantName = displayText(result.tenant.displayName || result.tenant.id, 120);
  const title = displayText(options.title || DEFAULT_TITLE, 160);
  const ruleById = new Map(result.rules.map((r) => [r.id, r]));

  // Findings grouped by severity, then rule --------------------------------------------------------------------
  const grouped = groupFindings(result.findings);
  let cardN = 0;
  let rowN = 0;
  let indexBudget = SEARCH_INDEX_CHARS;
  let indexPartial = false;
  const openCounts = openFindingsByRule(result.findings);
  const clientCards: Array<{
    id: string;
    group: string;
    sev: string;
    suppressed: boolean;
    count: number;
    text: string;
    rows: Array<{ id: string; text: string }>;
    more: string[];
  }> = [];
  // What a search matches in a finding: the object's name and id, the message and the finding id.
  const searchText = (f: Finding) => [f.resource.displayName ?? '', f.resource.id, f.id, f.message].join(' ').toLowerCase();

  const buildCards = (byRule: ReadonlyMap<string, Finding[]>, group: string, isSuppressed: boolean) => {
    return [...byRule.entries()]
      .sort(([a, x], [b, y]) => severityRank(x[0]!.severity) - severityRank(y[0]!.severity) || y.length - x.length || cmp(a, b))
      .map(([ruleId, list]) => {
        const doc = docs.get(ruleId);
        const rr = ruleById.get(ruleId);
        // The most pressing rows (longest inactive, soonest to expire…); a rule may have hundreds of thousands of
        // findings, so no full sort.
        const shown = mostPressing(list, rowsPerRule);
        const domId = `card-${++cardN}`;
        const rows = shown.map((f) => rowFor(f, `row-${++rowN}`, doc, result.tenant.cloud));
        const severity = list[0]!.severity;
        const ruleTitle = displayText(rr?.title ?? doc?.title ?? ruleId, 200);
        // Search reaches the findings the card does not list, through a compact index bounded for the whole page.
        const more: string[] = [];
        if (list.length > shown.length) {
          const listed = new Set(shown);
          // In the result's order: which findings the bounded index reaches, and in what order, shows in the page.
          for (const f of grouped.inIdOrder(ruleId, list)) {
            if (listed.has(f)) continue;
            // Name and object id: what a reader searches for; the listed rows also match on message and finding id.
            const text = displayText(`${f.resource.displayName ?? ''} ${f.resource.id}`.toLowerCase(), INDEX_ENTRY_CHARS);
            if (indexBudget - text.length < 0) {
              indexPartial = true;
              break;
            }
            indexBudget -= text.length + 3;
            more.push(text);
          }
        }
        clientCards.push({
          id: domId,
          group,
          sev: severity,
          suppressed: isSuppressed,
          count: list.length,
          text: [ruleId, ruleTitle, severity, rr?.category ?? ''].join(' ').toLowerCase(),
          rows: rows.map((r, i) => ({
            id: r.domId,
            text: [
              displayText(searchText(shown[i]!), 1000),
              r.type.toLowerCase(),
              r.evidence.map((e) => e.value.toLowerCase()).join(' '),
            ].join(' '),
          })),
          more,
        });
        const fix = remediationView(doc, result.tenant.cloud);
        const guestObjects = list.some((f) => f.resource.type === 'user');
        // A check whose findings differ in severity appears once per severity; say where the rest are.
        const elsewhere = isSuppressed
          ? ''
          : SEVERITIES.filter((s) => s !== severity && openCounts.get(ruleId)?.counts[s])
              .map((s) => `${formatCount(openCounts.get(ruleId)!.counts[s]!)} at ${s} severity (under ${SEVERITY_LABEL[s]})`)
              .join(', ');
        return {
          domId,
          ruleId: displayText(ruleId, 80),
          title: ruleTitle,
          severity,
          suppressed: isSuppressed,
          countText: plural(list.length, 'affected object', 'affected objects'),
          elsewhereText: elsewhere ? `This check has further findings: ${elsewhere}.` : null,
          rationale: doc ? plainProse(doc.rationale) : null,
          partial: rr?.reason && rr.status === 'fail' ? displayText(rr.reason, 600) : null,
          rows,
          moreText:
            list.length > shown.length
              ? `Showing the ${formatCount(shown.length)} most pressing of ${formatCount(list.length)}; ${plural(list.length - shown.length, 'more is', 'more are')} in ${xlsxName} (sheet Findings, filter on rule ${ruleId})` +
                (guestObjects ? `, and every guest's full record is in ${GUEST_WORKBOOK_FILE}.` : '.')
              : null,
          fix,
          frameworksText:
            frameworkRefs(doc)
              .map((r) => r.text)
              .join(', ') || null,
          references: references(doc),
        };
      });
  };

  const groups: Array<{ key: string; label: string; badgeClass: string; summary: string; cards: ReturnType<typeof buildCards> }> = [];
  for (const sev of SEVERITIES) {
    const { byRule, count } = grouped.open.get(sev)!;
    if (!count) continue;
    const cards = buildCards(byRule, sev, false);
    groups.push({
      key: sev,
      label: SEVERITY_LABEL[sev]!,
      badgeClass: `sev-${sev}`,
      summary: `${plural(count, 'finding', 'findings')} from ${plural(cards.length, 'check', 'checks')}`,
      cards,
    });
  }
  const suppressedCount = grouped.suppressed.count;
  if (suppressedCount) {
    const cards = buildCards(grouped.suppressed.byRule, 'suppressed', true);
    groups.push({
      key: 'suppressed',
      label: 'Accepted risks',
      badgeClass: 'st-suppressed',
      summary: `${plural(suppressedCount, 'suppressed finding', 'suppressed findings')} (documented exceptions)`,
      cards,
    });
  }
  const sevCounts = SEVERITIES.map((k) => ({
    key: k,
    label: SEVERITY_LABEL[k]!,
    count: result.summary.findingsBySeverity[k] ?? grouped.open.get(k)!.count,
  }));

  // Executive summary ------------------------------------------------------------------------------------------
  const failingRules = result.rules.filter((r) => r.status === 'fail');
  const assessed = result.rules.filter((r) => r.status !== 'not-assessed' && r.status !== 'error').length;
  const notAssessed = result.rules.length - assessed;
  // The actions a CISO reads first: the same ranking and wording as summary.md and report.xlsx (priorities.ts).
  const ranked = rankFailingChecks(result);
  // Each action points at its check's card under the check's worst severity.
  const cardOf = new Map<string, string>();
  for (const g of groups) if (g.key !== 'suppressed') for (const c of g.cards) cardOf.set(`${c.ruleId}|${c.severity}`, c.domId);
  const actions = topActions(ranked, docs).map((a) => ({
    severity: a.severity,
    action: displayText(a.action, 300),
    today: displayText(a.today, 400),
    why: a.why ? plainProse(a.why) : null,
    title: displayText(a.title, 200),
    anchor: cardOf.get(`${a.ruleId}|${a.severity}`) ?? 'findings',
    area: categoryPlain(ruleById.get(a.ruleId)?.category ?? ''),
  }));
  const furtherChecks = ranked.length - actions.length;
  const seriousCount = sevCounts[0]!.count + sevCounts[1]!.count;
  const openCount = grouped.openCount;
  const headline =
    openCount === 0
      ? `gatehouse ran ${plural(result.rules.length, 'check', 'checks')} on the external-identity settings of ${tenantName} and found no problems in the ${plural(assessed, 'check', 'checks')} it could assess.`
      : `gatehouse ran ${plural(result.rules.length, 'check', 'checks')} on the external-identity settings of ${tenantName}. ${plural(failingRules.length, 'check', 'checks')} found problems, ${plural(openCount, 'finding', 'findings')} in all` +
        (seriousCount ? `, ${formatCount(seriousCount)} of them critical or high severity.` : ', none of them critical or high severity.');
  const headlineNotes: string[] = [];
  if (suppressedCount)
    headlineNotes.push(
      `${plural(suppressedCount, 'further finding is', 'further findings are')} accepted as documented exceptions and listed separately.`,
    );

  // Guests ----------------------------------------------------------------------------------------------------
  if (!options.guestStats && sectionOk(snapshot, 'guests'))
    throw new Error('renderHtml needs the guest statistics of a snapshot whose guests were collected');
  const gs = snapshot ? options.guestStats : undefined;
  const signInMissing =
    'Sign-in activity was not collected (needs AuditLog.Read.All and a Microsoft Entra ID P1 licence), so staleness cannot be shown.';
  const guestsView = gs
    ? {
        intro: `${plural(gs.total, 'guest account', 'guest accounts')} as of ${dateText(result.asOf)}. Full detail for every guest — invitation state, created, last sign-in, sponsors — is in ${GUEST_WORKBOOK_FILE}, ready to filter.`,
        tiles: [
          { label: 'Guests', count: formatCount(gs.total) },
          { label: 'Enabled', count: formatCount(gs.enabled) },
          { label: 'Invitation pending', count: formatCount(gs.pending) },
          ...(gs.signInCollected ? [{ label: 'Never signed in', count: formatCount(gs.neverSignedIn) }] : []),
          ...(gs.sponsorsCollected ? [{ label: 'Without a sponsor', count: formatCount(gs.withoutSponsor) }] : []),
          ...(gs.members ? [{ label: 'External members', count: formatCount(gs.members) }] : []),
        ],
        notes: [
          ...(gs.signInCollected ? [] : [signInMissing]),
          ...(gs.sponsorsCollected ? [] : ['Sponsors were not collected, so guests without a sponsor cannot be counted.']),
        ],
        topDomains: gs.topDomains.map((d) => ({ label: displayText(d.label, 100), count: formatCount(d.count) })),
        stalest: gs.stalest.map((s) => ({
          name: displayText(s.facts.displayName || s.facts.userPrincipalName || s.facts.id, 100),
          id: s.facts.id,
          domain: displayText(s.facts.domain, 80),
          lastSignIn: lastSignInText(s.facts),
          days: formatCount(s.staleDays),
          created: ymd(s.facts.created),
          sponsors: s.facts.sponsorCount === undefined ? '—' : formatCount(s.facts.sponsorCount),
        })),
        stalestNote: `The ${plural(gs.stalest.length, 'enabled guest', 'enabled guests')} longest without a successful sign-in (guests who never signed in count from their creation date; pending invitations are left out). All ${formatCount(gs.total)} guests are in ${GUEST_WORKBOOK_FILE}.`,
      }
    : null;
  const guestsMissing = !snapshot
    ? 'Guest statistics need the snapshot: run gatehouse report with --snapshot <file>.'
    : `Guests were not collected (${sectionStatus(snapshot, 'guests')?.status ?? 'missing'}); grant User.Read.All to see them.`;

  // Partners --------------------------------------------------------------------------------------------------
  const pm = snapshot ? partnerMatrix(snapshot) : undefined;
  const maxPartners = options.maxPartners ?? MAX_PARTNERS;
  const partnersView = pm
    ? {
        intro: pm.partnerCount
          ? `${plural(pm.partnerCount, 'organisation has', 'organisations have')} settings of their own. The first row is the default that applies to every other Microsoft Entra organisation.`
          : 'No partner organisation has settings of its own: the default below applies to every other Microsoft Entra organisation.',
        columns: PARTNER_COLUMNS.map(([, label]) => label),
        rows: pm.rows.slice(0, maxPartners + 1).map((r) => ({
          name: displayText(r.name || r.tenantId, 100),
          domain: displayText(r.domain, 80),
          tenantId: displayText(r.tenantId, 60),
          isDefault: r.isDefault,
          isServiceProvider: r.isServiceProvider,
          partialNote: r.partialOverrides.length ? `Half-set: ${r.partialOverrides.join(', ')} (the other half is inherited)` : null,
          cells: PARTNER_COLUMNS.map(([key]) => r.cells[key]),
        })),
        moreText:
          pm.partnerCount > maxPartners
            ? `Showing ${formatCount(maxPartners)} of ${formatCount(pm.partnerCount)} partner organisations; all are in ${xlsxName} (sheet Partners).`
            : null,
      }
    : null;
  // The identity providers guests can use: an inventory in every report, judged only where a profile disallows one.
  const PROVIDER_STATE = {
    enabled: ['on', 'can be used'],
    disabled: ['off', 'cannot be used'],
    unknown: ['unknown', 'not known'],
  } as const;
  const identityProviders = snapshot
    ? identityProviderInventory(snapshot).map((r) => ({
        name: r.name,
        tone: PROVIDER_STATE[r.state][0],
        state: PROVIDER_STATE[r.state][1],
        detail: displayText(r.detail, 300),
      }))
    : null;
  const partnersMissing = !snapshot
    ? 'The partner matrix needs the snapshot: run gatehouse report with --snapshot <file>.'
    : 'Cross-tenant access settings were not collected (the default or the partner list); grant Policy.Read.All to see them.';

  // Charts ----------------------------------------------------------------------------------------------------
  const charts: ChartView[] = [
    barChart('Findings by severity', sevCounts, (i) => `sev-${SEVERITIES[i]}`, openCount ? null : 'No open findings.'),
  ];
  if (gs && gs.signInCollected)
    charts.push(barChart('Guests by last sign-in', gs.signInAge, (i) => `age-${Math.min(i, 6)}`, gs.total ? null : 'No guests.'));
  else charts.push(noteChart('Guests by last sign-in', gs ? signInMissing : guestsMissing));
  if (gs)
    charts.push(
      gs.pending
        ? barChart('Pending invitations by age', gs.pendingAge, (i) => `age-${Math.min(i + 1, 6)}`)
        : noteChart('Pending invitations by age', 'No invitation is waiting to be accepted.'),
    );
  else charts.push(noteChart('Pending invitations by age', guestsMissing));
  if (pm && pm.partnerCount)
    charts.push(
      barChart('Partner organisations by trust', pm.byTrust, (i) => `trust-${i}`, 'Which partners’ MFA or device claims are accepted.'),
    );
  else charts.push(noteChart('Partner organisations by trust', pm ? 'No partner organisation has settings of its own.' : partnersMissing));

  // Coverage --------------------------------------------------------------------------------------------------
  const cov = coverageRows(result);
  const gaps = sectionGaps(result).filter((g) => g.status !== 'not-collected' || cov.some((c) => c.sections.includes(g.title)));
  const coverageView = {
    intro: `${plural(cov.length, 'check', 'checks')} could not be assessed. gatehouse never counts a check it could not run as passed: each is listed with the reason and what would let it run.`,
    rows: cov.map((c) => ({
      ruleId: displayText(c.ruleId, 80),
      title: displayText(c.title, 200),
      severity: c.severity,
      status: c.status,
      statusLabel: STATUS_LABEL[c.status] ?? c.status,
      // The badge already says "not assessed"; a reason ending in the engine's period after a message's own reads "..".
      reason: displayText(c.reason.replace(/^Not assessed:\s*/, '').replace(/\.\.$/, '.'), 1000),
      detail: c.detail ? displayText(c.detail, 600) : null,
      permissions: c.permissions.join(', ') || null,
      licence: c.licence ? displayText(c.licence, 200) : null,
      noFix: !c.permissions.length && !c.licence,
    })),
    sections: gaps.map((g) => ({
      title: displayText(g.title, 120),
      status: g.status,
      detail: g.detail ? displayText(g.detail, 300) : null,
      permissions: g.permissions.join(', ') || null,
      licence: g.licence ? displayText(g.licence, 200) : null,
    })),
  };
  const coverageNote = notAssessed
    ? `${plural(notAssessed, 'check', 'checks')} could not be assessed because gatehouse lacked a permission or licence, or the data was missing. They are not counted as passed.`
    : null;

  // All checks ------------------------------------------------------------------------------------------------
  const statusRank = (s: string) => {
    return ruleStatusRank(s);
  };
  const rules = [...result.rules]
    .sort((a, b) => statusRank(a.status) - statusRank(b.status) || severityRank(a.severity) - severityRank(b.severity) || cmp(a.id, b.id))
    .map((r) => ({
      id: displayText(r.id, 80),
      title: displayText(r.title, 200),
      severity: r.severity,
      status: r.status,
      statusLabel: STATUS_LABEL[r.status] ?? r.status,
      reason: r.reason && r.status !== 'not-assessed' ? displayText(r.reason, 300) : null,
      findingCount: formatCount(r.findingCount),
      breakdown: severityBreakdown(openCounts.get(r.id)?.counts) || null,
    }));
  // Frameworks ------------------------------------------------------------------------------------------------
  const OUTCOME_LABEL = { fail: 'Failed', 'not-assessed': 'Not assessed', accepted: 'Accepted risk', pass: 'Passed' } as const;
  const OUTCOME_BADGE = { fail: 'fail', 'not-assessed': 'not-assessed', accepted: 'suppressed', pass: 'pass' } as const;
  const frameworksView = frameworkViews(result.rules, docs).map((v) => ({
    name: displayText(v.name, 200),
    countsText: `${plural(v.controls.length, 'control', 'controls')} in scope: ${formatCount(v.counts.pass)} passed, ${formatCount(v.counts.fail)} failed, ${formatCount(v.counts['not-assessed'])} not assessed${v.counts.accepted ? `, ${formatCount(v.counts.accepted)} accepted risk` : ''}`,
    open: v.counts.fail > 0,
    controls: v.controls.map((c) => ({
      control: displayText(c.control, 60),
      title: c.title ? displayText(c.title, 300) : null,
      outcome: OUTCOME_BADGE[c.outcome],
      outcomeLabel: OUTCOME_LABEL[c.outcome],
      checks: c.checks.map((x) => displayText(`${x.title} (${STATUS_LABEL[x.status]?.toLowerCase() ?? x.status})`, 300)).join('; '),
    })),
  }));

  const byStatus = result.summary.rulesByStatus;
  const statusTiles = (['fail', 'pass', 'not-assessed', 'not-applicable', 'error'] as const)
    .map((k) => ({ key: k, label: STATUS_LABEL[k]!, count: byStatus[k] ?? 0 }))
    .filter((t) => t.count > 0 || t.key === 'fail' || t.key === 'pass' || t.key === 'not-assessed');

  // The accent is a second, per-render style element with its own hash: the CSP still allows exactly the styles
  // the page carries, and nothing inline. Its text is built from a validated hex colour only.
  const accentCss = accentStyle(options.brandColor);
  const cover = coverFacts(result, options.cover);
  const view = {
    csp: [
      "default-src 'none'",
      `script-src 'sha256-${jsHash}'`,
      `style-src 'sha256-${cssHash}'${accentCss ? ` 'sha256-${sha256b64(accentCss)}'` : ''}`,
      'img-src data:',
      "base-uri 'none'",
      "form-action 'none'",
      "object-src 'none'",
    ].join('; '),
    accentCss,
    cover: {
      client: displayText(cover.client, 120),
      preparedBy: cover.preparedBy ? displayText(cover.preparedBy, 120) : null,
      scope: displayText(cover.scope, 600),
      tenant: displayText(cover.tenant, 400),
      assessmentDate: cover.assessmentDate,
      assessmentBasis: cover.assessmentBasis,
      reportDate: cover.reportDate,
    },
    toolVersion: displayText(result.tool.version, 40),
    documentTitle: `${title} — ${tenantName}`,
    title,
    brandName: options.brandName ? displayText(options.brandName, 120) : null,
    brandAlt: options.brandName ? displayText(options.brandName, 120) : 'Logo',
    logoSrc:
      options.brandLogo && /^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(options.brandLogo.dataUri)
        ? options.brandLogo.dataUri
        : null,
    tenant: { name: tenantName, id: displayText(result.tenant.id, 60), domain: displayText(result.tenant.defaultDomain, 120) },
    asOfText: dateText(result.asOf),
    collectedText: dateTimeText(result.snapshot.collectedAt),
    scannedText: dateTimeText(result.scannedAt),
    profile: displayText(result.profile, 40),
    snapshotSha: displayText(result.snapshot.sha256, 64),
    summary: {
      headline,
      headlineNotes,
      verdictClass: seriousCount ? 'bad' : openCount ? '' : 'ok',
      actionsIntro: actionsIntro(ranked.length),
      actions,
      moreActions:
        furtherChecks > 0
          ? `${plural(furtherChecks, 'further check', 'further checks')} found problems; all of them are under Findings, most severe first.`
          : null,
      coverageNote,
      severityTiles: sevCounts.map((s) => ({ ...s, count: formatCount(s.count) })),
      statusTiles: statusTiles.map((s) => ({ ...s, count: formatCount(s.count) })),
    },
    charts,
    findings: {
      total: result.findings.length,
      intro: `Grouped by severity, then by check. Each check explains why it matters and how to fix it, with the exact Microsoft Graph request and the equivalent Azure CLI command. At most ${formatCount(rowsPerRule)} affected objects are listed per check; ${xlsxName} lists all of them.`,
      severityFilters: sevCounts.filter((s) => s.count > 0).map((s) => ({ key: s.key, label: s.label, count: formatCount(s.count) })),
      hasSuppressed: suppressedCount > 0,
      groups,
    },
    coverage: coverageView,
    partners: partnersView,
    partnersMissing,
    identityProviders,
    guests: guestsView,
    guestsMissing,
    frameworks: frameworksView,
    rules,
    rulesIntro: `Every check gatehouse ran against this tenant (${plural(result.rules.length, 'check', 'checks')}, profile ${displayText(result.profile, 40)}).`,
    changes: changesView(result),
    // The exceptions file as applied (expired and unused ones called out).
    exceptions: exceptionsView(result),
    clientData: { cards: clientCards, xlsxName, indexPartial },
  };
  return template(view);
}

/**
 * `:root{…}` for an accent colour: the colour for borders and the cover's band, a shade of at least 3:1 against the
 * white page for chart bars, and one of at least 4.5:1 for headings and links (see accent.ts). Null without one.
 */
function accentStyle(colour: string | undefined): string | null {
  if (!colour || !/^#[0-9a-f]{6}$/.test(colour)) return null;
  const a = accentShades(colour);
  return `:root{--accent:${a.colour};--accent-strong:${a.strong};--accent-ink:${a.ink}}`;
}

/** "Changes since the last scan" when the result carries a baseline; optional keys made explicit for strict mode. */
function changesView(result: Result) {
  const v = baselineView(result);
  return v ? { sides: null, tenantMismatch: null, configReason: null, ...v } : null;
}
