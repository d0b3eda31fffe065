import type { Command } from 'commander';
import { scanExitCode } from '../../engine/exit.js';
import { parseFormats } from '../../render/index.js';
import { renderTerminalTable } from '../../render/terminal.js';
import { evaluateFile, writeReports } from '../../scan.js';
import { startGuestWorkbook, type GuestWorkbookJob } from '../../render/guest-workbook-job.js';
import type { LoadedSnapshot } from '../../snapshot/load.js';
import { InputError } from '../../errors.js';
import { createLogger } from '../log.js';
// Exceptions, baseline, redaction, many tenants.
import { exceptionWarnings } from '../../engine/exceptions.js';
import { evaluateRedactedFile, generatedKeyNotice, postProcess, prepareWorkflow } from '../../engine/workflow.js';
import { tenantsScanCommand } from './tenants.js';
import { parseAsOf, parseFailOn } from '../options.js';
// Branding and SARIF privacy options, shared with `gatehouse report`.
import { addRenderOptions, renderOptionsFrom, type RenderFlags } from './report.js';
// Live collection: without --snapshot, scan collects first.
import { addCollectionOptions, collectForScan, collectionOptionsGiven, type CollectionCliOptions } from './collect.js';

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
  const renderOptions = await renderOptionsFrom(opts);
  if (opts.tenants) return tenantsScanCommand(opts, { formats, failOn, renderOptions, log, ...(asOf ? { asOf } : {}) });
  if (opts.concurrency !== undefined) throw new InputError('--concurrency applies to --tenants only');
  const liveOnly = collectionOptionsGiven(opts);
  if (opts.snapshot && liveOnly.length) throw new InputError(`--snapshot evaluates a file; ${liveOnly.join(', ')} only apply when collecting live (drop --snapshot)`);
  // Exceptions and baseline are validated before anything is written (exit 2 on a bad file).
  const workflow = await prepareWorkflow({ ...(typeof opts.exceptions === 'string' ? { exceptions: opts.exceptions } : {}), noExceptions: opts.exceptions === false, ...(opts.baseline ? { baseline: opts.baseline } : {}) });
  const live = opts.snapshot ? undefined : await collectForScan(opts, opts.out, log, !(opts.redact || opts.redactDomains));
  const snapshotPath = opts.snapshot ?? live!.path;
  log.progress(`evaluating ${snapshotPath}`);
  // The guest inventory (guests.xlsx) depends on the snapshot alone: once it is loaded, a large one is written on
  // a worker thread while the rules run.
  let guestWorkbook: GuestWorkbookJob | undefined;
  const onLoaded = formats.includes('xlsx')
    ? (loaded: LoadedSnapshot, at: Date) => {
        guestWorkbook = startGuestWorkbook({ outDir: opts.out, asOf: at, snapshot: loaded.snapshot, guests: loaded.guests.guests, guestCount: loaded.guests.count, source: { path: loaded.path, sha256: loaded.sha256 } });
        if (guestWorkbook.threaded) log.progress(`writing guests.xlsx (${loaded.guests.count.toLocaleString('en')} guests) on a worker thread while the rules run`);
      }
    : undefined;
  const evalOpts = { snapshotPath, ...(opts.profile ? { profile: opts.profile } : {}), ...(opts.config ? { configPath: opts.config } : {}), ...(asOf ? { asOf } : {}), ...(onLoaded ? { onLoaded } : {}) };
  let files: string[];
  let evaluated: Awaited<ReturnType<typeof evaluateFile>>;
  try {
    // The raw (unredacted) collection is deleted even when evaluation fails.
    const raw = await (async () => {
      try {
        return opts.redact || opts.redactDomains ? await evaluateRedactedFile({ ...evalOpts, outDir: opts.out, redact: true, ...(opts.redactKeyEnv ? { redactKeyEnv: opts.redactKeyEnv } : {}), redactDomains: Boolean(opts.redactDomains) }) : await evaluateFile(evalOpts);
      } finally {
        await live?.dispose();
      }
    })();
    const generatedKey = (raw as { generatedKey?: string }).generatedKey;
    if (generatedKey) process.stderr.write(generatedKeyNotice(generatedKey) + '\n');
    evaluated = { ...raw, result: await postProcess(raw.result, workflow, raw.snapshot, raw.guests) };
    for (const w of exceptionWarnings(evaluated.result)) log.warn(w);
    files = await writeReports(evaluated, opts.out, formats, renderOptions, guestWorkbook);
  } catch (e) {
    await guestWorkbook?.cancel();
    throw e;
  }
  if (!opts.quiet) process.stdout.write(renderTerminalTable(evaluated.result));
  log.info(`Reports written to ${opts.out}:`);
  for (const f of files) log.info(`  ${f}`);
  // Sections lost to a refused token or refused answers: everything is written, and the run is a collection failure.
  if (live?.failure) throw live.failure;
  return scanExitCode(evaluated.result, { failOn, strict: Boolean(opts.strict) });
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
      .option('--fail-on <severity>', 'exit 1 when an unsuppressed failing finding is at or above: critical|high|medium|low|info|none', 'none')
      .option('--strict', 'exit 4 when any rule could not be assessed')
      .option('--exceptions <file>', 'accepted risks (default: ./gatehouse.exceptions.yaml, .yml or .json when present); matching findings are suppressed')
      .option('--no-exceptions', 'ignore ./gatehouse.exceptions.* even when present')
      .option('--baseline <result.json>', 'previous scan result: adds "changes since the last scan" to the reports and baselineState to SARIF')
      .option('--redact', 'pseudonymise guest names, UPNs, emails and sign-in identifiers before evaluating (see `gatehouse redact`)')
      .option('--redact-key-env <var>', 'environment variable holding the redaction key (default GATEHOUSE_REDACT_KEY, else generated and printed once)')
      .option('--redact-domains', 'with --redact: also pseudonymise domains and organisation names')
      .option('--tenants <file>', 'scan many tenants (tenants.yaml): one folder per tenant under --out plus a portfolio index.html and portfolio.xlsx')
      .option('--concurrency <n>', 'with --tenants: tenants scanned at once (default 2)'),
  )
    .option('--verbose', 'progress on stderr even when it is not a terminal')
    .option('--quiet', 'print nothing but errors')
    .action(async function (this: Command) {
      done(await scanCommand(this.opts() as ScanCommandOptions));
    });
  addCollectionOptions(scan);
}
