#!/usr/bin/env node
// What splitting the guest pass between two threads could gain at best (README, "Measured and not kept: the guest
// pass on two threads"). In each fresh process the snapshot is loaded, then:
//   one   every guest evaluated on the main thread (every rule and the statistics)
//   two   a worker thread evaluates the second half of the guests — reading the file at the load's spans — while the
//         main thread evaluates the first half; the worker's findings come back to the main thread (where every
//         report needs them) by structured clone
// Both parse the guests without validating them, so only the split differs. Rounds alternate the two; prints each
// run, then medians with min–max. Run `npm run compile` first.
//
// Usage: node bench/evaluate-two-threads.mjs <snapshot> [--runs 4]
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_RULES } from '../dist/src/pipeline/rules.js';
import { evaluateSnapshot } from '../dist/src/pipeline/scan.js';
import { GuestSpans, guestsAtSpans } from '../dist/src/snapshot/guest-spans.js';
import { loadSnapshot } from '../dist/src/snapshot/load.js';
import { rounds } from './lib/rounds.mjs';
import { machine, seconds, summary } from './lib/stats.mjs';

const asOf = new Date('2026-11-27T00:00:00Z');

/** Evaluate the guests at `spans` of `file` (parsed only) with every rule and the statistics; the findings as made. */
async function evaluateSpans(file, snapshot, spans) {
  const guests = guestsAtSpans(file, spans, { parse: (text) => JSON.parse(text) });
  const options = { rules: DEFAULT_RULES, asOf, now: asOf, snapshotSha256: 'benchmark' };
  return (await evaluateSnapshot(snapshot, guests, options)).result.findings;
}

if (!isMainThread) {
  // The worker's half: its guests' findings go back as plain objects (what result.json holds), cloned by postMessage.
  // The configuration checks ran on both threads; their few findings are the main thread's alone.
  const { file, snapshot, spans } = workerData;
  const findings = await evaluateSpans(file, snapshot, GuestSpans.fromArray(spans));
  parentPort.postMessage(findings.filter((f) => f.resource.type === 'user').map((f) => f.toJSON()));
} else {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '4' }, child: { type: 'string' } },
  });
  const [snapshotPath] = positionals;
  const runs = Number(values.runs);
  if (!snapshotPath || !Number.isInteger(runs) || runs < 1) {
    console.error('usage: node bench/evaluate-two-threads.mjs <snapshot> [--runs 4]');
    process.exit(2);
  }
  if (values.child) {
    const loaded = await loadSnapshot(snapshotPath);
    if (!loaded.layout) throw new Error('the snapshot is small enough to be loaded whole: use one of a million guests or so');
    const flat = loaded.layout.spans.toArray();
    const t = performance.now();
    let findings;
    let mainHalfMs;
    if (values.child === 'one') findings = (await evaluateSpans(snapshotPath, loaded.snapshot, GuestSpans.fromArray(flat))).length;
    else {
      const half = 3 * Math.floor(flat.length / 6);
      const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { file: snapshotPath, snapshot: loaded.snapshot, spans: flat.slice(half) },
      });
      const theirs = new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
      const mine = await evaluateSpans(snapshotPath, loaded.snapshot, GuestSpans.fromArray(flat.slice(0, half)));
      mainHalfMs = Math.round(performance.now() - t);
      findings = mine.length + (await theirs).length;
      await worker.terminate();
    }
    const ms = performance.now() - t;
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(JSON.stringify({ mode: values.child, findings, ms: Math.round(ms), mainHalfMs, peakRssMb }) + '\n');
    process.exit(0);
  }
  console.log(`machine: ${JSON.stringify(machine())}`);
  const samples = rounds(fileURLToPath(import.meta.url), [snapshotPath], ['one', 'two'], runs);
  const line = (xs) => {
    const s = summary(xs);
    return `${seconds(s.median)} s (${seconds(s.min)}–${seconds(s.max)})`;
  };
  console.log(`\nmedians of ${runs}, evaluation after the load:`);
  console.log(
    `one thread   ${line(samples.get('one').map((s) => s.ms))}, peak RSS ${summary(samples.get('one').map((s) => s.peakRssMb)).median} MB`,
  );
  console.log(
    `two threads  ${line(samples.get('two').map((s) => s.ms))} (main thread's half ${line(samples.get('two').map((s) => s.mainHalfMs))}), ` +
      `peak RSS ${summary(samples.get('two').map((s) => s.peakRssMb)).median} MB`,
  );
}
