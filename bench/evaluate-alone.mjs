#!/usr/bin/env node
// Evaluation on its own, taken apart, against the parse floor. Each measurement runs in a fresh process with nothing
// beside it (in `scan` and bench/render-run.mjs the guest inventory is written on the second core meanwhile):
//   floor       read the snapshot and parse every guest and the rest, nothing else (as bench/render-run.mjs does)
//   pass        load, then one guest pass that reads, parses and validates each guest and does nothing with it
//   statistics  the same pass feeding the report's guest statistics
//   rule:<id>   the same pass feeding one rule alone (with --each-rule, for every rule that reads the guests)
//   rules       every rule and the statistics, as `scan` evaluates
// Prints each run, then the medians: load and evaluate (wall and CPU), and (load + evaluate) ÷ floor.
// Run `npm run compile` first.
//
// Usage: node bench/evaluate-alone.mjs <snapshot> [--runs 3] [--each-rule]
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_RULES } from '../dist/src/pipeline/rules.js';
import { evaluateSnapshot } from '../dist/src/pipeline/scan.js';
import { passGuests } from '../dist/src/snapshot/guests.js';
import { loadSnapshot } from '../dist/src/snapshot/load.js';
import { parseFloor } from './lib/parse-floor.mjs';
import { rounds } from './lib/rounds.mjs';
import { machine, summary } from './lib/stats.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, 'each-rule': { type: 'boolean' }, child: { type: 'string' } },
});
const [snapshotPath] = positionals;
const runs = Number(values.runs);
if (!snapshotPath || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node bench/evaluate-alone.mjs <snapshot> [--runs 3] [--each-rule]');
  process.exit(2);
}
const asOf = new Date('2026-11-27T00:00:00Z');
/** The rules that read the guest list (each sees every guest, or only the few it joins with). */
const GUEST_RULES = DEFAULT_RULES.filter((r) => r.meta.requires.includes('guests')).map((r) => r.meta.id);

async function measure(mode) {
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const timed = async (fn) => {
    const t = performance.now();
    const c = cpuMs();
    const value = await fn();
    return { value, ms: Math.round(performance.now() - t), cpuMs: Math.round(cpuMs() - c) };
  };
  if (mode === 'floor') {
    const floor = await timed(() => parseFloor(snapshotPath));
    return { mode, floorMs: floor.ms };
  }
  const load = await timed(() => loadSnapshot(snapshotPath));
  const loaded = load.value;
  const rules = mode === 'rules' ? DEFAULT_RULES : DEFAULT_RULES.filter((r) => `rule:${r.meta.id}` === mode);
  if (mode.startsWith('rule:') && !rules.length) throw new Error(`no rule ${mode.slice(5)}`);
  const evaluation = await timed(async () => {
    if (mode === 'pass') return passGuests(loaded.guests, [() => undefined]).then(() => 0);
    const options = { rules, asOf, now: asOf, snapshotSha256: loaded.sha256, snapshotPath };
    const statistics = mode === 'statistics' || mode === 'rules';
    return (await evaluateSnapshot(loaded.snapshot, loaded.guests, options, { statistics })).result.findings.length;
  });
  return {
    mode,
    findings: evaluation.value,
    loadMs: load.ms,
    evaluateMs: evaluation.ms,
    evaluateCpuMs: evaluation.cpuMs,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (values.child) {
  process.stdout.write(JSON.stringify(await measure(values.child)) + '\n');
  process.exit(0);
}

const modes = ['floor', 'pass', 'statistics', ...(values['each-rule'] ? GUEST_RULES.map((id) => `rule:${id}`) : []), 'rules'];
// The load average at the start tells a noisy run apart (other work competes for the same cores).
console.log(`machine: ${JSON.stringify(machine())}`);
const samples = rounds(fileURLToPath(import.meta.url), [snapshotPath], modes, runs);
const median = (xs) => summary(xs).median;
const floor = median(samples.get('floor').map((s) => s.floorMs));
console.log(`\nmedians of ${runs} (seconds); parse floor ${(floor / 1000).toFixed(2)}`);
console.log(
  'mode'.padEnd(36) + 'load'.padStart(7) + 'evaluate'.padStart(10) + 'CPU'.padStart(7) + '  (load+eval)÷floor  findings  peak RSS',
);
for (const mode of modes.slice(1)) {
  const s = samples.get(mode);
  const load = median(s.map((x) => x.loadMs));
  const evaluate = median(s.map((x) => x.evaluateMs));
  console.log(
    mode.padEnd(36) +
      (load / 1000).toFixed(2).padStart(7) +
      (evaluate / 1000).toFixed(2).padStart(10) +
      (median(s.map((x) => x.evaluateCpuMs)) / 1000).toFixed(2).padStart(7) +
      `${((load + evaluate) / floor).toFixed(2)}×`.padStart(19) +
      String(s[0].findings).padStart(10) +
      `${median(s.map((x) => x.peakRssMb))} MB`.padStart(10),
  );
}
