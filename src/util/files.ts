import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** Why a file could not be read, as the end of a sentence: "does not exist", "is a directory, expected …". */
export function unreadableReason(e: unknown, expected?: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EISDIR') return expected ? `is a directory, expected ${expected}` : 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? String(e)})`;
}

/** `<what> <file> <reason>` as an input error (exit 2). */
export function unreadableFile(what: string, file: string, e: unknown, expected?: string): InputError {
  return new InputError(`${what} ${file} ${unreadableReason(e, expected)}`);
}

/** Size of a regular file, or the input error saying why it cannot be read. */
export async function regularFileSize(what: string, file: string, expected?: string): Promise<number> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    return info.size;
  } catch (e) {
    throw unreadableFile(what, file, e, expected);
  }
}
