import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';

/*
 * How every file gatehouse writes reaches its place. Files are written into a staging folder: a new, private
 * (mode 0700), hidden folder inside the folder they belong in, created for this purpose, so nothing in it was
 * placed by anyone else — no symbolic link planted in an output folder is ever written through. When every file of
 * the set is complete, each is renamed onto its name in the real folder: a rename replaces a symbolic link rather
 * than following it, and a reader sees the old file or the new one, never half of one. Until then the real folder is
 * untouched; a failure, or an interruption (SIGINT, SIGTERM, SIGHUP), removes the staging folder, so nothing
 * temporary is left behind.
 *
 * The commit is synchronous on purpose: a handful of renames take well under a millisecond, and no signal handler
 * (which runs between asynchronous steps) can then find a set half moved into place.
 *
 * A rename can still fail partway through a set: on Windows a file open in another program cannot be replaced (a
 * workbook open in Excel, the usual case when a scan is run again), and elsewhere an immutable or otherwise protected
 * file cannot. The set stays all or nothing even then: before a file is replaced, the one it replaces is given a
 * second name inside the staging folder (a hard link, which copies nothing), and when a later rename fails, every
 * file already moved goes back to the staging folder and the earlier ones back under their names.
 */

const PREFIX = '.gatehouse-staging-';
/** The second name a replaced file keeps inside the staging folder until the set is in place. */
const PREVIOUS = 'previous-';

/** Moves a file onto a name, replacing what is there (renameSync). */
export type Rename = (from: string, to: string) => void;

/** A set that could not be moved into place: whether the folder holds again exactly what it held before. */
export class ReplaceError extends InputError {
  constructor(
    message: string,
    readonly restored: boolean,
  ) {
    super(message);
  }
}

/** A file moved into place: whether it replaced one, and that file's second name (when a link could be made). */
interface Placed {
  /** Where it was staged, and where it is now. */
  from: string;
  target: string;
  replaced: boolean;
  previous?: string;
}

/** Staging folders of this process not yet committed or discarded: what an interruption removes. */
const pending = new Set<Staging>();

/** What went wrong opening an output folder, as the end of a sentence. */
function outputProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'is a file, not a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be written (permission denied)';
  if (code === 'EROFS') return 'cannot be written (read-only file system)';
  if (code === 'ENOSPC') return 'cannot be written (no space left on the device)';
  return `cannot be written (${code ?? String(e)})`;
}

export class Staging {
  /** Names staged for the real folder, in the order they were asked for. */
  private readonly names: string[] = [];
  private done = false;

  private constructor(
    /** The real folder the files belong in (absolute). */
    readonly dir: string,
    /** The private staging folder inside it. */
    readonly path: string,
    /** The first folder this staging created on the way to `dir` (removed again when nothing is committed). */
    private readonly created: string | undefined,
    /** How a file is moved into place (a test puts one in that fails). */
    private readonly rename: Rename,
  ) {
    pending.add(this);
  }

