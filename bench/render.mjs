#!/usr/bin/env node
// Evaluate + render benchmark: for each size, generate a seeded synthetic tenant as one snapshot file,
// then run the whole offline pipeline several times, each run in a fresh child process, and print the median,
// min and max wall time and peak RSS per stage, the XLSX stage against a bare exceljs write of the same rows
// (same run), and how peak RSS grows with the guest count. Nothing here is asserted: it measures.
// Usage: node bench/render.mjs [--sizes 100000,1000000] [--runs 3]   (run `npm run compile` first)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTenantSnapshot } from '../dist/src/synth/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('--sizes', '100000,1000000').split(',').map(Number);
const runs = Number(arg('--runs', '3'));
const work = join(root, '.tmp', 'bench');
mkdirSync(work, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (xs, unit) =>
  `${median(xs).toFixed(unit === 's' ? 2 : 0)} (${Math.min(...xs).toFixed(unit === 's' ? 2 : 0)}–${Math.max(...xs).toFixed(unit === 's' ? 2 : 0)})`;

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
const summary = {};
for (const size of sizes) {
  const snapshot = join(work, `synthetic-${size}.json`);
  if (!existsSync(snapshot)) {
    const t = Date.now();
    await writeTenantSnapshot(snapshot, {
      seed: 7,
      guests: size,
      partners: 50,
      caPolicies: 30,
      preset: 'scale',
      asOf: '2026-11-27T00:00:00Z',
    });
    console.log(`generated ${size} guests in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  console.log(
    `\n${size.toLocaleString('en')} guests — snapshot ${(statSync(snapshot).size / 1e6).toFixed(0)} MB, ${runs} runs, each in a fresh process`,
  );
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const t = Date.now();
    const child = spawnSync(process.execPath, [join(root, 'bench', 'render-run.mjs'), snapshot, join(work, `out-${size}`)], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (child.status !== 0) {
      console.error(child.stderr);
      process.exit(1);
    }
    const sample = JSON.parse(child.stdout.trim().split('\n').pop());
    sample.wallMs = Date.now() - t;
    samples.push(sample);
  }
  const stageNames = Object.keys(samples[0].stages);
  console.log(`findings: ${samples[0].findings.toLocaleString('en')}`);
  console.log('| stage | wall s, median (min–max) | peak RSS MB, median (min–max) |');
  console.log('|---|---:|---:|');
  for (const name of stageNames) {
    console.log(
      `| ${name} | ${fmt(
        samples.map((s) => s.stages[name].ms / 1000),
        's',
      )} | ${fmt(samples.map((s) => s.stages[name].peakRssMb))} |`,
    );
  }
  const baselines = new Set(['xlsxAlone', 'xlsxBare', 'guestsXlsxAlone', 'guestsXlsxBare', 'parseFloor']);
  const pipeline = samples.map((s) => stageNames.filter((n) => !baselines.has(n)).reduce((a, n) => a + s.stages[n].ms, 0) / 1000);
  const ms = (s, name) => s.stages[name].ms;
  const bare = samples.map((s) => ms(s, 'xlsxBare') + ms(s, 'guestsXlsxBare'));
  console.log(`| all stages (load → md) | ${fmt(pipeline, 's')} | ${fmt(samples.map((s) => s.peakRssMb))} (process peak) |`);
  console.log(
    `in the pipeline: report.xlsx written in ${fmt(
      samples.map((s) => s.workbooks.reportXlsxMs / 1000),
      's',
    )} s ${samples[0].workbooks.reportThreaded ? 'on a worker thread, from the end of result.json (HTML, SARIF and Markdown render meanwhile)' : 'on the main thread'}; guests.xlsx in ${fmt(
      samples.map((s) => s.workbooks.guestsXlsxMs / 1000),
      's',
    )} s on ${samples[0].workbooks.threaded ? 'a worker thread, from the end of load (reading and validating the snapshot itself)' : 'the main thread'}`,
  );
  // What the pipeline spends in its XLSX stage (guests.xlsx overlapping evaluate) against bare exceljs writing the
  // same rows of both workbooks on one thread.
  console.log(
    `XLSX stage ÷ bare exceljs, same rows: ${fmt(
      samples.map((s, i) => ms(s, 'xlsx') / bare[i]),
      's',
    )}×`,
  );
  // What gatehouse's styling and sanitising cost: each workbook alone on one thread, nothing else running.
  const ratio = (real, base) =>
    fmt(
      samples.map((s) => ms(s, real) / ms(s, base)),
      's',
    );
  const both = fmt(
    samples.map((s, i) => (ms(s, 'xlsxAlone') + ms(s, 'guestsXlsxAlone')) / bare[i]),
    's',
  );
  console.log(
    `each workbook alone ÷ bare exceljs, same rows: report.xlsx ${ratio('xlsxAlone', 'xlsxBare')}×, guests.xlsx ${ratio('guestsXlsxAlone', 'guestsXlsxBare')}×, both ${both}×`,
  );
  // Evaluation against the parse floor (reading and parsing the same snapshot, nothing else), both in this run.
  console.log(
    `evaluation ÷ parse floor: load + evaluate ${fmt(
      samples.map((s) => (ms(s, 'load') + ms(s, 'evaluate')) / ms(s, 'parseFloor')),
      's',
    )}×, evaluate alone ${ratio('evaluate', 'parseFloor')}×`,
  );
  // The whole run against one bare sequential exceljs write of the same workbook rows.
  console.log(
    `all stages ÷ bare exceljs, same rows: ${fmt(
      samples.map((s, i) => (pipeline[i] * 1000) / bare[i]),
      's',
    )}×`,
  );
  summary[size] = { pipeline: median(pipeline), peak: median(samples.map((s) => s.peakRssMb)) };
}
if (sizes.length > 1) {
  const [a, b] = [sizes[0], sizes[sizes.length - 1]];
  console.log(
    `\npeak RSS ${a.toLocaleString('en')} → ${b.toLocaleString('en')} guests: ×${(summary[b].peak / summary[a].peak).toFixed(2)} for ×${(b / a).toFixed(0)} guests; wall ×${(summary[b].pipeline / summary[a].pipeline).toFixed(2)}`,
  );
}
