import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { RULES } from '../rules/index.js';
import { loadConfig } from './engine/config.js';
import type { GatehouseConfig } from './engine/config.types.js';
import type { Result } from './engine/result.types.js';
import type { AnyRule } from './engine/rule.js';
import { evaluate, evaluateStream } from './engine/run.js';
import { renderAll, type RenderOptions } from './render/index.js';
import { loadSnapshot, type GuestInput } from './snapshot/load.js';
import type { Snapshot } from './snapshot/snapshot.types.js';

export interface EvaluateFileOptions {
  snapshotPath: string;
  profile?: string;
  configPath?: string;
  asOf?: Date;
  rules?: readonly AnyRule[];
}

export interface Evaluated {
  /** For a large snapshot `data.guests` is absent: the guests are in `guests`. */
  snapshot: Snapshot;
  guests: GuestInput;
  result: Result;
  config: GatehouseConfig;
}

/** Load and validate a snapshot and the config, then evaluate. Throws InputError before anything is written. */
export async function evaluateFile(opts: EvaluateFileOptions): Promise<Evaluated> {
  const { config, path: configSource } = await loadConfig(opts.configPath);
  const loaded = await loadSnapshot(opts.snapshotPath);
  const evaluateOptions = {
    rules: opts.rules ?? RULES,
    config,
    ...(configSource ? { configSource } : {}),
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(opts.asOf ? { asOf: opts.asOf } : {}),
    snapshotSha256: loaded.sha256,
    snapshotPath: opts.snapshotPath,
  };
  // A large snapshot streams its guests through the rules in one pass; a small one is evaluated in memory.
  const result = loaded.streamed
    ? await evaluateStream(loaded.snapshot, evaluateOptions, { count: loaded.guests.count, guests: loaded.guests.guests() })
    : evaluate(loaded.snapshot, evaluateOptions);
  return { snapshot: loaded.snapshot, guests: loaded.guests, result, config };
}

/** Write the requested formats into `outDir` (created when missing) and return the files written. */
export async function writeReports(evaluated: { result: Result; snapshot?: Snapshot; guests?: GuestInput }, outDir: string, formats: readonly string[], options: RenderOptions = {}): Promise<string[]> {
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  return renderAll(formats, {
    result: evaluated.result,
    ...(evaluated.snapshot ? { snapshot: evaluated.snapshot } : {}),
    ...(evaluated.guests ? { guests: evaluated.guests.guests } : {}),
    outDir: dir,
    options,
  });
}
