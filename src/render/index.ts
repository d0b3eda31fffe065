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
import { ReportWorkbookThread, reportWorkbookOnWorker, startReportWorkbook, type ReportWorkbookJob } from './report-workbook-job.js';
import { ruleDocs } from './model.js';
import { FindingLines } from './result-findings-file.js';
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
  /** report.xlsx being written on a worker thread (renderAll starts it once result.json is written). */
  reportWorkbook?: ReportWorkbookJob;
  /** Filled by the json format with where each finding's line lies in result.json (for report.xlsx's worker). */
  resultLines?: FindingLines;
  /** From this many findings report.xlsx is written on a worker (default WORKER_MIN_FINDINGS; tests lower it). */
  reportWorkerMinFindings?: number;
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
  json: async ({ result, outDir, resultLines }) => {
    const file = join(outDir, REPORT_FILES.json);
    await writeResultJson(result, file, resultLines);
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
      if (ctx.reportWorkbook) {
        // Nothing else is left to render here: this thread writes part of the Findings sheet while it waits.
        await ctx.reportWorkbook.help();
        await ctx.reportWorkbook.done;
      } else
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

/**
 * Render the formats; returns their files in format order. Both workbooks run beside the rest where they are large:
 * the guest inventory needs only the snapshot, so it starts first (a worker thread writes it while the other formats
 * render on this one); report.xlsx, past WORKER_MIN_FINDINGS findings, is written on a worker from result.json, so
 * result.json is written first (the worker starts beside it and loads its modules meanwhile), then HTML, SARIF and
 * Markdown render while the worker writes, and the XLSX format comes last and waits for it.
 */
export async function renderAll(formats: readonly Format[], ctx: RenderContext): Promise<string[]> {
  const guestWorkbook = formats.includes('xlsx') ? (ctx.guestWorkbook ?? startGuestWorkbook(guestWorkbookRequest(ctx))) : undefined;
  const threaded =
    formats.includes('xlsx') && formats.includes('json') && reportWorkbookOnWorker(ctx.result.findings.length, ctx.reportWorkerMinFindings);
  const order: readonly Format[] = threaded ? ['json', ...formats.filter((f) => f !== 'json' && f !== 'xlsx'), 'xlsx'] : formats;
  const written = new Map<Format, string[]>();
  // Started now, the worker loads its modules while result.json is written, and takes its job once the file is there.
  const reportThread = threaded ? new ReportWorkbookThread() : undefined;
  const resultLines = threaded ? new FindingLines() : undefined;
  let reportWorkbook: ReportWorkbookJob | undefined;
  try {
    for (const f of order) {
      written.set(
        f,
        await RENDERERS[f]!({
          ...ctx,
          ...(guestWorkbook ? { guestWorkbook } : {}),
          ...(reportWorkbook ? { reportWorkbook } : {}),
          ...(resultLines ? { resultLines } : {}),
        }),
      );
      if (f === 'json' && threaded) {
        reportWorkbook = startReportWorkbook(reportWorkbookRequest(ctx, written.get('json')![0]!, resultLines), reportThread);
        await reportWorkbook.handedOver;
      }
    }
  } catch (e) {
    if (reportWorkbook) await reportWorkbook.cancel();
    else await reportThread?.dismiss();
    await guestWorkbook?.cancel();
    throw e;
  }
  return formats.flatMap((f) => written.get(f)!);
}

/** What report.xlsx is written from on a worker: result.json just written, and what the workbook shows beside the findings. */
export function reportWorkbookRequest(
  ctx: RenderContext,
  resultFile: string,
  lines?: FindingLines,
): Parameters<typeof startReportWorkbook>[0] {
  const { result, evidence, options } = ctx;
  return {
    result,
    resultFile,
    ...(lines ? { lines } : {}),
    outDir: ctx.outDir,
    docs: ruleDocs(ctx.rules),
    ...(evidence ? { snapshot: evidence.snapshot, guestCount: evidence.guests.count } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.cover ? { cover: options.cover } : {}),
  };
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
