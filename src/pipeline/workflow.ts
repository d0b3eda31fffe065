import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES } from '../../rules/index.js';
import { evaluateFile, type Evaluated, type EvaluateFileOptions } from '../scan.js';
import { redactSnapshotFile, resolveRedactionKey, type RedactionKey, type RedactionSummary } from '../snapshot/redact.js';
import type { GuestInput } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.types.js';
import { loadConfig } from './config.js';
import { applyBaseline, loadBaseline } from './diff.js';
import { applyExceptions, buildAliasLookupStreamed, findExceptionsFile, loadExceptions, type LoadedExceptions } from './exceptions.js';
import type { Result } from './result.types.js';

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
export async function prepareWorkflow(opts: WorkflowOptions, knownRules: Iterable<string> = RULES.map((r) => r.meta.id)): Promise<PreparedWorkflow> {
  const file = opts.noExceptions ? undefined : findExceptionsFile(opts.exceptions, opts.cwd);
  const exceptions = file ? await loadExceptions(file, knownRules) : undefined;
  const baseline = opts.baseline ? { result: await loadBaseline(opts.baseline), source: opts.baseline } : undefined;
  return { ...(exceptions ? { exceptions } : {}), ...(opts.noExceptions ? { clearExceptions: true } : {}), ...(baseline ? { baseline } : {}) };
}

/**
 * Exceptions, then the baseline (so a finding's baseline state and its suppression are independent facts). Without
 * an exceptions file a saved result keeps the suppressions it was written with, unless `clearExceptions`. `guests`
 * is needed only for a streamed snapshot (its guests are not in `snapshot.data`), to match UPN and mail patterns.
 */
export async function postProcess(result: Result, prepared: PreparedWorkflow, snapshot?: Snapshot, guests?: GuestInput): Promise<Result> {
  let out = result;
  if (prepared.exceptions || (prepared.clearExceptions && result.exceptions)) {
    const streamed = snapshot && !snapshot.data.guests && guests && guests.count > 0;
    const aliases = streamed && prepared.exceptions?.exceptions.some((e) => e.resources) ? await buildAliasLookupStreamed(snapshot, guests, result.findings) : undefined;
    out = applyExceptions(result, prepared.exceptions, snapshot, aliases);
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

export interface RedactedEvaluation extends Evaluated {
  redactedSnapshotPath: string;
  redaction: RedactionSummary;
  /** Set when the key was generated: print it once so later snapshots can be pseudonymised the same way. */
  generatedKey?: string;
}

export const REDACTED_SNAPSHOT_FILE = 'snapshot.redacted.json';

/** sha256 of a file, streamed (a snapshot may be far larger than one string). */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
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

export function generatedKeyNotice(key: string): string {
  return `gatehouse: generated redaction key (shown once; set GATEHOUSE_REDACT_KEY to it to give later snapshots the same pseudonyms): ${key}`;
}
