import type { Logger } from './log.js';

/**
 * What a run did to its output folder besides writing (see output-folder.ts): files of an earlier run it removed (the
 * folder holds one run) or could not remove (on Windows, open in another program: the folder holds two runs until
 * they go), and report-named files it left alone because no run recorded writing them. Its own small module, so that
 * the command definitions can name it without loading the output folder's code before a command runs.
 */
export function reportFolderChanges(
  out: string,
  changes: { removed: readonly string[]; left: readonly string[]; unrecorded?: readonly string[] },
  log: Logger,
  /** What wrote the folder before: `run`, or `portfolio` for a portfolio's folder. */
  earlier: 'run' | 'portfolio' = 'run',
): void {
  if (changes.removed.length)
    log.info(`Removed from the earlier ${earlier} in ${out} (not written by this one): ${changes.removed.join(', ')}`);
  if (changes.left.length)
    log.warn(
      `${out} still holds ${changes.left.join(', ')} from the earlier run, which could not be removed (open in another program?); close it and run again, or remove it yourself`,
    );
  if (changes.unrecorded?.length)
    log.warn(`${out} also holds ${changes.unrecorded.join(', ')}, which no gatehouse run recorded writing; left as they are`);
}
