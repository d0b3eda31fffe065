import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadConfig } from '../engine/config.js';
import type { GatehouseConfig } from '../engine/config.types.js';
import { exceptionWarnings } from '../engine/exceptions.js';
import { scanExitCode } from '../engine/exit.js';
import type { Result } from '../engine/result.types.js';
import type { AnyRule } from '../engine/rule.js';
import { beginEvaluation, type EvaluateOptions } from '../engine/run.js';
import type { FailOn } from '../engine/severity.js';
import { ExitCode } from '../errors.js';
import { GuestStatisticsBuilder, type GuestStatistics } from '../model/guest-statistics.js';
import type { Format } from '../render/formats.js';
import { startGuestWorkbook, type GuestWorkbookJob } from '../render/guest-workbook-job.js';
import { renderAll, type RenderOptions, type SnapshotEvidence } from '../render/index.js';
import { passGuests, type Guests } from '../snapshot/guests.js';
import { loadSnapshot, type LoadedSnapshot } from '../snapshot/load.js';
import { sectionOk } from '../snapshot/section-status.js';
import type { Snapshot, User } from '../snapshot/snapshot.types.js';
import type { Logger } from '../util/log.js';
import { collectForScan, type CollectionOptions } from './collect.js';
import { DEFAULT_RULES } from './rules.js';
import { redactSnapshotFile, resolveRedactionKey, type RedactionSummary } from '../redact/snapshot.js';
import { postProcess, REDACTED_SNAPSHOT_FILE, type PreparedWorkflow, type RedactionRequest } from './workflow.js';

export interface EvaluateFileOptions {
  snapshotPath: string;
  profile?: string;
  configPath?: string;
  asOf?: Date;
  rules?: readonly AnyRule[];
  /** Files above this size are streamed (default STREAM_THRESHOLD_BYTES); tests lower it. */
  streamThresholdBytes?: number;
  /**
   * Called once the snapshot is loaded and valid, before the rules run, with the reference time they will use.
   * `scan` starts the guest inventory here so it is written while the rules run.
   */
  onLoaded?: (loaded: LoadedSnapshot, asOf: Date) => void;
}

export interface Evaluated {
  result: Result;
  /** The snapshot evaluated, its guests, their statistics and the file (after redaction, the redacted file). */
  evidence: SnapshotEvidence & { file: { path: string; sha256: string } };
  config: GatehouseConfig;
}

/** What one pass over the guests gathers besides the rules' verdicts. */
export interface GuestPassResult {
  result: Result;
  statistics?: GuestStatistics;
}

/**
 * Evaluate a snapshot whose guests come from `guests`: the rules' guest passes and any `observers` see each guest
 * in the same pass, and the guest statistics the HTML report shows are gathered there too (one read of a million
 * guests, however many parts of gatehouse need them).
 */
export async function evaluateSnapshot(
  snapshot: Snapshot,
  guests: Guests,
  options: EvaluateOptions,
  extra: { statistics?: boolean; observers?: ReadonlyArray<(guest: User) => void> } = {},
): Promise<GuestPassResult> {
  const evaluation = beginEvaluation(snapshot, options, guests.count);
  const stats = extra.statistics !== false && sectionOk(snapshot, 'guests') ? new GuestStatisticsBuilder(snapshot, options.asOf ?? new Date()) : undefined;
  const observers = [...(evaluation.guestObserver ? [evaluation.guestObserver] : []), ...(stats ? [stats.add] : []), ...(extra.observers ?? [])];
  await passGuests(guests, observers);
  return { result: evaluation.finish(), ...(stats ? { statistics: stats.build() } : {}) };
}

/** Guest statistics on their own (re-rendering a saved result, when no evaluation reads the guests). */
export async function gatherGuestStatistics(snapshot: Snapshot, guests: Guests, asOf: Date): Promise<GuestStatistics | undefined> {
  if (!sectionOk(snapshot, 'guests')) return undefined;
  const stats = new GuestStatisticsBuilder(snapshot, asOf);
  await passGuests(guests, [stats.add]);
  return stats.build();
}

