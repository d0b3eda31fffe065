/**
 * Worker thread that writes guests.xlsx from the snapshot file (started by guest-workbook-job.ts). It reads and
 * validates the snapshot itself — nothing large crosses the thread boundary — and refuses a file whose bytes are
 * not the ones the main thread evaluated.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { loadSnapshot } from '../snapshot/load.js';
import { writeGuestWorkbook } from './guest-workbook.js';

export interface GuestWorkbookWorkerData {
  snapshotPath: string;
  /** sha256 the main thread loaded; a different file is refused rather than listed. */
  snapshotSha256?: string;
  target: string;
  asOf: string;
  maxRowsPerSheet?: number;
}

export type GuestWorkbookWorkerReply = { ok: true; listed: number } | { ok: false; message: string; input: boolean };

const data = workerData as GuestWorkbookWorkerData;
let reply: GuestWorkbookWorkerReply;
try {
  const loaded = await loadSnapshot(data.snapshotPath);
  if (data.snapshotSha256 && loaded.sha256 !== data.snapshotSha256) {
    throw new InputError(`snapshot ${data.snapshotPath} changed while it was being read (sha256 differs); run the scan again`);
  }
  const listed = await writeGuestWorkbook(loaded.snapshot, data.target, {
    asOf: new Date(data.asOf),
    guests: loaded.guests,
    snapshotSha256: loaded.sha256,
    ...(data.maxRowsPerSheet ? { maxRowsPerSheet: data.maxRowsPerSheet } : {}),
  });
  reply = { ok: true, listed };
} catch (e) {
  reply = { ok: false, message: (e as Error).message, input: e instanceof InputError };
}
parentPort!.postMessage(reply);
