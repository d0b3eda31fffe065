import { InputError } from '../errors.js';
import { scanSnapshotFile, ScanError } from '../snapshot/guest-scanner.js';
import { describeAjvError } from '../util/ajv.js';
import { readInputFile, regularFileSize, unreadableFile } from '../util/files.js';
import { JsonTextError, parseJsonText } from '../util/json-text.js';
import type { Result } from './result.types.js';
import { finding as findingValidator, result as resultValidator } from './result.validators.js';
import { settleRuleSeverities } from './severity.js';

/** result.json files above this size are read finding by finding (a million-guest tenant's is over 512 MB). */
export const RESULT_STREAM_THRESHOLD_BYTES = 256 * 1024 * 1024;

const resultUnreadable = (file: string, e: unknown): InputError => unreadableFile('result', file, e, 'a result.json file');

/** Validate a parsed result.json against its schema: InputError naming the JSON path and reason. */
export function validateResult(parsed: unknown, file: string): Result {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new InputError(`invalid result ${file} at $: expected a JSON object`);
  const validate = resultValidator;
  if (!validate(parsed)) {
    const first = validate.errors?.[0];
    const { path, reason } = first ? describeAjvError(first) : { path: '$', reason: 'is invalid' };
    throw new InputError(`invalid result ${file} at ${path}: ${reason}`);
  }
  return parsed as Result;
}

/**
 * Read a result.json and validate it against src/engine/result.schema.json: InputError naming the JSON path and
 * reason. Each check's headline severity is settled from its findings, so a result written by an older build
 * renders like a fresh one.
 */
export async function loadResultFile(file: string, opts: { streamThresholdBytes?: number } = {}): Promise<Result> {
  const result = await readResultFile(file, opts);
  result.rules = settleRuleSeverities(result.rules, result.findings);
  return result;
}

async function readResultFile(file: string, opts: { streamThresholdBytes?: number }): Promise<Result> {
  const threshold = opts.streamThresholdBytes ?? RESULT_STREAM_THRESHOLD_BYTES;
  const size = await regularFileSize('result', file, 'a result.json file');
  if (size > threshold) return loadLargeResult(file);
  const text = (await readInputFile('result', file, { maxBytes: threshold, expected: 'a result.json file' })).toString('utf8');
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new InputError(`invalid result ${file} at $: file is empty`);
  return validateResult(parseResultText(file, text), file);
}

/** Parse result.json text (or one finding of it): BOM accepted; syntax errors, duplicate keys and deep nesting refused in one line. */
function parseResultText(file: string, text: string, opts: { prefix?: string; members?: number } = {}): unknown {
  try {
    return parseJsonText(text, opts).value;
  } catch (e) {
    if (e instanceof JsonTextError) throw new InputError(`invalid result ${file} at ${e.path}: ${e.reason}`);
    throw e;
  }
}

/** Split the findings from the rest with the snapshot scanner, validate each finding and the rest, then join them. */
async function loadLargeResult(file: string): Promise<Result> {
  const findings: unknown[] = [];
  let scan;
  try {
    scan = await scanSnapshotFile(file, {
      arrayPath: ['findings'],
      onGuest: (bytes, index, members) =>
        void findings.push(parseResultText(file, bytes.toString('utf8'), { prefix: `$.findings[${index}]`, members })),
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof ScanError) throw new InputError(`invalid result ${file} at $: not valid JSON (${e.message} at byte ${e.byteOffset})`);
    throw resultUnreadable(file, e);
  }
  const result = validateResult(parseResultText(file, scan.skeleton), file);
  const validateFinding = findingValidator;
  findings.forEach((f, i) => {
    if (!validateFinding(f)) {
      const first = validateFinding.errors?.[0];
      const { path, reason } = first ? describeAjvError(first) : { path: '$', reason: 'is invalid' };
      throw new InputError(`invalid result ${file} at $.findings[${i}]${path.slice(1)}: ${reason}`);
    }
  });
  result.findings = findings as Result['findings'];
  return result;
}
