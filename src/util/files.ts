import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** Why a file could not be read, as the end of a sentence: "does not exist", "is a directory, expected …". */
export function unreadableReason(e: unknown, expected?: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EISDIR') return expected ? `is a directory, expected ${expected}` : 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ENOTREG') return `is not a regular file (a device, pipe or socket)${expected ? `, expected ${expected}` : ''}`;
  return `cannot be read (${code ?? String(e)})`;
}

/** `<what> <file> <reason>` as an input error (exit 2). */
export function unreadableFile(what: string, file: string, e: unknown, expected?: string): InputError {
  return new InputError(`${what} ${file} ${unreadableReason(e, expected)}`);
}

/** Config, exceptions and tenants files are written by hand: anything larger than this is not one. */
export const MAX_SETTINGS_FILE_BYTES = 4 * 1024 * 1024;

const notRegular = (isDirectory: boolean) =>
  Object.assign(new Error(isDirectory ? 'directory' : 'not a regular file'), { code: isDirectory ? 'EISDIR' : 'ENOTREG' });

/**
 * Size of a regular file, or the input error saying why it cannot be read. Devices, pipes and sockets are refused:
 * `/dev/zero` has size 0 and never ends, a pipe blocks.
 */
export async function regularFileSize(what: string, file: string, expected?: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw notRegular(info.isDirectory());
    return info.size;
  } catch (e) {
    throw unreadableFile(what, file, e, expected);
  }
}

/**
 * Read a file a user names, whole and once: a regular file only, at most `maxBytes` (a larger one is an input
 * error naming the limit). It is opened without blocking, so a FIFO in its place is refused instead of waiting for
 * a writer, and the size is taken from the opened file, so what is checked is what is read.
 */
export async function readInputFile(what: string, file: string, opts: { maxBytes: number; expected?: string }): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw unreadableFile(what, file, e, opts.expected);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw unreadableFile(what, file, notRegular(info.isDirectory()), opts.expected);
    if (info.size > opts.maxBytes)
      throw new InputError(
        `${what} ${file} is ${info.size.toLocaleString('en')} bytes; at most ${opts.maxBytes.toLocaleString('en')} are read`,
      );
    // A file that grows while it is read stops at the size checked (and at most one byte more, to notice it).
    const buffer = Buffer.alloc(info.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > info.size) throw new InputError(`${what} ${file} changed while it was being read; try again`);
    return buffer.subarray(0, filled);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw unreadableFile(what, file, e, opts.expected);
  } finally {
    await handle.close();
  }
}
