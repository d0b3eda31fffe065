import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { describeAjvError, schemaValidator } from '../util/ajv.js';
import type { SectionName, Snapshot } from './snapshot.types.js';

export const SNAPSHOT_SCHEMA_VERSION = 1;
/** Longest string accepted anywhere in a snapshot. Graph caps names at a few hundred characters; 1 MiB leaves room for odd but real data and rejects abuse. */
export const MAX_STRING_LENGTH = 1_048_576;

/** Sections that only record whether extra evidence was collected; their data lives inside another section. */
export const EVIDENCE_SECTIONS: ReadonlySet<SectionName> = new Set(['guestSignInActivity', 'guestSponsors']);

export interface LoadedSnapshot {
  snapshot: Snapshot;
  /** sha256 of the file bytes, recorded in result.json so a result can be tied to its input. */
  sha256: string;
  path: string;
}

function invalid(file: string, path: string, reason: string): InputError {
  return new InputError(`invalid snapshot ${file} at ${path}: ${reason}`);
}

export async function loadSnapshot(file: string): Promise<LoadedSnapshot> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EISDIR' ? 'is a directory, expected a snapshot JSON file'
      : code === 'ENOENT' ? 'does not exist'
      : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)'
      : `cannot be read (${code ?? String(e)})`;
    throw new InputError(`snapshot ${file} ${why}`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let text: string;
  try {
    text = bytes.toString('utf8');
  } catch {
    throw invalid(file, '$', `file of ${bytes.length} bytes is too large to read as one document`);
  }
  if (text.trim() === '') throw invalid(file, '$', 'file is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw invalid(file, '$', `not valid JSON (${(e as Error).message})`);
  }
  return { snapshot: validateSnapshot(parsed, file), sha256, path: file };
}

/** Validate a parsed snapshot: schema, string sizes and section/data consistency. Throws InputError naming the JSON path. */
export function validateSnapshot(value: unknown, file = 'snapshot'): Snapshot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(file, '$', 'expected a JSON object');
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) throw invalid(file, '$.schemaVersion', 'is required but missing');
  if (version !== SNAPSHOT_SCHEMA_VERSION) {
    throw invalid(file, '$.schemaVersion', `unsupported snapshot schema version ${JSON.stringify(version)}; this gatehouse reads version ${SNAPSHOT_SCHEMA_VERSION}`);
  }
  const long = findOverlongString(value, '$');
  if (long) throw invalid(file, long.path, `string of ${long.length} characters exceeds the ${MAX_STRING_LENGTH}-character limit`);
  const validate = schemaValidator('src/snapshot/snapshot.schema.json');
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const { path, reason } = first ? describeAjvError(first) : { path: '$', reason: 'is invalid' };
    throw invalid(file, path, reason);
  }
  const snapshot = value as Snapshot;
  const sections = snapshot.sections as Record<string, { status: string } | undefined>;
  for (const name of Object.keys(snapshot.data)) {
    const status = sections[name]?.status;
    if (status !== 'ok') {
      throw invalid(file, `$.data.${name}`, `data present but sections.${name}.status is ${status === undefined ? 'missing' : JSON.stringify(status)} (only ok sections carry data)`);
    }
  }
  for (const [name, entry] of Object.entries(sections)) {
    if (entry?.status === 'ok' && !EVIDENCE_SECTIONS.has(name as SectionName) && !(name in snapshot.data)) {
      throw invalid(file, `$.data.${name}`, `is missing although sections.${name}.status is "ok"`);
    }
  }
  return snapshot;
}

function findOverlongString(value: unknown, path: string): { path: string; length: number } | undefined {
  // Iterative walk: a 1,000,000-guest snapshot must not blow the stack or allocate path strings per node.
  const stack: Array<[unknown, string | (() => string)]> = [[value, path]];
  while (stack.length) {
    const [node, p] = stack.pop()!;
    if (typeof node === 'string') {
      if (node.length > MAX_STRING_LENGTH) return { path: typeof p === 'string' ? p : p(), length: node.length };
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], () => `${typeof p === 'string' ? p : p()}[${i}]`]);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k.length > MAX_STRING_LENGTH) return { path: typeof p === 'string' ? p : p(), length: k.length };
        stack.push([v, () => `${typeof p === 'string' ? p : p()}${/^[A-Za-z_$][\w$]*$/.test(k) ? '.' + k : `[${JSON.stringify(k.slice(0, 64))}]`}`]);
      }
    }
  }
  return undefined;
}
