import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { regularFileSize, unreadableFile } from '../../util/files.js';
import type { ValidateFunction } from 'ajv';
import { packagePath } from '../../paths.js';
import { scanSnapshotFile, ScanError } from '../../snapshot/guest-scanner.js';
import type { Command } from 'commander';
import type { Result } from '../../engine/result.types.js';
import { InputError } from '../../errors.js';
import { loadBrandLogo } from '../../render/logo.js';
import { parseFormats, type RenderOptions } from '../../render/index.js';
import { writeReports } from '../../scan.js';
import { loadSnapshot, type GuestInput } from '../../snapshot/load.js';
import type { Snapshot } from '../../snapshot/snapshot.types.js';
import { createAjv, describeAjvError, schemaValidator } from '../../util/ajv.js';
import { createLogger } from '../log.js';
// Audit workflow (issue 6): exceptions and baseline applied when re-rendering.
import { exceptionWarnings } from '../../engine/exceptions.js';
import { postProcess, prepareWorkflow } from '../../engine/workflow.js';

/** Branding and SARIF privacy flags, shared by `scan` and `report`. */
export interface RenderFlags {
  title?: string;
  brandName?: string;
  brandLogo?: string;
  sarifOmitPii?: boolean;
}

export const RENDER_FLAGS = {
  title: ['--title <text>', 'report title in the HTML and XLSX (default "External identity security review")'],
  brandName: ['--brand-name <text>', 'your organisation name above the HTML title (for consultants)'],
  brandLogo: ['--brand-logo <file>', 'PNG or SVG logo embedded in the HTML (at most 2 MiB; SVG is shown as an image, never run)'],
  sarifOmitPii: ['--sarif-omit-pii', 'keep UPNs, email addresses and guest names out of SARIF messages and locations'],
} as const satisfies Record<keyof RenderFlags, readonly [string, string]>;

/** Check the render flags (the logo is read and validated now, so a bad one writes nothing). */
export async function renderOptionsFrom(flags: RenderFlags): Promise<RenderOptions> {
  if (flags.title !== undefined && !flags.title.trim()) throw new InputError('--title must not be empty');
  if (flags.brandName !== undefined && !flags.brandName.trim()) throw new InputError('--brand-name must not be empty');
  if (flags.brandLogo) await loadBrandLogo(flags.brandLogo);
  return {
    ...(flags.title ? { title: flags.title } : {}),
    ...(flags.brandName ? { brandName: flags.brandName } : {}),
    ...(flags.brandLogo ? { brandLogo: flags.brandLogo } : {}),
    ...(flags.sarifOmitPii ? { sarifOmitPii: true } : {}),
  };
}

/** result.json files above this size are read finding by finding (a million-guest tenant's is over 512 MB). */
export const RESULT_STREAM_THRESHOLD_BYTES = 256 * 1024 * 1024;

const resultUnreadable = (file: string, e: unknown): InputError => unreadableFile('result', file, e, 'a result.json file');

function checkResult(parsed: unknown, file: string): Result {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InputError(`invalid result ${file} at $: expected a JSON object`);
  const validate = schemaValidator('src/engine/result.schema.json');
  if (!validate(parsed)) {
    const first = validate.errors?.[0];
    const { path, reason } = first ? describeAjvError(first) : { path: '$', reason: 'is invalid' };
    throw new InputError(`invalid result ${file} at ${path}: ${reason}`);
  }
  return parsed as Result;
}

/** Read a result.json and validate it against src/engine/result.schema.json: InputError naming the JSON path and reason. */
export async function loadResultFile(file: string, opts: { streamThresholdBytes?: number } = {}): Promise<Result> {
  const size = await regularFileSize('result', file, 'a result.json file');
  if (size > (opts.streamThresholdBytes ?? RESULT_STREAM_THRESHOLD_BYTES)) return loadLargeResult(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw resultUnreadable(file, e);
  }
  if (text.trim() === '') throw new InputError(`invalid result ${file} at $: file is empty`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new InputError(`invalid result ${file} at $: not valid JSON (${(e as Error).message})`);
  }
  return checkResult(parsed, file);
}

