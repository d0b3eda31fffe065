import type { Command } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { RULES } from '../../../rules/index.js';
import { loadConfig } from '../../engine/config.js';
import { buildDrift, guestStatsFrom, loadDiffInput, type DiffInput, type Drift, type DriftSideInput } from '../../engine/diff.js';
import { SEVERITIES } from '../../engine/rule.js';
import { evaluate, evaluateStream } from '../../engine/run.js';
import { ExitCode, InputError } from '../../errors.js';
import { renderDriftHtml } from '../../render/diff-html.js';
import { renderDriftMarkdown } from '../../render/diff-md.js';
import { createLogger } from '../log.js';
import { parseFailOn } from '../options.js';

export interface DiffCommandOptions {
  format?: string;
  out?: string;
  profile?: string;
  config?: string;
  failOn?: string;
  quiet?: boolean;
  verbose?: boolean;
}

const FORMATS = ['md', 'json', 'html'] as const;
type DiffFormat = (typeof FORMATS)[number];

export function renderDrift(drift: Drift, format: DiffFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(drift, null, 2) + '\n';
    case 'html':
      return renderDriftHtml(drift);
    default:
      return renderDriftMarkdown(drift);
  }
}

/**
 * A snapshot is evaluated with the same rules, profile and config as a scan, as of the moment it was collected —
 * so quarter-old data is judged as it stood then, and the comparison is reproducible.
 */
async function toEvaluated(input: DiffInput, opts: DiffCommandOptions): Promise<DriftSideInput> {
  if (input.kind === 'result') return { file: input.file, kind: 'result', result: input.result };
  const { config, path: configSource } = await loadConfig(opts.config);
  const evalOpts = {
    rules: RULES,
    config,
    ...(configSource ? { configSource } : {}),
    ...(opts.profile ? { profile: opts.profile } : {}),
    asOf: new Date(input.snapshot.collectedAt),
    now: new Date(input.snapshot.collectedAt),
    snapshotSha256: input.sha256,
    snapshotPath: input.file,
  };
  if (!input.streamed) return { file: input.file, kind: 'snapshot', result: evaluate(input.snapshot, evalOpts), snapshot: input.snapshot };
  // A large snapshot: guests stream through the rules, then once more for the population counts.
  const result = await evaluateStream(input.snapshot, evalOpts, { count: input.guests.count, guests: input.guests.guests() });
  return { file: input.file, kind: 'snapshot', result, snapshot: input.snapshot, guestStats: await guestStatsFrom(input.guests) };
}

export async function diffCommand(oldFile: string, newFile: string, opts: DiffCommandOptions): Promise<number> {
  const log = createLogger(opts);
  const format = (opts.format ?? 'md').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new InputError(`--format "${opts.format}" must be one of ${FORMATS.join(', ')}`);
  const failOn = parseFailOn(opts.failOn);
  const [a, b] = await Promise.all([loadDiffInput(oldFile), loadDiffInput(newFile)]);
  const drift = buildDrift(await toEvaluated(a, opts), await toEvaluated(b, opts));
  if (drift.tenantMismatch) log.warn(`${oldFile} is tenant ${drift.old.tenantId} and ${newFile} is tenant ${drift.new.tenantId}: every finding reads as new or resolved`);
  if (!drift.config.available) log.warn(drift.config.reason);
  const text = renderDrift(drift, format as DiffFormat);
  if (opts.out) {
    await mkdir(dirname(opts.out), { recursive: true });
    await writeFile(opts.out, text);
    log.info(`drift written to ${opts.out}`);
  } else {
    process.stdout.write(text);
  }
  if (failOn !== 'none') {
    const limit = SEVERITIES.indexOf(failOn);
    if (drift.findings.new.some((f) => f.status === 'fail' && SEVERITIES.indexOf(f.severity) <= limit)) return ExitCode.findings;
  }
  return ExitCode.ok;
}

export function registerDiff(program: Command, done: (code: number) => void): void {
  program
    .command('diff')
    .description('what changed between two scans: findings new/resolved/updated by id, and (from two snapshots) configuration changes that matter for external access')
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
      done(await diffCommand(oldFile, newFile, this.opts() as DiffCommandOptions));
    });
}
