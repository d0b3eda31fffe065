import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { parseFailOn, parseFormats, parseProfile } from '../../pipeline/options.js';
import { createLogger } from '../../util/log.js';
import { parseAsOf } from '../options.js';
// Branding and SARIF privacy options, shared with `gatehouse report`.
import { reportFolderChanges } from '../../util/folder-changes.js';
import { addRenderOptions, renderOptionsFrom, workflowOptions, type RenderFlags } from './report.js';
// Live collection: without --snapshot, scan collects first.
import { addCollectionOptions, collectionOptions, collectionOptionsGiven, type CollectionCliOptions } from './collect.js';

export interface ScanCommandOptions extends RenderFlags, CollectionCliOptions {
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
  // Exceptions, baseline, redaction, many tenants.
  exceptions?: string | false;
  baseline?: string;
  redact?: boolean;
  redactKeyEnv?: string;
  redactDomains?: boolean;
  tenants?: string;
  concurrency?: string;
}

export async function scanCommand(opts: ScanCommandOptions): Promise<number> {
  const log = createLogger(opts);
  // Validate every flag before touching the disk, so bad input writes nothing.
  const formats = parseFormats(opts.format);
  const asOf = parseAsOf(opts.asOf);
  const failOn = parseFailOn(opts.failOn);
  parseProfile(opts.profile);
  const renderOptions = await renderOptionsFrom(opts);
  if (opts.tenants)
    return (await import('./tenants.js')).tenantsScanCommand(opts, { formats, failOn, renderOptions, log, ...(asOf ? { asOf } : {}) });
  if (opts.concurrency !== undefined) throw new InputError('--concurrency applies to --tenants only');
  const liveOnly = collectionOptionsGiven(opts);
  if (opts.snapshot && liveOnly.length)
    throw new InputError(`--snapshot evaluates a file; ${liveOnly.join(', ')} only apply when collecting live (drop --snapshot)`);
  const collection = opts.snapshot ? undefined : collectionOptions(opts);
  const { prepareWorkflow, generatedKeyNotice } = await import('../../pipeline/workflow.js');
  // Exceptions and baseline are validated before anything is written (exit 2 on a bad file).
  const workflow = await prepareWorkflow(workflowOptions(opts));
  const { runScan, renderTerminalTable } = await import('../../pipeline/scan.js');
  const outcome = await runScan({
    ...(opts.snapshot ? { snapshotPath: opts.snapshot } : { collection: collection! }),
    out: opts.out,
    formats,
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(opts.config ? { configPath: opts.config } : {}),
    ...(asOf ? { asOf } : {}),
    failOn,
    strict: Boolean(opts.strict),
    workflow,
    ...(opts.redact || opts.redactDomains
      ? {
          redact: {
            redact: true,
            redactDomains: Boolean(opts.redactDomains),
            ...(opts.redactKeyEnv ? { redactKeyEnv: opts.redactKeyEnv } : {}),
          },
        }
      : {}),
    renderOptions,
    log,
    onGeneratedKey: (key) => process.stderr.write(generatedKeyNotice(key) + '\n'),
  });
  if (!opts.quiet) process.stdout.write(renderTerminalTable(outcome.result));
  log.info(`Reports written to ${opts.out}:`);
  for (const f of outcome.files) log.info(`  ${f}`);
  reportFolderChanges(opts.out, outcome, log);
  // Sections lost to a refused token or refused answers: everything is written, and the run is a collection failure.
  if (outcome.collectionFailure) throw outcome.collectionFailure;
  return outcome.exitCode;
}

export function registerScan(program: Command, done: (code: number) => void): void {
  const scan = addRenderOptions(
    program
      .command('scan')
      .description('evaluate a snapshot (or, without --snapshot, collect one from Graph first) and write reports')
      .option('--snapshot <file>', 'snapshot JSON to evaluate')
      .option('--out <dir>', 'output folder', 'reports/latest')
      .option('--format <list>', 'comma-separated formats: json, md, html, xlsx, sarif, or all (default: all; json is always written)')
      .option('--profile <name>', 'rule profile: baseline or strict')
      .option('--config <file>', 'config file (default: ./gatehouse.config.json when present)')
      .option('--as-of <date>', 'reference date for date-based rules (ISO 8601; default now)')
      .option(
        '--fail-on <severity>',
        'exit 1 when an unsuppressed failing finding is at or above: critical|high|medium|low|info|none',
        'none',
      )
      .option('--strict', 'exit 4 when any rule could not be assessed')
      .option(
        '--exceptions <file>',
        'accepted risks (default: ./gatehouse.exceptions.yaml, .yml or .json when present); matching findings are suppressed',
      )
      .option('--no-exceptions', 'ignore ./gatehouse.exceptions.* even when present')
      .option(
        '--baseline <result.json>',
        'previous scan result: adds "changes since the last scan" to the reports and baselineState to SARIF',
      )
      .option('--redact', 'pseudonymise guest names, UPNs, emails and sign-in identifiers before evaluating (see `gatehouse redact`)')
      .option(
        '--redact-key-env <var>',
        'environment variable holding the redaction key (default GATEHOUSE_REDACT_KEY, else generated and printed once)',
      )
      .option('--redact-domains', 'with --redact: also pseudonymise domains and organisation names')
      .option(
        '--tenants <file>',
        'scan many tenants (tenants.yaml): one folder per tenant under --out plus a portfolio index.html and portfolio.xlsx',
      )
      .option('--concurrency <n>', 'with --tenants: tenants scanned at once (default 2)'),
  )
    .option('--verbose', 'progress on stderr even when it is not a terminal')
    .option('--quiet', 'print nothing but errors')
    .action(async function (this: Command) {
      done(await scanCommand(this.opts<ScanCommandOptions>()));
    });
  addCollectionOptions(scan);
}
