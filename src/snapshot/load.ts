import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { regularFileSize, unreadableFile } from '../util/files.js';
import type { ValidateFunction } from 'ajv';
import { InputError } from '../errors.js';
import { createAjv, describeAjvError, schemaValidator } from '../util/ajv.js';
import { packagePath } from '../paths.js';
import { readFileSync } from 'node:fs';
import { scanSnapshotFile, ScanError } from './guest-scanner.js';
import { separateGuests, type Guests } from './guests.js';
import type { SectionName, Snapshot, User } from './snapshot.types.js';

export const SNAPSHOT_SCHEMA_VERSION = 1;
/** Longest string accepted anywhere in a snapshot. Graph caps names at a few hundred characters; 1 MiB leaves room for odd but real data and rejects abuse. */
export const MAX_STRING_LENGTH = 1_048_576;

/** Sections that only record whether extra evidence was collected; their data lives inside another section. */
export const EVIDENCE_SECTIONS: ReadonlySet<SectionName> = new Set(['guestSignInActivity', 'guestSponsors']);

/** Snapshots larger than this are read in a streaming pass instead of one JSON.parse (see guest-scanner.ts). */
export const STREAM_THRESHOLD_BYTES = 64 * 1024 * 1024;

export interface LoadedSnapshot {
  /** The snapshot without its guests: they are read through `guests`, in memory or from the file. */
  snapshot: Snapshot;
  guests: Guests;
  /** sha256 of the file bytes, recorded in result.json so a result can be tied to its input. */
  sha256: string;
  path: string;
  streamed: boolean;
}

function invalid(file: string, path: string, reason: string): InputError {
  return new InputError(`invalid snapshot ${file} at ${path}: ${reason}`);
}

export interface LoadOptions {
  /** Files above this size are streamed (default STREAM_THRESHOLD_BYTES); tests lower it. */
  streamThresholdBytes?: number;
  /**
   * For tools that rewrite the file as a document (redaction): a snapshot read in memory keeps its guests in
   * `data.guests`, where the file has them. A streamed one never does.
   */
  asDocument?: boolean;
}

export async function loadSnapshot(file: string, opts: LoadOptions = {}): Promise<LoadedSnapshot> {
  const size = await regularFileSize('snapshot', file, 'a snapshot JSON file');
  if (size > (opts.streamThresholdBytes ?? STREAM_THRESHOLD_BYTES)) return loadStreamed(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw unreadable(file, e);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = bytes.toString('utf8');
  if (text.trim() === '') throw invalid(file, '$', 'file is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw invalid(file, '$', `not valid JSON (${(e as Error).message})`);
  }
  const snapshot = validateSnapshot(parsed, file);
  const separated = separateGuests(snapshot);
  return { ...separated, ...(opts.asDocument ? { snapshot } : {}), sha256, path: file, streamed: false };
}

const unreadable = (file: string, e: unknown): InputError => unreadableFile('snapshot', file, e, 'a snapshot JSON file');

let guestValidator: ValidateFunction | undefined;
/** The schema's `user` definition on its own, for validating streamed guests one by one. */
function validateGuest(value: unknown): ValidateFunction['errors'] {
  if (!guestValidator) {
    const schema = JSON.parse(readFileSync(packagePath('src/snapshot/snapshot.schema.json'), 'utf8')) as { definitions: Record<string, unknown> };
    guestValidator = createAjv().compile({ $ref: '#/definitions/user', definitions: schema.definitions });
  }
  return guestValidator(value) ? null : guestValidator.errors;
}

function parseGuest(bytes: Buffer, index: number, file: string): User {
  const where = `$.data.guests[${index}]`;
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw invalid(file, where, `not valid JSON (${(e as Error).message})`);
  }
  // A JSON text holds no string longer than itself: most guests skip the walk.
  const long = bytes.length > MAX_STRING_LENGTH ? findOverlongString(value, where) : undefined;
  if (long) throw invalid(file, long.path, `string of ${long.length} characters exceeds the ${MAX_STRING_LENGTH}-character limit`);
  const errors = validateGuest(value);
  if (errors?.[0]) {
    const { reason } = describeAjvError(errors[0]);
    const path = describeAjvError(errors[0]).path;
    throw invalid(file, where + path.slice(1), reason);
  }
  return value as User;
}

/**
 * Large snapshots: one scanning pass splits and validates the skeleton; every guest pass (evaluation, the HTML
 * statistics, the XLSX guest sheet) re-reads the guests from the file, and the first complete pass validates each
 * guest against the schema — an invalid guest stops that pass with the same one-line error, before any report is
 * written. Memory stays flat whatever the guest count.
 */
async function loadStreamed(file: string): Promise<LoadedSnapshot> {
  const hash = createHash('sha256');
  let scan;
  try {
    // Hash the same bytes the scanner reads; a second reader keeps the scanner free of hashing concerns.
    const hashing = (async () => {
      for await (const chunk of createReadStream(file, { highWaterMark: 4 * 1024 * 1024 }) as AsyncIterable<Buffer>) hash.update(chunk);
    })();
    // This pass only splits the skeleton from the guests; the guests are parsed and validated during the first
    // full guest pass (evaluation), so a million guests are parsed once per pass, not once more up front.
    scan = await scanSnapshotFile(file, {});
    await hashing;
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof ScanError) throw invalid(file, '$', `not valid JSON (${e.message} at byte ${e.byteOffset})`);
    throw unreadable(file, e);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(scan.skeleton);
  } catch (e) {
    throw invalid(file, '$', `not valid JSON (${(e as Error).message})`);
  }
  const snapshot = validateSnapshot(parsed, file);
  if (!scan.sawGuests) return { ...separateGuests(snapshot), sha256: hash.digest('hex'), path: file, streamed: false };
  delete snapshot.data.guests;
  const count = scan.guestCount;
  let validated = false;
  return {
    snapshot,
    sha256: hash.digest('hex'),
    path: file,
    streamed: true,
    guests: {
      count,
      async *read() {
        const queue: User[] = [];
        let done = false;
        let failure: unknown;
        let wake: (() => void) | undefined;
        let resume: (() => void) | undefined;
        let stopped = false;
        // The scanner pushes a chunk's guests, then waits until this generator has handed them all out: at most one
        // 4 MB chunk of guests is in memory, however slow the consumer.
        const run = scanSnapshotFile(file, {
          skeleton: false,
          onGuest: (bytes, index) => void queue.push(validated ? (JSON.parse(bytes.toString('utf8')) as User) : parseGuest(bytes, index, file)),
          afterChunk: () => {
            if (stopped) throw new Error('guest pass stopped early');
            if (!queue.length) return;
            wake?.();
            return new Promise<void>((resolve) => (resume = resolve));
          },
        }).then(
          () => { done = true; wake?.(); },
          (e: unknown) => { failure = e; done = true; wake?.(); },
        );
        try {
          while (true) {
            if (queue.length) {
              const batch = queue.splice(0, queue.length);
              yield* batch;
              const r = resume;
              resume = undefined;
              r?.();
              continue;
            }
            if (done) break;
            await new Promise<void>((resolve) => (wake = resolve));
            wake = undefined;
          }
          await run;
          if (failure) throw failure;
          validated = true;
        } finally {
          // A consumer that stops early (break, error) releases the scanner, which then ends its read.
          if (!done) {
            stopped = true;
            resume?.();
            await run;
          }
        }
      },
    },
  };
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
