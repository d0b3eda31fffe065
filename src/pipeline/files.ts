import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { redactSnapshotFile, resolveRedactionKey, type RedactionSummary } from '../redact/snapshot.js';
import { passGuests } from '../snapshot/guests.js';
import { loadSnapshot } from '../snapshot/load.js';
import { fileSha256 } from './workflow.js';

// Commands that check or transform a snapshot file without evaluating it: `validate` and `redact`.

/** `validate`: the snapshot against the schema (every guest of a large one included); one line describing it. */
export async function validateSnapshotFile(file: string): Promise<string> {
  const { snapshot, sha256, guests, streamed } = await loadSnapshot(file);
  // A large snapshot's guests are validated as they are read: read them all once.
  if (streamed) await passGuests(guests, [() => undefined]);
  const statuses = Object.values(snapshot.sections).map((s) => s?.status);
  const ok = statuses.filter((s) => s === 'ok').length;
  return `${file}: valid snapshot (schema ${snapshot.schemaVersion}) of tenant ${snapshot.tenant.id}, ${ok}/${statuses.length} sections ok, sha256 ${sha256}`;
}

export interface RedactFileRequest {
  input: string;
  output: string;
  redactKeyEnv?: string;
  redactDomains?: boolean;
}

/** `redact`: pseudonymise a snapshot into another file; the original is never overwritten. */
export async function redactFile(
  req: RedactFileRequest,
): Promise<{ path: string; sha256: string; summary: RedactionSummary; generatedKey?: string }> {
  if (resolve(req.output) === resolve(req.input))
    throw new InputError('--out must differ from the input snapshot (the original is never overwritten)');
  const key = resolveRedactionKey(req.redactKeyEnv);
  const { summary, path } = await redactSnapshotFile(req.input, req.output, { key: key.key, redactDomains: Boolean(req.redactDomains) });
  return { path, sha256: await fileSha256(path), summary, ...(key.generated ? { generatedKey: key.key } : {}) };
}
