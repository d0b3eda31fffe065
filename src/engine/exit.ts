import { ExitCode } from '../errors.js';
import type { Result } from './result.types.js';
import { SEVERITIES, type Severity } from './rule.js';

/**
 * Exit code for a finished scan: 1 when an unsuppressed failing finding is at or above `failOn`,
 * 4 when `strict` and any rule is not assessed; findings win over incompleteness because they need action first.
 */
export function scanExitCode(result: Result, opts: { failOn: Severity | 'none'; strict?: boolean }): number {
  if (opts.failOn !== 'none') {
    const limit = SEVERITIES.indexOf(opts.failOn);
    if (result.findings.some((f) => f.status === 'fail' && SEVERITIES.indexOf(f.severity) <= limit)) return ExitCode.findings;
  }
  if (opts.strict && result.rules.some((r) => r.status === 'not-assessed')) return ExitCode.incomplete;
  return ExitCode.ok;
}
