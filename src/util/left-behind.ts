/**
 * The warning for files of an earlier run that the output folder's commit could not remove (see output-folder.ts):
 * the folder holds two runs until they go. Its own module, so that the command definitions can name it without
 * loading the output folder's code before a command runs.
 */
export function leftBehind(out: string, left: readonly string[]): string {
  return `${out} still holds ${left.join(', ')} from the earlier run, which could not be removed (open in another program?); close it and run again, or remove it yourself`;
}
