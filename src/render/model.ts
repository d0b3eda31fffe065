/**
 * Facts every report shares, computed once from result + snapshot: rule documentation looked up by id, remediation
 * commands, guest statistics, the effective partner matrix and coverage. Pure functions, no I/O, no clock: the
 * reference time is the result's `asOf`, so the same input renders the same bytes.
 */
import { RULES } from '../../rules/index.js';
import type { Finding, Result, RuleResult, Severity } from '../engine/result.types.js';
import type { AnyRule, GraphRequest, RuleMeta } from '../engine/rule.js';
import { severityRank } from '../engine/severity.js';
import type { SectionName, SectionStatus, Snapshot, User } from '../snapshot/snapshot.types.js';
import { SECTIONS } from '../snapshot/sections.js';
import { guestDomain as modelGuestDomain, inactivity, isPending, parseGraphDateTime, type InactivityBasis } from '../model/guests.js';
import { clipUtf16 } from './sanitize.js';
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

export const DAY_MS = 86_400_000;

/** Plain code-unit comparison: the same order on every machine and locale (deterministic output). */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Findings worst first, then by rule and id: the order every report lists them in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || cmp(a.ruleId, b.ruleId) || cmp(a.id, b.id));
}

export type RuleDoc = Pick<RuleMeta<SectionName, unknown>, 'id' | 'title' | 'rationale' | 'remediation' | 'references' | 'frameworks' | 'category' | 'severity' | 'requires' | 'messages'>;

/** Rule documentation by id. result.json carries only ids; a rule this build does not know renders from the result alone. */
export function ruleDocs(rules: readonly AnyRule[] = RULES): Map<string, RuleDoc> {
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
  portal: string | null;
  method: string | null;
  url: string | null;
  body: string | null;
  azRest: string | null;
  /** The URL names a placeholder (e.g. `{partnerTenantId}`) to fill per affected object. */
  hasPlaceholders: boolean;
}

export function remediationView(doc: RuleDoc | undefined, cloud: string | undefined): RemediationView | null {
  if (!doc) return null;
  const g: GraphRequest | undefined = doc.remediation.graph;
  const url = g ? graphRoot(cloud) + (g.url.startsWith('/') ? g.url : `/${g.url}`) : null;
  const body = g && g.body !== undefined ? JSON.stringify(g.body, null, 2) : null;
  const azRest = g
    ? [`az rest --method ${g.method} --url ${shellQuote(url!)}`, ...(body !== null ? [`--headers 'Content-Type=application/json'`, `--body ${shellQuote(JSON.stringify(g.body))}`] : [])].join(' \\\n    ')
    : null;
  return {
    summary: doc.remediation.summary,
    portal: doc.remediation.portal ?? null,
    method: g?.method ?? null,
    url,
    body,
    azRest,
    hasPlaceholders: Boolean(g && /\{[^}]+\}/.test(g.url)),
  };
}

export function frameworkIds(doc: RuleDoc | undefined): string[] {
  if (!doc?.frameworks) return [];
  return Object.entries(doc.frameworks)
    .sort(([a], [b]) => cmp(a, b))
    .flatMap(([fw, ids]) => (ids ?? []).map((id) => `${fw} ${id}`));
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

export function sectionStatus(snapshot: Snapshot | undefined, name: SectionName): SectionStatus | undefined {
  return (snapshot?.sections as Record<string, SectionStatus | undefined> | undefined)?.[name];
}

export function sectionOk(snapshot: Snapshot | undefined, name: SectionName): boolean {
  return sectionStatus(snapshot, name)?.status === 'ok';
}

export interface CoverageRow {
  ruleId: string;
  title: string;
  severity: string;
  status: string;
  reason: string;
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
      detail: s!.status === 'ok' ? s!.fallback! : [s!.httpStatus ? `HTTP ${s!.httpStatus}` : '', s!.errorCode ?? '', s!.message ?? ''].filter(Boolean).join(' · '),
      permissions: s!.requiredPermissions ?? [],
      licence: s!.requiredLicence ?? null,
    }));
}

// ---------------------------------------------------------------------------------------------------------------
// Guests

