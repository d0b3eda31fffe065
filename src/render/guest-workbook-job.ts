/**
 * Writing guests.xlsx as a job that runs beside everything else. Past `WORKER_MIN_GUESTS` guests it runs on a
 * worker thread that reads the snapshot file itself, so `scan` starts it as soon as the snapshot is loaded and the
 * inventory (half the XLSX work at a million guests) is written on the second core while the rules run. Smaller
 * tenants, and snapshots with no file behind them, are written on this thread: a worker's start-up would cost more
 * than it saves.
 *
 * The workbook is written in a staging folder beside its target and moved into place when complete (see
 * util/staging.ts), so a failed or cancelled job leaves no half-written file and nothing temporary.
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GatehouseError, InputError } from '../errors.js';
import { workerScript } from '../paths.js';
import type { Snapshot } from '../snapshot/snapshot.types.js';
import { GUEST_WORKBOOK_FILE } from './formats.js';
import { writeGuestWorkbook } from './guest-workbook.js';
import type { GuestWorkbookWorkerData, GuestWorkbookWorkerReply } from './guest-workbook-worker.js';
import type { Guests } from '../snapshot/guests.js';
import { Staging } from '../util/staging.js';
import type { GuestSpans } from '../snapshot/guest-spans.js';
import { runWorker, workerAvailable, type WorkerRun } from './worker-thread.js';

/** From this many guests on, the inventory is written on a worker thread (when the snapshot is a file). */
export const WORKER_MIN_GUESTS = 20_000;

export interface GuestWorkbookRequest {
  outDir: string;
  asOf: Date;
  snapshot?: Snapshot;
  guests?: Guests;
  /** The snapshot file and its sha256, when there is one: lets the job run on a worker thread. */
  file?: { path: string; sha256: string };
  /** The load's layout of a large snapshot file: the worker reads the guests at once instead of loading the file again. */
  layout?: { skeleton: string; spans: GuestSpans };
  /** The caller validates every guest in its own pass and cancels this job on a bad one (scan's evaluation does). */
  guestsValidated?: boolean;
  maxRowsPerSheet?: number;
  /** Override the worker threshold (tests). */
  workerMinGuests?: number;
}

export interface GuestWorkbookJob {
  /** Resolves to the path of guests.xlsx once it is complete. */
  readonly done: Promise<string>;
  /** True when the job runs on a worker thread. */
  readonly threaded: boolean;
  /**
   * Stop the job and remove what it wrote: the partial file, guests.xlsx if this job finished it (never an earlier
   * scan's), and the output folder if the job created it and it is left empty.
   */
  cancel(): Promise<void>;
}

const WORKER_SCRIPT = workerScript(new URL('./guest-workbook-worker.js', import.meta.url));

export function startGuestWorkbook(request: GuestWorkbookRequest): GuestWorkbookJob {
  const outDir = resolve(request.outDir);
  const target = join(outDir, GUEST_WORKBOOK_FILE);
  const threaded =
    Boolean(request.file) &&
    (request.guests?.count ?? 0) >= (request.workerMinGuests ?? WORKER_MIN_GUESTS) &&
    workerAvailable(WORKER_SCRIPT);
  let worker: WorkerRun<GuestWorkbookWorkerReply> | undefined;
  let cancelled = false;
  let staging: Staging | undefined;
  let renamed = false;

  const write = async (staged: string): Promise<void> => {
    if (!threaded) {
      await writeGuestWorkbook(request.snapshot, staged, {
        asOf: request.asOf,
        ...(request.guests ? { guests: request.guests } : {}),
        ...(request.file ? { snapshotSha256: request.file.sha256 } : {}),
        ...(request.maxRowsPerSheet ? { maxRowsPerSheet: request.maxRowsPerSheet } : {}),
      });
      return;
    }
    const workerData: GuestWorkbookWorkerData = {
      snapshotPath: request.file!.path,
      snapshotSha256: request.file!.sha256,
      target: staged,
      asOf: request.asOf.toISOString(),
      ...(request.maxRowsPerSheet ? { maxRowsPerSheet: request.maxRowsPerSheet } : {}),
      ...(request.layout
        ? {
            layout: {
              skeleton: request.layout.skeleton,
              spans: request.layout.spans.toArray(),
              guestsValidated: Boolean(request.guestsValidated),
            },
          }
        : {}),
    };
    worker = runWorker<GuestWorkbookWorkerReply>(WORKER_SCRIPT, workerData, 'guest workbook', () => cancelled);
    const reply = await worker.reply;
    if (!reply.ok) throw reply.input ? new InputError(reply.message) : new Error(`writing ${GUEST_WORKBOOK_FILE} failed: ${reply.message}`);
  };

  const done = (async () => {
    try {
      staging = await Staging.open(outDir);
      // Cancelled before anything started: do not start a worker that cancel() can no longer see.
      if (cancelled) throw new GatehouseError('guest workbook cancelled', 70);
      await write(staging.file(GUEST_WORKBOOK_FILE));
      if (cancelled) throw new GatehouseError('guest workbook cancelled', 70);
      staging.commit();
      renamed = true;
      return target;
    } catch (e) {
      await worker?.terminate();
      await staging?.discard();
      throw e;
    } finally {
      await worker?.terminate();
    }
  })();
  // The caller awaits `done` (or cancels); an early failure must not also surface as an unhandled rejection.
  done.catch(() => undefined);

  return {
    done,
    threaded,
    async cancel() {
      cancelled = true;
      await worker?.terminate();
      await done.catch(() => undefined);
      // Only a file this job finished; a guests.xlsx of an earlier scan stays with that scan's other reports. (A
      // job that did not finish removed its staging folder, and the output folder when it had created it.)
      if (renamed) {
        await rm(target, { force: true }).catch(() => undefined);
        staging?.removeCreatedFolders();
      }
    },
  };
}
