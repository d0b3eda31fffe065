import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { RENDERERS } from '../../src/render/index.js';
import { modelFromSnapshot } from '../../src/simulator/model.js';
import type { GraphSimulator } from '../../src/simulator/server.js';
import { MANIFEST_FILE } from '../../src/util/output-folder.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { baseSnapshot } from '../support/fixtures.js';
import { tempDirs } from '../support/temp-dirs.js';
import { fakeJwt, startSim } from '../simulator/harness.js';

/**
 * Outputs are safe to write and never half-written: every file appears complete or not at all, never through a link
 * planted in the output folder; a failed or interrupted run leaves the folder as the last complete run left it and
 * no staging folder behind; an output folder holds one scan (files an earlier run wrote that this run does not are
 * removed and named, nothing else is touched); and a bad --out is exit 2 with one line before any request is sent.
 */
const tempDir = tempDirs('outputs');
const DEMO = packagePath('fixtures', 'snapshots', 'demo.json');
const BASE = packagePath('fixtures', 'snapshots', 'base.json');
const AS_OF = ['--as-of', '2026-11-27'];
const TOKEN = fakeJwt({ tid: baseSnapshot().tenant.id, appid: 'outputs-test' });
const ALL_REPORTS = ['guests.xlsx', 'report.html', 'report.sarif', 'report.xlsx', 'result.json', 'summary.md'];

let sim: GraphSimulator;
beforeAll(async () => {
  sim = await startSim({ model: modelFromSnapshot(baseSnapshot()) });
});
afterEach(() => vi.restoreAllMocks());

/** Every entry of a folder with its bytes (links as their target), to compare a folder before and after. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => {
        const path = join(dir, name);
        const info = lstatSync(path);
        return [name, info.isSymbolicLink() ? `link` : info.isDirectory() ? 'folder' : readFileSync(path).toString('base64')];
      }),
  );
}

/**
 * A file that cannot be replaced, made for real: `chattr +i` (root, on ext4 and the like) refuses a rename onto it
 * with EPERM, as Windows refuses one onto a workbook open in Excel. Outside CI a machine without it skips that test;
 * under CI=true it runs, and fails loudly where chattr does not work.
 */
function chattr(flag: '+i' | '-i', path: string): boolean {
  return spawnSync('chattr', [flag, path], { stdio: 'ignore' }).status === 0;
}
const IMMUTABLE_FILES = ((): boolean => {
  const probe = join(tempDir(), 'probe');
  writeFileSync(probe, 'x');
  const made = chattr('+i', probe);
  if (made) chattr('-i', probe);
  return made;
})();
const SKIP_IMMUTABLE = !IMMUTABLE_FILES && process.env.CI !== 'true';

/** Run `run` while `path` cannot be replaced or removed; the protection is lifted however `run` ends. */
async function whileImmutable<T>(path: string, run: () => Promise<T>): Promise<T> {
  expect(chattr('+i', path), 'chattr +i (root, on a file system with immutable files)').toBe(true);
  try {
    return await run();
  } finally {
    chattr('-i', path);
  }
}

/** stderr holds exactly one line. */
const oneLine = (stderr: string) => expect(stderr.split('\n').filter(Boolean), stderr).toHaveLength(1);

const stagingLeft = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.gatehouse-staging-') || f.endsWith('.partial'));
const reportsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f !== MANIFEST_FILE)
    .sort();

async function scan(out: string, ...args: string[]) {
  return cliInProcess(['scan', '--snapshot', DEMO, '--out', out, '--quiet', ...AS_OF, ...args]);
}

