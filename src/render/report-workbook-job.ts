/**
 * Writing report.xlsx on a worker thread, beside the other formats. At hundreds of thousands of findings the
 * workbook is the longest report to write, and on the main thread — whose heap then holds every finding, so each
 * garbage collection walks them all — it takes twice as long per row as it does alone. Once result.json is written
 * (one finding per line), a worker reads the findings back from it one at a time (result-findings-file.ts) in a heap
 * of its own while this thread renders HTML, SARIF and Markdown; the XLSX format then waits for it.
 *
 * What the worker is handed besides the file's path is small: the snapshot without its guests (the partner,
 * identity-provider and Conditional Access sheets), the rules' documentation (plain data, so any rule set works), the
 * failing checks the summary names first, and the cover options. It checks that the file is the result it was
 * started for (finding count, scan time, snapshot sha256) and refuses anything else. The workbook is written in a
 * staging folder and moved into place only when complete: a failed or cancelled job leaves no report.xlsx.
 */
import { dirname, join, resolve } from 'node:path';
import { GatehouseError } from '../errors.js';
import type { Result } from '../engine/result.types.js';
import { workerScript } from '../paths.js';
import type { Snapshot } from '../snapshot/snapshot.types.js';
import { writeFileAtomically } from '../util/staging.js';
import type { CoverOptions } from './cover.js';
import { REPORT_FILES } from './formats.js';
import type { RuleDoc } from './model.js';
import type { FindingLines } from './result-findings-file.js';
import { TOP_ACTIONS, rankFailingChecks } from './priorities.js';
import type { ReportWorkbookWorkerData, ReportWorkbookWorkerReply, ReportWorkbookWorkerStart } from './report-workbook-worker.js';
import { BlockClaims, blockRowsFor, takeBlocksFromBack } from './findings-sheet.js';
import { EXCEL_MAX_DATA_ROWS } from './xlsx-table.js';
import { runWorker, workerAvailable, type WorkerRun } from './worker-thread.js';

/** From this many findings on, report.xlsx is written on a worker thread (when result.json is written first). */
export const WORKER_MIN_FINDINGS = 20_000;

const WORKER_SCRIPT = workerScript(new URL('./report-workbook-worker.js', import.meta.url));

/** Whether a result this large is written on a worker (and the compiled worker is there to run it). */
export function reportWorkbookOnWorker(findings: number, minFindings = WORKER_MIN_FINDINGS): boolean {
  return findings >= minFindings && workerAvailable(WORKER_SCRIPT);
}

export interface ReportWorkbookRequest {
  result: Result;
  /** The snapshot without its guests, when the result has one beside it. */
  snapshot?: Snapshot;
  /** result.json, as writeResultJson wrote it for `result`: the worker reads the findings from it. */
  resultFile: string;
  /** Where writeResultJson wrote each finding's line, when it recorded that: moved to the worker (not to be used after). */
  lines?: FindingLines;
  outDir: string;
  docs: ReadonlyMap<string, RuleDoc>;
  title?: string;
  cover?: CoverOptions;
  guestCount?: number;
  /** Data rows per sheet (tests lower it). */
  maxRowsPerSheet?: number;
  /** Rows per block of the Findings sheet shared with this thread (FINDING_BLOCK_ROWS; tests lower it). */
  blockRows?: number;
}

export interface ReportWorkbookJob {
  /** Resolves to the path of report.xlsx once it is complete. */
  readonly done: Promise<string>;
  /**
   * Settles once the worker has its job (or the job failed first). The job is handed over after a few file-system
   * steps (the staging folder); a caller about to render for a second or more without yielding — HTML — awaits this
   * first, or the worker would sit idle until that render ends.
   */
  readonly handedOver: Promise<void>;
  /** Stop the worker; `done` then rejects and no report.xlsx is left. */
  cancel(): Promise<void>;
  /**
   * Take blocks of the Findings sheet from the back while the worker takes them from the front (findings-sheet.ts),
   * until none is left: for a caller with nothing else to do before it awaits `done`. Resolves, to the rows this
   * thread wrote, when it has no more to take (or the job ended); a failure here fails the job, not this call.
   */
  help(): Promise<number>;
}

/**
 * The documentation the workbook shows, as plain data a worker can be sent: the fields a rule documents, without
 * the functions a rule's remediation may carry (they fill in one finding's ids, which the workbook does not do).
 */
function plainDocs(docs: ReadonlyMap<string, RuleDoc>): Array<[string, RuleDoc]> {
  return [...docs].map(([id, d]) => {
    const { summary, graph, portal, detail } = d.remediation;
    const doc: RuleDoc = {
      id: d.id,
      title: d.title,
      ...(d.action !== undefined ? { action: d.action } : {}),
      rationale: d.rationale,
      remediation: {
        summary,
        ...(graph ? { graph } : {}),
        ...(portal !== undefined ? { portal } : {}),
        ...(detail !== undefined ? { detail } : {}),
      },
      references: d.references,
      ...(d.frameworks ? { frameworks: d.frameworks } : {}),
      category: d.category,
      severity: d.severity,
      requires: d.requires,
      messages: d.messages,
      ...(d.personParams ? { personParams: d.personParams } : {}),
    };
    return [id, doc];
  });
}

/**
 * A report.xlsx worker thread started before its job: it loads its modules while this thread is still busy (writing
 * result.json), so the workbook starts at once when `startReportWorkbook` hands it the job. Given no job (a failure
 * first), `dismiss` stops it.
 */
