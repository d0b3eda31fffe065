import { InputError } from '../errors.js';
import type { Finding, RuleResult, RuleStatus, Severity } from './result.types.js';

/** Worst first: the order every report, table and threshold uses. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Position in SEVERITIES (0 is worst); a severity this build does not know sorts after every known one. */
export function severityRank(severity: string): number {
  const i = (SEVERITIES as readonly string[]).indexOf(severity);
  return i < 0 ? SEVERITIES.length : i;
}

/** Rule statuses in the order a reader needs them: what needs action first, what passed last. */
export const RULE_STATUS_ORDER: readonly RuleStatus[] = ['fail', 'error', 'not-assessed', 'suppressed', 'not-applicable', 'pass'];

export function ruleStatusRank(status: string): number {
  const i = (RULE_STATUS_ORDER as readonly string[]).indexOf(status);
  return i < 0 ? RULE_STATUS_ORDER.length : i;
}

/** `--fail-on`: the least severe finding that fails the run, or `none`. */
export type FailOn = Severity | 'none';

export function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'none';
  const v = value.toLowerCase();
  if (v === 'none' || (SEVERITIES as readonly string[]).includes(v)) return v as FailOn;
  throw new InputError(`--fail-on "${value}" must be one of ${[...SEVERITIES, 'none'].join(', ')}`);
}

/** Does a finding of this severity reach the `--fail-on` threshold? */
export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(severity) <= severityRank(failOn);
}

/*
 * One severity model for every report. A finding has its own severity (a rule may grade its findings: an expired
 * certificate is high, one Entra renews itself is info). A check's headline severity is derived from its findings —
 * the worst unsuppressed one; when all are accepted risks, the worst of those; with none, the rule's own severity —
 * so a check is never shown as HIGH over findings that are all medium. result.json carries both the headline
 * (`severity`) and the rule's own (`defaultSeverity`); every renderer reads them from there.
 */

/** The worse of two severities. */
export function worseSeverity(a: Severity, b: Severity): Severity {
  return severityRank(b) < severityRank(a) ? b : a;
}

/**
 * Each rule's headline severity from its findings, with `defaultSeverity` recorded (a result written before it
 * existed carries the rule's own severity in `severity`). Idempotent, one pass over the findings: evaluation,
 * exceptions and loading a saved result all call it, so every output reads the same values.
 */
export function settleRuleSeverities(rules: readonly RuleResult[], findings: readonly Finding[]): RuleResult[] {
  const open = new Map<string, Severity>();
  const any = new Map<string, Severity>();
  for (const f of findings) {
    const a = any.get(f.ruleId);
    any.set(f.ruleId, a ? worseSeverity(a, f.severity) : f.severity);
    if (f.status === 'suppressed') continue;
    const o = open.get(f.ruleId);
    open.set(f.ruleId, o ? worseSeverity(o, f.severity) : f.severity);
  }
  return rules.map((r) => {
    const defaultSeverity = r.defaultSeverity ?? r.severity;
    const severity = open.get(r.id) ?? any.get(r.id) ?? defaultSeverity;
    if (r.severity === severity && r.defaultSeverity === defaultSeverity) return r;
    const { id, title, severity: _old, defaultSeverity: _d, ...rest } = r;
    return { id, title, severity, defaultSeverity, ...rest };
  });
}