describe('never written through a link planted in the output folder', () => {
  it('a link under every report name to a file elsewhere: the file elsewhere is untouched, each report is a regular file', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    const victims: Record<string, string> = {};
    for (const name of ALL_REPORTS) {
      const victim = join(dir, `victim-${name}`);
      writeFileSync(victim, `precious ${name}`);
      victims[name] = victim;
      symlinkSync(victim, join(out, name));
    }
    const r = await scan(out);
    expect([0, 1], r.stderr).toContain(r.code);
    for (const name of ALL_REPORTS) {
      expect(readFileSync(victims[name]!, 'utf8')).toBe(`precious ${name}`);
      expect(lstatSync(join(out, name)).isFile(), name).toBe(true);
      expect(lstatSync(join(out, name)).isSymbolicLink(), name).toBe(false);
    }
  });

  it('a link as snapshot.json in a live scan, and as the file `collect --out` names: never written through', async () => {
    const dir = tempDir();
    const victim = join(dir, 'victim.json');
    writeFileSync(victim, 'precious');
    const out = join(dir, 'out');
    mkdirSync(out);
    symlinkSync(victim, join(out, 'snapshot.json'));
    const r = await cliInProcess([
      'scan',
      '--graph-url',
      sim.url,
      '--access-token',
      TOKEN,
      '--out',
      out,
      '--format',
      'json',
      '--quiet',
      ...AS_OF,
    ]);
    expect([0, 1], r.stderr).toContain(r.code);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(join(out, 'snapshot.json')).isFile()).toBe(true);

    const linked = join(dir, 'collected.json');
    symlinkSync(victim, linked);
    const c = await cliInProcess(['collect', '--graph-url', sim.url, '--access-token', TOKEN, '--out', linked, '--quiet']);
    expect(c.code, c.stderr).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(linked).isFile()).toBe(true);
  });

  it('a link as the portfolio files of scan --tenants: never written through', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'precious');
    for (const name of ['index.html', 'portfolio.json', 'portfolio.xlsx']) symlinkSync(victim, join(out, name));
    const tenants = join(dir, 'tenants.yaml');
    writeFileSync(tenants, `tenants:\n  - label: Demo\n    snapshot: ${DEMO}\n`);
    const r = await cliInProcess(['scan', '--tenants', tenants, '--out', out, '--format', 'json', '--quiet', ...AS_OF]);
    expect([0, 1], r.stderr).toContain(r.code);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    for (const name of ['index.html', 'portfolio.json', 'portfolio.xlsx']) expect(lstatSync(join(out, name)).isFile(), name).toBe(true);
  });
});

describe('every other --out is written the same way', () => {
  it('redact --out, diff --out and rules --out naming a link: the file elsewhere is untouched', async () => {
    const dir = tempDir();
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'precious');
    const link = (name: string) => {
      const path = join(dir, name);
      symlinkSync(victim, path);
      return path;
    };
    const redacted = link('redacted.json');
    const r = await cliInProcess(['redact', DEMO, '--out', redacted, '--quiet'], { env: { GATEHOUSE_REDACT_KEY: 'k'.repeat(32) } });
    expect(r.code, r.stderr).toBe(0);
    const drift = link('drift.md');
    const d = await cliInProcess(['diff', BASE, DEMO, '--out', drift, '--quiet']);
    expect(d.code, d.stderr).toBe(0);
    const rules = link('rules.md');
    expect((await cliInProcess(['rules', '--format', 'md', '--out', rules])).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    for (const path of [redacted, drift, rules]) expect(lstatSync(path).isFile(), path).toBe(true);
    expect(stagingLeft(dir)).toEqual([]);
  });
});

