import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { parseFormats } from '../../pipeline/options.js';
import type { RenderOptions } from '../../render/index.js';
import { createLogger } from '../../util/log.js';
import { reportFolderChanges } from '../../util/folder-changes.js';

/** Branding and SARIF privacy flags, shared by `scan` and `report`. */
export interface RenderFlags {
  title?: string;
  brandName?: string;
  brandLogo?: string;
  brandColor?: string;
  client?: string;
  preparedBy?: string;
  scope?: string;
  sarifOmitPii?: boolean;
}

const RENDER_FLAGS = {
  title: ['--title <text>', 'report title in the HTML and XLSX (default "External identity security review")'],
  brandName: ['--brand-name <text>', 'your organisation name above the HTML title (for consultants)'],
  brandLogo: ['--brand-logo <file>', 'PNG or SVG logo embedded in the HTML (at most 2 MiB; SVG is shown as an image, never run)'],
  brandColor: ['--brand-color <#rrggbb>', 'accent colour of the HTML (#rgb or #rrggbb; darkened for text when too light to read)'],
  client: ['--client <name>', 'client the report is prepared for, on the cover (default: the tenant display name)'],
  preparedBy: ['--prepared-by <name>', 'who prepared the report, on the cover and in the summaries'],
  scope: ['--scope <text>', 'scope statement on the cover, instead of the one derived from the checks run'],
  sarifOmitPii: ['--sarif-omit-pii', 'keep UPNs, email addresses and guest names out of SARIF messages and locations'],
} as const satisfies Record<keyof RenderFlags, readonly [string, string]>;

/** Add the branding and SARIF privacy options (shared by `scan` and `report`). */
export function addRenderOptions(cmd: Command): Command {
  for (const [flag, help] of Object.values(RENDER_FLAGS)) cmd.option(flag, help);
  return cmd;
}

/** Longest cover text accepted, per flag: a cover line, not a document. */
const COVER_TEXT_MAX = { client: 120, preparedBy: 120, scope: 600 } as const;

/** Check the render flags (the logo is read and validated now, once, so a bad one writes nothing). */
export async function renderOptionsFrom(flags: RenderFlags): Promise<RenderOptions> {
  if (flags.title !== undefined && !flags.title.trim()) throw new InputError('--title must not be empty');
  if (flags.brandName !== undefined && !flags.brandName.trim()) throw new InputError('--brand-name must not be empty');
  const client = coverText('--client', flags.client, COVER_TEXT_MAX.client);
  const preparedBy = coverText('--prepared-by', flags.preparedBy, COVER_TEXT_MAX.preparedBy);
  const scope = coverText('--scope', flags.scope, COVER_TEXT_MAX.scope);
  const brandColor =
    flags.brandColor === undefined ? undefined : (await import('../../pipeline/branding.js')).brandColour(flags.brandColor);
  const brandLogo = flags.brandLogo ? await (await import('../../pipeline/branding.js')).readBrandLogo(flags.brandLogo) : undefined;
  return {
    ...(flags.title ? { title: flags.title } : {}),
    ...(flags.brandName ? { brandName: flags.brandName } : {}),
    ...(brandLogo ? { brandLogo } : {}),
    ...(brandColor ? { brandColor } : {}),
    ...(client || preparedBy || scope
      ? { cover: { ...(client ? { client } : {}), ...(preparedBy ? { preparedBy } : {}), ...(scope ? { scope } : {}) } }
      : {}),
    ...(flags.sarifOmitPii ? { sarifOmitPii: true } : {}),
  };
}

/**
 * A cover text from the command line: trimmed, not empty, at most `max` characters, and without control or
 * bidirectional-override characters (a line break or a right-to-left override on a client's cover is never meant).
 * The reports escape it anyway; refusing it here says so to the person who typed it.
 */
function coverText(flag: string, value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!text) throw new InputError(`${flag} must not be empty`);
  const bad = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/.exec(value);
  if (bad)
    throw new InputError(
      `${flag} must not contain control or text-direction characters (found U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`,
    );
  if ([...text].length > max) throw new InputError(`${flag} is ${[...text].length} characters long; at most ${max} are allowed`);
  return text;
}

/** `--exceptions <file>` / `--no-exceptions` / `--baseline <file>` as the pipeline's workflow options. */
export function workflowOptions(opts: { exceptions?: string | false; baseline?: string }): {
  exceptions?: string;
  noExceptions: boolean;
  baseline?: string;
} {
  return {
    ...(typeof opts.exceptions === 'string' ? { exceptions: opts.exceptions } : {}),
    noExceptions: opts.exceptions === false,
    ...(opts.baseline ? { baseline: opts.baseline } : {}),
  };
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
  const { rerender } = await import('../../pipeline/report.js');
  const { files, ...changes } = await rerender({
    resultPath: opts.result,
    ...(opts.snapshot ? { snapshotPath: opts.snapshot } : {}),
    formats,
    out: opts.out,
    workflow: workflowOptions(opts),
    renderOptions,
    log,
  });
  log.info(`Reports written to ${opts.out}:`);
  for (const f of files) log.info(`  ${f}`);
  reportFolderChanges(opts.out, changes, log);
  return 0;
}

export function registerReport(program: Command, done: (code: number) => void): void {
  addRenderOptions(
    program
      .command('report')
      .description('render reports (HTML, XLSX, SARIF, Markdown) from a saved result.json')
      .option('--result <file>', 'result.json written by `gatehouse scan`')
      .option(
        '--snapshot <file>',
        'the snapshot it was evaluated from: adds guest statistics, the partner matrix and the Guests, Partners and Conditional Access sheets',
      )
      .option('--format <list>', 'comma-separated formats: json, md, html, xlsx, sarif, or all (default: all; json is always written)')
      .option('--out <dir>', 'output folder', 'reports/latest')
      .option(
        '--exceptions <file>',
        "re-apply accepted risks from this file (default: ./gatehouse.exceptions.yaml, .yml or .json when present; expiry judged against the result's as-of date)",
      )
      .option('--no-exceptions', 'ignore ./gatehouse.exceptions.* and drop the suppressions the result was written with')
      .option(
        '--baseline <result.json>',
        'previous scan result: adds "changes since the last scan" to the reports and baselineState to SARIF',
      ),
  )
    .option('--verbose', 'progress on stderr even when it is not a terminal')
    .option('--quiet', 'print nothing but errors')
    .action(async function (this: Command) {
      done(await reportCommand(this.opts<ReportCommandOptions>()));
    });
}
