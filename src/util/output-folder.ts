import { lstatSync, readdirSync, readFileSync, rmdirSync, unlinkSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { exists, ReplaceError, Staging, writeTextFileSync } from './staging.js';

/*
 * An output folder holds one run's files. Everything a run writes goes to a staging folder inside it (staging.ts)
 * and is moved into place only when the run has finished; a run that fails or is interrupted leaves the folder as
 * it was. The folder keeps a record of what gatehouse put there (MANIFEST_FILE). When a run finishes, the files an
 * earlier run recorded that this run did not write are removed — so a folder never mixes two scans, say another
 * tenant's report.html beside this tenant's result.json — and named to the caller. Nothing gatehouse has no record
 * of writing is ever touched: the record names only gatehouse's own file names (`known`), so even a tampered
 * record cannot make gatehouse delete anything else.
 */

export const MANIFEST_FILE = '.gatehouse-manifest.json';

interface ManifestEntry {
  name: string;
  /** A subfolder holding a run of its own, with its own record (a tenant's folder under a portfolio). */
  folder?: true;
  /** For a snapshot: the sha256 of its bytes, so a later run evaluated from it keeps it. */
  sha256?: string;
}

interface Manifest {
  gatehouse: 1;
  files: ManifestEntry[];
}

export interface OutputFolderOptions {
  /** Every file name gatehouse writes in such a folder: only these are ever removed on an earlier run's record. */
  known: readonly string[];
  /** The names this run will write: a folder in the way of one is refused before any work starts. */
  writes: readonly string[];
  /** What names the folder in messages (default `--out`). */
  what?: string;
  /** File names gatehouse writes in a recorded subfolder (a portfolio's tenant folders hold scans). */
  subfolderKnown?: readonly string[];
}

export interface CommitOptions {
  /** sha256 of staged snapshot files, recorded so a later run evaluated from the same snapshot keeps it. */
  sha256?: Readonly<Record<string, string>>;
  /** The snapshot this run's result was evaluated from: an earlier run's recorded snapshot with this sha256 stays. */
  evaluatedSha256?: string;
  /** Subfolders this run wrote, each a run of its own with its own record (a portfolio's tenants). */
  folders?: readonly string[];
  /** Recorded subfolders that stay as they are although this run did not write them (a tenant that failed this time keeps its last scan). */
  keepFolders?: readonly string[];
  /** Files this run read (its snapshot, result or baseline): never removed, whatever an earlier record says. */
  inputs?: readonly string[];
}

export interface Committed {
  /** Final paths of the files this run wrote. */
  files: string[];
  /** Files (and subfolders, with a trailing /) an earlier run wrote that this run removed. */
  removed: string[];
  /** Known file names present with no record of who wrote them (a folder from before records were kept): left alone. */
  unrecorded: string[];
  /**
   * Files an earlier run wrote that this run should have removed and could not (on Windows, open in another program),
   * each with the reason's code, as `report.xlsx (EPERM)`: still recorded, so the next run removes them.
   */
  left: string[];
}

/** The names gatehouse gives subfolders (tenant slugs): nothing else is ever removed as one. */
const SUBFOLDER = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** An earlier run's record, or undefined when there is none (or it is not one: unreadable, a link, malformed). */
function readManifest(dir: string): Manifest | undefined {
  const path = join(dir, MANIFEST_FILE);
  try {
    // A record is a short list of names: anything else placed under its name is not one, and is not read whole.
    const info = lstatSync(path);
    if (!info.isFile() || info.size > 64 * 1024) return undefined;
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
    if (value.gatehouse !== 1 || !Array.isArray(value.files)) return undefined;
    const files = value.files.filter(
      (e): e is ManifestEntry =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.name === 'string' &&
        (e.sha256 === undefined || typeof e.sha256 === 'string') &&
        (e.folder === undefined || e.folder === true),
    );
    return { gatehouse: 1, files };
  } catch {
    return undefined;
  }
}

function writeManifest(dir: string, files: readonly ManifestEntry[]): void {
  const manifest: Manifest = { gatehouse: 1, files: [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
  writeTextFileSync(dir, MANIFEST_FILE, JSON.stringify(manifest, null, 2) + '\n');
}

/**
 * Remove a file or link of a recorded name (never a folder): `removed`, `absent` (nothing there, or a folder), or the
 * code of the error that kept it.
 */
function removeFile(path: string): 'removed' | 'absent' | { code: string } {
  try {
    if (lstatSync(path).isDirectory()) return 'absent';
  } catch {
    return 'absent';
  }
  try {
    unlinkSync(path);
    return 'removed';
  } catch (e) {
    return { code: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

export class OutputFolder {
  private constructor(
    readonly dir: string,
    private readonly staging: Staging,
    private readonly options: OutputFolderOptions,
  ) {}

  /**
   * Check the folder before any work starts and open its staging folder: `--out` naming a file, a folder that
   * cannot be written, or a folder where this run writes a file are input errors (exit 2), with nothing written.
   */
  static async open(dir: string, options: OutputFolderOptions): Promise<OutputFolder> {
    const what = options.what ?? '--out';
    const real = resolve(dir);
    const info = await stat(real).catch(() => undefined);
    if (info && !info.isDirectory()) throw new InputError(`${what} ${dir} is a file, not a folder`);
    if (info) {
      for (const name of options.writes) {
        const path = join(real, name);
        if (exists(path) && lstatSync(path).isDirectory())
          throw new InputError(
            `${what} ${dir}: ${name} there is a folder; gatehouse writes a file of that name and will not replace a folder`,
          );
      }
    }
    return new OutputFolder(real, await Staging.open(real, what), options);
  }

  /** The staging folder: where this run's files are written before the commit moves them into the folder. */
  get workDir(): string {
    return this.staging.path;
  }

  /** Where this run writes `name` (moved into the folder on commit). */
  file(name: string): string {
    return this.staging.file(name);
  }

  /** A private working file that is never moved into the folder (removed with the staging folder). */
  scratch(name: string): string {
    return this.staging.scratch(name);
  }

  /** The final path of a staged path (or of a name). */
  finalPath(staged: string): string {
    return staged.startsWith(this.staging.path) ? join(this.dir, staged.slice(this.staging.path.length + 1)) : staged;
  }

  /**
   * Move this run's files into the folder, then remove what an earlier run wrote that this run did not, and record
   * what the folder now holds. Synchronous (see staging.ts): no interruption lands halfway.
   */
  commit(opts: CommitOptions = {}): Committed {
    const known = new Set(this.options.known);
    const inputs = new Set((opts.inputs ?? []).map((p) => resolve(p)));
    const earlier = readManifest(this.dir);
    const staged = this.staging.staged();
    const written: ManifestEntry[] = [
      ...staged.map((name) => ({ name, ...(opts.sha256?.[name] ? { sha256: opts.sha256[name] } : {}) })),
      ...(opts.folders ?? []).filter((f) => SUBFOLDER.test(f)).map((name) => ({ name, folder: true as const })),
    ];
    const writes = new Set(written.map((e) => e.name));
    // A file this run read stays, and so does the snapshot this run's result was evaluated from, and a subfolder this
    // run means to keep.
    const stays = (e: ManifestEntry): boolean =>
      inputs.has(join(this.dir, e.name)) ||
      (e.folder ? (opts.keepFolders ?? []).includes(e.name) : e.sha256 !== undefined && e.sha256 === opts.evaluatedSha256);
    // Only gatehouse's own file names, and subfolders by a name gatehouse gives them, are ever removed.
    const stale = (earlier?.files ?? []).filter((e) => !writes.has(e.name) && (e.folder ? SUBFOLDER.test(e.name) : known.has(e.name)));
    const kept = stale.filter(stays);
    // Recorded before anything moves: whatever happens next, the record covers every file gatehouse put here.
    if (earlier) writeManifest(this.dir, [...earlier.files.filter((e) => !writes.has(e.name)), ...written]);
    const removed: string[] = [];
    const left: string[] = [];
    const stillThere: ManifestEntry[] = [];
    let files: string[];
    try {
      files = this.staging.commit(() => {
        for (const e of stale) {
          if (kept.includes(e)) continue;
          if (e.folder) {
            if (this.removeSubfolder(e.name, inputs)) removed.push(`${e.name}/`);
          } else {
            const removal = removeFile(join(this.dir, e.name));
            if (removal === 'removed') removed.push(e.name);
            else if (removal !== 'absent') {
              left.push(`${e.name} (${removal.code})`);
              stillThere.push(e);
            }
          }
        }
        writeManifest(this.dir, [...written, ...kept, ...stillThere]);
      });
    } catch (e) {
      // Every file was put back as it was (staging.ts): so is the record. Otherwise the record written above still
      // names every file this run may have left in the folder.
      if (e instanceof ReplaceError && e.restored && earlier) writeManifest(this.dir, earlier.files);
      throw e;
    }
    const unrecorded = earlier ? [] : this.options.known.filter((name) => !writes.has(name) && exists(join(this.dir, name)));
    return { files, removed, unrecorded, left };
  }

  /**
   * Remove what a recorded subfolder's own record says gatehouse wrote there (gatehouse's file names only), then the
   * record, then the subfolder when that leaves it empty. A subfolder without a record of its own is left alone.
   */
  private removeSubfolder(name: string, inputs: ReadonlySet<string>): boolean {
    const sub = join(this.dir, name);
    try {
      if (!lstatSync(sub).isDirectory()) return false;
    } catch {
      return false;
    }
    const record = readManifest(sub);
    if (!record) return false;
    const known = new Set(this.options.subfolderKnown ?? []);
    // A file this run read (a tenant's snapshot kept there, say) stays.
    for (const e of record.files) if (!e.folder && known.has(e.name) && !inputs.has(join(sub, e.name))) removeFile(join(sub, e.name));
    removeFile(join(sub, MANIFEST_FILE));
    try {
      if (readdirSync(sub).length === 0) rmdirSync(sub);
    } catch {
      // Left in place: something else is in it.
    }
    return true;
  }

  /** Give up: nothing of this run reaches the folder, and a folder this run created is removed again. */
  async discard(): Promise<void> {
    await this.staging.discard();
  }
}