describe('complete or not at all', () => {
  it("a scan that fails while rendering over an earlier scan's folder: exit 70, the folder exactly as the earlier scan left it, no staging folder", async () => {
    const out = join(tempDir(), 'out');
    expect([0, 1]).toContain((await scan(out)).code);
    const before = contents(out);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(ALL_REPORTS));
    vi.spyOn(RENDERERS, 'sarif').mockRejectedValue(new Error('disk full while writing report.sarif'));
    const r = await cliInProcess(['scan', '--snapshot', BASE, '--out', out, '--quiet', ...AS_OF]);
    expect(r.code).toBe(70);
    expect(contents(out)).toEqual(before);
    expect(stagingLeft(out)).toEqual([]);
  });

  it.skipIf(SKIP_IMMUTABLE)(
    "a report that cannot be replaced (on Windows, open in Excel): exit 2, one line naming it, the earlier scan's folder exactly as it was",
    async () => {
      const out = join(tempDir(), 'out');
      // The earlier scan wrote the workbooks only (and result.json, which scan always writes): the
      // failing one also brings report.html, report.sarif and summary.md, new names that must not stay, nor stay recorded.
      expect([0, 1]).toContain((await scan(out, '--format', 'xlsx')).code);
      const before = contents(out);
      expect(Object.keys(before)).not.toContain('report.html');
      const locked = join(out, 'report.xlsx');
      await whileImmutable(locked, async () => {
        // Another tenant's snapshot: every report it writes differs from the one it would replace.
        const r = await cliInProcess(['scan', '--snapshot', BASE, '--out', out, '--quiet', ...AS_OF]);
        expect(r.code, r.stderr).toBe(2);
        oneLine(r.stderr);
        expect(r.stderr).toMatch(
          /could not replace .*report\.xlsx \(EPERM\): is it open in another program, or protected\? Nothing in the folder was changed; close it or lift the protection, then run again$/m,
        );
        expect(contents(out)).toEqual(before);
        expect(stagingLeft(out)).toEqual([]);
      });
    },
  );

  it.skipIf(SKIP_IMMUTABLE)(
    'a live scan whose report cannot be replaced keeps the snapshot it collected, under a name of its own, and says where',
    async () => {
      const out = join(tempDir(), 'out');
      const live = ['scan', '--graph-url', sim.url, '--access-token', TOKEN, '--out', out, '--quiet', ...AS_OF];
      expect([0, 1]).toContain((await cliInProcess(live)).code);
      const before = contents(out);
      const locked = join(out, 'report.xlsx');
      await whileImmutable(locked, async () => {
        const r = await cliInProcess(live);
        expect(r.code, r.stderr).toBe(2);
        oneLine(r.stderr);
        expect(r.stderr).toMatch(/could not replace .*report\.xlsx \(EPERM\).* Nothing in the folder was changed; /);
        const kept = /is kept as (\S+\/snapshot-\d{8}T\d{6}Z\.json): scan it with --snapshot/.exec(r.stderr)?.[1];
        expect(kept, r.stderr).toBeDefined();
        // The reports as the earlier scan left them, and beside them the new collection, whole and ready to scan.
        expect(contents(out)).toEqual({ ...before, [basename(kept!)]: expect.any(String) });
        const again = await cliInProcess(['scan', '--snapshot', kept!, '--out', join(tempDir(), 'again'), '--quiet', ...AS_OF]);
        expect([0, 1], again.stderr).toContain(again.code);
      });
    },
  );

  it.skipIf(SKIP_IMMUTABLE)(
    'collect over a snapshot that cannot be replaced: exit 2, the old file as it was, the new collection kept beside it',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'tenant.json');
      writeFileSync(file, 'the earlier collection');
      await whileImmutable(file, async () => {
        const r = await cliInProcess(['collect', '--graph-url', sim.url, '--access-token', TOKEN, '--out', file, '--quiet']);
        expect(r.code, r.stderr).toBe(2);
        oneLine(r.stderr);
        const kept = /could not replace .*tenant\.json \(EPERM\).* is kept as (\S+\/snapshot-\d{8}T\d{6}Z\.json): /.exec(r.stderr)?.[1];
        expect(kept, r.stderr).toBeDefined();
        expect(readFileSync(file, 'utf8')).toBe('the earlier collection');
        expect(readdirSync(dir).sort()).toEqual([basename(kept!), 'tenant.json']);
        expect((await cliInProcess(['validate', kept!])).code).toBe(0);
      });
    },
  );

  it('a first scan that fails while rendering leaves no folder at all', async () => {
    const out = join(tempDir(), 'nested', 'out');
    vi.spyOn(RENDERERS, 'html').mockRejectedValue(new Error('renderer failed'));
    const r = await scan(out);
    expect(r.code).toBe(70);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(out, '..'))).toBe(false);
  });

  it('report over an earlier folder that fails partway: the folder as it was', async () => {
    const out = join(tempDir(), 'out');
    expect([0, 1]).toContain((await scan(out)).code);
    const before = contents(out);
    vi.spyOn(RENDERERS, 'xlsx').mockRejectedValue(new Error('renderer failed'));
    const r = await cliInProcess(['report', '--result', join(out, 'result.json'), '--out', out, '--quiet']);
    expect(r.code).toBe(70);
    expect(contents(out)).toEqual(before);
  });

  const interrupted = (signal: 'SIGINT' | 'SIGTERM', code: number) =>
    it(
      `${signal} while the reports are being written: exit ${code}, the earlier scan's files as they were, no staging folder left`,
      { tags: ['slow'] },
      async () => {
        const dir = tempDir();
        const out = join(dir, 'out');
        expect([0, 1]).toContain((await scan(out)).code);
        const before = contents(out);
        // The built CLI, with the SARIF renderer held once it starts (the other reports are written by then): the signal
        // arrives mid-run on cue, not after a guessed delay.
        const script = join(dir, 'held.mjs');
        writeFileSync(
          script,
          [
            `import { installCrashGuard, main } from ${JSON.stringify(packagePath('dist', 'src', 'cli', 'main.js'))};`,
            `import { RENDERERS } from ${JSON.stringify(packagePath('dist', 'src', 'render', 'index.js'))};`,
            `RENDERERS.sarif = () => { process.stdout.write('held\\n'); setInterval(() => {}, 1000); return new Promise(() => {}); };`,
            'installCrashGuard();',
            `main(['node', 'gatehouse', 'scan', '--snapshot', ${JSON.stringify(BASE)}, '--out', ${JSON.stringify(out)}, '--quiet', '--as-of', '2026-11-27']).then((c) => { process.exitCode = c; });`,
          ].join('\n'),
        );
        const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
        await new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (d: Buffer) => String(d).includes('held') && resolve());
          child.on('exit', () => reject(new Error(`ended before it was held: ${stderr}`)));
        });
        // Mid-run: this run's files exist, staged, beside the earlier run's.
        expect(stagingLeft(out)).toHaveLength(1);
        child.kill(signal);
        const exit = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
        expect(exit, stderr).toBe(code);
        expect(stderr).toMatch(new RegExp(`interrupted \\(${signal}\\); nothing of this run was written`));
        expect(contents(out)).toEqual(before);
        expect(stagingLeft(out)).toEqual([]);
      },
    );
  interrupted('SIGINT', 130);
  interrupted('SIGTERM', 143);
});

