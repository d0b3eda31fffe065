#!/usr/bin/env node
// One measured run of the offline pipeline on one snapshot (a child of bench/render.mjs), as `gatehouse scan` runs
// it: load → (guests.xlsx starts on a worker thread) → evaluate → result.json (past 20,000 findings a report.xlsx
// worker thread starts beside it, loading its modules, and gets its job, reading result.json, once the file is
// written) → HTML, SARIF, Markdown → the XLSX stage, which waits for both
// workbooks (below the threshold it writes report.xlsx itself, as before); then each workbook alone on this thread and
// its bare-exceljs baseline, and the parse floor. Prints one JSON line with wall time and peak RSS per stage. Run
// `npm run compile` first.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RULES as RULES } from '../dist/src/pipeline/rules.js';
import { evaluateSnapshot } from '../dist/src/pipeline/scan.js';
import { RENDERERS, reportWorkbookRequest } from '../dist/src/render/index.js';
import { ReportWorkbookThread, reportWorkbookOnWorker, startReportWorkbook } from '../dist/src/render/report-workbook-job.js';
import { writeXlsx } from '../dist/src/render/xlsx.js';
import { FindingLines } from '../dist/src/render/result-findings-file.js';
import { writeGuestWorkbook } from '../dist/src/render/guest-workbook.js';
import { startGuestWorkbook } from '../dist/src/render/guest-workbook-job.js';
import { loadSnapshot } from '../dist/src/snapshot/load.js';
import { parseFloor } from './lib/parse-floor.mjs';

const [snapshotPath, outDir] = process.argv.slice(2);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const mb = (bytes) => Math.round(bytes / 1024 / 1024);
let sampled = 0;
const sampler = setInterval(() => {
  sampled = Math.max(sampled, process.memoryUsage.rss());
}, 20);
const stages = {};
async function stage(name, fn) {
  sampled = process.memoryUsage.rss();
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  const t = process.hrtime.bigint();
  const value = await fn();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const maxAfter = process.resourceUsage().maxRSS * 1024;
  // The process-wide high-water mark only moves when this stage set a new one; otherwise use the samples.
  const peak = maxAfter > maxBefore ? maxAfter : Math.max(sampled, process.memoryUsage.rss());
  stages[name] = { ms: Math.round(ms), peakRssMb: mb(peak) };
  return value;
}

const asOf = new Date('2026-11-27T00:00:00Z');
const loaded = await stage('load', () => loadSnapshot(snapshotPath));
const opts = { rules: RULES, asOf, now: asOf, snapshotSha256: loaded.sha256, snapshotPath };
// As `gatehouse scan` does: the guest inventory starts once the snapshot is loaded (a worker thread past 20,000
// guests), and the HTML report's guest statistics are gathered in the evaluation pass.
const file = { path: loaded.path, sha256: loaded.sha256 };
const guestsStart = process.hrtime.bigint();
let guestsMs = 0;
const guestWorkbook = startGuestWorkbook({
  outDir,
  asOf,
  snapshot: loaded.snapshot,
  guests: loaded.guests,
  file,
  ...(loaded.layout ? { layout: loaded.layout, guestsValidated: true } : {}),
});
guestWorkbook.done.then(() => {
  guestsMs = Number(process.hrtime.bigint() - guestsStart) / 1e6;
});
const { result, statistics } = await stage('evaluate', () => evaluateSnapshot(loaded.snapshot, loaded.guests, opts));
const evidence = { snapshot: loaded.snapshot, guests: loaded.guests, ...(statistics ? { statistics } : {}), file };
const xlsxOptions = { rules: RULES, guestCount: loaded.guests.count };
let reportXlsxMs = 0;
/** Findings rows of report.xlsx this thread wrote while it waited (the rest the worker wrote). */
let helpedRows = 0;
// The order renderAll uses: result.json first when report.xlsx goes to a worker (it reads its findings from it).
const threaded = reportWorkbookOnWorker(result.findings.length);
// As renderAll does: the report.xlsx worker starts before result.json is written and loads its modules meanwhile.
const reportThread = threaded ? new ReportWorkbookThread() : undefined;
const resultLines = threaded ? new FindingLines() : undefined;
const ctx = { result, evidence, outDir, options: {}, rules: RULES, guestWorkbook, ...(resultLines ? { resultLines } : {}) };
let reportWorkbook;
for (const format of threaded ? ['json', 'html', 'sarif', 'md', 'xlsx'] : ['html', 'xlsx', 'sarif', 'json', 'md']) {
  await stage(format, async () => {
    if (format === 'xlsx') {
      const t = process.hrtime.bigint();
      if (reportWorkbook) {
        // As renderAll does: this thread writes its share of report.xlsx's Findings rows, then waits for the worker and for guests.xlsx.
        helpedRows = await reportWorkbook.job.help();
        await reportWorkbook.job.done;
        reportXlsxMs = Number(process.hrtime.bigint() - reportWorkbook.started) / 1e6;
      } else {
        // What RENDERERS.xlsx does, timed in two parts: report.xlsx on this thread, then the wait for guests.xlsx.
        await writeXlsx(result, loaded.snapshot, join(outDir, 'report.xlsx'), xlsxOptions);
        reportXlsxMs = Number(process.hrtime.bigint() - t) / 1e6;
      }
      return guestWorkbook.done;
    }
    const files = await RENDERERS[format](ctx);
    if (format === 'json' && threaded) {
      reportWorkbook = {
        started: process.hrtime.bigint(),
        job: startReportWorkbook(reportWorkbookRequest(ctx, files[0], resultLines), reportThread),
      };
      // As renderAll does: the worker has its job before HTML renders (a long synchronous stretch of this thread).
      await reportWorkbook.job.handedOver;
    }
    return files;
  });
}
// Baselines for the XLSX stage, in this same process after the pipeline: each workbook written again alone on this
// thread (nothing else running), then the same rows through bare exceljs.
// exceljs is loaded on its first use (src/render/xlsx-table.ts), as a scan never uses it: load it before the bare
// baselines, outside every stage, so that neither counts its loading and the pipeline above ran as a scan runs.
await import('exceljs');
await stage('xlsxAlone', () => writeXlsx(result, loaded.snapshot, join(outDir, 'alone.xlsx'), xlsxOptions));
await stage('xlsxBare', () => writeXlsx(result, loaded.snapshot, join(outDir, 'bare.xlsx'), { ...xlsxOptions, bare: true }));
await stage('guestsXlsxAlone', () =>
  writeGuestWorkbook(loaded.snapshot, join(outDir, 'alone-guests.xlsx'), { asOf, guests: loaded.guests }),
);
await stage('guestsXlsxBare', () =>
  writeGuestWorkbook(loaded.snapshot, join(outDir, 'bare-guests.xlsx'), { asOf, guests: loaded.guests, bare: true }),
);
// The parse floor for evaluation: read the snapshot and parse every guest and the rest of the document, with no
// validation, no model and no rules (the file is in the page cache by now, as it is for the load above).
await stage('parseFloor', () => parseFloor(snapshotPath));
clearInterval(sampler);
process.stdout.write(
  JSON.stringify({
    guests: loaded.guests.count,
    findings: result.findings.length,
    stages,
    // reportXlsxMs: on the worker, from its start after result.json to its end; else the write on this thread.
    workbooks: {
      reportXlsxMs: Math.round(reportXlsxMs),
      reportThreaded: threaded,
      helpedRows,
      guestsXlsxMs: Math.round(guestsMs),
      threaded: guestWorkbook.threaded,
    },
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  }) + '\n',
);
rmSync(outDir, { recursive: true, force: true });
