// What the behaviour checks scan and how they compare what comes out: every fixture snapshot (as is, under the
// strict profile, redacted), the every-check fixture with its exceptions file, and a synthetic snapshot above the
// streaming threshold. Shared by check-results-identical.mjs (two builds) and check-node-versions.mjs (one build,
// several Node.js versions).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const AS_OF = '2026-11-27';

/**
 * The cases: each a name, a snapshot file and the scan arguments after `--snapshot <file>`. `large` adds a 90,000-guest
 * snapshot (about 70 MB, above the 64 MB streaming threshold: evaluated guest by guest from the file, with guests.xlsx
 * and report.xlsx written on worker threads), generated into `work` by the build in `root` under `node`.
 */
export function scanCases(root, work, { large = true, node = process.execPath } = {}) {
  const fixtures = join(root, 'fixtures');
  const snapshots = readdirSync(join(fixtures, 'snapshots'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(fixtures, 'snapshots', f));
  const cases = [];
  for (const file of snapshots) {
    const name = file.slice(file.lastIndexOf('/') + 1, -'.json'.length);
    cases.push({ name: `${name}`, file, args: [] });
    cases.push({ name: `${name} --profile strict`, file, args: ['--profile', 'strict'] });
    cases.push({ name: `${name} --redact --redact-domains`, file, args: ['--redact', '--redact-domains'] });
  }
  const demo = snapshots.find((f) => f.endsWith('/every-check.json'));
  if (demo)
    cases.push({
      name: 'every-check --exceptions every-check.yaml',
      file: demo,
      args: ['--exceptions', join(fixtures, 'exceptions', 'every-check.yaml')],
    });
  if (large) {
    const file = join(work, 'large.json');
    const gen = spawnSync(
      node,
      [
        '--input-type=module',
        '-e',
        `import { writeTenantSnapshot } from ${JSON.stringify(join(root, 'dist/src/synth/index.js'))}; await writeTenantSnapshot(${JSON.stringify(file)}, { seed: 11, guests: 90000, partners: 20, caPolicies: 12, preset: 'scale', asOf: '2026-11-27T00:00:00Z' });`,
      ],
      { stdio: 'inherit' },
    );
    if (gen.status !== 0) throw new Error('generating the large snapshot failed');
    console.error(`large.json: ${(statSync(file).size / 1e6).toFixed(0)} MB`);
    cases.push({ name: 'large (streamed)', file, args: [] });
    cases.push({ name: 'large (streamed) --redact', file, args: ['--redact'] });
  }
  return cases;
}

/** The scan's command line after the script: no exceptions file unless the case names one (a stray ./gatehouse.exceptions.yaml must not change the result). */
export function scanArgs(c, out, formats) {
  const exceptions = c.args.includes('--exceptions') ? [] : ['--no-exceptions'];
  return ['scan', '--snapshot', c.file, '--out', out, '--format', formats, '--as-of', AS_OF, '--quiet', ...exceptions, ...c.args];
}

/** The wall-clock scan time is the one thing two scans of the same input may differ in. */
export const withoutScanTime = (name, text) =>
  name === 'result.json' ? text.replace(/"scannedAt": "[^"]*"/, '"scannedAt": "<scannedAt>"') : text;

/** How many lines differ, and the first of them from each side. */
export function firstDifference(a, b, labels = ['before', 'after']) {
  const x = a.split('\n');
  const y = b.split('\n');
  let first;
  let count = 0;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    count++;
    first ??= `line ${i + 1}:\n    ${labels[0]}: ${(x[i] ?? '<end>').slice(0, 300)}\n    ${labels[1]}: ${(y[i] ?? '<end>').slice(0, 300)}`;
  }
  return first ? `${count} line(s), first at ${first}` : 'identical';
}