export interface GuestFacts {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string;
  /** Home domain as every rule reads it (src/model/guests.ts); '' when none can be read. */
  domain: string;
  userType: string;
  state: string;
  pending: boolean;
  stateChanged: Date | undefined;
  created: Date | undefined;
  creationType: string;
  enabled: boolean | undefined;
  /** `lastSuccessfulSignInDateTime`: a recorded success (recorded since 1 December 2023). */
  lastSuccessfulSignIn: Date | undefined;
  /** The later of the interactive and non-interactive attempts, successful or not. */
  lastSignInAttempt: Date | undefined;
  /** Where inactivity counts from and for how many whole days — guest-stale's reading; undefined when not collected or unreadable. */
  inactiveSince: Date | undefined;
  inactivityBasis: InactivityBasis | undefined;
  daysInactive: number | undefined;
  /** Sign-in activity was collected and records nothing at all. */
  neverSignedIn: boolean;
  /** Why the inactivity could not be dated (a deciding date is unreadable). */
  inactivityUnknown: string | undefined;
  sponsorCount: number | undefined;
}

export function parseDate(s: string | null | undefined): Date | undefined {
  if (!s) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const daysBetween = (from: Date | undefined, to: Date): number | undefined => (from ? Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS)) : undefined);

/** The guest's home domain for reports: the same reading as the rules, '' when none. */
export function guestDomain(g: User): string {
  return modelGuestDomain(g) ?? '';
}

export function guestFacts(g: User, asOf: Date, signInCollected: boolean, sponsorsCollected: boolean): GuestFacts {
  const idle = signInCollected ? inactivity(g, asOf) : undefined;
  const evidence = idle?.evidence;
  // Guest dates are read as the rules read them: Graph's "never" sentinel and malformed values are no date.
  const attempts = [parseGraphDateTime(g.signInActivity?.lastSignInDateTime), parseGraphDateTime(g.signInActivity?.lastNonInteractiveSignInDateTime)].filter((d): d is Date => d !== undefined);
  return {
    id: g.id,
    displayName: g.displayName ?? '',
    userPrincipalName: g.userPrincipalName ?? '',
    mail: g.mail ?? '',
    domain: guestDomain(g),
    userType: g.userType ?? '',
    state: g.externalUserState ?? '',
    pending: isPending(g),
    stateChanged: parseGraphDateTime(g.externalUserStateChangeDateTime),
    created: parseGraphDateTime(g.createdDateTime),
    creationType: g.creationType ?? '',
    enabled: typeof g.accountEnabled === 'boolean' ? g.accountEnabled : undefined,
    lastSuccessfulSignIn: evidence?.kind === 'success' ? evidence.at : undefined,
    lastSignInAttempt: signInCollected && attempts.length ? new Date(Math.max(...attempts.map((d) => d.getTime()))) : undefined,
    inactiveSince: idle?.known ? idle.since : undefined,
    inactivityBasis: idle?.known ? idle.basis : undefined,
    daysInactive: idle?.known ? Math.max(0, idle.days) : undefined,
    neverSignedIn: idle?.known === true && idle.neverSignedIn,
    inactivityUnknown: idle && !idle.known ? idle.why : undefined,
    sponsorCount: sponsorsCollected ? (g.sponsors?.length ?? 0) : undefined,
  };
}

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
  if (f.inactivityBasis === 'lastSignInDateTime' || f.inactivityBasis === 'lastNonInteractiveSignInDateTime') return `${day(f.inactiveSince)} (attempt)`;
  return f.inactiveSince ? `none since ${day(f.inactiveSince)}` : '';
}

/** Where a guest's "days without a successful sign-in" count from, in words for the inventory. */
export function inactivityBasisText(f: GuestFacts): string {
  if (f.inactivityUnknown) return `unknown: ${f.inactivityUnknown}`;
  if (!f.inactivityBasis) return '';
  if (f.inactivityBasis === 'createdDateTime') return f.neverSignedIn ? 'creation date (never signed in)' : 'creation date (no success recorded since)';
  return BASIS_WORDS[f.inactivityBasis];
}

export interface Bucket {
  label: string;
  count: number;
}

export interface StaleGuest {
  facts: GuestFacts;
  /** Days without a successful sign-in, counted as guest-stale counts them. */
  staleDays: number;
  neverSignedIn: boolean;
}

export interface GuestStatistics {
  total: number;
  enabled: number;
  disabled: number;
  pending: number;
  accepted: number;
  members: number;
  signInCollected: boolean;
  sponsorsCollected: boolean;
  neverSignedIn: number;
  withoutSponsor: number;
  signInAge: Bucket[];
  pendingAge: Bucket[];
  topDomains: Bucket[];
  /** Enabled guests, longest without a sign-in first; capped. */
  stalest: StaleGuest[];
  stalestCap: number;
}

