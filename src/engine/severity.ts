import { InputError } from '../errors.js';
import type { RuleStatus, Severity } from './result.types.js';

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
