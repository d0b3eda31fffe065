/**
 * Facts every report shares, computed once from result + snapshot: rule documentation looked up by id, remediation
 * commands, the effective partner matrix and coverage. (Guest facts and statistics come from src/model, shared with
 * the rules.) Pure functions, no I/O, no clock: the
 * reference time is the result's `asOf`, so the same input renders the same bytes.
 */
import type { Finding, Result, RuleResult, Severity } from '../engine/result.types.js';
import { inMadeOrder } from '../engine/made-order.js';
import { withIds, type AnyRule, type GraphRequest, type RuleMeta } from '../engine/rule.js';
import { SEVERITIES, severityRank } from '../engine/severity.js';
import type { SectionName, Snapshot } from '../snapshot/snapshot.types.js';
import { SECTIONS } from '../snapshot/sections.js';
import { clipUtf16 } from './sanitize.js';
import { sectionOk } from '../snapshot/section-status.js';
import { cmp } from '../util/compare.js';
import { keepSmallest } from '../util/smallest.js';
import type { GuestFacts } from '../model/guest-facts.js';
import type { Bucket } from '../model/guest-statistics.js';
import type { InactivityBasis } from '../model/guests.js';
import {
  appsReach,
  resolveDefault,
  resolvePartner,
  usersReach,
  type EffectiveB2BSetting,
  type EffectiveCrossTenantPolicy,
  type Reach,
  type Sourced,
  type ValueSource,
} from '../xtap/resolve.js';
import { SOURCE_PHRASE } from '../xtap/words.js';
import { evidenceLabel } from './words.js';

export { cmp } from '../util/compare.js';

/** The order every report lists findings in: worst first, then by rule and id. */
export function compareFindings(a: Finding, b: Finding): number {
  return severityRank(a.severity) - severityRank(b.severity) || cmp(a.ruleId, b.ruleId) || cmp(a.id, b.id);
}

/**
 * Findings in `compareFindings` order, as a stable sort would leave them. Evaluation hands the findings over
 * grouped by rule and sorted by id within a rule, so each run of one rule at one severity rank is usually in order
 * already: the findings are gathered into those runs (input order kept), the runs put in order, and only a run out
 * of id order is sorted. Sorting a million findings whole costs seconds of comparisons that each reach two findings
 * scattered over the heap; this is one pass.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const runs = new Map<string, { rank: number; ruleId: string; items: Finding[] }>();
  let last: { rank: number; ruleId: string; items: Finding[] } | undefined;
  for (const f of findings) {
    const rank = severityRank(f.severity);
    if (!last || last.ruleId !== f.ruleId || last.rank !== rank) {
      const key = `${rank} ${f.ruleId}`;
      last = runs.get(key);
      if (!last) runs.set(key, (last = { rank, ruleId: f.ruleId, items: [] }));
    }
    last.items.push(f);
  }
  const out: Finding[] = [];
  for (const run of [...runs.values()].sort((a, b) => a.rank - b.rank || cmp(a.ruleId, b.ruleId))) {
    const items = run.items;
    let ordered = true;
    for (let i = 1; i < items.length && ordered; i++) ordered = cmp(items[i - 1]!.id, items[i]!.id) <= 0;
    if (!ordered) items.sort((a, b) => cmp(a.id, b.id));
    for (const f of items) out.push(f);
  }
  return out;
}

/**
 * How pressing a finding is within its check, higher first: the longest inactive or pending guest, the certificate
 * that expires soonest. Read from the evidence the rules record; 0 when a finding carries no such measure.
 */
export function urgency(f: Finding): number {
  const e = f.evidence as Record<string, unknown> | undefined;
  if (!e) return 0;
  if (typeof e.daysInactive === 'number') return e.daysInactive;
  const since = typeof e.pendingSince === 'string' ? Date.parse(e.pendingSince) : NaN;
  if (!Number.isNaN(since)) return -since / 86_400_000;
  const expires = typeof e.notAfter === 'string' ? Date.parse(e.notAfter) : NaN;
  if (!Number.isNaN(expires)) return -expires / 86_400_000;
  return 0;
}

