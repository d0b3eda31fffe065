import { ExitCode } from '../errors.js';
import { INTERRUPT_SIGNALS } from '../exit-codes.js';
import { safeLine } from '../util/log.js';
import { discardAllStaging } from '../util/staging.js';

/**
 * The last line of defence of a gatehouse process: an exception no code caught (thrown in an event handler, a
 * rejected promise nobody awaited, a RangeError from a runaway allocation) ends the process with exit 70 and the
 * "please report" hint. Node's own default is exit 1 — gatehouse's "findings found" code — so without this a CI
 * pipeline would read a crash as a finished scan with findings.
 */
export function installCrashGuard(
  proc: Pick<NodeJS.Process, 'on' | 'exit'> = process,
  write: (text: string) => void = (t) => process.stderr.write(t),
): void {
  let crashed = false;
  const crash = (e: unknown) => {
    if (crashed) return;
    crashed = true;
    try {
      // Whatever this run had staged never reaches its output folder (the staging folders go).
      discardAllStaging();
      const text = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
      write(
        `gatehouse: internal error: ${text.split('\n').map(safeLine).join('\n')}\nThis is a bug in gatehouse; please report it with the command you ran.\n`,
      );
    } finally {
      proc.exit(ExitCode.internal);
    }
  };
  proc.on('uncaughtException', crash);
  proc.on('unhandledRejection', crash);
  // An interrupted run (Ctrl+C, a CI job cancelled, a closed terminal) leaves its output folders as they were and no
  // staging folder behind, and ends as a shell expects of a process killed by that signal: 128 + its number.
  for (const [signal, number] of INTERRUPT_SIGNALS) {
    proc.on(signal, () => {
      if (crashed) return;
      crashed = true;
      try {
        discardAllStaging();
        write(`gatehouse: interrupted (${signal}); nothing of this run was written\n`);
      } finally {
        proc.exit(128 + number);
      }
    });
  }
}
