import { passGuests, type Guests } from '../snapshot/guests.js';
import type { SectionName, SectionStatus, Snapshot, User } from '../snapshot/snapshot.types.js';
import { SECTIONS, SECTION_NAMES } from '../snapshot/sections.js';
import { TOOL } from '../version.js';
import type { GatehouseConfig } from './config.types.js';
import { findingId } from './finding-id.js';
import { EvaluatedFinding, MessageSource } from './evaluated-finding.js';
import type { Finding, Result, RuleResult, RuleStatus, SectionSummary, Severity } from './result.types.js';
import type { AnyRule, FailInput, GuestPass, RuleContext } from './rule.js';
import { SEVERITIES, settleRuleSeverities } from './severity.js';
import { resolveRuleSettings } from './settings.js';
import { describeSectionGap, upperFirst } from './section-gap.js';
import { rememberMadeOrder } from './made-order.js';

export interface EvaluateOptions {
  rules: readonly AnyRule[];
  config?: GatehouseConfig;
  configSource?: string;
  profile?: string;
  /** Reference time for date-based rules. Defaults to now. */
  asOf?: Date;
  /** Wall-clock time of the scan (for `scannedAt`); defaults to now. */
  now?: Date;
  snapshotSha256: string;
  snapshotPath?: string;
}

class RuleRun<O> implements RuleContext<O> {
  readonly findings: Finding[] = [];
  /**
   * Findings per severity, counted as they are made: the rule's headline severity and the result's summary come
   * from these rather than from a second and third pass over hundreds of thousands of findings.
   */
  readonly bySeverity = new Map<string, number>();
  notApplicableReason: string | undefined;
  notAssessedReason: string | undefined;
  incompleteReasons: string[] = [];
  incompleteSections = new Set<SectionName>();

  constructor(
    private readonly rule: AnyRule,
    readonly options: O,
    readonly asOf: Date,
    readonly snapshot: Snapshot,
    private readonly severityOverride: Severity | undefined,
    private readonly sectionData: (name: SectionName) => unknown,
    private readonly resources: SharedResources,
  ) {}

  get tenantId(): string {
    return this.snapshot.tenant.id;
  }

  section<K extends SectionName>(name: K) {
    if (this.sectionStatus(name)?.status !== 'ok') return undefined;
    return this.sectionData(name) as never;
  }

  sectionStatus(name: SectionName): SectionStatus | undefined {
    return (this.snapshot.sections as Record<string, SectionStatus | undefined>)[name];
  }

  fail(messageId: string, input: FailInput): void {
    const template = this.rule.meta.messages[messageId];
    if (template === undefined) throw new Error(`rule ${this.rule.meta.id} has no message "${messageId}"`);
    const { resource } = input;
    const ruleId = this.rule.meta.id;
    const id = findingId(ruleId, this.tenantId, resource.type, resource.id, input.subKey);
    const severity = this.severityOverride ?? input.severity ?? this.rule.meta.severity;
    this.bySeverity.set(severity, (this.bySeverity.get(severity) ?? 0) + 1);
    const where = this.resources.of(resource);
    const params = input.params ? stripUndefined(input.params) : undefined;
    // The message names the object as the rule gave it: its name (else its id) unless the params name it. The shared
    // resource drops an empty name, and params lose keys without a value, so those two cases say so here.
    const naming =
      input.params && 'displayName' in input.params
        ? params && 'displayName' in params
          ? 'resource'
          : 'none'
        : resource.displayName === ''
          ? 'blank'
          : 'resource';
    const source = this.messageSource(messageId, template, naming);
    const weight = input.weight !== undefined && Number.isFinite(input.weight) ? input.weight : undefined;
    this.findings.push(new EvaluatedFinding(source, id, ruleId, severity, weight, where, input.subKey, messageId, params, input.evidence));
  }

  /** One message source per message and naming, shared by the rule's findings. */
  private readonly sources = new Map<string, MessageSource>();

  private messageSource(messageId: string, template: string, naming: MessageSource['naming']): MessageSource {
    const key = naming === 'resource' ? messageId : `${naming}|${messageId}`;
    let source = this.sources.get(key);
    if (!source) this.sources.set(key, (source = new MessageSource(template, naming)));
    return source;
  }

  notApplicable(reason: string): void {
    this.notApplicableReason ??= reason;
  }

  incomplete(reason: string, sections: readonly SectionName[] = []): void {
    this.incompleteReasons.push(reason);
    for (const s of sections) this.incompleteSections.add(s);
  }

  notAssessed(reason: string): void {
    this.notAssessedReason ??= reason;
  }
}

