/**
 * Worker thread that writes report.xlsx from result.json (started by report-workbook-job.ts): the findings are read
 * from the file one at a time in the workbook's order, so this thread's heap never holds them; the rest comes in the
 * one message it waits for (the snapshot without guests, the rules' documentation, the summary's ranked checks, the
 * cover). The thread is started before result.json is written and its job arrives once the file is complete: by then
 * the modules below (exceljs above all) are loaded, which would otherwise hold up the last report by a few hundred
 * milliseconds.
 */
import { parentPort } from 'node:worker_threads';
import type { Snapshot } from '../snapshot/snapshot.types.js';
import type { CoverOptions } from './cover.js';
import type { RuleDoc } from './model.js';
import type { PriorityCheck } from './priorities.js';
import { ResultFindingsFile, type FindingLinesData } from './result-findings-file.js';
import { BlockClaims, blocksFromFile, type FindingBlocks, type HelperBlocksMessage } from './findings-sheet.js';
import { writeXlsx } from './xlsx.js';

/** What the thread is started with: only which worker to run (for the bundle's entry); the job comes as a message. */
export interface ReportWorkbookWorkerStart {
  kind: 'report-workbook';
}

export interface ReportWorkbookWorkerData {
  resultFile: string;
  /** Where each finding's line lies, as the main thread wrote the file: spares reading every line twice. */
  lines?: FindingLinesData;
  target: string;
  /** What the file must say to be the result this workbook is for. */
  expect: { findings: number; scannedAt: string; snapshotSha256: string };
  docs: Array<[string, RuleDoc]>;
  ranked: PriorityCheck[];
  snapshot?: Snapshot;
  title?: string;
  cover?: CoverOptions;
  guestCount?: number;
  maxRowsPerSheet?: number;
  /** The Findings sheet's rows shared out in blocks with the main thread (findings-sheet.ts). */
  split?: SharedFindingBlocks;
}

/** What the two threads share to write the Findings sheet's blocks. */
export interface SharedFindingBlocks {
  /** BlockClaims' memory. */
  claims: SharedArrayBuffer;
  blocks: number;
  blockRows: number;
  /** Room for the sheet's order (a Uint32 per finding: its line in result.json), filled by the worker. */
  order: SharedArrayBuffer;
}

export type ReportWorkbookWorkerReply = { ok: true } | { ok: false; message: string };

const data = await new Promise<ReportWorkbookWorkerData>((resolve) => parentPort!.once('message', resolve));
// The main thread's blocks come as the next message, if it takes any.
const helperMessage = new Promise<HelperBlocksMessage>((resolve) => parentPort!.once('message', resolve));

/** The Findings sheet's rows as blocks shared with the main thread: this thread works out and publishes the order. */
function sharedBlocks(file: ResultFindingsFile, split: SharedFindingBlocks): FindingBlocks {
  const order = new Uint32Array(split.order, 0, file.count);
  order.set(file.order());
  const claims = new BlockClaims(split.claims, split.blocks);
  claims.publishOrder();
  return {
    count: file.count,
    blockRows: split.blockRows,
    claims,
    at: (k) => file.at(order[k]!),
    othersBlocks: async function* () {
      yield* blocksFromFile(await helperMessage, claims.takenFromBack());
    },
  };
}

let reply: ReportWorkbookWorkerReply;
let file: ResultFindingsFile | undefined;
try {
  file = ResultFindingsFile.open(data.resultFile, data.lines);
  const { result } = file;
  if (
    file.count !== data.expect.findings ||
    result.scannedAt !== data.expect.scannedAt ||
    result.snapshot?.sha256 !== data.expect.snapshotSha256
  )
    throw new Error(`${data.resultFile} is not the result this workbook is for (it changed after it was written)`);
  const findings = file;
  await writeXlsx(
    result,
    data.snapshot,
    data.target,
    {
      docs: new Map(data.docs),
      ...(data.title ? { title: data.title } : {}),
      ...(data.cover ? { cover: data.cover } : {}),
      ...(data.guestCount !== undefined ? { guestCount: data.guestCount } : {}),
      ...(data.maxRowsPerSheet ? { maxRowsPerSheet: data.maxRowsPerSheet } : {}),
    },
    {
      sorted: () => findings.sorted(),
      withBaselineState: (state) => findings.withBaselineState(state),
      ranked: data.ranked,
      ...(data.split ? { blocks: sharedBlocks(findings, data.split) } : {}),
    },
  );
  reply = { ok: true };
} catch (e) {
  reply = { ok: false, message: (e as Error).message };
} finally {
  file?.close();
}
parentPort!.postMessage(reply);
