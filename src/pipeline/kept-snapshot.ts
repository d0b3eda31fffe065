import { constants, copyFileSync, linkSync } from 'node:fs';
import { join } from 'node:path';
import { GatehouseError } from '../errors.js';
import type { Logger } from '../util/log.js';

/** Tries at a free name before giving up (an earlier failed run of the same collection time took the first). */
const MAX_TRIES = 100;

/**
 * A live scan that fails after its collection keeps what it collected: the snapshot, complete in the staging folder,
 * takes a name of its own beside the reports — `snapshot-<collection time>.json`, never a report's or an earlier
 * snapshot's — so the Graph reads behind it (an hour, in a large tenant) are not lost to a workbook left open in
 * Excel. The reports stay as the last complete run left them, and gatehouse never removes the kept file (it is not
 * one of its report names): it is the caller's, to scan with --snapshot. Returns its path, or undefined when no name
 * could be made.
 */
export function keepCollectedSnapshot(staged: string, dir: string, collectedAt: string): string | undefined {
  const stamp = collectedAt.replace(/\.\d+(?=Z$)/, '').replace(/[^0-9TZ]/g, '');
  for (let n = 1; n <= MAX_TRIES; n++) {
    const target = join(dir, `snapshot-${stamp}${n > 1 ? `-${n}` : ''}.json`);
    try {
      // A second name for the same file (nothing copied, and never over an existing file); the staging folder's own
      // name goes with it. Where the file system has no hard links, a copy that also refuses an existing file.
      try {
        linkSync(staged, target);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw e;
        copyFileSync(staged, target, constants.COPYFILE_EXCL);
      }
      return target;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
  }
  return undefined;
}

/**
 * Say where the kept snapshot is: on the run's own one-line error when it has one (exit 2 or 3 and the like), else on
 * a line of its own before the error (a crash keeps its report). Returns the error to throw.
 */
export function sayKept(error: unknown, kept: string, log: Logger): unknown {
  const note = `The snapshot this run collected is kept as ${kept}: scan it with --snapshot to skip collecting again`;
  if (error instanceof GatehouseError) error.message = `${error.message.replace(/[.\s]+$/, '')}. ${note}`;
  else log.warn(`${note}.`);
  return error;
}
