/**
 * Worker thread that writes guests.xlsx from the snapshot file (started by guest-workbook-job.ts). It reads the
 * guests from the file itself — nothing large crosses the thread boundary: with a layout from the main thread's load
 * (the skeleton and where each guest lies) it reads the guests straight away, else it loads the file as the main
 * thread would — and refuses a file whose bytes are not the ones the main thread evaluated.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { GuestSpans, SnapshotChangedError, guestsAtSpans } from '../snapshot/guest-spans.js';
import type { Guests } from '../snapshot/guests.js';
import type { Snapshot, User } from '../snapshot/snapshot.types.js';
import { writeGuestWorkbook } from './guest-workbook.js';

export interface GuestWorkbookWorkerData {
  snapshotPath: string;
  /** sha256 the main thread loaded; a different file is refused rather than listed. */
  snapshotSha256?: string;
  target: string;
  asOf: string;
  maxRowsPerSheet?: number;
  /**
   * The main thread's load of a large snapshot: its validated skeleton and the guests' byte spans (start, end, …).
   * `guestsValidated`: the main thread validates every guest in its own pass and cancels this job on a bad one, so
   * this thread only parses (the file's sha256 is still checked as it is read).
   */
  layout?: { skeleton: string; spans: Float64Array; guestsValidated: boolean };
}

export type GuestWorkbookWorkerReply = { ok: true; listed: number } | { ok: false; message: string; input: boolean };

/**
 * The snapshot as the main thread loaded it. Where that thread validates every guest itself (scan), the guests are
 * only parsed here, and the loader — with the generated validators, most of a megabyte of code — is not even loaded:
 * that was the larger part of this thread's start-up. A guest that does not parse then means the file changed.
 */
async function snapshotFor(data: GuestWorkbookWorkerData): Promise<{ snapshot: Snapshot; sha256: string; guests: Guests }> {
  const { layout, snapshotPath: file, snapshotSha256: sha256 } = data;
  if (!layout || !sha256) return (await import('../snapshot/load.js')).loadSnapshot(file);
  const spans = GuestSpans.fromArray(layout.spans);
  // Validated by the main thread's load; a changed file fails the sha256 check at the end of the guest pass.
  const snapshot = JSON.parse(layout.skeleton) as Snapshot;
  if (!layout.guestsValidated)
    return {
      snapshot,
      sha256,
      guests: (await import('../snapshot/load.js')).streamedGuests(file, spans, { validate: true, expectSha256: sha256 }),
    };
  const parse = (text: string): User => {
    try {
      return JSON.parse(text) as User;
    } catch {
      throw new SnapshotChangedError(`snapshot ${file} changed while it was being read; run the scan again`);
    }
  };
  return { snapshot, sha256, guests: guestsAtSpans(file, spans, { parse, expectSha256: sha256 }) };
}

const data = workerData as GuestWorkbookWorkerData;
let reply: GuestWorkbookWorkerReply;
try {
  const loaded = await snapshotFor(data);
  if (loaded.snapshot.data.guests) delete loaded.snapshot.data.guests;
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
  reply = { ok: false, message: (e as Error).message, input: e instanceof InputError || e instanceof SnapshotChangedError };
}
parentPort!.postMessage(reply);