/**
 * One finding with the measures `compareWorstFirst` orders by, each worked out at most once and only when a
 * comparison gets that far: picking the most pressing of 100,000 findings compares each with the current pick, and
 * working out both sides' urgency and lower-cased name every time was most of the cost.
 */
class Pressing {
  readonly rank: number;
  private urgencyValue: number | undefined;
  private nameValue: string | undefined;
  constructor(readonly finding: Finding) {
    this.rank = severityRank(finding.severity);
  }
  urgency(): number {
    return (this.urgencyValue ??= urgency(this.finding));
  }
  name(): string {
    return (this.nameValue ??= (this.finding.resource.displayName ?? '').toLowerCase());
  }
}

function comparePressing(a: Pressing, b: Pressing): number {
  return a.rank - b.rank || b.urgency() - a.urgency() || cmp(a.name(), b.name()) || cmp(a.finding.id, b.finding.id);
}

/** Worst first within a check: severity, then urgency (age, nearness of expiry), then name and id. */
export function compareWorstFirst(a: Finding, b: Finding): number {
  return comparePressing(new Pressing(a), new Pressing(b));
}

/**
 * Whether `f` (whose severity rank is `rank`) comes before `best` in `comparePressing` order, working out only as much
 * of `f` as the comparison needs and making no Pressing for it: the most pressing of 100,000 findings is found by
 * comparing each with the current pick, and nearly all lose on severity or urgency, or on their name's first letter.
 */
function morePressing(f: Finding, rank: number, best: Pressing): boolean {
  if (rank !== best.rank) return rank < best.rank;
  // As comparePressing subtracts: a NaN difference (an unknown measure) is a tie and falls through to the names.
  const urgencyDiff = best.urgency() - urgency(f);
  if (urgencyDiff) return urgencyDiff < 0;
  const name = f.resource.displayName ?? '';
  const bestName = best.name();
  // The lower-cased names differ at their first code unit, or are compared whole; an ASCII character's lower case is
  // known without lower-casing the name (lower-casing maps ASCII to ASCII whatever follows it).
  const first = name.charCodeAt(0);
  if (first < 0x80 && bestName !== '') {
    const lowered = first >= 0x41 && first <= 0x5a ? first + 0x20 : first;
    const bestFirst = bestName.charCodeAt(0);
    if (lowered !== bestFirst) return lowered < bestFirst;
  }
  return (cmp(name.toLowerCase(), bestName) || cmp(f.id, best.finding.id)) < 0;
}

/** The `k` most pressing findings, worst first (`compareWorstFirst`; ties in input order), without sorting them all. */
export function mostPressing(findings: Iterable<Finding>, k: number): Finding[] {
  // As util/smallest.ts, but a finding is made a Pressing only once it is kept.
  const kept: Pressing[] = [];
  if (k <= 0) return [];
  for (const f of findings)
    if (kept.length < k || morePressing(f, severityRank(f.severity), kept[k - 1]!)) keepSmallest(kept, new Pressing(f), k, comparePressing);
  return kept.map((p) => p.finding);
}

export type SeverityCounts = Partial<Record<Severity, number>>;

/** What every report reads from a rule's open (unsuppressed) findings. */
export interface OpenFindings {
  /** How many there are of each severity. */
  counts: Readonly<SeverityCounts>;
  count: number;
  /** The most pressing (`compareWorstFirst`). */
  first: Finding;
}

/**
 * A result's findings are never changed once evaluated (applying exceptions or a baseline makes a new array), so what
 * the reports read from them is worked out once per array and shared: HTML, summary.md and report.xlsx each used to
 * walk a million findings two or three times for the same counts and ranking.
 */
const openByRuleOf = new WeakMap<readonly Finding[], ReadonlyMap<string, OpenFindings>>();