/**
 * The `resource` of findings as result.json writes it, one object per object found: several rules fail the same
 * guest in one visit (stale, outside the allow list, without a sponsor…), and a million findings need not keep a copy
 * each. Findings never change their resource, so sharing it is invisible to every reader. Only the last one is kept:
 * the guest pass hands each guest to every rule in turn, so repeats arrive together.
 */
class SharedResources {
  private last: Finding['resource'] | undefined;

  of(resource: FailInput['resource']): Finding['resource'] {
    const displayName = resource.displayName || undefined;
    const path = resource.path || undefined;
    const last = this.last;
    if (last && last.id === resource.id && last.type === resource.type && last.displayName === displayName && last.path === path)
      return last;
    // result.json's key order, and no key for an absent name or path; the usual resource (both) as one literal.
    let where: Finding['resource'];
    if (displayName && path) where = { type: resource.type, id: resource.id, displayName, path };
    else {
      where = { type: resource.type, id: resource.id };
      if (displayName) where.displayName = displayName;
      if (path) where.path = path;
    }
    this.last = where;
    return where;
  }
}

/** A reason as a sentence: capital first, one full stop at the end. */
function sentence(text: string): string {
  const t = upperFirst(text.trim());
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * Findings in id order (the order result.json and every report list them in within a rule), as a comparison of the
 * id strings would put them. Ids are sha256 digests in lower-case hex, where the order of the leading digits as a
 * number is their order as text. Each finding becomes one number — as many leading bits of its id as fit beside its
 * position — and the numbers are sorted as numbers, without a comparison function: a rule with hundreds of thousands
 * of findings is sorted natively, and whole ids are compared only where those leading bits tie. Equal ids keep the
 * order the rule found them in. Returns the findings in the order they were found (the array itself below two).
 */
function sortById(findings: Finding[]): Finding[] {
  const n = findings.length;
  if (n < 2) return findings;
  // The position takes the low bits, the id's leading bits the rest of a double's 53 exact ones.
  let indexBits = 1;
  while (2 ** indexBits < n) indexBits++;
  const scale = 2 ** indexBits;
  const drop = 2 ** (indexBits - 1); // of the 52 bits digestKey reads, keep 53 - indexBits
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = digestKey(findings[i]!.id);
    // Not a digest after all: the plain text comparison for all of them.
    if (key < 0) {
      const found = findings.slice();
      findings.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return found;
    }
    packed[i] = Math.floor(key / drop) * scale + i;
  }
  packed.sort();
  // The findings in the order they were found, copied once; the array itself is then filled in id order.
  const found = findings.slice();
  let at = 0;
  for (let k = 0; k < n;) {
    const lead = Math.floor(packed[k]! / scale);
    let end = k + 1;
    while (end < n && Math.floor(packed[end]! / scale) === lead) end++;
    if (end === k + 1) findings[at++] = found[packed[k]! % scale]!;
    else {
      // Positions ascend within a tie: the whole ids decide, and a stable sort keeps equal ones in the rule's order.
      const tied = Array.from(packed.subarray(k, end), (p) => found[p % scale]!);
      tied.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const f of tied) findings[at++] = f;
    }
    k = end;
  }
  return found;
}

/**
 * The first seven characters of an object id read as hex digits in either case (a number that fits a small integer),
 * or -1 when one of them is not a hex digit or the id is shorter. Ids that are equal ignoring case have the same lead.
 */
function idLead(id: string): number {
  if (id.length < 7) return -1;
  let lead = 0;
  for (let i = 0; i < 7; i++) {
    const c = id.charCodeAt(i) | 0x20; // A–F to a–f; digits keep their code
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit < 0) return -1;
    lead = lead * 16 + digit;
  }
  return lead;
}

/** The first 13 digits of a 64-digit lower-case hex id as a number (exact: 52 bits), read in place; -1 for another id. */
function digestKey(id: string): number {
  if (id.length !== 64) return -1;
  let key = 0;
  for (let i = 0; i < 13; i++) {
    const c = id.charCodeAt(i);
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit < 0) return -1;
    key = key * 16 + digit;
  }
  return key;
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  // Usually nothing to strip: keep the rule's own object rather than rebuilding one per finding.
  for (const k in o) if (o[k] === undefined) return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return o;
}