/** Split the findings from the rest with the snapshot scanner, validate each finding and the rest, then join them. */
async function loadLargeResult(file: string): Promise<Result> {
  const findings: unknown[] = [];
  let scan;
  try {
    scan = await scanSnapshotFile(file, {
      arrayPath: ['findings'],
      onGuest: (bytes, index) => {
        try {
          findings.push(JSON.parse(bytes.toString('utf8')));
        } catch (e) {
          throw new InputError(`invalid result ${file} at $.findings[${index}]: not valid JSON (${(e as Error).message})`);
        }
      },
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof ScanError) throw new InputError(`invalid result ${file} at $: not valid JSON (${e.message} at byte ${e.byteOffset})`);
    throw resultUnreadable(file, e);
  }
  let skeleton: unknown;
  try {
    skeleton = JSON.parse(scan.skeleton);
  } catch (e) {
    throw new InputError(`invalid result ${file} at $: not valid JSON (${(e as Error).message})`);
  }
  const result = checkResult(skeleton, file);
  const validateFinding = findingValidator();
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

let compiledFinding: ValidateFunction | undefined;
function findingValidator(): ValidateFunction {
  if (compiledFinding) return compiledFinding;
  const schema = JSON.parse(readFileSync(packagePath('src/engine/result.schema.json'), 'utf8')) as { definitions: Record<string, unknown> };
  const compiled = createAjv().compile({ $ref: '#/definitions/finding', definitions: schema.definitions });
  compiledFinding = compiled;
  return compiled;
}

export interface ReportCommandOptions extends RenderFlags {
  result?: string;
  snapshot?: string;
  format?: string;
  out: string;
  verbose?: boolean;
  quiet?: boolean;
  exceptions?: string | false;
  baseline?: string;
}

/** Re-render reports from a saved result.json (and, for guest and partner detail, its snapshot). Writes nothing on bad input. */
export async function reportCommand(opts: ReportCommandOptions): Promise<number> {
  const log = createLogger(opts);
  const formats = parseFormats(opts.format);
  if (!opts.result) throw new InputError('report needs --result <result.json>');
  const renderOptions = await renderOptionsFrom(opts);
  const saved = await loadResultFile(opts.result);
  const workflow = await prepareWorkflow({ ...(typeof opts.exceptions === 'string' ? { exceptions: opts.exceptions } : {}), noExceptions: opts.exceptions === false, ...(opts.baseline ? { baseline: opts.baseline } : {}) });
  let snapshot: Snapshot | undefined;
  let guests: GuestInput | undefined;
  if (opts.snapshot) {
    const loaded = await loadSnapshot(opts.snapshot);
    if (loaded.snapshot.tenant.id.toLowerCase() !== saved.tenant.id.toLowerCase()) {
      throw new InputError(`snapshot ${opts.snapshot} is of tenant ${loaded.snapshot.tenant.id}, but result ${opts.result} is of tenant ${saved.tenant.id}`);
    }
    if (loaded.sha256 !== saved.snapshot.sha256) {
      log.warn(`snapshot ${opts.snapshot} is not the file result ${opts.result} was evaluated from (sha256 differs); guest and partner detail come from this snapshot`);
    }
    snapshot = loaded.snapshot;
    guests = loaded.guests;
  } else if (formats.some((f) => f === 'html' || f === 'xlsx')) {
    log.warn('without --snapshot the HTML and XLSX have no guest statistics, partner matrix or Conditional Access sheet');
  }
  const result = await postProcess(saved, workflow, snapshot, guests);
  for (const w of exceptionWarnings(result)) log.warn(w);
  const files = await writeReports({ result, ...(snapshot ? { snapshot } : {}), ...(guests ? { guests } : {}) }, opts.out, formats, renderOptions);
  log.info(`Reports written to ${opts.out}:`);
  for (const f of files) log.info(`  ${f}`);
  return 0;
}

export function registerReport(program: Command, done: (code: number) => void): void {
  program
    .command('report')
    .description('render reports (HTML, XLSX, SARIF, Markdown) from a saved result.json')
    .option('--result <file>', 'result.json written by `gatehouse scan`')
    .option('--snapshot <file>', 'the snapshot it was evaluated from: adds guest statistics, the partner matrix and the Guests, Partners and Conditional Access sheets')
    .option('--format <list>', 'comma-separated formats: json, md, html, xlsx, sarif, or all (default: all; json is always written)')
    .option('--out <dir>', 'output folder', 'reports/latest')
    .option('--exceptions <file>', 're-apply accepted risks from this file (default: ./gatehouse.exceptions.yaml, .yml or .json when present; expiry judged against the result\'s as-of date)')
    .option('--no-exceptions', 'ignore ./gatehouse.exceptions.* and drop the suppressions the result was written with')
    .option('--baseline <result.json>', 'previous scan result: adds "changes since the last scan" to the reports and baselineState to SARIF')
    .option(...RENDER_FLAGS.title)
    .option(...RENDER_FLAGS.brandName)
    .option(...RENDER_FLAGS.brandLogo)
    .option(...RENDER_FLAGS.sarifOmitPii)
    .option('--verbose', 'progress on stderr even when it is not a terminal')
    .option('--quiet', 'print nothing but errors')
    .action(async function (this: Command) {
      done(await reportCommand(this.opts() as ReportCommandOptions));
    });
}
