/**
 * What the workbook jobs share about their worker threads (guest-workbook-job.ts, report-workbook-job.ts): where the
 * compiled worker is, and running one to its single reply.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GatehouseError } from '../errors.js';

/** The compiled worker sits next to its job's module; run from TypeScript sources (tests), there is none. */
export function workerAvailable(script: URL): boolean {
  return script.protocol === 'file:' && existsSync(fileURLToPath(script));
}

/** A running worker: its one reply, a way to send it what it waits for, and a way to stop it. */
export interface WorkerRun<Reply> {
  readonly reply: Promise<Reply>;
  /** Post a message to the worker (typed arrays in `transfer` move to it rather than being copied). */
  send(message: unknown, transfer?: ArrayBuffer[]): void;
  terminate(): Promise<void>;
}

/**
 * The young generation of a workbook worker, in MB (V8's default is 48: two 16 MB semi-spaces and their overflow).
 * Both workers stream — one guest or finding in, one row out — so little outlives a young collection, and the
 * default size only lets dead row text and chunk buffers pile up. Writing guests.xlsx for 300,000 guests on its own,
 * 24 MB took the worker's share of the process's peak RSS from about 118 MB to 82 MB for the same CPU time; 12 and
 * 6 MB saved little more.
 */
const WORKER_YOUNG_GENERATION_MB = 24;

/**
 * Start `script` with `workerData` and wait for the one message it posts. A worker that exits without replying
 * (terminated, or killed by a fatal error) rejects: as `cancelled` when `isCancelled()` says the caller stopped it,
 * else naming `what` and the exit code (exit code 70, an internal failure).
 */
export function runWorker<Reply>(script: URL, workerData: unknown, what: string, isCancelled: () => boolean): WorkerRun<Reply> {
  const worker = new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  const reply = new Promise<Reply>((resolveReply, reject) => {
    let answered = false;
    worker.once('message', (m: Reply) => {
      answered = true;
      resolveReply(m);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered)
        reject(
          new GatehouseError(isCancelled() ? `${what} cancelled` : `the ${what} worker stopped (exit code ${code}) before finishing`, 70),
        );
    });
  });
  return {
    reply,
    send: (message, transfer) => worker.postMessage(message, transfer),
    terminate: async () => void (await worker.terminate()),
  };
}
