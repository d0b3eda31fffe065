import { existsSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ReplaceError, Staging, type Rename } from '../../src/util/staging.js';
import { tempDirs } from '../support/temp-dirs.js';

/**
 * A set of files moves into its folder all or nothing, even when one of them cannot be replaced (on Windows a workbook
 * open in Excel; elsewhere an immutable file): the renames already done are undone and the earlier files are back
 * under their names. The failing rename is this test's own, so each case fails exactly where it says.
 */
const tempDir = tempDirs('staging');

/** A rename that refuses to move anything onto the names in `refused` (as Windows refuses a file open elsewhere). */
function refusing(refused: readonly string[], code = 'EPERM'): Rename {
  return (from, to) => {
    if (refused.some((name) => basename(to) === name))
      throw Object.assign(new Error(`${code}: operation not permitted, rename '${from}' -> '${to}'`), { code });
    renameSync(from, to);
  };
}

/** The folder's files and their text, staging folders left out. */
function folder(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => !name.startsWith('.gatehouse-staging-'))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** A folder whose a.json is a link to a file elsewhere, beside an ordinary b.html. */
function linkedFolder(): { dir: string; elsewhere: string } {
  const dir = tempDir();
  const elsewhere = join(tempDir(), 'target.txt');
  writeFileSync(elsewhere, 'not ours');
  symlinkSync(elsewhere, join(dir, 'a.json'));
  writeFileSync(join(dir, 'b.html'), 'old b.html');
  return { dir, elsewhere };
}

async function stage(dir: string, rename: Rename, names: readonly string[]): Promise<Staging> {
  const staging = await Staging.open(dir, 'output folder', rename);
  for (const name of names) writeFileSync(staging.file(name), `new ${name}`);
  return staging;
}

describe('a set that cannot all be moved into place', () => {
  it('puts back every file it had already replaced and takes away every new one: the folder is as it was', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), 'old a.json');
    writeFileSync(join(dir, 'c.xlsx'), 'old c.xlsx');
    const before = folder(dir);
    // a.json is replaced, b.html is new, then c.xlsx cannot be replaced.
    const staging = await stage(dir, refusing(['c.xlsx']), ['a.json', 'b.html', 'c.xlsx']);
    let error: unknown;
    try {
      staging.commit();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReplaceError);
    expect(error).toBeInstanceOf(InputError);
    expect((error as ReplaceError).restored).toBe(true);
    expect((error as Error).message).toBe(
      `could not replace ${join(dir, 'c.xlsx')} (EPERM): is it open in another program, or protected? Nothing in the folder was changed; close it or lift the protection, then run again`,
    );
    expect(folder(dir)).toEqual(before);
    // The new files are staged again, whole, for a caller that keeps one (a live scan keeps its snapshot).
    for (const name of ['a.json', 'b.html', 'c.xlsx']) expect(readFileSync(join(staging.path, name), 'utf8')).toBe(`new ${name}`);
    await staging.discard();
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'c.xlsx']);
  });

  it('the first file refused: nothing had moved, and nothing has', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), 'old a.json');
    const before = folder(dir);
    const staging = await stage(dir, refusing(['a.json'], 'EBUSY'), ['a.json', 'b.html']);
    expect(() => staging.commit()).toThrow(/could not replace .*a\.json \(EBUSY\): is it open in another program, or protected\? Nothing/);
    expect(folder(dir)).toEqual(before);
    await staging.discard();
  });

  it('says so when a replaced file cannot be put back either: the folder then mixes two runs', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), 'old a.json');
    writeFileSync(join(dir, 'b.html'), 'old b.html');
    // b.html is refused, and so is putting a.json back (a rename onto a.json from inside the staging folder).
    const rename: Rename = (from, to) => {
      if (basename(to) === 'b.html' || (basename(to) === 'a.json' && basename(from).startsWith('previous-')))
        throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      renameSync(from, to);
    };
    const staging = await stage(dir, rename, ['a.json', 'b.html']);
    let error: unknown;
    try {
      staging.commit();
    } catch (e) {
      error = e;
    }
    expect((error as ReplaceError).restored).toBe(false);
    expect((error as Error).message).toMatch(
      /could not replace .*b\.html \(EPERM\): is it open in another program, or protected\? The files already replaced could not all be put back \(a\.json\), so the folder now mixes two runs; close it/,
    );
    expect(folder(dir)).toEqual({ 'a.json': 'new a.json', 'b.html': 'old b.html' });
    await staging.discard();
  });

  it('a link it replaced has no second name: it is not put back, the new file stays, and the line says so', async () => {
    const { dir, elsewhere } = linkedFolder();
    const staging = await stage(dir, refusing(['b.html']), ['a.json', 'b.html']);
    expect(() => staging.commit()).toThrow(/could not all be put back \(a\.json\), so the folder now mixes two runs/);
    expect(folder(dir)).toEqual({ 'a.json': 'new a.json', 'b.html': 'old b.html' });
    expect(readFileSync(elsewhere, 'utf8')).toBe('not ours');
    await staging.discard();
  });

  it('a link of a replaced name is replaced as before (the link, never the file it points at), and a successful set keeps no second names', async () => {
    const { dir, elsewhere } = linkedFolder();
    const staging = await stage(dir, renameSync, ['a.json', 'b.html']);
    expect(staging.commit()).toEqual([join(dir, 'a.json'), join(dir, 'b.html')]);
    expect(folder(dir)).toEqual({ 'a.json': 'new a.json', 'b.html': 'new b.html' });
    expect(readFileSync(elsewhere, 'utf8')).toBe('not ours');
    expect(existsSync(staging.path)).toBe(false);
  });
});