describe('an output folder holds one scan', () => {
  it('re-scanning another tenant with --format json: the earlier reports are removed and named; files gatehouse did not write stay', async () => {
    const out = join(tempDir(), 'out');
    expect([0, 1]).toContain((await scan(out)).code);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    mkdirSync(join(out, 'evidence'));
    const r = await cliInProcess(['scan', '--snapshot', BASE, '--out', out, '--format', 'json', ...AS_OF]);
    expect(r.code, r.stderr).toBe(0);
    expect(reportsIn(out)).toEqual(['evidence', 'notes.txt', 'result.json']);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(r.stderr).toMatch(/Removed from the earlier run in .*: guests\.xlsx, report\.html, report\.sarif, report\.xlsx, summary\.md/);
    expect((JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as { tenant: { id: string } }).tenant.id).toBe(
      baseSnapshot().tenant.id,
    );
  });

  it.skipIf(SKIP_IMMUTABLE)(
    'an earlier report that cannot be removed (on Windows, open in Excel) is named in a warning and stays recorded: the next run removes it',
    async () => {
      const out = join(tempDir(), 'out');
      expect([0, 1]).toContain((await scan(out)).code);
      const jsonOnly = ['scan', '--snapshot', DEMO, '--out', out, '--format', 'json', ...AS_OF];
      const locked = join(out, 'report.xlsx');
      const r = await whileImmutable(locked, () => cliInProcess(jsonOnly));
      expect([0, 1], r.stderr).toContain(r.code);
      expect(r.stderr).toMatch(
        /still holds report\.xlsx \(EPERM\) from the earlier run, which could not be removed \(open in another program\?\); close it and run again, or remove it yourself/,
      );
      expect(r.stderr).toMatch(/Removed from the earlier run in .*: guests\.xlsx, report\.html, report\.sarif, summary\.md\n/);
      expect(reportsIn(out)).toEqual(['report.xlsx', 'result.json']);
      const again = await cliInProcess(jsonOnly);
      expect([0, 1], again.stderr).toContain(again.code);
      expect(again.stderr).toMatch(/Removed from the earlier run in .*: report\.xlsx\n/);
      expect(reportsIn(out)).toEqual(['result.json']);
    },
  );

  it('report files no gatehouse run recorded writing (a folder from before the record) are left alone, and said so', async () => {
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'report.html'), 'not ours to remove');
    const r = await scan(out, '--format', 'json');
    expect([0, 1], r.stderr).toContain(r.code);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('not ours to remove');
    expect(r.stderr).toMatch(/also holds report\.html, which no gatehouse run recorded writing; left as they are/);
  });

  it("a record naming files that are not gatehouse's own (a tampered record) removes nothing of them", async () => {
    const out = join(tempDir(), 'out');
    expect([0, 1]).toContain((await scan(out)).code);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeFileSync(
      join(out, MANIFEST_FILE),
      JSON.stringify({ gatehouse: 1, files: [{ name: 'notes.txt' }, { name: '../outside.txt' }, { name: 'report.html' }] }),
    );
    const r = await scan(out, '--format', 'json');
    expect([0, 1], r.stderr).toContain(r.code);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'report.html'))).toBe(false);
  });

  it("report re-rendered into the scan's folder keeps the snapshot the result was evaluated from", async () => {
    const out = join(tempDir(), 'out');
    const first = await cliInProcess(['scan', '--graph-url', sim.url, '--access-token', TOKEN, '--out', out, '--quiet', ...AS_OF]);
    expect([0, 1], first.stderr).toContain(first.code);
    const r = await cliInProcess([
      'report',
      '--result',
      join(out, 'result.json'),
      '--snapshot',
      join(out, 'snapshot.json'),
      '--out',
      out,
      '--format',
      'md',
      '--quiet',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(reportsIn(out)).toEqual(['result.json', 'snapshot.json', 'summary.md']);
  });
});