/** Each rule's open findings, counted by severity, with the most pressing one; in one pass, once per findings array. */
export function openFindingsByRule(findings: readonly Finding[]): ReadonlyMap<string, OpenFindings> {
  const known = openByRuleOf.get(findings);
  if (known) return known;
  const out = new Map<string, { counts: SeverityCounts; count: number; first: Pressing }>();
  let ruleId: string | undefined;
  let current: { counts: SeverityCounts; count: number; first: Pressing } | undefined;
  // Any order within a rule gives the same counts and the same most pressing finding (compareWorstFirst ends on the id).
  for (const f of inMadeOrder(findings)) {
    if (f.status === 'suppressed') continue;
    // Findings come grouped by rule: look the rule up only when it changes.
    if (f.ruleId !== ruleId || !current) {
      ruleId = f.ruleId;
      current = out.get(ruleId);
      if (!current) out.set(ruleId, (current = { counts: {}, count: 0, first: new Pressing(f) }));
    }
    current.counts[f.severity] = (current.counts[f.severity] ?? 0) + 1;
    if (current.count++ === 0) continue;
    if (morePressing(f, severityRank(f.severity), current.first)) current.first = new Pressing(f);
  }
  const result = new Map([...out].map(([id, r]) => [id, { counts: r.counts, count: r.count, first: r.first.finding }]));
  openByRuleOf.set(findings, result);
  return result;
}

/** "2 high, 1 medium" — empty when every finding has one severity (the check's own badge says it). */
export function severityBreakdown(counts: SeverityCounts | undefined): string {
  const parts = SEVERITIES.filter((s) => counts?.[s]).map((s) => `${counts![s]} ${s}`);
  return parts.length > 1 ? parts.join(', ') : '';
}

export type RuleDoc = Pick<
  RuleMeta<SectionName, unknown>,
  | 'id'
  | 'title'
  | 'action'
  | 'rationale'
  | 'remediation'
  | 'references'
  | 'frameworks'
  | 'category'
  | 'severity'
  | 'requires'
  | 'messages'
  | 'personParams'
>;

/** Rule documentation by id. result.json carries only ids; a rule this build does not know renders from the result alone. */
export function ruleDocs(rules: readonly AnyRule[]): Map<string, RuleDoc> {
  return new Map(rules.map((r) => [r.meta.id, r.meta as RuleDoc]));
}

// ---------------------------------------------------------------------------------------------------------------
// Remediation as commands

const GRAPH_HOSTS: Record<string, string> = {
  global: 'https://graph.microsoft.com',
  usgov: 'https://graph.microsoft.us',
  'usgov-dod': 'https://dod-graph.microsoft.us',
  china: 'https://microsoftgraph.chinacloudapi.cn',
};

export function graphRoot(cloud: string | undefined): string {
  return GRAPH_HOSTS[cloud ?? 'global'] ?? GRAPH_HOSTS.global!;
}

/** POSIX single-quoting: the command is pasted into a shell, so nothing inside may expand. */
function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface RemediationView {
  summary: string;
  /** Notes for the administrator applying the fix (property names, request shape): technical, shown with the request. */
  detail: string | null;
  portal: string | null;
  method: string | null;
  url: string | null;
  body: string | null;
  azRest: string | null;
  /** The URL names a placeholder (e.g. `{partnerTenantId}`) to fill per affected object. */
  hasPlaceholders: boolean;
}

export interface RequestView {
  method: string;
  url: string;
  body: string | null;
  azRest: string;
}

/** A Graph request as the reports show it: absolute URL for the tenant's cloud, pretty body, the `az rest` command. */
function requestView(g: GraphRequest, cloud: string | undefined): RequestView {
  const url = graphRoot(cloud) + (g.url.startsWith('/') ? g.url : `/${g.url}`);
  const body = g.body !== undefined ? JSON.stringify(g.body, null, 2) : null;
  const azRest = [
    `az rest --method ${g.method} --url ${shellQuote(url)}`,
    ...(body !== null ? [`--headers 'Content-Type=application/json'`, `--body ${shellQuote(JSON.stringify(g.body))}`] : []),
  ].join(' \\\n    ');
  return { method: g.method, url, body, azRest };
}

