import type { SectionName, SectionStatus, Snapshot } from '../snapshot/snapshot.types.js';
import { SECTIONS, SECTION_NAMES } from '../snapshot/sections.js';
import { TOOL } from '../version.js';
import type { GatehouseConfig } from './config.types.js';
import { findingId } from './finding-id.js';
import { formatMessage } from './messages.js';
import type { Finding, Result, RuleResult, RuleStatus, SectionSummary, Severity } from './result.types.js';
import type { AnyRule, FailInput, RuleContext } from './rule.js';
import { SEVERITIES } from './rule.js';
import { resolveRuleSettings } from './settings.js';

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

/** Human sentence for a section that is not usable, naming what would fix it. */
export function describeSectionGap(name: SectionName, status: SectionStatus | undefined): { reason: string; permissions: string[]; licence?: string } {
  const info = SECTIONS[name];
  const permissions = status?.requiredPermissions?.length ? [...status.requiredPermissions] : [...info.permissions];
  const licence = status?.requiredLicence ?? info.licence;
  const http = status?.httpStatus ? ` (HTTP ${status.httpStatus}${status.errorCode ? ` ${status.errorCode}` : ''})` : status?.errorCode ? ` (${status.errorCode})` : '';
  const perm = permissions.join(' + ');
  let reason: string;
  switch (status?.status) {
    case undefined:
      reason = `${info.title} was not collected into this snapshot`;
      break;
    case 'forbidden':
      reason = `${info.title} could not be read: access denied${http}; grant the application permission ${perm}`;
      break;
    case 'not-licensed':
      reason = `${info.title} is not available without ${licence ?? 'the required licence'}${http}`;
      break;
    case 'not-available':
      reason = `${info.title}: not available in this cloud or tenant type${http}`;
      break;
    case 'skipped':
      reason = `${info.title}: skipped (${status.message ?? 'not requested'})`;
      break;
    case 'error':
      reason = `${info.title} failed to collect${http}${status.message ? `: ${status.message}` : ''}`;
      break;
    default:
      reason = `${info.title} is ${status?.status}`;
  }
  return { reason, permissions, ...(licence ? { licence } : {}) };
}

