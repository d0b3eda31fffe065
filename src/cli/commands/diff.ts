import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { DRIFT_FORMATS, parseFailOn, parseProfile, type DriftFormat } from '../../pipeline/options.js';
import { createLogger } from '../../util/log.js';
import { writeTextFile } from '../../util/staging.js';

export interface DiffCommandOptions {
  format?: string;
  out?: string;
  profile?: string;
  config?: string;
  failOn?: string;
  quiet?: boolean;
  verbose?: boolean;
}

export async function diffCommand(oldFile: string, newFile: string, opts: DiffCommandOptions): Promise<number> {
  const log = createLogger(opts);
  const format = (opts.format ?? 'md').toLowerCase();
  if (!(DRIFT_FORMATS as readonly string[]).includes(format))
    throw new InputError(`--format "${opts.format}" must be one of ${DRIFT_FORMATS.join(', ')}`);
  const failOn = parseFailOn(opts.failOn);
  parseProfile(opts.profile);
  const { diffScans, renderDrift, diffExitCode } = await import('../../pipeline/diff.js');
  const drift = await diffScans({
    oldFile,
    newFile,
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(opts.config ? { configPath: opts.config } : {}),
  });
  if (drift.tenantMismatch)
    log.warn(
      `${oldFile} is tenant ${drift.old.tenantId} and ${newFile} is tenant ${drift.new.tenantId}: every finding reads as new or resolved`,
    );
  if (!drift.config.available) log.warn(drift.config.reason);
  const text = renderDrift(drift, format as DriftFormat);
  if (opts.out) {
    await writeTextFile(opts.out, text, '--out');
    log.info(`drift written to ${opts.out}`);
  } else {
    process.stdout.write(text);
  }
  return diffExitCode(drift, failOn);
}

export function registerDiff(program: Command, done: (code: number) => void): void {
  program
    .command('diff')
    .description(
      'what changed between two scans: findings new/resolved/updated by id, and (from two snapshots) configuration changes that matter for external access',
    )
    .argument('<old>', 'earlier result.json or snapshot')
    .argument('<new>', 'later result.json or snapshot')
    .option('--format <format>', 'md, json or html', 'md')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--profile <name>', 'rule profile used to evaluate snapshots')
    .option('--config <file>', 'config file used to evaluate snapshots (default: ./gatehouse.config.json when present)')
    .option('--fail-on <severity>', 'exit 1 when a NEW unsuppressed finding is at or above: critical|high|medium|low|info|none', 'none')
    .option('--verbose', 'progress on stderr even when it is not a terminal')
    .option('--quiet', 'print nothing but errors')
    .action(async function (this: Command, oldFile: string, newFile: string) {
      done(await diffCommand(oldFile, newFile, this.opts<DiffCommandOptions>()));
    });
}
