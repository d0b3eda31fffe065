#!/usr/bin/env node
// `npm run bench:startup`: how long `gatehouse --help` and `gatehouse --version` take from start to exit, beside a
// bare `node -e 0` measured in the same run — so the table says what gatehouse adds to Node's own start-up on this
// machine at this moment. The commands run round-robin (one of each per round), so a burst of load from elsewhere
// falls on all of them alike. Nothing is asserted.
//
//   node bench/startup.mjs [--runs 10] [--json]
//
// Measures the compiled CLI (bin/gatehouse.js → dist/; run `npm run compile` first) and the committed bundle
// (bundle/gatehouse.mjs, what the Action and the container run).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machine, summary } from './lib/stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1] ?? 10) || 10;
const bin = `${root}bin/gatehouse.js`;
const bundle = `${root}bundle/gatehouse.mjs`;
if (!existsSync(`${root}dist/src/cli/main.js`)) {
  process.stderr.write('dist/ is missing: run `npm run compile` first (bin/gatehouse.js would run the bundle instead)\n');
  process.exit(2);
}

const cases = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { name: 'gatehouse --help', args: [bin, '--help'] },
  { name: 'gatehouse --version', args: [bin, '--version'] },
  { name: 'bundle --help', args: [bundle, '--help'] },
  { name: 'bundle --version', args: [bundle, '--version'] },
];

function once(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

// One warm-up round (file-system cache), not counted.
for (const c of cases) once(c.args);
const times = new Map(cases.map((c) => [c.name, []]));
for (let i = 0; i < runs; i++) for (const c of cases) times.get(c.name).push(once(c.args));

const m = machine();
const rows = cases.map((c) => ({ command: c.name, ...summary(times.get(c.name)) }));
const base = rows[0].median;
if (argv.includes('--json')) {
  process.stdout.write(JSON.stringify({ machine: m, runs, rows }, null, 2) + '\n');
} else {
  process.stdout.write(
    `Start-up, ${runs} runs each, round-robin (Node ${m.node}, ${m.cpus} × ${m.cpuModel}, load average ${m.loadAverage1m} at the end)\n\n`,
  );
  process.stdout.write('| command | median | min | max | median − baseline |\n|---|---|---|---|---|\n');
  for (const r of rows)
    process.stdout.write(
      `| \`${r.command}\` | ${(r.median / 1000).toFixed(3)} s | ${(r.min / 1000).toFixed(3)} s | ${(r.max / 1000).toFixed(3)} s | ${r === rows[0] ? '—' : `+${((r.median - base) / 1000).toFixed(3)} s`} |\n`,
    );
}