function fixFor(sections: readonly SectionName[], snapshot: Snapshot): RuleResult['fix'] {
  const permissions = new Set<string>();
  const licences = new Set<string>();
  for (const s of sections) {
    const gap = describeSectionGap(s, (snapshot.sections as Record<string, SectionStatus | undefined>)[s]);
    gap.permissions.forEach((p) => permissions.add(p));
    if (gap.licence) licences.add(gap.licence);
  }
  return { sections: [...sections], permissions: [...permissions], ...(licences.size ? { licence: [...licences].join('; ') } : {}) };
}

type RuleSlot =
  | { kind: 'done'; result: RuleResult }
  | { kind: 'running'; base: Omit<RuleResult, 'status' | 'findingCount'>; run: RuleRun<unknown>; pass?: GuestPass; error?: string };

function errorMessage(e: unknown): string {
  return (e as Error)?.message ?? String(e);
}

/**
 * One evaluation in three steps: `begin` runs every rule's `evaluate` (gating first) and collects guest passes;
 * `visit` hands one guest to every pass (so the guest list is read once, however many rules need it); `finish`
 * turns each rule's findings and notes into its status.
 */
class Evaluation {
  private readonly slots: RuleSlot[] = [];
  private readonly passes: Array<Extract<RuleSlot, { kind: 'running' }>> = [];
  /** The passes that see every guest; the joins (`among`) are reached through `joins` by the guest's id. */
  private readonly everyGuest: Array<Extract<RuleSlot, { kind: 'running' }>> = [];
  private readonly joins = new Map<string, Array<Extract<RuleSlot, { kind: 'running' }>>>();
  /**
   * The leading digits of every id the joins want (idLead), when each has them: a guest whose own leading digits are
   * not among these is wanted by no join, found without a lower-cased copy of its id and a lookup by it. Undefined
   * when some wanted id does not start with hex digits (then every guest is looked up).
   */
  private joinLeads: Set<number> | undefined;
  private readonly resources = new SharedResources();
  readonly profile: string;

  constructor(
    private readonly snapshot: Snapshot,
    private readonly opts: EvaluateOptions,
    guestCount: number,
    private readonly now: Date,
    private readonly asOf: Date,
  ) {
    const { profile, settings } = resolveRuleSettings(opts.rules, opts.config ?? {}, opts.profile, opts.configSource);
    this.profile = profile;
    const statuses = this.statuses;
    const sectionData = (name: SectionName): unknown =>
      name === 'guests' ? { count: guestCount } : ((snapshot.data as Record<string, unknown>)[name] ?? true);
    for (const rule of opts.rules) {
      const setting = settings.get(rule.meta.id)!;
      if (!setting.enabled) continue;
      const severity = setting.severity ?? rule.meta.severity;
      const base = {
        id: rule.meta.id,
        title: rule.meta.title,
        severity,
        defaultSeverity: severity,
        category: rule.meta.category,
        ...(Object.keys(setting.options).length ? { options: setting.options } : {}),
      };
      const missing = rule.meta.requires.filter((name) => statuses[name]?.status !== 'ok');
      if (missing.length) {
        const gaps = missing.map((name) => describeSectionGap(name, statuses[name]));
        const detail = gaps.flatMap((g) => (g.detail ? [g.detail] : [])).join('; ');
        this.slots.push({
          kind: 'done',
          result: {
            ...base,
            status: 'not-assessed',
            reason: `Not assessed: ${gaps.map((g) => g.reason).join(' ')}`,
            ...(detail ? { detail } : {}),
            fix: fixFor(missing, snapshot),
            findingCount: 0,
          },
        });
        continue;
      }
      const run = new RuleRun(rule, setting.options, asOf, snapshot, setting.severity, sectionData, this.resources);
      const data = Object.fromEntries(rule.meta.requires.map((name) => [name, sectionData(name)]));
      const slot: Extract<RuleSlot, { kind: 'running' }> = { kind: 'running', base, run };
      try {
        const pass = rule.evaluate(data as never, run);
        if (pass) {
          slot.pass = pass;
          this.passes.push(slot);
          if (pass.among) for (const id of pass.among) this.joins.set(id, [...(this.joins.get(id) ?? []), slot]);
          else this.everyGuest.push(slot);
        }
      } catch (e) {
        slot.error = errorMessage(e);
      }
      this.slots.push(slot);
    }
    const leads = [...this.joins.keys()].map(idLead);
    if (leads.every((lead) => lead >= 0)) this.joinLeads = new Set(leads);
  }

  private get statuses(): Record<string, SectionStatus | undefined> {
    return this.snapshot.sections as Record<string, SectionStatus | undefined>;
  }

  get needsGuests(): boolean {
    return this.passes.length > 0;
  }

