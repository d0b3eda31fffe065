#!/usr/bin/env node
// CPU time of one workbook worker, as `gatehouse scan` runs it, for A/B comparisons of builds on a shared machine
// (wall time there says little; run each build in its own fresh process, interleaved). Run `npm run compile` first.
//
//   node bench/workbook-cpu.mjs guests <snapshot.json> <out-dir>
//     guests.xlsx on its worker, started after the load with the load's layout (as scan starts it)
//   node bench/workbook-cpu.mjs report <snapshot.json> <out-dir> <result.json>
//     report.xlsx on its worker, reading the findings of result.json written again (with the writer's index) into
//     <out-dir>; <result.json> is a scan's result of <snapshot.json>
//
// Prints one JSON line: the process's CPU time (user + sys, ms) from the job's start to its end — the worker, its
// deflate on libuv's threads and its module loading; the main thread only waits — and the wall time.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RULES } from '../dist/src/pipeline/rules.js';
import { startGuestWorkbook } from '../dist/src/render/guest-workbook-job.js';
import { writeResultJson } from '../dist/src/render/json.js';
import { ruleDocs } from '../dist/src/render/model.js';
import { ReportWorkbookThread, startReportWorkbook } from '../dist/src/render/report-workbook-job.js';
import { FindingLines } from '../dist/src/render/result-findings-file.js';
import { loadSnapshot } from '../dist/src/snapshot/load.js';

const [which, snapshotPath, outDir, resultPath] = process.argv.slice(2);
if (!['guests', 'report'].includes(which) || !snapshotPath || !outDir || (which === 'report' && !resultPath)) {
  console.error('usage: workbook-cpu.mjs guests <snapshot.json> <out-dir> | report <snapshot.json> <out-dir> <result.json>');
  process.exit(2);
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const loaded = await loadSnapshot(snapshotPath);

let start;
let job;
if (which === 'guests') {
  start = process.cpuUsage();
  job = startGuestWorkbook({
    outDir,
    asOf: new Date('2026-11-27T00:00:00Z'),
    snapshot: loaded.snapshot,
    guests: loaded.guests,
    file: { path: loaded.path, sha256: loaded.sha256 },
    ...(loaded.layout ? { layout: loaded.layout, guestsValidated: true } : {}),
  });
} else {
  const result = JSON.parse(readFileSync(resultPath, 'utf8'));
  const resultFile = join(outDir, 'result.json');
  const lines = new FindingLines();
  await writeResultJson(result, resultFile, lines);
  start = process.cpuUsage();
  job = startReportWorkbook(
    {
      result,
      resultFile,
      lines,
      outDir,
      docs: ruleDocs(DEFAULT_RULES),
      snapshot: loaded.snapshot,
      guestCount: loaded.guests.count,
    },
    new ReportWorkbookThread(),
  );
}
const t0 = performance.now();
await job.done;
const cpu = process.cpuUsage(start);
process.stdout.write(
  JSON.stringify({
    workbook: which,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    userMs: Math.round(cpu.user / 1000),
    sysMs: Math.round(cpu.system / 1000),
    wallMs: Math.round(performance.now() - t0),
  }) + '\n',
);
