import { Command, CommanderError } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { ExitCode, isExpectedError } from '../errors.js';
import { TOOL } from '../version.js';
import { registerReport } from './commands/report.js';
import { registerRules } from './commands/rules.js';
import { registerScan } from './commands/scan.js';
import { registerValidate } from './commands/validate.js';
import { registerDiff } from './commands/diff.js';
import { registerRedact } from './commands/redact.js';
import { registerExplain } from './commands/explain.js';
import { registerCollect } from './commands/collect.js';
import { registerPermissions } from './commands/permissions.js';
import { registerPortfolio } from './commands/portfolio.js';
import { registerMatrix } from './commands/matrix.js';
import { safeLine } from '../util/log.js';
export { installCrashGuard } from './crash-guard.js';
export { tolerateClosedOutput } from './closed-output.js';

/*
 * Each command file registers its options (light: names and parsers only) and loads its implementation in its
 * action handler with `await import()`, so `--help` and a command's flag errors never load the renderers, the rules
 * or the Graph SDK.
 */
const EXIT_CODES_HELP = exitCodesHelp();

export function buildProgram(done: (code: number) => void): Command {
  const program = new Command();
  program
    .name('gatehouse')
    .description('Read-only security posture scanner for Microsoft Entra ID external identities')
    .version(TOOL.version)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCollect(program, done);
  registerScan(program, done);
  registerReport(program, done);
  registerValidate(program, done);
  registerRules(program, done);
  registerDiff(program, done);
  registerRedact(program, done);
  registerExplain(program, done);
  registerPermissions(program, done);
  registerPortfolio(program, done);
  registerMatrix(program, done);
  for (const cmd of program.commands) cmd.exitOverride().addHelpText('after', EXIT_CODES_HELP);
  return program;
}

/**
 * Print an error the CLI ends with and return its exit code: an expected error as its message (and any detail
 * lines under it), anything else as an internal error with the "please report" hint. Messages may quote Graph or a
 * token endpoint, so each line is written safe (see log.ts).
 */
export function reportError(e: unknown, write: (text: string) => void = (t) => process.stderr.write(t)): number {
  if (isExpectedError(e)) {
    write(`gatehouse: ${safeLine(e.message)}\n${e.details.map((d) => `${safeLine(d)}\n`).join('')}`);
    return e.exitCode;
  }
  const stack = (e as Error)?.stack ?? String(e);
  write(
    `gatehouse: internal error: ${stack.split('\n').map(safeLine).join('\n')}\nThis is a bug in gatehouse; please report it with the command you ran.\n`,
  );
  return ExitCode.internal;
}

/** Run the CLI and return the exit code; expected errors print one line, internal ones a short report hint. */
export async function main(argv: readonly string[]): Promise<number> {
  let code = ExitCode.ok as number;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exitCode 0; usage errors were already printed by commander.
      return e.exitCode === 0 ? 0 : ExitCode.input;
    }
    return reportError(e);
  }
}
