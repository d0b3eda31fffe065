import { createHash } from 'node:crypto';
import { readInputFile, regularFileSize, unreadableFile } from '../util/files.js';
import { jsonShape, JsonTextError, MAX_JSON_DEPTH, membersWithinLimits, parseJsonText } from '../util/json-text.js';
import { InputError } from '../errors.js';
import { describeAjvError, type Validator } from '../util/ajv.js';
import { user as guestValidator } from './guest.validators.js';
import { scanSnapshotFile, ScanError } from './guest-scanner.js';
import { GuestSpans, guestsAtSpans } from './guest-spans.js';
import { separateGuests, type Guests } from './guests.js';
import { snapshot as snapshotValidator } from './snapshot.validators.js';
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
  /** For a streamed snapshot: its skeleton text and where its guests lie (what a worker thread needs to read it). */
  layout?: { skeleton: string; spans: GuestSpans };
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

/** Parse a snapshot's JSON text (or a part of it), or the input error saying where and why it is not acceptable. */
function parseText(file: string, text: string, opts: { prefix?: string; members?: number; maxDepth?: number } = {}): unknown {
  let parsed;
  try {
    parsed = parseJsonText(text, { maxString: MAX_STRING_LENGTH, ...opts });
  } catch (e) {
    if (e instanceof JsonTextError) throw invalid(file, e.path, e.reason);
    throw e;
  }
  const long = parsed.overlong;
  if (long)
    throw invalid(
      file,
      (opts.prefix ?? '$') + long.path.slice(1),
      `string of ${long.length} characters exceeds the ${MAX_STRING_LENGTH}-character limit`,
    );
  return parsed.value;
}

export async function loadSnapshot(file: string, opts: LoadOptions = {}): Promise<LoadedSnapshot> {
  const threshold = opts.streamThresholdBytes ?? STREAM_THRESHOLD_BYTES;
  const size = await regularFileSize('snapshot', file, 'a snapshot JSON file');
  if (size > threshold) return loadStreamed(file);
  const bytes = await readInputFile('snapshot', file, { maxBytes: threshold, expected: 'a snapshot JSON file' });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = bytes.toString('utf8');
  if (text.trim() === '' || text.trim() === '\uFEFF') throw invalid(file, '$', 'file is empty');
  // Strings, depth and duplicate keys were checked as the text was parsed.
  const snapshot = validateParsedSnapshot(parseText(file, text), file);
  const separated = separateGuests(snapshot);
  return { ...separated, ...(opts.asDocument ? { snapshot } : {}), sha256, path: file, streamed: false };
}

const unreadable = (file: string, e: unknown): InputError => unreadableFile('snapshot', file, e, 'a snapshot JSON file');

/** The schema's `user` definition on its own (generated at build time), for validating streamed guests one by one. */
function validateGuest(value: unknown): Validator['errors'] {
  return guestValidator(value) ? null : guestValidator.errors;
}

/** A guest sits three levels down (the document, data, the guest list): its own nesting gets what is left. */
const GUEST_MAX_DEPTH = MAX_JSON_DEPTH - 3;

/**
 * One guest of a streamed snapshot, parsed and checked: valid JSON, no string over the limit, no nesting too deep,
 * no key written twice (its members as written equal the parsed object's), valid against the schema. A million
 * guests pass every check, so each is first checked without building a path, options or results for an error it
 * does not have; a guest that fails any check is read again by the reporting path, which names the first problem
 * exactly as before.
 */
function parseGuest(text: string, index: number, members: number, file: string): User {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseGuestReporting(text, index, members, file);
  }
  if (membersWithinLimits(value, MAX_STRING_LENGTH, GUEST_MAX_DEPTH) === members && guestValidator(value)) return value as User;
  return parseGuestReporting(text, index, members, file);
}

function parseGuestReporting(text: string, index: number, members: number, file: string): User {
  const where = `$.data.guests[${index}]`;
  const value = parseText(file, text, { prefix: where, members, maxDepth: GUEST_MAX_DEPTH });
  const errors = validateGuest(value);
  if (errors?.[0]) {
    const { reason } = describeAjvError(errors[0]);
    const path = describeAjvError(errors[0]).path;
    throw invalid(file, where + path.slice(1), reason);
  }
  return value as User;
}

