#!/usr/bin/env node
// Collection benchmark: gatehouse's collector against the Graph simulator with 20 ms latency per request,
// next to the lower bound computed from the requests it made and a naive SDK baseline, all in the same run.
//
//   npm run bench:collect -- [--guests 200000] [--runs 3] [--latency 20] [--page-latency 1500] [--tenant-size L]
//                            [--split off --split auto --split 4 --split 8] [--no-naive] [--no-warmup]
//   --split: the gatehouse rows, each a --guest-split value (off = one guest chain; auto = the default).
//   --page-latency: response time of a page of users (default --latency); every other answer takes --latency.
//   --no-warmup: no untimed warm-up run (it reads the guest list as one chain; it also records the naive plan, so
//   --no-warmup implies --no-naive).
// Beside each run's own lower bound it computes the lower bound of reading the same guests as one chain.
//
// Three kinds of process: the simulator (one child, https with a certificate made for this run), and one fresh
// child per timed collection. Every figure is the median of --runs runs, with min and max.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machine, seconds, summary } from './lib/stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const { values: args } = parseArgs({
  options: {
    guests: { type: 'string', default: '200000' },
    runs: { type: 'string', default: '3' },
    latency: { type: 'string', default: '20' },
    'page-latency': { type: 'string' },
    'no-warmup': { type: 'boolean', default: false },
    'tenant-size': { type: 'string', default: 'L' },
    split: { type: 'string', multiple: true },
    'no-naive': { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'reports', 'bench', 'collect.json') },
  },
});
const guests = Number(args.guests);
const runs = Number(args.runs);
const latencyMs = Number(args.latency);
const pageLatencyMs = args['page-latency'] === undefined ? latencyMs : Number(args['page-latency']);
const noWarmup = args['no-warmup'];
const noNaive = args['no-naive'] || noWarmup;
const splits = (args.split ?? ['off', 'auto', '4', '8']).map((v) => (v === 'auto' ? 'auto' : v === 'off' ? 1 : Number(v)));
if (splits.some((v) => v !== 'auto' && !(Number.isInteger(v) && v >= 1 && v <= 32))) {
  process.stderr.write('--split takes off, auto, or a whole number from 1 to 32\n');
  process.exit(2);
}
const CA_INTERVAL_MS = 1000;

if (!existsSync(join(root, 'dist', 'src', 'simulator', 'index.js'))) {
  process.stderr.write('dist/ is missing: run `npm run compile` first (npm run bench:collect does).\n');
  process.exit(2);
}

const log = (line) => process.stderr.write(`${line}\n`);

/** A throwaway key and self-signed certificate for 127.0.0.1, so the SDK's PageIterator (https only) can page. */
function makeCertificate(dir) {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { keyFile, certFile };
}

