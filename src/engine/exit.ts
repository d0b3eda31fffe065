import { ExitCode } from '../exit-codes.js';
import type { Finding, Result } from './result.types.js';
import { reachesFailOn, type FailOn } from './severity.js';

/** Is any of these findings an unsuppressed failure at or above `failOn`? */
export function failsAt(findings: readonly Pick<Finding, 'status' | 'severity'>[], failOn: FailOn): boolean {
  return findings.some((f) => f.status === 'fail' && reachesFailOn(f.severity, failOn));
}

/**
 * Exit code for a finished scan: 1 when an unsuppressed failing finding is at or above `failOn`, 4 when `strict`
 * and any rule is not assessed; findings win over incompleteness because they need action first.
 */
export function scanExitCode(result: Result, opts: { failOn: FailOn; strict?: boolean }): number {
  if (failsAt(result.findings, opts.failOn)) return ExitCode.findings;
  if (opts.strict && result.rules.some((r) => r.status === 'not-assessed')) return ExitCode.incomplete;
  return ExitCode.ok;
}

/** Exit code for `diff`: 1 when a finding that is new since the earlier scan reaches `failOn`. */
export function driftExitCode(newFindings: readonly Pick<Finding, 'status' | 'severity'>[], failOn: FailOn): number {
  return failsAt(newFindings, failOn) ? ExitCode.findings : ExitCode.ok;
}