export function remediationView(doc: RuleDoc | undefined, cloud: string | undefined): RemediationView | null {
  if (!doc) return null;
  const g: GraphRequest | undefined = doc.remediation.graph;
  const r = g ? requestView(g, cloud) : undefined;
  return {
    summary: doc.remediation.summary,
    detail: doc.remediation.detail ?? null,
    portal: doc.remediation.portal ?? null,
    method: r?.method ?? null,
    url: r?.url ?? null,
    body: r?.body ?? null,
    azRest: r?.azRest ?? null,
    hasPlaceholders: Boolean(g && /\{[^}]+\}/.test(g.url)),
  };
}

/**
 * The request that fixes one finding, with the ids the snapshot knows (the rule's own request for the object's
 * kind); null when the rule has no per-object request or the finding does not identify the object.
 */
export function findingRemediation(doc: RuleDoc | undefined, f: Finding, cloud: string | undefined): RequestView | null {
  const rem = doc?.remediation;
  if (!rem) return null;
  const g = rem.forFinding ? rem.forFinding(f) : rem.graph && rem.ids ? withIds(rem.graph, rem.ids(f)) : undefined;
  return g ? requestView(g, cloud) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Plain language for the executive summary

const CATEGORY_PLAIN: Record<string, string> = {
  invitations: 'who can invite outsiders into the organisation, and from where',
  'cross-tenant-access': 'how much the organisation lets in from, and trusts, other Microsoft 365 organisations',
  guests: 'guest accounts that outsiders use to reach the organisation’s data',
  governance: 'whether guest access is reviewed and expires on its own',
  'connectors-and-federation': 'systems outside Microsoft that take part in signing people in',
  'conditional-access': 'the sign-in rules (such as multi-factor authentication) that apply to guests',
  sharing: 'what SharePoint and OneDrive let people share with outsiders',
};

export function categoryPlain(category: string): string {
  return CATEGORY_PLAIN[category] ?? category;
}

/** First sentence of a rationale: the plain "why it matters". */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
  return (m ? m[1]! : text).trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Sections and coverage

export interface CoverageRow {
  ruleId: string;
  title: string;
  severity: string;
  status: string;
  reason: string;
  /** The operator's detail behind the reason (HTTP status, error code, the collector's message). */
  detail: string | null;
  permissions: string[];
  licence: string | null;
  sections: string[];
}

/** Every rule that could not be judged (not assessed or errored), with why and what fixes it. */
export function coverageRows(result: Result): CoverageRow[] {
  return result.rules
    .filter((r) => r.status === 'not-assessed' || r.status === 'error')
    .sort((a, b) => cmp(a.status, b.status) || severityRank(a.severity) - severityRank(b.severity) || cmp(a.id, b.id))
    .map((r: RuleResult) => ({
      ruleId: r.id,
      title: r.title,
      severity: r.severity,
      status: r.status,
      reason: r.reason ?? (r.status === 'error' ? 'The rule failed while evaluating.' : 'Not assessed.'),
      detail: r.detail ?? null,
      permissions: r.fix?.permissions ?? [],
      licence: r.fix?.licence ?? null,
      sections: (r.fix?.sections ?? []).map((s) => SECTIONS[s as SectionName]?.title ?? s),
    }));
}

export interface SectionGapRow {
  name: string;
  title: string;
  status: string;
  detail: string;
  permissions: string[];
  licence: string | null;
}

/**
 * Sections that were not collected cleanly (from the result, which copies them from the snapshot), and sections
 * collected by a fallback that costs evidence (status `ok (fallback)`, the fallback as detail).
 */
export function sectionGaps(result: Result): SectionGapRow[] {
  return Object.entries(result.sections)
    .filter(([, s]) => s && (s.status !== 'ok' || s.fallback))
    .sort(([a], [b]) => cmp(a, b))
    .map(([name, s]) => ({
      name,
      title: SECTIONS[name as SectionName]?.title ?? name,
      status: s!.status === 'ok' ? 'ok (fallback)' : s!.status,
      detail:
        s!.status === 'ok'
          ? s!.fallback!
          : [s!.httpStatus ? `HTTP ${s!.httpStatus}` : '', s!.errorCode ?? '', s!.message ?? ''].filter(Boolean).join(' · '),
      permissions: s!.requiredPermissions ?? [],
      licence: s!.requiredLicence ?? null,
    }));
}

// ---------------------------------------------------------------------------------------------------------------
// Guests, in words (the facts themselves come from src/model)

const BASIS_WORDS: Record<InactivityBasis, string> = {
  lastSuccessfulSignInDateTime: 'last successful sign-in',
  lastSignInDateTime: 'last interactive attempt, before successes were recorded (Dec 2023)',
  lastNonInteractiveSignInDateTime: 'last non-interactive attempt, before successes were recorded (Dec 2023)',
  successRecordedSince: 'no success recorded since 2023-12-01',
  createdDateTime: 'creation date',
};

/** The last sign-in as a short date for tables: a success, an attempt from before successes were recorded, or none since a date. */
export function lastSignInText(f: GuestFacts): string {
  const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '');
  if (f.neverSignedIn) return 'never';
  if (f.lastSuccessfulSignIn) return day(f.lastSuccessfulSignIn);
  if (f.inactivityBasis === 'lastSignInDateTime' || f.inactivityBasis === 'lastNonInteractiveSignInDateTime')
    return `${day(f.inactiveSince)} (attempt)`;
  return f.inactiveSince ? `none since ${day(f.inactiveSince)}` : '';
}

