#!/usr/bin/env node
// How long the GitHub Action takes from the start of its steps to its first Microsoft Graph request, for the
// JavaScript action (the committed bundle: `node bundle/action.mjs`) and for the composite action it replaced
// (`npm ci` in the action folder, which compiled the TypeScript, then `node scripts/action-entry.mjs`). Both run the
// same way: a fresh copy of the action's files at a commit (as the runner downloads it), the runner's inputs in the
// environment, a pre-acquired token, and the Graph simulator on 127.0.0.1 serving the demo tenant; the clock stops
// when the simulator sees the first request. Not measured: what the runner does before the steps (downloading the
// action; for the composite, actions/setup-node). The npm cache here is warm, so `npm ci` downloads nothing — on a
// fresh runner it would also fetch every package. Nothing is asserted.
//
//   node bench/action-start.mjs [--runs 5] [--composite-runs 2] [--composite-ref <commit>] [--bundle-ref <commit>]
//
// Needs dist/ (the simulator runs from it): `npm run compile` first.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelFromSnapshot, startGraphSimulator } from '../dist/src/simulator/index.js';
import { machine, summary } from './lib/stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();

// The composite action: the parent of the commit that replaced it.
const replaced = git('log', '-1', '--format=%H', '-S', 'using: composite', '--', 'action.yml');
const compositeRef = opt('--composite-ref', replaced ? `${replaced}^` : undefined);
const bundleRef = opt('--bundle-ref', 'HEAD');
const runs = Number(opt('--runs', 5));
const compositeRuns = Number(opt('--composite-runs', 2));

const demo = JSON.parse(readFileSync(join(root, 'fixtures', 'snapshots', 'demo.json'), 'utf8'));
let firstRequestAt;
const sim = await startGraphSimulator({ model: modelFromSnapshot(demo), onRequest: () => (firstRequestAt ??= performance.now()) });

/** The action's files at `ref`, as the runner lays them out (no node_modules, no dist). */
function checkout(ref) {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-action-bench-'));
  const archive = spawnSync('git', ['archive', '--format=tar', ref], { cwd: root, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${ref}: ${archive.stderr}`);
  spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  return dir;
}

function run(cmd, args, cwd, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

function jobEnv(workspace, style) {
  const inputs = { 'tenant-id': demo.tenant.id, 'graph-url': sim.url, 'fail-on': 'none', format: 'json,md,sarif' };
  // The JavaScript action gets INPUT_TENANT-ID from the runner; the composite's steps mapped INPUT_TENANT_ID.
  const name = (k) => `INPUT_${style === 'js' ? k.toUpperCase() : k.toUpperCase().replace(/-/g, '_')}`;
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GATEHOUSE_ACCESS_TOKEN: 'bench-token',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [name(k), v])),
  };
}

async function measure(kind, ref) {
  const dir = checkout(ref);
  const workspace = mkdtempSync(join(tmpdir(), 'gatehouse-action-ws-'));
  firstRequestAt = undefined;
  const start = performance.now();
  try {
    if (kind === 'composite') {
      const ci = await run('npm', ['ci', '--no-audit', '--no-fund'], dir, { ...process.env });
      if (ci.code !== 0) throw new Error(`npm ci failed: ${ci.stderr}`);
      const installed = performance.now();
      const r = await run(process.execPath, [join(dir, 'scripts', 'action-entry.mjs')], workspace, jobEnv(workspace, 'composite'));
      if (firstRequestAt === undefined) throw new Error(`composite action sent no request (exit ${r.code}): ${r.stderr}`);
      return { firstRequest: firstRequestAt - start, install: installed - start, end: performance.now() - start };
    }
    const r = await run(process.execPath, [join(dir, 'bundle', 'action.mjs')], workspace, jobEnv(workspace, 'js'));
    if (firstRequestAt === undefined) throw new Error(`bundled action sent no request (exit ${r.code}): ${r.stderr}`);
    return { firstRequest: firstRequestAt - start, install: 0, end: performance.now() - start };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  }
}

const results = { bundle: [], composite: [] };
for (let i = 0; i < runs; i++) results.bundle.push(await measure('bundle', bundleRef));
if (compositeRef) for (let i = 0; i < compositeRuns; i++) results.composite.push(await measure('composite', compositeRef));
await sim.close();

const m = machine();
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
process.stdout.write(
  `Action start to first Graph request (Node ${m.node}, ${m.cpus} × ${m.cpuModel}, load average ${m.loadAverage1m} at the end)\n\n`,
);
process.stdout.write('| action | runs | first request: median | min | max | of which npm ci (median) |\n|---|---|---|---|---|---|\n');
for (const [kind, ref] of [
  ['bundle', bundleRef],
  ['composite', compositeRef],
]) {
  const r = results[kind];
  if (!r.length) continue;
  const f = summary(r.map((x) => x.firstRequest));
  process.stdout.write(
    `| ${kind === 'bundle' ? 'JavaScript (bundle/action.mjs)' : 'composite (npm ci + compile)'} @ ${git('rev-parse', '--short', ref)} | ${r.length} | ${s(f.median)} | ${s(f.min)} | ${s(f.max)} | ${kind === 'composite' ? s(summary(r.map((x) => x.install)).median) : '—'} |\n`,
  );
}