  visit(guest: User): void {
    for (const slot of this.everyGuest) this.hand(slot, guest);
    if (!this.joins.size) return;
    const id = guest.id;
    if (this.joinLeads && typeof id === 'string') {
      // Nearly every guest is wanted by no join: told by its id's leading digits alone.
      const lead = idLead(id);
      if (lead >= 0 && !this.joinLeads.has(lead)) return;
    }
    // An id that is not text is no key: every join then meets the guest, and fails as it would have.
    const joins = typeof id === 'string' ? this.joins.get(id.toLowerCase()) : [...new Set([...this.joins.values()].flat())];
    if (joins) for (const slot of joins) this.hand(slot, guest);
  }

  private hand(slot: Extract<RuleSlot, { kind: 'running' }>, guest: User): void {
    if (slot.error) return;
    try {
      slot.pass!.guest(guest);
    } catch (e) {
      slot.error = errorMessage(e);
    }
  }

  finish(): Result {
    for (const slot of this.passes) {
      if (slot.error || !slot.pass!.end) continue;
      try {
        slot.pass!.end();
      } catch (e) {
        slot.error = errorMessage(e);
      }
    }
    const rules: RuleResult[] = [];
    const findings: Finding[] = [];
    const made: Finding[] = [];
    const counts = new Map<string, number>();
    for (const slot of this.slots) {
      if (slot.kind === 'done') {
        rules.push(slot.result);
        continue;
      }
      if (slot.error) {
        rules.push({
          ...slot.base,
          status: 'error',
          reason: 'The check stopped with an internal error, so it could not be assessed; please report it to the gatehouse maintainers.',
          detail: `Rule failed while evaluating: ${slot.error}`,
          findingCount: 0,
        });
        continue;
      }
      const { result, findings: ruleFindings, made: ruleMade } = this.conclude(slot.base, slot.run);
      rules.push(result);
      // A loop, not push(...spread): one rule can yield hundreds of thousands of findings (argument-count limit).
      for (const f of ruleFindings) findings.push(f);
      for (const f of ruleMade) made.push(f);
      for (const [severity, n] of slot.run.bySeverity) counts.set(severity, (counts.get(severity) ?? 0) + n);
    }
    // Every finding of an evaluation is open, so each rule's headline is its worst finding (settled as the rule
    // concluded) and the summary's counts are the rules' tallies. A severity this build does not rank (none can be
    // configured) takes the general path, which orders such values by the findings themselves.
    if ([...counts.keys()].every((s) => (SEVERITIES as readonly string[]).includes(s))) {
      const findingsBySeverity: Record<string, number> = Object.fromEntries(SEVERITIES.map((s) => [s, counts.get(s) ?? 0]));
      return this.assemble(rules, findings, made, { rulesByStatus: rulesByStatus(rules), findingsBySeverity, suppressedFindings: 0 });
    }
    const settled = settleRuleSeverities(rules, findings);
    return this.assemble(settled, findings, made, summarise(settled, findings));
  }

  private conclude(
    base: Omit<RuleResult, 'status' | 'findingCount'>,
    run: RuleRun<unknown>,
  ): { result: RuleResult; findings: Finding[]; made: readonly Finding[] } {
    const statuses = this.statuses;
    const gapSections = [...run.incompleteSections];
    const gaps = gapSections.map((name) => describeSectionGap(name, statuses[name]));
    // The rule's own words first (what it could not judge), then why each missing section is missing.
    const incompleteNote = run.incompleteReasons.length
      ? [sentence(run.incompleteReasons.join('; ')), ...gaps.map((g) => g.reason)].join(' ')
      : undefined;
    const gapDetail = gaps.flatMap((g) => (g.detail ? [g.detail] : [])).join('; ');
    let status: RuleStatus;
    let reason: string | undefined;
    let fix: RuleResult['fix'];
    if (run.findings.length) {
      status = 'fail';
      if (incompleteNote) reason = `Partly assessed: ${incompleteNote}`;
    } else if (run.notAssessedReason) {
      status = 'not-assessed';
      reason = `Not assessed: ${sentence(run.notAssessedReason)}`;
    } else if (incompleteNote) {
      status = 'not-assessed';
      reason = `Not assessed: ${incompleteNote}`;
      if (gapSections.length) fix = fixFor(gapSections, this.snapshot);
    } else if (run.notApplicableReason) {
      status = 'not-applicable';
      reason = upperFirst(sentence(run.notApplicableReason));
    } else {
      status = 'pass';
    }
    const detail = reason && gapDetail ? gapDetail : undefined;
    const made = sortById(run.findings);
    // The headline severity settleRuleSeverities would give: the worst of the findings, else the rule's own.
    const worst = SEVERITIES.find((s) => run.bySeverity.has(s));
    return {
      result: {
        ...base,
        ...(worst ? { severity: worst } : {}),
        status,
        ...(reason ? { reason } : {}),
        ...(detail ? { detail } : {}),
        ...(fix ? { fix } : {}),
        findingCount: run.findings.length,
      },
      findings: run.findings,
      made,
    };
  }

