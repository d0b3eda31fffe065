import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { applyBaseline, loadBaseline } from '../engine/diff.js';
import { aliasLookupFor, applyExceptions, findExceptionsFile, loadExceptions, type LoadedExceptions } from '../engine/exceptions.js';
import type { Result } from '../engine/result.types.js';
import type { RedactionKey } from '../redact/snapshot.js';
import type { Guests } from '../snapshot/guests.js';
import type { Snapshot } from '../snapshot/snapshot.types.js';
import { defaultRuleIds } from './rules.js';

/*
 * The audit-workflow steps around evaluation, shared by `scan`, `report`, multi-tenant scans and the GitHub Action:
 * exceptions and the baseline are loaded (and validated) before anything is written, and applied to the result
 * after evaluation — one place, so HTML, XLSX, SARIF, JSON and Markdown all see the same suppressions and changes.
 */

export interface WorkflowOptions {
  /** `--exceptions <file>`; when absent ./gatehouse.exceptions.yaml|yml|json is used if present. */
  exceptions?: string;
  /** `--no-exceptions`: ignore the default file. */
  noExceptions?: boolean;
  /** `--baseline <previous result.json>`. */
  baseline?: string;
  cwd?: string;
}

export interface PreparedWorkflow {
  exceptions?: LoadedExceptions;
  /** `--no-exceptions`: drop suppressions a saved result already carries (report re-renders it without them). */
  clearExceptions?: boolean;
  baseline?: { result: Result; source: string };
}

/** Load and validate the exceptions file and the baseline; InputError (exit 2) on any problem. */
export async function prepareWorkflow(opts: WorkflowOptions, knownRules: Iterable<string> = defaultRuleIds()): Promise<PreparedWorkflow> {
  const file = opts.noExceptions ? undefined : findExceptionsFile(opts.exceptions, opts.cwd);
  const exceptions = file ? await loadExceptions(file, knownRules) : undefined;
  const baseline = opts.baseline ? { result: await loadBaseline(opts.baseline), source: opts.baseline } : undefined;
  return {
    ...(exceptions ? { exceptions } : {}),
    ...(opts.noExceptions ? { clearExceptions: true } : {}),
    ...(baseline ? { baseline } : {}),
  };
}

/**
 * Exceptions, then the baseline (so a finding's baseline state and its suppression are independent facts). Without
 * an exceptions file a saved result keeps the suppressions it was written with, unless `clearExceptions`. The
 * snapshot and its guests, when given, let exceptions match a finding's object by UPN, mail or domain.
 */
export async function postProcess(result: Result, prepared: PreparedWorkflow, snapshot?: Snapshot, guests?: Guests): Promise<Result> {
  let out = result;
  if (prepared.exceptions || (prepared.clearExceptions && result.exceptions)) {
    // Only patterns need the objects' other names: one pass over the guests picks those some finding is about.
    const aliases = prepared.exceptions?.exceptions.some((e) => e.resources)
      ? await aliasLookupFor(snapshot, guests, result.findings)
      : undefined;
    out = applyExceptions(result, prepared.exceptions, aliases);
  }
  if (prepared.baseline) out = applyBaseline(out, prepared.baseline.result, prepared.baseline.source);
  return out;
}

export interface RedactionRequest {
  redact?: boolean;
  redactKeyEnv?: string;
  redactDomains?: boolean;
  /** A key already resolved (many tenants share one, printed once); else resolved from redactKeyEnv. */
  key?: RedactionKey;
}

export const REDACTED_SNAPSHOT_FILE = 'snapshot.redacted.json';

/** sha256 of a file, streamed (a snapshot may be far larger than one string). */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function generatedKeyNotice(key: string): string {
  return `gatehouse: generated redaction key (shown once; set GATEHOUSE_REDACT_KEY to it to give later snapshots the same pseudonyms): ${key}`;
}
