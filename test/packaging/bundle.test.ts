import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { readableDate, readableDateTime } from '../../src/util/dates.js';
import { tempDirs } from '../support/temp-dirs.js';

/*
 * The committed single-file bundle (bundle/gatehouse.mjs): what the GitHub Action, the container and an install
 * from git run. It must be what the sources build now, and it must behave as the compiled CLI does.
 */

const tmp = tempDirs('bundle');
const BUNDLE = packagePath('bundle', 'gatehouse.mjs');
const demo = packagePath('fixtures', 'snapshots', 'demo.json');

describe('bundle/gatehouse.mjs', () => {
  it('is current: building the sources gives the committed bytes (else run `npm run bundle`)', async () => {
    const { staleFiles } = (await import(packagePath('scripts', 'bundle.mjs'))) as { staleFiles: () => Promise<string[]> };
    const stale = await staleFiles();
    expect(stale, `${stale.join(' and ')} out of date with the sources: run \`npm run bundle\` and commit the result`).toEqual([]);
  });

  it('scans a snapshot from another folder exactly as the compiled CLI does, without any file beside it', { tags: ['slow'] }, () => {
    const cwd = tmp();
    // A copy elsewhere proves the templates and schemas travel inside the file.
    const lone = join(cwd, 'gatehouse.mjs');
    spawnSync('cp', [BUNDLE, lone]);
    const run = (script: string, out: string) =>
      spawnSync(process.execPath, [script, 'scan', '--snapshot', demo, '--as-of', '2026-11-27', '--out', out, '--quiet'], {
        cwd,
        encoding: 'utf8',
      });
    const bundled = run(lone, 'bundled');
    const compiled = run(packagePath('bin', 'gatehouse.js'), 'compiled');
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(compiled.status);
    // The two runs are scanned moments apart, possibly across a minute (or a day): every form of each run's own scan
    // time is taken out before comparing, and nothing else.
    const comparable = (dir: string, file: string) => {
      const { scannedAt } = JSON.parse(readFileSync(join(cwd, dir, 'result.json'), 'utf8')) as { scannedAt: string };
      return readFileSync(join(cwd, dir, file), 'utf8')
        .replace(/"scannedAt": "[^"]+"/, '')
        .replaceAll(readableDateTime(scannedAt), '<scanned>')
        .replaceAll(readableDate(scannedAt), '<scan day>');
    };
    for (const file of ['result.json', 'summary.md', 'report.sarif', 'report.html'])
      expect(comparable('bundled', file), file).toBe(comparable('compiled', file));
    const version = spawnSync(process.execPath, [lone, '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version);
  });

  it('writes a large guest inventory on a worker thread started from the bundle itself', { tags: ['slow'] }, async () => {
    const cwd = tmp();
    const { writeTenantSnapshot } = await import('../../src/synth/index.js');
    const snapshotFile = join(cwd, 'big.json');
    await writeTenantSnapshot(snapshotFile, {
      seed: 3,
      guests: 20_000,
      partners: 5,
      caPolicies: 5,
      preset: 'scale',
      asOf: '2026-11-27T00:00:00Z',
    });
    // Preloaded: report every worker thread the process starts, and from which script.
    const spy = `data:text/javascript,${encodeURIComponent(
      "import { createRequire, syncBuiltinESMExports } from 'node:module'; const wt = createRequire(process.cwd() + '/')('node:worker_threads'); const W = wt.Worker; wt.Worker = class extends W { constructor(f, o) { process.stderr.write('WORKER ' + String(f) + '\\n'); super(f, o); } }; syncBuiltinESMExports();",
    )}`;
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        spy,
        BUNDLE,
        'scan',
        '--snapshot',
        snapshotFile,
        '--as-of',
        '2026-11-27',
        '--format',
        'xlsx',
        '--out',
        join(cwd, 'out'),
        '--quiet',
      ],
      { cwd, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([`WORKER ${pathToFileURL(BUNDLE).href}`]);
    expect(readFileSync(join(cwd, 'out', 'guests.xlsx')).length).toBeGreaterThan(100_000);
  });
});