  private assemble(rules: RuleResult[], findings: Finding[], made: readonly Finding[], summary: Result['summary']): Result {
    rememberMadeOrder(findings, made);
    const snapshot = this.snapshot;
    const statuses = this.statuses;
    const opts = this.opts;
    const now = this.now;
    const asOf = this.asOf;
    const profile = this.profile;
    const sections: Record<string, SectionSummary> = {};
    for (const name of SECTION_NAMES) {
      const s = statuses[name];
      sections[name] = s
        ? {
            status: s.status,
            ...(s.httpStatus !== undefined ? { httpStatus: s.httpStatus } : {}),
            ...(s.errorCode ? { errorCode: s.errorCode } : {}),
            ...(s.message ? { message: s.message } : {}),
            ...(s.fallback ? { fallback: s.fallback } : {}),
            ...(s.status !== 'ok' ? { requiredPermissions: describeSectionGap(name, s).permissions } : {}),
            ...(s.status !== 'ok' && (s.requiredLicence ?? SECTIONS[name].licence)
              ? { requiredLicence: s.requiredLicence ?? SECTIONS[name].licence }
              : {}),
          }
        : { status: 'not-collected' };
    }

    return {
      schemaVersion: 1,
      tool: { ...TOOL },
      tenant: { ...snapshot.tenant },
      scannedAt: now.toISOString(),
      asOf: asOf.toISOString(),
      profile,
      snapshot: {
        collectedAt: snapshot.collectedAt,
        sha256: opts.snapshotSha256,
        ...(opts.snapshotPath ? { path: opts.snapshotPath } : {}),
      },
      sections,
      rules,
      findings,
      summary,
    };
  }
}

/**
 * An evaluation whose guest pass the caller drives: every rule has judged the snapshot; `guestObserver` (absent when
 * no rule needs the guests) is handed each guest once, in the same pass as anything else that reads them; `finish`
 * gives the result.
 */
export interface Evaluating {
  readonly guestObserver?: (guest: User) => void;
  finish(): Result;
}

export function beginEvaluation(snapshot: Snapshot, opts: EvaluateOptions, guestCount: number): Evaluating {
  const now = opts.now ?? new Date();
  const ev = new Evaluation(snapshot, opts, guestCount, now, opts.asOf ?? now);
  return { ...(ev.needsGuests ? { guestObserver: (guest: User) => ev.visit(guest) } : {}), finish: () => ev.finish() };
}

/**
 * Run every enabled rule against a whole snapshot object, its guests inline in `data.guests` (rule tests, embedders
 * holding a snapshot in memory). Pure: no I/O, no clock unless `now`/`asOf` are omitted.
 */
export function evaluate(snapshot: Snapshot, opts: EvaluateOptions): Result {
  const guests = snapshot.data.guests ?? [];
  const ev = beginEvaluation(snapshot, opts, guests.length);
  if (ev.guestObserver) for (const guest of guests) ev.guestObserver(guest);
  return ev.finish();
}

/** Same as `evaluate` for a snapshot whose guests are read through `guests` (how a loaded snapshot keeps them). */
export async function evaluateStream(snapshot: Snapshot, opts: EvaluateOptions, guests: Guests): Promise<Result> {
  const ev = beginEvaluation(snapshot, opts, guests.count);
  await passGuests(guests, ev.guestObserver ? [ev.guestObserver] : []);
  return ev.finish();
}

export function summarise(rules: readonly RuleResult[], findings: readonly Finding[]): Result['summary'] {
  const findingsBySeverity: Record<string, number> = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  let suppressedFindings = 0;
  for (const f of findings) {
    if (f.status === 'suppressed') suppressedFindings++;
    else findingsBySeverity[f.severity] = (findingsBySeverity[f.severity] ?? 0) + 1;
  }
  return { rulesByStatus: rulesByStatus(rules), findingsBySeverity, suppressedFindings };
}

function rulesByStatus(rules: readonly RuleResult[]): Record<string, number> {
  const counts: Record<string, number> = { pass: 0, fail: 0, 'not-applicable': 0, 'not-assessed': 0, suppressed: 0, error: 0 };
  for (const r of rules) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}