/** Where a guest's "days without a successful sign-in" count from, in words for the inventory. */
export function inactivityBasisText(f: GuestFacts): string {
  if (f.inactivityUnknown) return `unknown: ${f.inactivityUnknown}`;
  if (!f.inactivityBasis) return '';
  if (f.inactivityBasis === 'createdDateTime')
    return f.neverSignedIn ? 'creation date (never signed in)' : 'creation date (no success recorded since)';
  return BASIS_WORDS[f.inactivityBasis];
}

// ---------------------------------------------------------------------------------------------------------------
// Partners (effective cross-tenant access)

export interface MatrixCell {
  text: string;
  /** 'open' | 'limited' | 'closed' | 'unknown' for B2B cells; 'on' | 'off' for switches. */
  tone: string;
  source: ValueSource | 'mixed';
  inherited: boolean;
  sourceLabel: string;
}

export interface PartnerRow {
  tenantId: string;
  name: string;
  domain: string;
  isDefault: boolean;
  isServiceProvider: boolean;
  cells: Record<PartnerColumn, MatrixCell>;
  partialOverrides: string[];
  trust: 'mfa-and-device' | 'mfa' | 'device' | 'none';
}

export const PARTNER_COLUMNS = [
  ['collabInbound', 'B2B collaboration inbound'],
  ['collabOutbound', 'B2B collaboration outbound'],
  ['directInbound', 'B2B direct connect inbound'],
  ['directOutbound', 'B2B direct connect outbound'],
  ['mfaTrust', 'Trusts MFA'],
  ['compliantTrust', 'Trusts compliant devices'],
  ['hybridTrust', 'Trusts hybrid-joined devices'],
  ['redeemInbound', 'Automatic redemption inbound'],
  ['redeemOutbound', 'Automatic redemption outbound'],
] as const;
export type PartnerColumn = (typeof PARTNER_COLUMNS)[number][0];