const SIGN_IN_BUCKETS: Array<[number, string]> = [
  [30, '≤ 30 days'],
  [90, '31–90 days'],
  [180, '91–180 days'],
  [365, '181–365 days'],
  [Infinity, 'over a year'],
];
const PENDING_BUCKETS: Array<[number, string]> = [
  [7, '≤ 7 days'],
  [30, '8–30 days'],
  [90, '31–90 days'],
  [365, '91–365 days'],
  [Infinity, 'over a year'],
];

function bucketIndex(days: number, buckets: Array<[number, string]>): number {
  return buckets.findIndex(([max]) => days <= max);
}

/**
 * Where a renderer reads guests from. Each call starts a fresh pass. Defaults to the snapshot's inline array; a
 * large snapshot that keeps its guests in a side file hands renderers a stream instead (never one big array).
 */
export type GuestSource = () => Iterable<User> | AsyncIterable<User>;

export function inlineGuests(snapshot: Snapshot | undefined): GuestSource {
  return () => snapshot?.data.guests ?? [];
}

/**
 * One pass over every guest (a million of them must stay cheap): counts, age buckets, top domains and the
 * `cap` stalest enabled guests (kept in a small sorted array, never a full sort). Feed it with `add`.
 */
export class GuestStatisticsBuilder {
  private readonly signIn = SIGN_IN_BUCKETS.map(() => 0);
  private readonly pendingAge = PENDING_BUCKETS.map(() => 0);
  private pendingUnknown = 0;
  private readonly domains = new Map<string, number>();
  private readonly stats = { total: 0, enabled: 0, disabled: 0, pending: 0, accepted: 0, members: 0, neverSignedIn: 0, withoutSponsor: 0 };
  private readonly stalest: StaleGuest[] = [];
  readonly signInCollected: boolean;
  readonly sponsorsCollected: boolean;

  constructor(
    snapshot: Snapshot,
    private readonly asOf: Date,
    private readonly cap = 25,
  ) {
    this.signInCollected = sectionOk(snapshot, 'guestSignInActivity');
    this.sponsorsCollected = sectionOk(snapshot, 'guestSponsors');
  }

  private static staleOrder(a: StaleGuest, b: StaleGuest): number {
    return b.staleDays - a.staleDays || cmp(a.facts.id, b.facts.id);
  }

  add(g: User): void {
    const { stats, asOf } = this;
    const f = guestFacts(g, asOf, this.signInCollected, this.sponsorsCollected);
    stats.total++;
    if (f.enabled === false) stats.disabled++;
    else stats.enabled++;
    if (f.userType.toLowerCase() === 'member') stats.members++;
    const pending = f.pending;
    if (pending) {
      stats.pending++;
      const age = daysBetween(f.stateChanged ?? f.created, asOf);
      if (age === undefined) this.pendingUnknown++;
      else this.pendingAge[bucketIndex(age, PENDING_BUCKETS)]!++;
    } else if (f.state === 'Accepted') stats.accepted++;
    if (f.domain) this.domains.set(f.domain, (this.domains.get(f.domain) ?? 0) + 1);
    if (this.sponsorsCollected && f.sponsorCount === 0) stats.withoutSponsor++;
    if (!this.signInCollected) return;
    if (f.neverSignedIn) stats.neverSignedIn++;
    else if (f.daysInactive !== undefined) this.signIn[bucketIndex(f.daysInactive, SIGN_IN_BUCKETS)]!++;
    // Pending invitations are the pending chart's business, disabled guests cannot sign in: neither is "stale".
    if (f.enabled === false || pending) return;
    if (f.daysInactive === undefined) return;
    const entry = { facts: f, staleDays: f.daysInactive, neverSignedIn: f.neverSignedIn };
    const list = this.stalest;
    if (list.length < this.cap || GuestStatisticsBuilder.staleOrder(entry, list[list.length - 1]!) < 0) {
      list.push(entry);
      list.sort(GuestStatisticsBuilder.staleOrder);
      if (list.length > this.cap) list.pop();
    }
  }