/** Load and validate a snapshot and the config, then evaluate. Throws InputError before anything is written. */
export async function evaluateFile(opts: EvaluateFileOptions): Promise<Evaluated> {
  const { config, path: configSource } = await loadConfig(opts.configPath);
  const loaded = await loadSnapshot(opts.snapshotPath, opts.streamThresholdBytes !== undefined ? { streamThresholdBytes: opts.streamThresholdBytes } : {});
  // Fixed up front so the rules and the guest statistics share one reference time.
  const asOf = opts.asOf ?? new Date();
  opts.onLoaded?.(loaded, asOf);
  const { result, statistics } = await evaluateSnapshot(loaded.snapshot, loaded.guests, {
    rules: opts.rules ?? DEFAULT_RULES,
    config,
    ...(configSource ? { configSource } : {}),
    ...(opts.profile ? { profile: opts.profile } : {}),
    asOf,
    snapshotSha256: loaded.sha256,
    snapshotPath: opts.snapshotPath,
  });
  return {
    result,
    evidence: { snapshot: loaded.snapshot, guests: loaded.guests, ...(statistics ? { statistics } : {}), file: { path: loaded.path, sha256: loaded.sha256 } },
    config,
  };
}

export interface RedactedEvaluation extends Evaluated {
  redactedSnapshotPath: string;
  redaction: RedactionSummary;
  /** Set when the key was generated: print it once so later snapshots can be pseudonymised the same way. */
  generatedKey?: string;
}

/**
 * `scan --redact`: pseudonymise first, then evaluate the redacted file like any snapshot — so no rule, report or
 * log line ever sees an original name, and the result points at the redacted snapshot written beside the reports.
 */
export async function evaluateRedactedFile(opts: EvaluateFileOptions & RedactionRequest & { outDir: string }): Promise<RedactedEvaluation> {
  const key = opts.key ?? resolveRedactionKey(opts.redactKeyEnv);
  // Config and profile problems surface before anything is written.
  await loadConfig(opts.configPath);
  const { path: redactedSnapshotPath, summary } = await redactSnapshotFile(opts.snapshotPath, join(resolve(opts.outDir), REDACTED_SNAPSHOT_FILE), { key: key.key, redactDomains: Boolean(opts.redactDomains) });
  const evaluated = await evaluateFile({ ...opts, snapshotPath: redactedSnapshotPath });
  return { ...evaluated, redactedSnapshotPath, redaction: summary, ...(key.generated && !opts.key ? { generatedKey: key.key } : {}) };
}

/** Write the requested formats into `outDir` (created when missing) and return the files written. */
export async function writeReports(
  evaluated: { result: Result; evidence?: SnapshotEvidence },
  outDir: string,
  formats: readonly Format[],
  options: RenderOptions = {},
  guestWorkbook?: GuestWorkbookJob,
  rules: readonly AnyRule[] = DEFAULT_RULES,
): Promise<string[]> {
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  return renderAll(formats, {
    result: evaluated.result,
    ...(evaluated.evidence ? { evidence: evaluated.evidence } : {}),
    ...(guestWorkbook ? { guestWorkbook } : {}),
    outDir: dir,
    options,
    rules,
  });
}

export interface ScanRequest {
  /** The snapshot to evaluate; without it the tenant is collected live first (into `<out>/snapshot.json`). */
  snapshotPath?: string;
  collection?: CollectionOptions;
  out: string;
  formats: readonly Format[];
  profile?: string;
  configPath?: string;
  asOf?: Date;
  failOn: FailOn;
  strict?: boolean;
  /** Exceptions and baseline, loaded and validated before anything was written. */
  workflow: PreparedWorkflow;
  redact?: RedactionRequest;
  renderOptions?: RenderOptions;
  log: Logger;
  /** A redaction key was generated: say it once (it is needed to pseudonymise later snapshots the same way). */
  onGeneratedKey?: (key: string) => void;
  rules?: readonly AnyRule[];
}

