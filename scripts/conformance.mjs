#!/usr/bin/env node
// `npm run conformance`: runs the Graph conformance tests (test/conformance/) and prints their figures — what was
// checked against Microsoft's Graph metadata and what held: requests, properties, enum comparisons, cloud claims —
// and everything allow-listed, with its reason and Microsoft's page. Exit code: the tests'.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const dir = mkdtempSync(join(tmpdir(), 'gatehouse-conformance-'));
const out = join(dir, 'figures.jsonl');
const run = spawnSync(process.execPath, [vitest, 'run', 'test/conformance', '--reporter=dot'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, GATEHOUSE_CONFORMANCE_OUT: out },
});
const figures = existsSync(out)
  ? readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
rmSync(dir, { recursive: true, force: true });
const source = JSON.parse(
  gunzipSync(readFileSync(join(root, 'src', 'simulator', 'metadata', 'graph-metadata.json.gz'))).toString('utf8'),
).source;
const order = ['requests', 'properties', 'enum comparisons', 'cloud claims'];
figures.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
const lines = [
  '',
  `Graph conformance — judged by Microsoft's metadata (${source.repository} ${source.commit.slice(0, 7)}, ${source.date}) and Learn`,
  '',
  `${'what'.padEnd(18)} ${'checked'.padStart(8)} ${'ok'.padStart(8)} ${'allow-listed'.padStart(13)}`,
  ...figures.map(
    (f) => `${f.kind.padEnd(18)} ${String(f.checked).padStart(8)} ${String(f.ok).padStart(8)} ${String(f.allowListed ?? 0).padStart(13)}`,
  ),
  '',
  ...figures.flatMap((f) => (f.detail ?? []).map((d) => `${f.kind}: ${d}`)),
  '',
];
process.stdout.write(lines.join('\n'));
if (figures.length < order.length)
  process.stdout.write(`(only ${figures.length} of ${order.length} figures were reported: see the test output above)\n`);
process.exit(run.status ?? 1);