class RuleRun<O> implements RuleContext<O> {
  readonly findings: Finding[] = [];
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
  ) {}

  get tenantId(): string {
    return this.snapshot.tenant.id;
  }

  section<K extends SectionName>(name: K) {
    if (this.sectionStatus(name)?.status !== 'ok') return undefined;
    return ((this.snapshot.data as Record<string, unknown>)[name] ?? true) as never;
  }

  sectionStatus(name: SectionName): SectionStatus | undefined {
    return (this.snapshot.sections as Record<string, SectionStatus | undefined>)[name];
  }

  fail(messageId: string, input: FailInput): void {
    const template = this.rule.meta.messages[messageId];
    if (template === undefined) throw new Error(`rule ${this.rule.meta.id} has no message "${messageId}"`);
    const { resource } = input;
    const finding: Finding = {
      id: findingId(this.rule.meta.id, this.tenantId, resource.type, resource.id, input.subKey),
      ruleId: this.rule.meta.id,
      status: 'fail',
      severity: this.severityOverride ?? input.severity ?? this.rule.meta.severity,
      resource: {
        type: resource.type,
        id: resource.id,
        ...(resource.displayName ? { displayName: resource.displayName } : {}),
        ...(resource.path ? { path: resource.path } : {}),
      },
      ...(input.subKey ? { subKey: input.subKey } : {}),
      messageId,
      message: formatMessage(template, { displayName: resource.displayName ?? resource.id, ...input.params }),
      ...(input.params ? { params: stripUndefined(input.params) } : {}),
      ...(input.evidence ? { evidence: input.evidence } : {}),
    };
    this.findings.push(finding);
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

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
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

/** Run every enabled rule against one snapshot. Pure: no I/O, no clock unless `now`/`asOf` are omitted. */
export function evaluate(snapshot: Snapshot, opts: EvaluateOptions): Result {
  const now = opts.now ?? new Date();
  const asOf = opts.asOf ?? now;
  const { profile, settings } = resolveRuleSettings(opts.rules, opts.config ?? {}, opts.profile, opts.configSource);
  const statuses = snapshot.sections as Record<string, SectionStatus | undefined>;

  const rules: RuleResult[] = [];
  const findings: Finding[] = [];
  for (const rule of opts.rules) {
    const setting = settings.get(rule.meta.id)!;
    if (!setting.enabled) continue;
    const base = {
      id: rule.meta.id,
      title: rule.meta.title,
      severity: setting.severity ?? rule.meta.severity,
      category: rule.meta.category,
      ...(Object.keys(setting.options).length ? { options: setting.options } : {}),
    };
    const missing = rule.meta.requires.filter((s) => statuses[s]?.status !== 'ok');
    if (missing.length) {
      const reasons = missing.map((s) => describeSectionGap(s, statuses[s]).reason);
      rules.push({ ...base, status: 'not-assessed', reason: `Not assessed: ${reasons.join('; ')}.`, fix: fixFor(missing, snapshot), findingCount: 0 });
      continue;
    }
    const run = new RuleRun(rule, setting.options, asOf, snapshot, setting.severity);
    const data = Object.fromEntries(rule.meta.requires.map((s) => [s, (snapshot.data as Record<string, unknown>)[s] ?? true]));
    try {
      rule.evaluate(data as never, run);
    } catch (e) {
      rules.push({ ...base, status: 'error', reason: `Rule failed while evaluating: ${(e as Error).message ?? String(e)}`, findingCount: 0 });
      continue;
    }
    const gapSections = [...run.incompleteSections];
    const incompleteNote = run.incompleteReasons.length
      ? `${run.incompleteReasons.join('; ')}${gapSections.length ? ` (${gapSections.map((s) => describeSectionGap(s, statuses[s]).reason).join('; ')})` : ''}`
      : undefined;
    let status: RuleStatus;
    let reason: string | undefined;
    let fix: RuleResult['fix'];
    if (run.findings.length) {
      status = 'fail';
      if (incompleteNote) reason = `Partly assessed: ${incompleteNote}.`;
    } else if (run.notAssessedReason) {
      status = 'not-assessed';
      reason = `Not assessed: ${run.notAssessedReason}`;
    } else if (incompleteNote) {
      status = 'not-assessed';
      reason = `Not assessed: ${incompleteNote}.`;
      if (gapSections.length) fix = fixFor(gapSections, snapshot);
    } else if (run.notApplicableReason) {
      status = 'not-applicable';
      reason = run.notApplicableReason;
    } else {
      status = 'pass';
    }
    run.findings.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    findings.push(...run.findings);
    rules.push({ ...base, status, ...(reason ? { reason } : {}), ...(fix ? { fix } : {}), findingCount: run.findings.length });
  }

  const sections: Record<string, SectionSummary> = {};
  for (const name of SECTION_NAMES) {
    const s = statuses[name];
    sections[name] = s
      ? {
          status: s.status,
          ...(s.httpStatus !== undefined ? { httpStatus: s.httpStatus } : {}),
          ...(s.errorCode ? { errorCode: s.errorCode } : {}),
          ...(s.message ? { message: s.message } : {}),
          ...(s.status !== 'ok' ? { requiredPermissions: describeSectionGap(name, s).permissions } : {}),
          ...(s.status !== 'ok' && (s.requiredLicence ?? SECTIONS[name].licence) ? { requiredLicence: s.requiredLicence ?? SECTIONS[name].licence } : {}),
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
    snapshot: { collectedAt: snapshot.collectedAt, sha256: opts.snapshotSha256, ...(opts.snapshotPath ? { path: opts.snapshotPath } : {}) },
    sections,
    rules,
    findings,
    summary: summarise(rules, findings),
  };
}

export function summarise(rules: readonly RuleResult[], findings: readonly Finding[]): Result['summary'] {
  const rulesByStatus: Record<string, number> = { pass: 0, fail: 0, 'not-applicable': 0, 'not-assessed': 0, suppressed: 0, error: 0 };
  for (const r of rules) rulesByStatus[r.status] = (rulesByStatus[r.status] ?? 0) + 1;
  const findingsBySeverity: Record<string, number> = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  let suppressedFindings = 0;
  for (const f of findings) {
    if (f.status === 'suppressed') suppressedFindings++;
    else findingsBySeverity[f.severity] = (findingsBySeverity[f.severity] ?? 0) + 1;
  }
  return { rulesByStatus, findingsBySeverity, suppressedFindings };
}