export interface ScanOutcome {
  result: Result;
  /** Reports written, in format order. */
  files: string[];
  /** The snapshot kept beside the reports: the collected one, or the redacted one. */
  snapshotFile?: string;
  exitCode: number;
  /** Exceptions needing attention (expired, unused). */
  warnings: string[];
  /**
   * Sections lost to a refused token or refused answers during collection: everything was evaluated and written,
   * and the run is a collection failure (exit 3).
   */
  collectionFailure?: Error;
}

/**
 * One tenant, end to end: collect (unless a snapshot is given), redact when asked, evaluate, apply exceptions and
 * the baseline, render. The guest inventory is started as soon as the snapshot is loaded, so a large one is
 * written on a worker thread while the rules run. Bad input stops it before anything is written.
 */
export async function runScan(req: ScanRequest): Promise<ScanOutcome> {
  const { log } = req;
  const rules = req.rules ?? DEFAULT_RULES;
  const redacting = Boolean(req.redact?.redact || req.redact?.redactDomains);
  const live = req.snapshotPath ? undefined : await collectForScan(req.collection ?? {}, req.out, log, !redacting);
  const snapshotPath = req.snapshotPath ?? live!.path;
  log.progress(`evaluating ${snapshotPath}`);
  let guestWorkbook: GuestWorkbookJob | undefined;
  const onLoaded = req.formats.includes('xlsx')
    ? (loaded: LoadedSnapshot, at: Date) => {
        guestWorkbook = startGuestWorkbook({ outDir: req.out, asOf: at, snapshot: loaded.snapshot, guests: loaded.guests, file: { path: loaded.path, sha256: loaded.sha256 } });
        if (guestWorkbook.threaded) log.progress(`writing guests.xlsx (${loaded.guests.count.toLocaleString('en')} guests) on a worker thread while the rules run`);
      }
    : undefined;
  const evalOpts = {
    snapshotPath,
    rules,
    ...(req.profile ? { profile: req.profile } : {}),
    ...(req.configPath ? { configPath: req.configPath } : {}),
    ...(req.asOf ? { asOf: req.asOf } : {}),
    ...(onLoaded ? { onLoaded } : {}),
  };
  try {
    let evaluated: Evaluated;
    try {
      if (redacting) {
        const redacted = await evaluateRedactedFile({ ...evalOpts, ...req.redact, redact: true, outDir: req.out });
        if (redacted.generatedKey) req.onGeneratedKey?.(redacted.generatedKey);
        evaluated = redacted;
      } else evaluated = await evaluateFile(evalOpts);
    } finally {
      // The raw (unredacted) collection is deleted even when evaluation fails.
      await live?.dispose();
    }
    const result = await postProcess(evaluated.result, req.workflow, evaluated.evidence.snapshot, evaluated.evidence.guests);
    const warnings = exceptionWarnings(result);
    for (const w of warnings) log.warn(w);
    const files = await writeReports({ result, evidence: evaluated.evidence }, req.out, req.formats, req.renderOptions ?? {}, guestWorkbook, rules);
    const snapshotFile = redacting ? resolve(req.out, REDACTED_SNAPSHOT_FILE) : live?.path;
    const collectionFailure = live?.failure;
    return {
      result,
      files,
      ...(snapshotFile ? { snapshotFile } : {}),
      exitCode: collectionFailure ? ExitCode.collection : scanExitCode(result, { failOn: req.failOn, strict: Boolean(req.strict) }),
      warnings,
      ...(collectionFailure ? { collectionFailure } : {}),
    };
  } catch (e) {
    await guestWorkbook?.cancel();
    throw e;
  }
}
export { renderTerminalTable } from '../render/terminal.js';