describe('a portfolio folder holds one portfolio', () => {
  it('a tenant dropped from the tenants file: its folder goes with the earlier portfolio, and is named; what gatehouse did not write stays', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const tenants = join(dir, 'tenants.yaml');
    writeFileSync(
      tenants,
      `tenants:\n  - label: Demo\n    snapshot: ${DEMO}\n  - label: Base\n    snapshot: ${BASE}\n  - label: Kept notes\n    snapshot: ${BASE}\n`,
    );
    const first = await cliInProcess(['scan', '--tenants', tenants, '--out', out, '--quiet', ...AS_OF]);
    expect([0, 1], first.stderr).toContain(first.code);
    expect(reportsIn(out)).toEqual(['base', 'demo', 'index.html', 'kept-notes', 'portfolio.json', 'portfolio.xlsx']);
    writeFileSync(join(out, 'kept-notes', 'notes.txt'), 'mine');
    writeFileSync(tenants, `tenants:\n  - label: Demo\n    snapshot: ${DEMO}\n`);
    const r = await cliInProcess(['scan', '--tenants', tenants, '--out', out, '--format', 'json', ...AS_OF]);
    expect([0, 1], r.stderr).toContain(r.code);
    expect(reportsIn(out)).toEqual(['demo', 'index.html', 'kept-notes', 'portfolio.json', 'portfolio.xlsx']);
    expect(readdirSync(join(out, 'kept-notes'))).toEqual(['notes.txt']);
    expect(reportsIn(join(out, 'demo'))).toEqual(['result.json']);
    expect(r.stderr).toMatch(/Removed from the earlier portfolio in .*: base\/, kept-notes\//);
    expect((JSON.parse(readFileSync(join(out, 'portfolio.json'), 'utf8')) as { tenants: unknown[] }).tenants).toHaveLength(1);
  });
});

describe('a bad --out is exit 2, one line, before anything is read from the tenant', () => {
  it('scan --out naming an existing file: no request sent', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const before = sim.stats().requests;
    const r = await cliInProcess(['scan', '--graph-url', sim.url, '--access-token', TOKEN, '--out', file, ...AS_OF]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/--out .*a-file is a file, not a folder/);
    expect(sim.stats().requests).toBe(before);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('scan --out below a file: refused the same way', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const r = await scan(join(file, 'out'));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/is a file, not a folder/);
  });

  it('scan --out in a folder that cannot be written: no request sent', async () => {
    // As root, permission bits do not stop a write; /sys refuses new folders to everyone.
    const readOnly = process.getuid?.() === 0 ? '/sys/gatehouse-out' : join(tempDir(), 'ro', 'out');
    if (process.getuid?.() !== 0) {
      mkdirSync(join(readOnly, '..'));
      chmodSync(join(readOnly, '..'), 0o555);
    }
    const before = sim.stats().requests;
    const r = await cliInProcess(['scan', '--graph-url', sim.url, '--access-token', TOKEN, '--out', readOnly, ...AS_OF]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/--out .* cannot be written \((permission denied|read-only file system)\)/);
    expect(sim.stats().requests).toBe(before);
  });

  it('a folder where scan writes a report file: refused before collecting', async () => {
    const out = join(tempDir(), 'out');
    mkdirSync(join(out, 'report.html'), { recursive: true });
    const before = sim.stats().requests;
    const r = await cliInProcess(['scan', '--graph-url', sim.url, '--access-token', TOKEN, '--out', out, ...AS_OF]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/report\.html there is a folder/);
    expect(sim.stats().requests).toBe(before);
  });

  it('collect --out naming an existing folder: refused before the tenant is read', async () => {
    const dir = tempDir();
    const before = sim.stats().requests;
    const r = await cliInProcess(['collect', '--graph-url', sim.url, '--access-token', TOKEN, '--out', dir]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/--out .* is a folder; name the snapshot file to write/);
    expect(sim.stats().requests).toBe(before);
    expect(readdirSync(dir)).toEqual([]);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});