function startSimulator(simOpts) {
  const child = fork(join(here, 'lib', 'sim-server.mjs'), [JSON.stringify(simOpts)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
  return { child, ready: readyPromise, call };
}

function runCollector(runOpts, certFile) {
  return new Promise((resolve, reject) => {
    const child = fork(join(here, 'lib', 'collect-run.mjs'), [JSON.stringify(runOpts)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // Extra node flags for the collector processes only (e.g. --cpu-prof to see where a run's time goes).
      execArgv: process.env.BENCH_COLLECTOR_NODE_OPTIONS ? process.env.BENCH_COLLECTOR_NODE_OPTIONS.split(' ') : [],
      // Trust the bench certificate the normal way; certificate checking stays on.
      env: { ...process.env, NODE_EXTRA_CA_CERTS: certFile },
    });
    let answer;
    child.on('message', (m) => (answer = m));
    child.on('exit', (code) => {
      if (answer?.ok) resolve(answer.result);
      else reject(new Error(`${runOpts.mode} run failed (exit ${code}): ${answer?.error ?? 'no answer'}`));
    });
  });
}

const loadAtStart = machine().loadAverage1m;
const dir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-'));
const sim = startSimulator({
  seed: 20260707,
  guests,
  partners: 50,
  caPolicies: 30,
  asOf: '2026-11-27T00:00:00Z',
  latencyMs,
  pageLatencyMs,
  caIntervalMs: CA_INTERVAL_MS,
  tenantSize: args['tenant-size'],
  ...makeCertificate(dir),
});

try {
  const { url, readyMs } = await sim.ready;
  const { certFile } = { certFile: join(dir, 'cert.pem') };
  log(
    `simulator ready at ${url} (${guests.toLocaleString('en')} guests, ${latencyMs} ms latency, ${pageLatencyMs} ms per page of users, tenant size ${args['tenant-size']}; built in ${seconds(readyMs)} s)`,
  );

  const modes = splits.map((n) =>
    n === 'auto'
      ? { name: 'auto', label: 'gatehouse (default: guest split sized automatically)', opts: { split: 'auto' } }
      : n === 1
        ? { name: 'one-chain', label: 'gatehouse, one guest chain (--guest-split off)', opts: { split: 1 } }
        : { name: `split-${n}`, label: `gatehouse, guest list split in ${n}`, opts: { split: n } },
  );

  async function measured(mode, runOpts) {
    await sim.call('reset');
    const result = await runCollector({ ...runOpts, url }, certFile);
    const { stats, analysis } = await sim.call('report');
    return { mode, result, stats, analysis };
  }

  // Warm-up (untimed): warms the simulator process, and records the requests the naive baseline replays.
  const planFile = join(dir, 'plan.json');
  if (!noWarmup) {
    log('warm-up run…');
    const warm = await measured('warm-up', { mode: 'gatehouse', split: 1 });
    writeFileSync(planFile, JSON.stringify(warm.analysis.plan));
  }

  const samples = [];
  for (let r = 1; r <= runs; r++) {
    for (const m of modes) {
      const s = await measured(m.name, { mode: 'gatehouse', ...m.opts });
      log(
        `run ${r}/${runs} ${m.name}: ${seconds(s.result.wallMs)} s, lower bound ${seconds(s.analysis.lowerBoundMs)} s (one chain: ${seconds(s.analysis.oneChainLowerBoundMs)} s; ${s.analysis.guestPages} guest pages in ${s.analysis.guestRanges} queries), ${s.stats.requests} requests, ${s.stats.throttled} × 429, ${s.result.distinctGuests} guests, ${s.result.speculationMisses} unconfirmed look-aheads; longest chain: answer ${s.analysis.longest.meanAnswerMs.toFixed(2)} ms, client turnaround ${s.analysis.longest.meanTurnaroundMs.toFixed(2)} ms (p50 ${s.analysis.longest.p50TurnaroundMs.toFixed(2)}, p90 ${s.analysis.longest.p90TurnaroundMs.toFixed(2)}, max ${s.analysis.longest.maxTurnaroundMs.toFixed(1)})`,
      );
      samples.push(s);
    }
    if (!noNaive) {
      const s = await measured('naive', { mode: 'naive', planFile });
      log(
        `run ${r}/${runs} naive: ${seconds(s.result.wallMs)} s, ${s.stats.requests} requests, ${s.stats.throttled} × 429, ${s.result.items} items`,
      );
      samples.push(s);
    }
  }

  const rows = [];
  const naiveWall = noNaive ? undefined : summary(samples.filter((s) => s.mode === 'naive').map((s) => s.result.wallMs));
  for (const m of [
    ...modes,
    ...(noNaive ? [] : [{ name: 'naive', label: 'naive: SDK PageIterator defaults, sections one after another' }]),
  ]) {
    const mine = samples.filter((s) => s.mode === m.name);
    const wall = summary(mine.map((s) => s.result.wallMs));
    const bound = summary(mine.map((s) => s.analysis.lowerBoundMs));
    const ratio = summary(mine.map((s) => s.result.wallMs / s.analysis.lowerBoundMs));
    rows.push({
      mode: m.name,
      label: m.label,
      wallMs: wall,
      lowerBoundMs: bound,
      oneChainLowerBoundMs: summary(mine.map((s) => s.analysis.oneChainLowerBoundMs)),
      guestQueries: mine[0]?.analysis.guestRanges,
      ratioToLowerBound: ratio,
      speedUpOverNaive: naiveWall ? naiveWall.median / wall.median : undefined,
      requests: summary(mine.map((s) => s.stats.requests)),
      batchMembers: summary(mine.map((s) => s.analysis.batchMembers)),
      throttled429: summary(mine.map((s) => s.stats.throttled)),
      throttledBy: mine.map((s) => s.stats.throttledBy),
      resourceUnits: summary(mine.map((s) => s.stats.resourceUnits)),
      latencyOverruns: summary(mine.map((s) => s.stats.latencyOverruns)),
      longestChain: mine[0]?.analysis.longest,
      guests: mine[0]?.result.distinctGuests,
      failedSections: mine.flatMap((s) => s.result.failed ?? []),
    });
  }

  const report = {
    benchmark: 'collection',
    date: new Date().toISOString(),
    machine: { ...machine(), loadAverage1mAtStart: loadAtStart },
    config: {
      guests,
      partners: 50,
      caPolicies: 30,
      latencyMs,
      pageLatencyMs,
      caIntervalMs: CA_INTERVAL_MS,
      tenantSize: args['tenant-size'],
      runs,
      transport: 'https (self-signed certificate for 127.0.0.1, trusted via NODE_EXTRA_CA_CERTS in the collector processes)',
    },
    rows,
  };
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);

  const mm = (s, f = seconds) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
  const ratio = (x) => x.toFixed(2);
  const out = [];
  out.push(
    `Collection benchmark: ${guests.toLocaleString('en')} guests, 50 partners, 30 CA policies; ${latencyMs} ms per request, ${pageLatencyMs} ms per page of users; RU budget of a size-${args['tenant-size']} tenant; median (min–max) of ${runs} runs`,
  );
  out.push(
    `Machine: ${report.machine.cpus} CPUs (${report.machine.cpuModel}), ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, ${report.machine.os}; load average ${report.machine.loadAverage1mAtStart} at start, ${report.machine.loadAverage1m} at end`,
  );
  out.push('');
  out.push(
    "| Collector | Guest queries | Wall time, s | Lower bound, s | Wall ÷ lower bound | One chain's lower bound, s | Speed-up over naive | HTTP requests | 429s |",
  );
  out.push('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    out.push(
      `| ${r.label} | ${r.guestQueries ?? '—'} | ${mm(r.wallMs)} | ${seconds(r.lowerBoundMs.median)} | ${mm(r.ratioToLowerBound, ratio)} | ${r.mode === 'naive' ? '—' : seconds(r.oneChainLowerBoundMs.median)} | ${r.speedUpOverNaive ? `${r.speedUpOverNaive.toFixed(1)}×` : '—'} | ${r.requests.median}${r.batchMembers.median ? ` (+${r.batchMembers.median} in $batch)` : ''} | ${r.throttled429.max} |`,
    );
  }
  out.push('');
  for (const r of rows)
    if (r.longestChain)
      out.push(
        `- ${r.mode}: longest chain ${r.longestChain.steps} dependent requests (${decodeURIComponent(r.longestChain.key).slice(0, 140)}); simulator answers slower than the injected latency: ${r.latencyOverruns.max}`,
      );
  for (const r of rows) if (r.failedSections.length) out.push(`- ${r.mode}: FAILED sections: ${r.failedSections.join('; ')}`);
  out.push(`- JSON: ${args.out}`);
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  await sim.call('close').catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
