#!/usr/bin/env node
// Many-tenants benchmark: `gatehouse scan --tenants` over N demo-sized tenants (fixtures/snapshots/demo.json) served
// by the Graph simulator with 20 ms per answer, for several N: wall time, and the peak RSS of the scanning process
// (summed over it and any child process, sampled every 50 ms from /proc) — memory should be flat in N, bounded by
// --concurrency, not by the number of tenants.
//
//   npm run bench:tenants -- [--tenants 10,50,100] [--latency 20] [--concurrency 2] [--runs 1]
//
// Each tenant is its own entry of a generated tenants file: its own label and folder, its own token (so the
// simulator keeps a resource-unit budget per tenant, as Graph does per app and tenant), all pointing at the one
// simulator (plain http on 127.0.0.1). The simulator's Conditional Access limit is off: it would be one limit shared by
// every tenant, where Graph keeps one per tenant; the collector still paces its own Conditional Access reads to 1/s.
import { fork, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machine, seconds, summary } from './lib/stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const { values: args } = parseArgs({
  options: {
    tenants: { type: 'string', default: '10,50,100' },
    latency: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '2' },
    runs: { type: 'string', default: '1' },
  },
});
const counts = args.tenants.split(',').map(Number);
const latencyMs = Number(args.latency);
const concurrency = Number(args.concurrency);
const runs = Number(args.runs);
if (counts.some((n) => !Number.isInteger(n) || n < 1) || !(concurrency >= 1) || !(runs >= 1)) {
  process.stderr.write('--tenants takes whole numbers (e.g. 10,50,100); --concurrency and --runs at least 1\n');
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'src', 'simulator', 'index.js'))) {
  process.stderr.write('dist/ is missing: run `npm run compile` first (npm run bench:tenants does).\n');
  process.exit(2);
}
const log = (line) => process.stderr.write(`${line}\n`);
const demo = join(root, 'fixtures', 'snapshots', 'demo.json');
const demoTenant = JSON.parse(readFileSync(demo, 'utf8')).tenant;

function startSimulator() {
  const child = fork(
    join(here, 'lib', 'sim-server.mjs'),
    [JSON.stringify({ snapshotFile: demo, latencyMs, caIntervalMs: 0, tenantSize: 'S' })],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  let next = 0;
  const waiting = new Map();
  let ready;
  const readyPromise = new Promise((resolve, reject) => {
    ready = resolve;
    child.once('exit', (code) => reject(new Error(`simulator exited (${code})`)));
  });
  child.on('message', (m) => {
    if (m.ready) ready(m);
    else waiting.get(m.id)?.(m);
  });
  const call = (cmd) =>
    new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      child.send({ id, cmd });
    });
  return { ready: readyPromise, call };
}

/** A JWT-shaped token per tenant: the simulator keeps its resource-unit budget per token. */
function token(i) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://graph.microsoft.com', appid: '0b0b0b0b-bench-4000-8000-000000000002', tid: `bench-tenant-${i}` })}.c2ln`;
}

/** RSS of a process and all its descendants, in bytes (0 once it has exited). */
function treeRss(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      total += kb * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

async function scan(n, url, dir) {
  const env = { ...process.env };
  const lines = ['tenants:'];
  for (let i = 1; i <= n; i++) {
    env[`GATEHOUSE_BENCH_TOKEN_${i}`] = token(i);
    lines.push(
      `  - label: Tenant ${String(i).padStart(3, '0')}`,
      `    tenant: ${demoTenant.id}`,
      `    graphUrl: ${url}`,
      `    auth: { mode: access-token, accessTokenEnv: GATEHOUSE_BENCH_TOKEN_${i} }`,
    );
  }
  const file = join(dir, `tenants-${n}.yaml`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const out = join(dir, `portfolio-${n}`);
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [
      join(root, 'bin', 'gatehouse.js'),
      'scan',
      '--tenants',
      file,
      '--concurrency',
      String(concurrency),
      '--out',
      out,
      '--as-of',
      '2026-11-27',
    ],
    { env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 50);
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  clearInterval(timer);
  const wallMs = performance.now() - start;
  const portfolio = JSON.parse(readFileSync(join(out, 'portfolio.json'), 'utf8'));
  const failed = portfolio.tenants.filter((t) => t.status === 'failed');
  if (code !== 0 && code !== 1) throw new Error(`scan --tenants exited ${code}: ${stderr}`);
  if (portfolio.tenants.length !== n || failed.length)
    throw new Error(`expected ${n} scanned tenants: ${failed.map((t) => t.reason).join('; ')}`);
  rmSync(out, { recursive: true, force: true });
  return { wallMs, peakRssMb: Math.round(peak / 1048576), exitCode: code };
}

const loadAtStart = machine().loadAverage1m;
const dir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-tenants-'));
const sim = startSimulator();
try {
  const { url } = await sim.ready;
  log(`simulator ready at ${url} (demo tenant, ${latencyMs} ms per answer)`);
  const rows = [];
  for (const n of counts) {
    const samples = [];
    for (let r = 1; r <= runs; r++) {
      await sim.call('reset');
      const s = await scan(n, url, dir);
      const { stats } = await sim.call('report');
      log(
        `${n} tenants, run ${r}/${runs}: ${seconds(s.wallMs)} s, peak RSS ${s.peakRssMb} MB, ${stats.requests} requests, ${stats.throttled} × 429`,
      );
      samples.push({ ...s, requests: stats.requests, throttled: stats.throttled });
    }
    rows.push({
      tenants: n,
      wallMs: summary(samples.map((s) => s.wallMs)),
      perTenantMs: summary(samples.map((s) => s.wallMs / n)),
      peakRssMb: summary(samples.map((s) => s.peakRssMb)),
      requests: samples[0].requests,
      throttled: Math.max(...samples.map((s) => s.throttled)),
    });
  }
  const m = { ...machine(), loadAverage1mAtStart: loadAtStart };
  const mm = (s, f = (x) => x) => (s.min === s.max ? `${f(s.median)}` : `${f(s.median)} (${f(s.min)}–${f(s.max)})`);
  const out = [
    `Many tenants: gatehouse scan --tenants, demo-sized tenants (${demoTenant.displayName} snapshot), ${latencyMs} ms per answer, --concurrency ${concurrency}, every report format; median of ${runs} run(s)`,
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}; load average ${m.loadAverage1mAtStart} at start, ${m.loadAverage1m} at end`,
    '',
    '| Tenants | Wall time, s | Per tenant, s | Peak RSS, MB (process tree) | HTTP requests | 429s |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.tenants} | ${mm(r.wallMs, seconds)} | ${mm(r.perTenantMs, seconds)} | ${mm(r.peakRssMb)} | ${r.requests.toLocaleString('en')} | ${r.throttled} |`,
    ),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  await sim.call('close').catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
