import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { loadBrandLogo } from '../../render/logo.js';
import { parseFormats, type RenderOptions } from '../../render/index.js';
import { writeReports } from '../../scan.js';
import { loadSnapshot, type GuestInput } from '../../snapshot/load.js';
import type { Snapshot } from '../../snapshot/snapshot.types.js';
import { createLogger } from '../log.js';
// Exceptions and baseline are applied again when re-rendering.
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

/** Add the branding and SARIF privacy options (shared by `scan` and `report`). */
export function addRenderOptions(cmd: Command): Command {
  for (const [flag, help] of Object.values(RENDER_FLAGS)) cmd.option(flag, help);
  return cmd;
}

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

// Reading result.json lives in the engine (diff reads results too); re-exported for embedders and tests.
import { loadResultFile } from '../../engine/result-file.js';
export { loadResultFile, RESULT_STREAM_THRESHOLD_BYTES } from '../../engine/result-file.js';

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
  let source: { path: string; sha256: string } | undefined;
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
    source = { path: loaded.path, sha256: loaded.sha256 };
  } else if (formats.some((f) => f === 'html' || f === 'xlsx')) {
    log.warn('without --snapshot the HTML and XLSX have no guest statistics, partner matrix or Conditional Access sheet');
  }
  const result = await postProcess(saved, workflow, snapshot, guests);
  for (const w of exceptionWarnings(result)) log.warn(w);
  const files = await writeReports({ result, ...(snapshot ? { snapshot } : {}), ...(guests ? { guests } : {}), ...(source ? { source } : {}) }, opts.out, formats, renderOptions);
  log.info(`Reports written to ${opts.out}:`);
  for (const f of files) log.info(`  ${f}`);
  return 0;
}

export function registerReport(program: Command, done: (code: number) => void): void {
  addRenderOptions(
    program
      .command('report')
      .description('render reports (HTML, XLSX, SARIF, Markdown) from a saved result.json')
      .option('--result <file>', 'result.json written by `gatehouse scan`')
      .option('--snapshot <file>', 'the snapshot it was evaluated from: adds guest statistics, the partner matrix and the Guests, Partners and Conditional Access sheets')
      .option('--format <list>', 'comma-separated formats: json, md, html, xlsx, sarif, or all (default: all; json is always written)')
      .option('--out <dir>', 'output folder', 'reports/latest')
      .option('--exceptions <file>', 're-apply accepted risks from this file (default: ./gatehouse.exceptions.yaml, .yml or .json when present; expiry judged against the result\'s as-of date)')
      .option('--no-exceptions', 'ignore ./gatehouse.exceptions.* and drop the suppressions the result was written with')
      .option('--baseline <result.json>', 'previous scan result: adds "changes since the last scan" to the reports and baselineState to SARIF'),
  )
    .option('--verbose', 'progress on stderr even when it is not a terminal')
    .option('--quiet', 'print nothing but errors')
    .action(async function (this: Command) {
      done(await reportCommand(this.opts() as ReportCommandOptions));
    });
}