/**
 * Large snapshots: one scanning pass splits and validates the skeleton and records where each guest lies; every
 * guest pass (evaluation, the HTML statistics, the XLSX guest sheet) re-reads the file and cuts the guests out at
 * those offsets, and the first complete pass validates each guest against the schema — an invalid guest stops that
 * pass with the same one-line error, before any report is written. Memory stays flat whatever the guest count.
 */
async function loadStreamed(file: string): Promise<LoadedSnapshot> {
  const hash = createHash('sha256');
  const spans = new GuestSpans();
  let scan;
  try {
    // This pass only splits the skeleton from the guests and notes where they are; the guests are parsed and
    // validated during the first full guest pass (evaluation), so a million guests are parsed once per pass, not
    // once more up front. The hash is of the very chunks the scanner reads: one read of the file, not two.
    scan = await scanSnapshotFile(file, {
      onChunk: (chunk) => hash.update(chunk),
      onGuestSpan: (start, end, members) => spans.add(start, end, members),
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof ScanError) throw invalid(file, '$', `not valid JSON (${e.message} at byte ${e.byteOffset})`);
    throw unreadable(file, e);
  }
  // The skeleton is the file without its guests: a key written twice (`data` or `guests` among them) shows here.
  const snapshot = validateParsedSnapshot(parseText(file, scan.skeleton), file);
  if (!scan.sawGuests) return { ...separateGuests(snapshot), sha256: hash.digest('hex'), path: file, streamed: false };
  delete snapshot.data.guests;
  const sha256 = hash.digest('hex');
  return {
    snapshot,
    sha256,
    path: file,
    streamed: true,
    guests: streamedGuests(file, spans, { validate: true }),
    layout: { skeleton: scan.skeleton, spans },
  };
}

/**
 * The guests of a large snapshot read at the spans its load found. With `validate`, each guest of the first complete
 * pass is checked against the schema (later passes only parse); without it the caller vouches that another reader
 * validates the same bytes — `expectSha256` then makes sure they are the same bytes.
 */
export function streamedGuests(file: string, spans: GuestSpans, opts: { validate: boolean; expectSha256?: string }): Guests {
  let validated = !opts.validate;
  return guestsAtSpans(file, spans, {
    parse: (text, index) => (validated ? parseOnly(text, index, file) : parseGuest(text, index, spans.members(index), file)),
    onComplete: () => {
      validated = true;
    },
    ...(opts.expectSha256 ? { expectSha256: opts.expectSha256 } : {}),
  });
}

function parseOnly(text: string, index: number, file: string): User {
  try {
    return JSON.parse(text) as User;
  } catch (e) {
    throw invalid(file, `$.data.guests[${index}]`, `not valid JSON (${(e as Error).message})`);
  }
}

/** Validate a parsed snapshot: schema, string sizes, nesting and section/data consistency. Throws InputError naming the JSON path. */
export function validateSnapshot(value: unknown, file = 'snapshot'): Snapshot {
  const shape = jsonShape(value, { maxString: MAX_STRING_LENGTH });
  if (shape.tooDeep) throw invalid(file, shape.tooDeep, `nested deeper than ${MAX_JSON_DEPTH} levels`);
  if (shape.overlong)
    throw invalid(
      file,
      shape.overlong.path,
      `string of ${shape.overlong.length} characters exceeds the ${MAX_STRING_LENGTH}-character limit`,
    );
  return validateParsedSnapshot(value, file);
}

/** The schema and section/data consistency of a value whose strings and nesting were checked as it was parsed. */
function validateParsedSnapshot(value: unknown, file: string): Snapshot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(file, '$', 'expected a JSON object');
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) throw invalid(file, '$.schemaVersion', 'is required but missing');
  if (version !== SNAPSHOT_SCHEMA_VERSION) {
    throw invalid(
      file,
      '$.schemaVersion',
      `unsupported snapshot schema version ${JSON.stringify(version)}; this gatehouse reads version ${SNAPSHOT_SCHEMA_VERSION}`,
    );
  }
  const validate = snapshotValidator;
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
      throw invalid(
        file,
        `$.data.${name}`,
        `data present but sections.${name}.status is ${status === undefined ? 'missing' : JSON.stringify(status)} (only ok sections carry data)`,
      );
    }
  }
  for (const [name, entry] of Object.entries(sections)) {
    if (entry?.status === 'ok' && !EVIDENCE_SECTIONS.has(name as SectionName) && !(name in snapshot.data)) {
      throw invalid(file, `$.data.${name}`, `is missing although sections.${name}.status is "ok"`);
    }
  }
  return snapshot;
}
