import { join } from 'node:path';
import type { Result } from '../engine/result.types.js';
import type { AnyRule } from '../engine/rule.js';
import type { GuestStatistics } from '../model/guest-statistics.js';
import type { Guests } from '../snapshot/guests.js';
import type { Snapshot } from '../snapshot/snapshot.types.js';
import { REPORT_FILES, type Format } from './formats.js';
import { renderHtml } from './html.js';
import { writeResultJson } from './json.js';
import type { BrandLogo } from './logo.js';
import type { CoverOptions } from './cover.js';
import { renderMarkdown } from './markdown.js';
import { renderWorkflowMarkdown } from './diff-md.js';
import { renderSarif } from './sarif.js';
import { writeXlsx } from './xlsx.js';
import { startGuestWorkbook, type GuestWorkbookJob, type GuestWorkbookRequest } from './guest-workbook-job.js';
import { writeFileAtomically, writeTextFile } from '../util/staging.js';

/** What the reports read beyond result.json: the snapshot it was evaluated from, its guests and their statistics. */
export interface SnapshotEvidence {
  /** The snapshot without its guests. */
  snapshot: Snapshot;
  guests: Guests;
  /** Gathered by an observer of the guest pass; needed for HTML when the guests were collected. */
  statistics?: GuestStatistics;
  /** The snapshot file and its sha256: lets a large guest inventory be written on a worker thread. */
  file?: { path: string; sha256: string };
}

export interface RenderContext {
  result: Result;
  /** The snapshot behind the result, when available (partner matrix, guest statistics and inventory...). */
  evidence?: SnapshotEvidence;
  outDir: string;
  options: RenderOptions;
  /** Rule documentation to render with: the rules the result was evaluated with. */
  rules: readonly AnyRule[];
  /** guests.xlsx already being written (scan starts it before evaluating); otherwise the xlsx format starts it. */
  guestWorkbook?: GuestWorkbookJob;
}

export interface RenderOptions {
  title?: string;
  brandName?: string;
  /** A PNG or SVG logo read once, when the flags were checked (`loadBrandLogo`); embedded as a data: URI. */
  brandLogo?: BrandLogo;
  /** Keep UPNs, email addresses and guests' names out of SARIF messages and logical locations. */
  sarifOmitPii?: boolean;
  /** The cover: client, who prepared the report, a scope replacing the derived one (checked by the CLI). */
  cover?: CoverOptions;
  /** `--brand-color`, already a strict `#rrggbb`. */
  brandColor?: string;
}

export type Renderer = (ctx: RenderContext) => Promise<string[]>;

/**
 * Output formats by name; each writes its file(s) into the output folder and returns their paths. Every file is
 * written atomically (util/staging.ts): complete or not at all, never through a link already in the folder.
 */
export const RENDERERS: Record<Format, Renderer> = {
  json: async ({ result, outDir }) => {
    const file = join(outDir, REPORT_FILES.json);
    await writeResultJson(result, file);
    return [file];
  },
  md: async ({ result, outDir, options, rules }) => {
    const file = join(outDir, REPORT_FILES.md);
    // Changes since the baseline and exceptions needing attention, when present.
    await writeTextFile(
      file,
      renderMarkdown(result, { rules, ...(options.cover ? { cover: options.cover } : {}) }) + renderWorkflowMarkdown(result),
    );
    return [file];
  },
  html: async ({ result, evidence, outDir, options, rules }) => {
    const file = join(outDir, REPORT_FILES.html);
    const brandLogo = options.brandLogo;
    const html = renderHtml(result, evidence?.snapshot, {
      ...(evidence?.statistics ? { guestStats: evidence.statistics } : {}),
      ...(options.title ? { title: options.title } : {}),
      ...(options.brandName ? { brandName: options.brandName } : {}),
      ...(brandLogo ? { brandLogo } : {}),
      ...(options.cover ? { cover: options.cover } : {}),
      ...(options.brandColor ? { brandColor: options.brandColor } : {}),
      rules,
      xlsxName: REPORT_FILES.xlsx,
    });
    await writeTextFile(file, html);
    return [file];
  },
  xlsx: async (ctx) => {
    const { result, evidence, outDir, options, rules } = ctx;
    const file = join(outDir, REPORT_FILES.xlsx);
    const inventory = ctx.guestWorkbook ?? startGuestWorkbook(guestWorkbookRequest(ctx));
    try {
      await writeFileAtomically(file, (path) =>
        writeXlsx(result, evidence?.snapshot, path, {
          ...(options.title ? { title: options.title } : {}),
          ...(options.cover ? { cover: options.cover } : {}),
          rules,
          ...(evidence ? { guestCount: evidence.guests.count } : {}),
        }),
      );
    } catch (e) {
      await inventory.cancel();
      throw e;
    }
    return [file, await inventory.done];
  },
  sarif: async ({ result, outDir, options, rules }) => {
    const file = join(outDir, REPORT_FILES.sarif);
    await writeTextFile(file, renderSarif(result, { omitPii: Boolean(options.sarifOmitPii), xlsxName: REPORT_FILES.xlsx, rules }));
    return [file];
  },
};

export async function renderAll(formats: readonly Format[], ctx: RenderContext): Promise<string[]> {
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
export function guestWorkbookRequest(ctx: Pick<RenderContext, 'result' | 'evidence' | 'outDir'>): GuestWorkbookRequest {
  const e = ctx.evidence;
  return {
    outDir: ctx.outDir,
    asOf: new Date(ctx.result.asOf),
    ...(e ? { snapshot: e.snapshot, guests: e.guests, ...(e.file ? { file: e.file } : {}) } : {}),
  };
}