  /**
   * Create the staging folder inside `dir` (and `dir` itself when missing). Problems are input errors naming
   * `what` (e.g. `--out`): a file where the folder should be, a folder that cannot be written.
   */
  static async open(dir: string, what = 'output folder', rename: Rename = renameSync): Promise<Staging> {
    const real = resolve(dir);
    let created: string | undefined;
    try {
      created = await mkdir(real, { recursive: true });
    } catch (e) {
      throw new InputError(`${what} ${dir} ${outputProblem(e)}`);
    }
    const path = join(real, `${PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      await mkdir(path, { mode: 0o700 });
    } catch (e) {
      if (created) removeCreated(real, created);
      throw new InputError(`${what} ${dir} ${outputProblem(e)}`);
    }
    return new Staging(real, path, created, rename);
  }

  /** Where to write the file that will be `name` in the real folder. */
  file(name: string): string {
    if (name !== basename(name) || name === '.' || name === '..') throw new Error(`not a file name: ${name}`);
    if (!this.names.includes(name)) this.names.push(name);
    return join(this.path, name);
  }

  /** A file that lives only while the staging folder does (never moved into the real folder). */
  scratch(name: string): string {
    return join(this.path, `scratch-${name}`);
  }

  /** Names staged so far. */
  staged(): readonly string[] {
    return this.names;
  }

  /**
   * Move every staged file onto its name in the real folder (replacing a file or symbolic link of that name),
   * then remove the staging folder. Returns the files' final paths. `between` runs after the files are in place
   * and before the staging folder goes (an output folder updates its record of what it holds there).
   */
  commit(between?: () => void): string[] {
    if (this.done) throw new Error('staging already finished');
    for (const name of this.names) {
      const target = join(this.dir, name);
      if (isDirectory(target))
        throw new InputError(`${target} is a folder; gatehouse writes a file of that name and will not replace a folder`);
    }
    const placed: Placed[] = [];
    for (const name of this.names) {
      const target = join(this.dir, name);
      const there = lstatOrNone(target);
      const replaced = there !== undefined;
      const previous = there?.isFile() ? keepPrevious(target, join(this.path, `${PREVIOUS}${name}`)) : undefined;
      try {
        this.rename(join(this.path, name), target);
      } catch (e) {
        const notPutBack = putBack(placed, this.rename);
        throw new ReplaceError(replaceFailure(target, e, notPutBack), notPutBack.length === 0);
      }
      placed.push({ from: join(this.path, name), target, replaced, ...(previous ? { previous } : {}) });
    }
    between?.();
    this.finish();
    return placed.map((p) => p.target);
  }

  /** Remove the folders this staging created on the way to the real one, each only when empty. */
  removeCreatedFolders(): void {
    if (this.created) removeCreated(this.dir, this.created);
  }

  /** Remove the staging folder, and the folders it created when they are left empty. Nothing reaches the real folder. */
  async discard(): Promise<void> {
    this.discardSync();
  }

  discardSync(): void {
    if (this.done) return;
    this.finish();
    this.removeCreatedFolders();
  }

  private finish(): void {
    this.done = true;
    pending.delete(this);
    rmSync(this.path, { recursive: true, force: true });
  }
}

function isDirectory(path: string): boolean {
  return lstatOrNone(path)?.isDirectory() ?? false;
}

/** Is there anything (a file, a folder, a link, even a broken one) at `path`? */
export function exists(path: string): boolean {
  return lstatOrNone(path) !== undefined;
}

/** What is at `path` (a link itself, not what it points at), or undefined when nothing is. */
function lstatOrNone(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Give the regular file at `target` a second name at `previous` (a hard link: the same file, nothing copied), so that
 * it can be put back. Undefined when the file system makes no hard links (FAT, some network shares). A symbolic link
 * or anything else that is not a regular file gets none: it is replaced as before, and not put back.
 */
function keepPrevious(target: string, previous: string): string | undefined {
  try {
    linkSync(target, previous);
    return previous;
  } catch {
    return undefined;
  }
}

/**
 * Undo the renames of a set that failed partway, newest first: each new file goes back to the staging folder (the
 * caller may still want it: a live scan keeps the snapshot it collected), and each earlier file back under its name.
 * A name whose earlier file has no second name keeps the new one (better a complete new file than none). Returns the
 * names that are not as they were.
 */
function putBack(placed: readonly Placed[], rename: Rename): string[] {
  const failed: string[] = [];
  for (const { from, target, replaced, previous } of [...placed].reverse()) {
    try {
      if (previous) {
        // The new file keeps its staged name as well, then the earlier one replaces it under the real name in one step.
        try {
          linkSync(target, from);
        } catch {
          // No hard links here: the new file is then lost to the put-back, the earlier one still returns.
        }
        rename(previous, target);
      } else if (!replaced) rename(target, from);
      else failed.push(basename(target));
    } catch {
      failed.push(basename(target));
    }
  }
  return failed;
}

/** The one line a failed replacement ends the run with: what failed, the likely cause, and what the folder holds now. */
function replaceFailure(target: string, e: unknown, notPutBack: readonly string[]): string {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  // What Windows answers for a file another program holds open, and what a protected file gets anywhere.
  const heldOrProtected = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
  const state = notPutBack.length
    ? `The files already replaced could not all be put back (${notPutBack.join(', ')}), so the folder now mixes two runs`
    : 'Nothing in the folder was changed';
  return heldOrProtected
    ? `could not replace ${target} (${code}): is it open in another program, or protected? ${state}; close it or lift the protection, then run again`
    : `could not replace ${target} (${code}). ${state}`;
}

/** Remove `dir` and its parents up to `created` (the first folder made for it), each only when empty. */
function removeCreated(dir: string, created: string): void {
  for (let d = dir; d.length >= created.length; d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      break;
    }
    if (d === created) break;
  }
}

/**
 * Remove every staging folder this process has open: what an interrupted or crashing run calls before it ends.
 * Synchronous, as a signal or crash handler must be.
 */
export function discardAllStaging(): void {
  for (const s of [...pending]) {
    try {
      s.discardSync();
    } catch {
      // Best effort: the process is ending either way.
    }
  }
}

/**
 * Write one file through a staging folder beside it: `write` writes the path it is given, and the file appears under
 * `target` complete or not at all. Returns the absolute path of `target`.
 */
export async function writeFileAtomically(target: string, write: (path: string) => Promise<void>, what = 'output folder'): Promise<string> {
  const staging = await Staging.open(dirname(target), what);
  try {
    await write(staging.file(basename(target)));
    return staging.commit()[0]!;
  } catch (e) {
    await staging.discard();
    throw e;
  }
}

/** A text file written atomically, never through an existing file or link of its name. */
export async function writeTextFile(target: string, text: string | Uint8Array, what?: string): Promise<string> {
  return writeFileAtomically(target, (path) => writeFile(path, text, { flag: 'wx' }), what);
}

/** Synchronous counterpart of writeTextFile, for the commit of an output folder (see above why commits are synchronous). */
export function writeTextFileSync(dir: string, name: string, text: string): void {
  const path = join(dir, `${PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
  mkdirSync(path, { mode: 0o700 });
  try {
    writeFileSync(join(path, name), text, { flag: 'wx' });
    renameSync(join(path, name), join(dir, name));
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
}