export class ReportWorkbookThread {
  private cancelled = false;
  readonly run: WorkerRun<ReportWorkbookWorkerReply>;

  constructor() {
    const start: ReportWorkbookWorkerStart = { kind: 'report-workbook' };
    this.run = runWorker<ReportWorkbookWorkerReply>(WORKER_SCRIPT, start, 'report workbook', () => this.cancelled);
    // Its reply is awaited by the job it is given; a thread dismissed (or failing) before that must not also surface
    // as an unhandled rejection.
    this.run.reply.catch(() => undefined);
  }

  /** The caller stopped it: its reply then rejects as cancelled, not as a worker that failed. */
  cancel(): void {
    this.cancelled = true;
  }

  /** Stop a thread that was never given its job. */
  async dismiss(): Promise<void> {
    this.cancelled = true;
    await this.run.terminate();
  }
}

/** Write report.xlsx on a worker thread: `thread`, started ahead (see ReportWorkbookThread), or a new one. */
export function startReportWorkbook(request: ReportWorkbookRequest, thread?: ReportWorkbookThread): ReportWorkbookJob {
  const target = join(resolve(request.outDir), REPORT_FILES.xlsx);
  const { result } = request;
  let cancelled = false;
  let worker: ReportWorkbookThread | undefined;
  let settled = false;
  const count = result.findings.length;
  const maxRows = request.maxRowsPerSheet ?? EXCEL_MAX_DATA_ROWS;
  const blockRows = blockRowsFor(count, request.blockRows);
  const blocks = Math.ceil(count / blockRows);
  // Shared out only when there are blocks to share and every row goes on the first Findings sheet.
  const split =
    blocks > 1 && count <= maxRows
      ? { claims: BlockClaims.create(blocks), order: new SharedArrayBuffer(4 * count), blockRows, blocks }
      : undefined;
  let rowsFile: string | undefined;
  let helping: Promise<number> | undefined;
  const helpWith = async (shared: typeof split): Promise<number> => {
    if (!shared) return 0;
    await handedOver;
    // The worker publishes the sheet's order first thing; until then there is nothing to take.
    while (!shared.claims.orderPublished && !settled) await shared.claims.orderChange();
    const run = worker?.run;
    if (settled || !run || !rowsFile) return 0;
    const titles = new Map(result.rules.map((r) => [r.id, r.title]));
    const message = takeBlocksFromBack(result.findings, titles, shared, rowsFile, () => settled);
    if (!message) return 0;
    const sent = await message;
    // A worker that ended meanwhile (a failure, a cancel) no longer listens: nothing is waiting for these blocks.
    if (!settled) run.send(sent);
    return sent.blocks.reduce((rows, b) => rows + b.rows, 0);
  };
  let handOver = (): void => undefined;
  const handedOver = new Promise<void>((resolve) => (handOver = resolve));
  const done = writeFileAtomically(target, async (staged) => {
    if (cancelled) throw new GatehouseError('report workbook cancelled', 70);
    const workerData: ReportWorkbookWorkerData = {
      resultFile: resolve(request.resultFile),
      target: staged,
      expect: { findings: result.findings.length, scannedAt: result.scannedAt, snapshotSha256: result.snapshot.sha256 },
      docs: plainDocs(request.docs),
      // The summary's actions need every finding to rank; this thread has them, the worker would have to re-read them.
      ranked: rankFailingChecks(result).slice(0, TOP_ACTIONS),
      ...(request.snapshot ? { snapshot: request.snapshot } : {}),
      ...(request.title ? { title: request.title } : {}),
      ...(request.cover ? { cover: request.cover } : {}),
      ...(request.guestCount !== undefined ? { guestCount: request.guestCount } : {}),
      ...(request.maxRowsPerSheet ? { maxRowsPerSheet: request.maxRowsPerSheet } : {}),
      ...(split ? { split: { claims: split.claims.buffer, blocks: split.blocks, blockRows: split.blockRows, order: split.order } } : {}),
    };
    // This thread's blocks go to a scratch file in the staging folder (removed with it), not to memory: they wait
    // there until the worker has written its own.
    rowsFile = join(dirname(staged), 'scratch-findings-rows');
    const lines = request.lines?.transfer();
    if (lines) workerData.lines = lines.data;
    worker = thread ?? new ReportWorkbookThread();
    try {
      worker.run.send(workerData, lines?.buffers);
      handOver();
      const reply = await worker.run.reply;
      if (!reply.ok) throw new Error(`writing ${REPORT_FILES.xlsx} failed: ${reply.message}`);
    } finally {
      await worker.run.terminate();
    }
  });
  // The caller awaits `done` (or cancels); an early failure must not also surface as an unhandled rejection.
  done
    .catch(() => undefined)
    .finally(() => {
      settled = true;
      split?.claims.wake();
      handOver();
    });
  return {
    done,
    handedOver,
    help() {
      // Once: the worker listens for one message of blocks.
      return (helping ??= helpWith(split));
    },
    async cancel() {
      cancelled = true;
      // A thread handed over but not yet running the job is stopped too (writeFileAtomically may not have called back).
      (worker ?? thread)?.cancel();
      await (worker ?? thread)?.run.terminate();
      await done.catch(() => undefined);
    },
  };
}
