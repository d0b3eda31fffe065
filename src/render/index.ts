import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result } from '../engine/result.types.js';
import type { Snapshot } from '../snapshot/snapshot.types.js';
import { InputError } from '../errors.js';
import type { AnyRule } from '../engine/rule.js';
import { renderHtml } from './html.js';
import { writeResultJson } from './json.js';
import { loadBrandLogo } from './logo.js';
import { guestStatisticsFrom, inlineGuests, sectionStatus, type GuestSource, type GuestStatistics } from './model.js';
import { renderMarkdown } from './markdown.js';
import { renderWorkflowMarkdown } from './diff-md.js';
import { renderSarif } from './sarif.js';
import { writeXlsx } from './xlsx.js';
import { startGuestWorkbook, type GuestWorkbookJob } from './guest-workbook-job.js';
import { GUEST_WORKBOOK_FILE } from './guest-workbook.js';

export interface RenderContext {
  result: Result;
  /** The snapshot the result came from, when available (partner matrix, guest sheets...). */
  snapshot?: Snapshot;
  outDir: string;
  options: RenderOptions;
  /** Rule documentation to render with (default: every rule gatehouse ships). */
  rules?: readonly AnyRule[];
  /** Guests, when the snapshot keeps them outside its inline array (a stream per call); default `snapshot.data.guests`. */
  guests?: GuestSource;
  /** Guest statistics already gathered (in the evaluation pass); saves the HTML renderer a pass over the guests. */
  guestStats?: GuestStatistics;
  /** How many guests `guests` yields, when known without a pass. */
  guestCount?: number;
  /** The snapshot file behind `snapshot`: lets a large guest inventory be written on a worker thread. */
  source?: { path: string; sha256: string };
  /** guests.xlsx already being written (scan starts it before evaluating); otherwise the xlsx format starts it. */
  guestWorkbook?: GuestWorkbookJob;
}

export interface RenderOptions {
  title?: string;
  brandName?: string;
  /** Path of a PNG or SVG logo; embedded as a data: URI. */
  brandLogo?: string;
  /** Keep UPNs, email addresses and guests' names out of SARIF messages and logical locations. */
  sarifOmitPii?: boolean;
}

/** File names of the reports in the output folder (the HTML and SARIF point readers at the workbook by name). */
export const REPORT_FILES = { json: 'result.json', md: 'summary.md', html: 'report.html', xlsx: 'report.xlsx', guestsXlsx: GUEST_WORKBOOK_FILE, sarif: 'report.sarif' } as const;

export type Renderer = (ctx: RenderContext) => Promise<string[]>;

/** Output formats by name; each writes its file(s) into the output folder and returns their paths. */
export const RENDERERS: Record<string, Renderer> = {
  json: async ({ result, outDir }) => {
    const file = join(outDir, 'result.json');
    await writeResultJson(result, file);
    return [file];
  },
  md: async ({ result, outDir }) => {
    const file = join(outDir, 'summary.md');
    // Changes since the baseline and exceptions needing attention, when present.
    await writeFile(file, renderMarkdown(result) + renderWorkflowMarkdown(result));
    return [file];
  },
  html: async ({ result, snapshot, outDir, options, rules, guests, guestStats: gathered }) => {
    const file = join(outDir, REPORT_FILES.html);
    const brandLogo = options.brandLogo ? await loadBrandLogo(options.brandLogo) : undefined;
    const guestStats = gathered ?? (snapshot ? await guestStatisticsFrom(snapshot, guests ?? inlineGuests(snapshot), new Date(result.asOf)) : undefined);
    const html = renderHtml(result, snapshot, {
      ...(guestStats ? { guestStats } : {}),
      ...(options.title ? { title: options.title } : {}),
      ...(options.brandName ? { brandName: options.brandName } : {}),
      ...(brandLogo ? { brandLogo } : {}),
      ...(rules ? { rules } : {}),
      xlsxName: REPORT_FILES.xlsx,
    });
    await writeFile(file, html);
    return [file];
  },
  xlsx: async (ctx) => {
    const { result, snapshot, outDir, options, rules } = ctx;
    const file = join(outDir, REPORT_FILES.xlsx);
    const inventory = ctx.guestWorkbook ?? startGuestWorkbook(guestWorkbookRequest(ctx));
    try {
      await writeXlsx(result, snapshot, file, { ...(options.title ? { title: options.title } : {}), ...(rules ? { rules } : {}) });
    } catch (e) {
      await inventory.cancel();
      throw e;
    }
    return [file, await inventory.done];
  },
  sarif: async ({ result, outDir, options, rules }) => {
    const file = join(outDir, REPORT_FILES.sarif);
    await writeFile(file, renderSarif(result, { omitPii: Boolean(options.sarifOmitPii), xlsxName: REPORT_FILES.xlsx, ...(rules ? { rules } : {}) }));
    return [file];
  },
};

/** Every format: result.json for tools, summary.md for CI, and the three reports. */
export const DEFAULT_FORMATS = ['json', 'md', 'html', 'xlsx', 'sarif'];

/** Parse `--format a,b`: unknown names are a usage error; json is always written (other tools read it). */
export function parseFormats(value: string | undefined): string[] {
  if (!value) return [...DEFAULT_FORMATS];
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const expanded = names.includes('all') ? Object.keys(RENDERERS) : names;
  for (const n of expanded) {
    if (!RENDERERS[n]) throw new InputError(`unknown format "${n}"; choose from ${Object.keys(RENDERERS).join(', ')} (or all)`);
  }
  return [...new Set(['json', ...expanded])];
}

export async function renderAll(formats: readonly string[], ctx: RenderContext): Promise<string[]> {
  // The guest inventory needs only the snapshot: start it first, so a worker thread writes it while the other
  // formats render on this one.
  const guestWorkbook = formats.includes('xlsx') ? (ctx.guestWorkbook ?? startGuestWorkbook(guestWorkbookRequest(ctx))) : undefined;
  const files: string[] = [];
  try {
    for (const f of formats) files.push(...(await RENDERERS[f]!({ ...ctx, ...(guestWorkbook ? { guestWorkbook } : {}) })));
  } catch (e) {
    await guestWorkbook?.cancel();
    throw e;
  }
  return files;
}

/** What guests.xlsx is written from, out of a render context. */
export function guestWorkbookRequest(ctx: RenderContext): Parameters<typeof startGuestWorkbook>[0] {
  const guests = ctx.guests ?? inlineGuests(ctx.snapshot);
  return {
    outDir: ctx.outDir,
    asOf: new Date(ctx.result.asOf),
    ...(ctx.snapshot ? { snapshot: ctx.snapshot, guests, guestCount: ctx.guestCount ?? ctx.snapshot.data.guests?.length ?? sectionStatus(ctx.snapshot, 'guests')?.itemCount ?? 0 } : {}),
    ...(ctx.source ? { source: ctx.source } : {}),
  };
}