/** Where a value comes from, worded for a partner row and for the default row. */
const SOURCE_LABEL: Record<string, string> = { ...SOURCE_PHRASE, mixed: 'partly inherited' };
const DEFAULT_ROW_SOURCE_LABEL: Record<string, string> = {
  default: 'configured',
  'service-default': SOURCE_PHRASE['service-default'],
  mixed: `partly ${SOURCE_PHRASE['service-default']}`,
  partner: 'configured',
};
const sourceLabel = (source: string, isDefaultRow: boolean) => (isDefaultRow ? DEFAULT_ROW_SOURCE_LABEL : SOURCE_LABEL)[source]!;

function sourceOf(...sources: ValueSource[]): ValueSource | 'mixed' {
  return sources.every((s) => s === sources[0]) ? sources[0]! : 'mixed';
}

function reachText(r: Reach, count: number, noun: [string, string], all: string): string {
  const n = `${count} ${count === 1 ? noun[0] : noun[1]}`;
  switch (r) {
    case 'all':
      return all;
    case 'allExcept':
      return `${all} except ${n}`;
    case 'some':
      return n;
    case 'none':
      return `no ${noun[1]}`;
    default:
      return 'unrecognised setting';
  }
}

function b2bCell(s: EffectiveB2BSetting, isDefaultRow: boolean): MatrixCell {
  const u = usersReach(s);
  const a = appsReach(s);
  const source = sourceOf(s.usersAndGroups.source, s.applications.source);
  let text: string;
  let tone: string;
  if (u === 'unknown' || a === 'unknown') {
    text = `Unrecognised access type (${s.usersAndGroups.value.accessType} / ${s.applications.value.accessType})`;
    tone = 'unknown';
  } else if (u === 'none' || a === 'none') {
    text = 'Blocked';
    tone = 'closed';
  } else {
    text = `${reachText(u, s.usersAndGroups.value.targets.length, ['user or group', 'users or groups'], 'All users')}; ${reachText(a, s.applications.value.targets.length, ['app', 'apps'], 'all apps')}`;
    tone = (u === 'all' || u === 'allExcept') && (a === 'all' || a === 'allExcept') ? 'open' : 'limited';
  }
  return { text, tone, source, inherited: !isDefaultRow && source !== 'partner', sourceLabel: sourceLabel(source, isDefaultRow) };
}

function switchCell(v: Sourced<boolean>, on: string, off: string, isDefaultRow: boolean): MatrixCell {
  return {
    text: v.value ? on : off,
    tone: v.value ? 'on' : 'off',
    source: v.source,
    inherited: !isDefaultRow && v.source !== 'partner',
    sourceLabel: sourceLabel(v.source, isDefaultRow),
  };
}

function matrixCells(eff: EffectiveCrossTenantPolicy, isDefaultRow: boolean): Record<PartnerColumn, MatrixCell> {
  return {
    collabInbound: b2bCell(eff.b2bCollaborationInbound, isDefaultRow),
    collabOutbound: b2bCell(eff.b2bCollaborationOutbound, isDefaultRow),
    directInbound: b2bCell(eff.b2bDirectConnectInbound, isDefaultRow),
    directOutbound: b2bCell(eff.b2bDirectConnectOutbound, isDefaultRow),
    mfaTrust: switchCell(eff.inboundTrust.isMfaAccepted, 'Yes', 'No', isDefaultRow),
    compliantTrust: switchCell(eff.inboundTrust.isCompliantDeviceAccepted, 'Yes', 'No', isDefaultRow),
    hybridTrust: switchCell(eff.inboundTrust.isHybridAzureADJoinedDeviceAccepted, 'Yes', 'No', isDefaultRow),
    redeemInbound: switchCell(eff.automaticUserConsentSettings.inboundAllowed, 'On', 'Off', isDefaultRow),
    redeemOutbound: switchCell(eff.automaticUserConsentSettings.outboundAllowed, 'On', 'Off', isDefaultRow),
  };
}

function trustClass(eff: EffectiveCrossTenantPolicy): PartnerRow['trust'] {
  const mfa = eff.inboundTrust.isMfaAccepted.value;
  const device = eff.inboundTrust.isCompliantDeviceAccepted.value || eff.inboundTrust.isHybridAzureADJoinedDeviceAccepted.value;
  return mfa && device ? 'mfa-and-device' : mfa ? 'mfa' : device ? 'device' : 'none';
}

