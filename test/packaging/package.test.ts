import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { tempDirs } from '../support/temp-dirs.js';

/*
 * The npm package as a user gets it: `npm pack` (what `npm publish` uploads), installed globally into a temporary
 * prefix from the local tarball — its dependencies come from the npm cache or registry as for any user — then the
 * `gatehouse` command run from another folder.
 */

const tmp = tempDirs('package');
const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { name: string; version: string };
const npm = (args: string[], cwd: string) =>
  spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' },
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });

interface Packed {
  filename: string;
  size: number;
  entryCount: number;
  files: Array<{ path: string }>;
}

describe('npm package', { tags: ['slow'] }, () => {
  const dir = tmp();
  let packed: Packed;

  it('packs under 2.25 MB with only what runs: compiled code, templates, schemas, the bundle, README and LICENSE', () => {
    // `npm test` has just built dist/ (the package has no pack-time build script; --ignore-scripts keeps it that way).
    const r = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], packagePath());
    expect(r.status, r.stderr).toBe(0);
    packed = (JSON.parse(r.stdout) as Packed[])[0]!;
    expect(packed.filename).toBe(`${pkg.name}-${pkg.version}.tgz`);
    // The schema validators are generated code shipped in dist/ and in the bundle (about 140 KB packed): the price of
    // not compiling them at start-up, nearly a second of CPU on every scan.
    expect(packed.size).toBeLessThan(2_250_000);
    const paths = packed.files.map((f) => f.path);
    for (const needed of [
      'LICENSE',
      'README.md',
      'package.json',
      'bin/gatehouse.js',
      'dist/src/cli/main.js',
      'dist/src/index.d.ts',
      'templates/report.hbs',
      'src/snapshot/snapshot.schema.json',
      'bundle/gatehouse.mjs',
    ])
      expect(paths, needed).toContain(needed);
    expect(paths.some((p) => p.startsWith('dist/rules/') && p.endsWith('.js'))).toBe(true);
    expect(
      paths.filter(
        (p) => /^(test|fixtures|bench|scripts|docs|\.ci)\//.test(p) || (p.endsWith('.ts') && !p.endsWith('.d.ts')) || p.endsWith('.map'),
      ),
    ).toEqual([]);
  });

  it('installs from the tarball into a fresh prefix; `gatehouse --version` and a snapshot scan run from another folder', () => {
    const prefix = join(dir, 'prefix');
    const r = npm(['install', '--global', '--prefix', prefix, '--prefer-offline', join(dir, packed.filename)], dir);
    expect(r.status, r.stderr).toBe(0);
    // No dependency of the package has an install script for npm to hold back.
    expect(r.stderr).not.toMatch(/install-scripts/);
    const bin = join(prefix, 'bin', 'gatehouse');
    expect(existsSync(bin)).toBe(true);
    const elsewhere = tmp();
    const version = spawnSync(bin, ['--version'], { cwd: elsewhere, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
    const scan = spawnSync(
      bin,
      ['scan', '--snapshot', packagePath('fixtures', 'snapshots', 'demo.json'), '--as-of', '2026-11-27', '--out', 'reports', '--quiet'],
      { cwd: elsewhere, encoding: 'utf8' },
    );
    expect(scan.stderr).toBe('');
    expect(scan.status).toBe(0);
    for (const f of ['result.json', 'report.html', 'report.xlsx', 'report.sarif', 'summary.md'])
      expect(existsSync(join(elsewhere, 'reports', f)), f).toBe(true);
    // It ran the installed package's compiled code, not this checkout's.
    const sarif = JSON.parse(readFileSync(join(elsewhere, 'reports', 'report.sarif'), 'utf8')) as {
      runs: Array<{ tool: { driver: { version: string } } }>;
    };
    expect(sarif.runs[0]!.tool.driver.version).toBe(pkg.version);
    expect(existsSync(join(prefix, 'lib', 'node_modules', pkg.name, 'dist', 'src', 'cli', 'main.js'))).toBe(true);
  });

  it('installs from git (what `npm install -g git+https://…` does): nothing is built, the committed bundle runs', () => {
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: packagePath(), encoding: 'utf8' }).stdout.trim();
    const prefix = join(dir, 'from-git');
    const r = npm(['install', '--global', '--prefix', prefix, '--prefer-offline', `git+file://${packagePath()}#${head}`], dir);
    expect(r.status, r.stderr).toBe(0);
    const installed = join(prefix, 'lib', 'node_modules', pkg.name);
    expect(existsSync(join(installed, 'dist'))).toBe(false);
    const elsewhere = tmp();
    const scan = spawnSync(
      join(prefix, 'bin', 'gatehouse'),
      [
        'scan',
        '--snapshot',
        packagePath('fixtures', 'snapshots', 'demo.json'),
        '--as-of',
        '2026-11-27',
        '--out',
        'reports',
        '--format',
        'json',
        '--quiet',
      ],
      { cwd: elsewhere, encoding: 'utf8' },
    );
    expect(scan.stderr).toBe('');
    expect(scan.status).toBe(0);
    expect(existsSync(join(elsewhere, 'reports', 'result.json'))).toBe(true);
  });
});
