import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { loadConfig } from '../engine/config.js';
import type { GatehouseConfig } from '../engine/config.types.js';
import { exceptionWarnings } from '../engine/exceptions.js';
import { scanExitCode } from '../engine/exit.js';
import type { Result } from '../engine/result.types.js';
import type { AnyRule } from '../engine/rule.js';
import { beginEvaluation, type EvaluateOptions } from '../engine/run.js';
import { parseProfile } from '../engine/profiles.js';
import type { FailOn } from '../engine/severity.js';
import { ExitCode } from '../errors.js';
import { GuestStatisticsBuilder, type GuestStatistics } from '../model/guest-statistics.js';
import { REPORT_FILES, type Format } from '../render/formats.js';
import { startGuestWorkbook, type GuestWorkbookJob } from '../render/guest-workbook-job.js';
import { renderAll, type RenderOptions, type SnapshotEvidence } from '../render/index.js';
import { passGuests, type Guests } from '../snapshot/guests.js';
import { loadSnapshot, type LoadedSnapshot } from '../snapshot/load.js';
import { sectionOk } from '../snapshot/section-status.js';
import type { Snapshot, User } from '../snapshot/snapshot.types.js';
import type { Logger } from '../util/log.js';
import { OutputFolder, type Committed } from '../util/output-folder.js';
import { COLLECTED_SNAPSHOT_FILE, collectForScan, type CollectionOptions } from './collect.js';
import { keepCollectedSnapshot, sayKept } from './kept-snapshot.js';
import { DEFAULT_RULES } from './rules.js';
import { redactSnapshotFile, resolveRedactionKey, type RedactionSummary } from '../redact/snapshot.js';
import { postProcess, REDACTED_SNAPSHOT_FILE, type PreparedWorkflow, type RedactionRequest } from './workflow.js';