export interface PartnerMatrix {
  rows: PartnerRow[];
  partnerCount: number;
  /** Partners by what they are trusted for (the chart). */
  byTrust: Bucket[];
}

/** The default row, then each partner (by name, then tenant id), every value with where it came from. */
export function partnerMatrix(snapshot: Snapshot): PartnerMatrix | undefined {
  if (!sectionOk(snapshot, 'crossTenantAccessDefault') || !sectionOk(snapshot, 'crossTenantAccessPartners')) return undefined;
  const effDefault = resolveDefault(snapshot.data.crossTenantAccessDefault);
  const defaultRow: PartnerRow = {
    tenantId: '',
    name: 'Default (every other organisation)',
    domain: '',
    isDefault: true,
    isServiceProvider: false,
    cells: matrixCells(effDefault, true),
    partialOverrides: effDefault.partialOverrides,
    trust: trustClass(effDefault),
  };
  const partners = [...(snapshot.data.crossTenantAccessPartners ?? [])].sort(
    (a, b) => cmp((a.displayName ?? '').toLowerCase(), (b.displayName ?? '').toLowerCase()) || cmp(a.tenantId, b.tenantId),
  );
  const rows = partners.map((p): PartnerRow => {
    const eff = resolvePartner(p, effDefault);
    return {
      tenantId: p.tenantId,
      name: p.displayName ?? '',
      domain: p.defaultDomainName ?? '',
      isDefault: false,
      isServiceProvider: p.isServiceProvider === true,
      cells: matrixCells(eff, false),
      partialOverrides: eff.partialOverrides,
      trust: trustClass(eff),
    };
  });
  const labels: Record<PartnerRow['trust'], string> = {
    'mfa-and-device': 'MFA and device claims',
    mfa: 'MFA only',
    device: 'device claims only',
    none: 'no trust',
  };
  const byTrust = (Object.keys(labels) as PartnerRow['trust'][]).map((k) => ({
    label: labels[k],
    count: rows.filter((r) => r.trust === k).length,
  }));
  return { rows: [defaultRow, ...rows], partnerCount: rows.length, byTrust };
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence and resources

/**
 * Evidence as key/value lines for the technical details, in the rule's own order: nested objects flattened to dotted
 * keys (two levels) with a readable label, lists of plain values joined, anything deeper as compact JSON; every value
 * clipped to `max`.
 */
export function evidenceEntries(evidence: Finding['evidence'], max = 300): Array<{ key: string; label: string; value: string }> {
  if (!evidence) return [];
  const out: Array<{ key: string; label: string; value: string }> = [];
  const clip = (s: string) => (s.length > max ? clipUtf16(s, max - 1) + '…' : s);
  const plain = (v: unknown) => v === null || v === undefined || typeof v !== 'object';
  const walk = (key: string, v: unknown, depth: number) => {
    if (v === undefined) return;
    const label = evidenceLabel(key);
    if (plain(v)) out.push({ key, label, value: clip(v === null ? 'none' : String(v)) });
    else if (Array.isArray(v))
      out.push({
        key,
        label,
        value: clip(
          v.length === 0 ? 'none' : v.every(plain) ? v.map((x) => (x === null ? 'none' : String(x))).join(', ') : JSON.stringify(v),
        ),
      });
    else if (depth < 2 && Object.keys(v as object).length)
      for (const [k, x] of Object.entries(v as object)) walk(`${key}.${k}`, x, depth + 1);
    else out.push({ key, label, value: clip(JSON.stringify(v)) });
  };
  for (const [k, v] of Object.entries(evidence)) walk(k, v, 0);
  return out;
}

/** `resource.path`, else `<type>/<id>`: the Graph-style location of the object, built from ids. */
export function resourcePath(f: Finding): string {
  return f.resource.path ?? `${f.resource.type}/${f.resource.id}`;
}