  build(): GuestStatistics {
    const signInAge = SIGN_IN_BUCKETS.map(([, label], i) => ({ label, count: this.signIn[i]! }));
    if (this.signInCollected) signInAge.push({ label: 'never signed in', count: this.stats.neverSignedIn });
    const pendingAge = PENDING_BUCKETS.map(([, label], i) => ({ label, count: this.pendingAge[i]! }));
    if (this.pendingUnknown) pendingAge.push({ label: 'date unknown', count: this.pendingUnknown });
    const topDomains = [...this.domains.entries()]
      .sort(([a, x], [b, y]) => y - x || cmp(a, b))
      .slice(0, 10)
      .map(([label, count]) => ({ label, count }));
    return {
      ...this.stats,
      signInCollected: this.signInCollected,
      sponsorsCollected: this.sponsorsCollected,
      signInAge,
      pendingAge,
      topDomains,
      stalest: [...this.stalest],
      stalestCap: this.cap,
    };
  }
}

/** Guest statistics from inline guests; undefined when the guests section was not collected. */
export function guestStatistics(snapshot: Snapshot, asOf: Date, cap = 25): GuestStatistics | undefined {
  if (!sectionOk(snapshot, 'guests')) return undefined;
  const b = new GuestStatisticsBuilder(snapshot, asOf, cap);
  for (const g of snapshot.data.guests ?? []) b.add(g);
  return b.build();
}

/** Guest statistics from any guest source (a stream for large snapshots). */
export async function guestStatisticsFrom(snapshot: Snapshot, guests: GuestSource, asOf: Date, cap = 25): Promise<GuestStatistics | undefined> {
  if (!sectionOk(snapshot, 'guests')) return undefined;
  const b = new GuestStatisticsBuilder(snapshot, asOf, cap);
  let n = 0;
  for await (const g of guests()) {
    b.add(g);
    if (++n % 10_000 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return b.build();
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
const SOURCE_LABEL: Record<string, string> = {
  partner: 'own setting',
  default: 'inherited from default',
  'service-default': 'inherited from Microsoft default',
  mixed: 'partly inherited',
};
const DEFAULT_ROW_SOURCE_LABEL: Record<string, string> = {
  default: 'configured',
  'service-default': 'Microsoft default',
  mixed: 'partly Microsoft default',
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
  return { text: v.value ? on : off, tone: v.value ? 'on' : 'off', source: v.source, inherited: !isDefaultRow && v.source !== 'partner', sourceLabel: sourceLabel(v.source, isDefaultRow) };
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
  const partners = [...(snapshot.data.crossTenantAccessPartners ?? [])].sort((a, b) => cmp((a.displayName ?? '').toLowerCase(), (b.displayName ?? '').toLowerCase()) || cmp(a.tenantId, b.tenantId));
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
  const labels: Record<PartnerRow['trust'], string> = { 'mfa-and-device': 'MFA and device claims', mfa: 'MFA only', device: 'device claims only', none: 'no trust' };
  const byTrust = (Object.keys(labels) as PartnerRow['trust'][]).map((k) => ({ label: labels[k], count: rows.filter((r) => r.trust === k).length }));
  return { rows: [defaultRow, ...rows], partnerCount: rows.length, byTrust };
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence and resources

/**
 * Evidence as readable key/value lines, in the rule's own order: nested objects flattened to dotted keys (two
 * levels), lists of plain values joined, anything deeper as compact JSON; every value clipped to `max`.
 */
export function evidenceEntries(evidence: Finding['evidence'], max = 300): Array<{ key: string; value: string }> {
  if (!evidence) return [];
  const out: Array<{ key: string; value: string }> = [];
  const clip = (s: string) => (s.length > max ? clipUtf16(s, max - 1) + '…' : s);
  const plain = (v: unknown) => v === null || v === undefined || typeof v !== 'object';
  const walk = (key: string, v: unknown, depth: number) => {
    if (v === undefined) return;
    if (plain(v)) out.push({ key, value: clip(v === null ? 'none' : String(v)) });
    else if (Array.isArray(v)) out.push({ key, value: clip(v.length === 0 ? 'none' : v.every(plain) ? v.map((x) => (x === null ? 'none' : String(x))).join(', ') : JSON.stringify(v)) });
    else if (depth < 2 && Object.keys(v as object).length) for (const [k, x] of Object.entries(v as object)) walk(`${key}.${k}`, x, depth + 1);
    else out.push({ key, value: clip(JSON.stringify(v)) });
  };
  for (const [k, v] of Object.entries(evidence)) walk(k, v, 0);
  return out;
}

/** `resource.path`, else `<type>/<id>`: the Graph-style location of the object, built from ids. */
export function resourcePath(f: Finding): string {
  return f.resource.path ?? `${f.resource.type}/${f.resource.id}`;
}
