import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { RULES } from '../rules/index.js';
import { loadConfig } from './engine/config.js';
import type { GatehouseConfig } from './engine/config.types.js';
import type { Result } from './engine/result.types.js';
import type { AnyRule } from './engine/rule.js';
import { evaluate, evaluateStream } from './engine/run.js';
import { renderAll, type RenderOptions } from './render/index.js';
import type { GuestWorkbookJob } from './render/guest-workbook-job.js';
import { loadSnapshot, type GuestInput, type LoadedSnapshot } from './snapshot/load.js';
import type { Snapshot, User } from './snapshot/snapshot.types.js';
import { GuestStatisticsBuilder, sectionOk, type GuestStatistics } from './render/model.js';
import { STALEST_GUESTS } from './render/html.js';

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
  /** For a large snapshot `data.guests` is absent: the guests are in `guests`. */
  snapshot: Snapshot;
  guests: GuestInput;
  /** Guest statistics for the HTML report, gathered in the evaluation pass of a large snapshot. */
  guestStats?: GuestStatistics;
  result: Result;
  config: GatehouseConfig;
  /** The snapshot file evaluated (after redaction, the redacted file) and its sha256. */
  source: { path: string; sha256: string };
}

/** Load and validate a snapshot and the config, then evaluate. Throws InputError before anything is written. */
export async function evaluateFile(opts: EvaluateFileOptions): Promise<Evaluated> {
  const { config, path: configSource } = await loadConfig(opts.configPath);
  const loaded = await loadSnapshot(opts.snapshotPath, opts.streamThresholdBytes !== undefined ? { streamThresholdBytes: opts.streamThresholdBytes } : {});
  // Fixed up front so the rules and the guest statistics share one reference time.
  const asOf = opts.asOf ?? new Date();
  const evaluateOptions = {
    rules: opts.rules ?? RULES,
    config,
    ...(configSource ? { configSource } : {}),
    ...(opts.profile ? { profile: opts.profile } : {}),
    asOf,
    snapshotSha256: loaded.sha256,
    snapshotPath: opts.snapshotPath,
  };
  opts.onLoaded?.(loaded, asOf);
  const source = { path: loaded.path, sha256: loaded.sha256 };
  // A large snapshot streams its guests through the rules in one pass; a small one is evaluated in memory.
  if (!loaded.streamed) return { snapshot: loaded.snapshot, guests: loaded.guests, result: evaluate(loaded.snapshot, evaluateOptions), config, source };
  const stats = sectionOk(loaded.snapshot, 'guests') ? new GuestStatisticsBuilder(loaded.snapshot, asOf, STALEST_GUESTS) : undefined;
  const result = await evaluateStream(loaded.snapshot, evaluateOptions, {
    count: loaded.guests.count,
    guests: loaded.guests.guests(),
    ...(stats ? { observe: (g: User) => stats.add(g) } : {}),
  });
  return { snapshot: loaded.snapshot, guests: loaded.guests, result, config, source, ...(stats ? { guestStats: stats.build() } : {}) };
}

/** Write the requested formats into `outDir` (created when missing) and return the files written. */
export async function writeReports(
  evaluated: { result: Result; snapshot?: Snapshot; guests?: GuestInput; guestStats?: GuestStatistics; source?: Evaluated['source'] },
  outDir: string,
  formats: readonly string[],
  options: RenderOptions = {},
  guestWorkbook?: GuestWorkbookJob,
): Promise<string[]> {
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  return renderAll(formats, {
    result: evaluated.result,
    ...(evaluated.snapshot ? { snapshot: evaluated.snapshot } : {}),
    ...(evaluated.guests ? { guests: evaluated.guests.guests, guestCount: evaluated.guests.count } : {}),
    ...(evaluated.guestStats ? { guestStats: evaluated.guestStats } : {}),
    ...(evaluated.source ? { source: evaluated.source } : {}),
    ...(guestWorkbook ? { guestWorkbook } : {}),
    outDir: dir,
    options,
  });
}