export interface EvaluateFileOptions {
  snapshotPath: string;
  /** The path result.json records for the snapshot, when it differs from where it is read now (a staged file). */
  recordedPath?: string;
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
  const stats =
    extra.statistics !== false && sectionOk(snapshot, 'guests')
      ? new GuestStatisticsBuilder(snapshot, options.asOf ?? new Date())
      : undefined;
  const observers = [
    ...(evaluation.guestObserver ? [evaluation.guestObserver] : []),
    ...(stats ? [stats.add] : []),
    ...(extra.observers ?? []),
  ];
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
  const loaded = await loadSnapshot(
    opts.snapshotPath,
    opts.streamThresholdBytes !== undefined ? { streamThresholdBytes: opts.streamThresholdBytes } : {},
  );
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
    snapshotPath: opts.recordedPath ?? opts.snapshotPath,
  });
  return {
    result,
    evidence: {
      snapshot: loaded.snapshot,
      guests: loaded.guests,
      ...(statistics ? { statistics } : {}),
      file: { path: loaded.path, sha256: loaded.sha256 },
    },
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
export async function evaluateRedactedFile(
  opts: EvaluateFileOptions & RedactionRequest & { redactedPath: string },
): Promise<RedactedEvaluation> {
  const key = opts.key ?? resolveRedactionKey(opts.redactKeyEnv);
  // Config and profile problems surface before anything is written.
  await loadConfig(opts.configPath);
  const { path: redactedSnapshotPath, summary } = await redactSnapshotFile(opts.snapshotPath, opts.redactedPath, {
    key: key.key,
    redactDomains: Boolean(opts.redactDomains),
  });
  const evaluated = await evaluateFile({ ...opts, snapshotPath: redactedSnapshotPath });
  return { ...evaluated, redactedSnapshotPath, redaction: summary, ...(key.generated && !opts.key ? { generatedKey: key.key } : {}) };
}

/** Every file name gatehouse writes into a scan's output folder (the only names it ever removes there). */
export const SCAN_FOLDER_FILES: readonly string[] = [...Object.values(REPORT_FILES), COLLECTED_SNAPSHOT_FILE, REDACTED_SNAPSHOT_FILE];

/** The files the formats write into an output folder. */
export function reportFileNames(formats: readonly Format[]): string[] {
  return formats.flatMap((f) => (f === 'xlsx' ? [REPORT_FILES.xlsx, REPORT_FILES.guestsXlsx] : [REPORT_FILES[f]]));
}

/** Render the formats into an open output folder: staged, moved into place by the folder's commit. Returns the staged paths. */
async function renderInto(
  folder: OutputFolder,
  evaluated: { result: Result; evidence?: SnapshotEvidence },
  formats: readonly Format[],
  options: RenderOptions,
  guestWorkbook: GuestWorkbookJob | undefined,
  rules: readonly AnyRule[],
): Promise<string[]> {
  const staged = await renderAll(formats, {
    result: evaluated.result,
    ...(evaluated.evidence ? { evidence: evaluated.evidence } : {}),
    ...(guestWorkbook ? { guestWorkbook } : {}),
    outDir: folder.workDir,
    options,
    rules,
  });
  for (const f of staged) folder.file(basename(f));
  return staged;
}

/** What a run did to its output folder, beyond the files it wrote. */
export type FolderChanges = Pick<Committed, 'removed' | 'unrecorded' | 'left'>;

/**
 * Write the requested formats into `outDir` (created when missing) as one set: every file appears when all are
 * complete, or none does. The folder then holds this result's reports (see util/output-folder.ts): reports an
 * earlier run recorded there that these formats do not write are removed. Returns the files written.
 */
export async function writeReports(
  evaluated: { result: Result; evidence?: SnapshotEvidence },
  outDir: string,
  formats: readonly Format[],
  options: RenderOptions = {},
  rules: readonly AnyRule[] = DEFAULT_RULES,
  inputs: readonly string[] = [],
): Promise<{ files: string[] } & FolderChanges> {
  const folder = await OutputFolder.open(outDir, { known: SCAN_FOLDER_FILES, writes: reportFileNames(formats) });
  try {
    const staged = await renderInto(folder, evaluated, formats, options, undefined, rules);
    const { removed, unrecorded, left } = folder.commit({ evaluatedSha256: evaluated.result.snapshot.sha256, inputs });
    return { files: staged.map((f) => folder.finalPath(f)), removed, unrecorded, left };
  } catch (e) {
    await folder.discard();
    throw e;
  }
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

export interface ScanOutcome extends FolderChanges {
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
 * written on a worker thread while the rules run. Everything is staged in the output folder and moved into place
 * only when the run is complete (util/output-folder.ts): bad input stops it before anything is collected or written,
 * and a run that fails or is interrupted leaves the folder as the last complete run left it.
 */
export async function runScan(req: ScanRequest): Promise<ScanOutcome> {
  const { log } = req;
  const rules = req.rules ?? DEFAULT_RULES;
  const redacting = Boolean(req.redact?.redact || req.redact?.redactDomains);
  const live = !req.snapshotPath;
  // Settings are checked before the tenant is read: a typo must not cost an hour of collection.
  parseProfile(req.profile);
  await loadConfig(req.configPath);
  const snapshotName = redacting ? REDACTED_SNAPSHOT_FILE : live ? COLLECTED_SNAPSHOT_FILE : undefined;
  const folder = await OutputFolder.open(req.out, {
    known: SCAN_FOLDER_FILES,
    writes: [...reportFileNames(req.formats), ...(snapshotName ? [snapshotName] : [])],
  });
  let guestWorkbook: GuestWorkbookJob | undefined;
  /** The snapshot this run collected, staged with the reports: kept if the run fails after collecting (never the raw one of a redacted scan). */
  let collectedFile: { path: string; collectedAt: string } | undefined;
  try {
    const collected = live ? await collectForScan(req.collection ?? {}, folder, log, !redacting) : undefined;
    if (collected && !redacting) collectedFile = collected;
    const snapshotPath = req.snapshotPath ?? collected!.path;
    const recordedPath = live && !redacting ? folder.finalPath(snapshotPath) : undefined;
    log.progress(`evaluating ${recordedPath ?? snapshotPath}`);
    const onLoaded = req.formats.includes('xlsx')
      ? (loaded: LoadedSnapshot, at: Date) => {
          // Evaluation validates every guest in its pass and cancels this job on a bad one: the worker only parses.
          guestWorkbook = startGuestWorkbook({
            outDir: folder.workDir,
            asOf: at,
            snapshot: loaded.snapshot,
            guests: loaded.guests,
            file: { path: loaded.path, sha256: loaded.sha256 },
            ...(loaded.layout ? { layout: loaded.layout, guestsValidated: true } : {}),
          });
          if (guestWorkbook.threaded)
            log.progress(`writing guests.xlsx (${loaded.guests.count.toLocaleString('en')} guests) on a worker thread while the rules run`);
        }
      : undefined;
    const evalOpts = {
      snapshotPath,
      ...(recordedPath ? { recordedPath } : {}),
      rules,
      ...(req.profile ? { profile: req.profile } : {}),
      ...(req.configPath ? { configPath: req.configPath } : {}),
      ...(req.asOf ? { asOf: req.asOf } : {}),
      ...(onLoaded ? { onLoaded } : {}),
    };
    let evaluated: Evaluated;
    try {
      if (redacting) {
        const redactedPath = folder.file(REDACTED_SNAPSHOT_FILE);
        const redacted = await evaluateRedactedFile({
          ...evalOpts,
          ...req.redact,
          redact: true,
          redactedPath,
          recordedPath: folder.finalPath(redactedPath),
        });
        if (redacted.generatedKey) req.onGeneratedKey?.(redacted.generatedKey);
        evaluated = redacted;
      } else evaluated = await evaluateFile(evalOpts);
    } finally {
      // The raw (unredacted) collection goes as soon as it has been read, even when evaluation fails.
      if (live && redacting) await rm(snapshotPath, { force: true });
    }
    const result = await postProcess(evaluated.result, req.workflow, evaluated.evidence.snapshot, evaluated.evidence.guests);
    const warnings = exceptionWarnings(result);
    for (const w of warnings) log.warn(w);
    const staged = await renderInto(
      folder,
      { result, evidence: evaluated.evidence },
      req.formats,
      req.renderOptions ?? {},
      guestWorkbook,
      rules,
    );
    const { removed, unrecorded, left } = folder.commit({
      ...(snapshotName ? { sha256: { [snapshotName]: evaluated.evidence.file.sha256 } } : {}),
      evaluatedSha256: result.snapshot.sha256,
      inputs: [req.snapshotPath, req.configPath, req.workflow.baseline?.source].filter((p): p is string => p !== undefined),
    });
    const collectionFailure = collected?.failure;
    return {
      result,
      files: staged.map((f) => folder.finalPath(f)),
      ...(snapshotName ? { snapshotFile: join(folder.dir, snapshotName) } : {}),
      exitCode: collectionFailure ? ExitCode.collection : scanExitCode(result, { failOn: req.failOn, strict: Boolean(req.strict) }),
      warnings,
      removed,
      unrecorded,
      left,
      ...(collectionFailure ? { collectionFailure } : {}),
    };
  } catch (e) {
    await guestWorkbook?.cancel();
    const kept = collectedFile ? keepCollectedSnapshot(collectedFile.path, folder.dir, collectedFile.collectedAt) : undefined;
    await folder.discard();
    throw kept ? sayKept(e, kept, log) : e;
  }
}
export { renderTerminalTable } from '../render/terminal.js';
