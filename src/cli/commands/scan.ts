import type { Command } from 'commander';
import { scanExitCode } from '../../engine/exit.js';
import { parseFormats } from '../../render/index.js';
import { renderTerminalTable } from '../../render/terminal.js';
import { evaluateFile, writeReports } from '../../scan.js';
import { InputError } from '../../errors.js';
import { createLogger } from '../log.js';
import { parseAsOf, parseFailOn } from '../options.js';

export interface ScanCommandOptions {
  snapshot?: string;
  out: string;
  format?: string;
  profile?: string;
  config?: string;
  asOf?: string;
  failOn?: string;
  strict?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

export async function scanCommand(opts: ScanCommandOptions): Promise<number> {
  const log = createLogger(opts);
  // Validate every flag before touching the disk, so bad input writes nothing.
  const formats = parseFormats(opts.format);
  const asOf = parseAsOf(opts.asOf);
  const failOn = parseFailOn(opts.failOn);
  if (!opts.snapshot) throw new InputError('scan needs --snapshot <file> (live collection arrives with `gatehouse collect`)');
  log.progress(`evaluating ${opts.snapshot}`);
  const evaluated = await evaluateFile({ snapshotPath: opts.snapshot, ...(opts.profile ? { profile: opts.profile } : {}), ...(opts.config ? { configPath: opts.config } : {}), ...(asOf ? { asOf } : {}) });
  const files = await writeReports(evaluated, opts.out, formats);
  if (!opts.quiet) process.stdout.write(renderTerminalTable(evaluated.result));
  log.info(`Reports written to ${opts.out}:`);
  for (const f of files) log.info(`  ${f}`);
  return scanExitCode(evaluated.result, { failOn, strict: Boolean(opts.strict) });
}

export function registerScan(program: Command, done: (code: number) => void): void {
  program
    .command('scan')
    .description('evaluate a snapshot and write reports')
    .option('--snapshot <file>', 'snapshot JSON to evaluate')
    .option('--out <dir>', 'output folder', 'reports/latest')
    .option('--format <list>', 'comma-separated formats: json, md (json is always written)')
    .option('--profile <name>', 'rule profile: baseline or strict')
    .option('--config <file>', 'config file (default: ./gatehouse.config.json when present)')
    .option('--as-of <date>', 'reference date for date-based rules (ISO 8601; default now)')
    .option('--fail-on <severity>', 'exit 1 when a failing finding is at or above: critical|high|medium|low|info|none', 'none')
    .option('--strict', 'exit 4 when any rule could not be assessed')
    .option('--verbose', 'progress on stderr even when it is not a terminal')
    .option('--quiet', 'print nothing but errors')
    .action(async function (this: Command) {
      done(await scanCommand(this.opts() as ScanCommandOptions));
    });
}
