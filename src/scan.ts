import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { RULES } from '../rules/index.js';
import { loadConfig } from './engine/config.js';
import type { GatehouseConfig } from './engine/config.types.js';
import type { Result } from './engine/result.types.js';
import type { AnyRule } from './engine/rule.js';
import { evaluate } from './engine/run.js';
import { renderAll, type RenderOptions } from './render/index.js';
import { loadSnapshot } from './snapshot/load.js';
import type { Snapshot } from './snapshot/snapshot.types.js';

export interface EvaluateFileOptions {
  snapshotPath: string;
  profile?: string;
  configPath?: string;
  asOf?: Date;
  rules?: readonly AnyRule[];
}

export interface Evaluated {
  snapshot: Snapshot;
  result: Result;
  config: GatehouseConfig;
}

/** Load and validate a snapshot and the config, then evaluate. Throws InputError before anything is written. */
export async function evaluateFile(opts: EvaluateFileOptions): Promise<Evaluated> {
  const { config, path: configSource } = await loadConfig(opts.configPath);
  const loaded = await loadSnapshot(opts.snapshotPath);
  const result = evaluate(loaded.snapshot, {
    rules: opts.rules ?? RULES,
    config,
    ...(configSource ? { configSource } : {}),
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(opts.asOf ? { asOf: opts.asOf } : {}),
    snapshotSha256: loaded.sha256,
    snapshotPath: opts.snapshotPath,
  });
  return { snapshot: loaded.snapshot, result, config };
}

/** Write the requested formats into `outDir` (created when missing) and return the files written. */
export async function writeReports(evaluated: { result: Result; snapshot?: Snapshot }, outDir: string, formats: readonly string[], options: RenderOptions = {}): Promise<string[]> {
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  return renderAll(formats, { result: evaluated.result, ...(evaluated.snapshot ? { snapshot: evaluated.snapshot } : {}), outDir: dir, options });
}
