import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { plainFinding } from '../../src/engine/evaluated-finding.js';
import type { Finding, Result } from '../../src/engine/result.types.js';
import { packagePath } from '../../src/paths.js';
import { writeResultJson } from '../../src/render/json.js';
import { ruleDocs, sortFindings } from '../../src/render/model.js';
import { BlockClaims, blocksFromFile, takeBlocksFromBack, type FindingBlocks } from '../../src/render/findings-sheet.js';
import { FindingLines, ResultFindingsFile } from '../../src/render/result-findings-file.js';
import { findingsInMemory } from '../../src/render/xlsx.js';
import { guestStatistics } from '../../src/model/guest-statistics.js';
import { guestsInMemory } from '../../src/snapshot/guests.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { evaluateSnapshot, tempDir, xlsxReport } from './support.js';

// report.xlsx written on a worker thread from result.json must be the workbook the main thread writes, entry for
// entry; and the reader it uses must list result.json's findings in the Findings sheet's order.

const snapshot = fixtureSnapshot('every-check');

/** A result with the Changes sheet's material too: findings new and updated since a baseline, one resolved. */
function resultWithBaseline(): Result {
  const result = evaluateSnapshot(snapshot);
  const [a, b, c] = result.findings;
  a!.baselineState = 'new';
  b!.baselineState = 'updated';
  c!.baselineState = 'new';
  result.baseline = {
    source: 'last/result.json',
    scannedAt: '2026-10-01T00:00:00Z',
    tenantId: result.tenant.id,
    counts: { new: 2, unchanged: result.findings.length - 3, updated: 1, resolved: 1 },
    resolved: [
      { id: 'f'.repeat(64), ruleId: a!.ruleId, severity: 'low', resource: { type: 'user', id: 'gone' }, message: 'A guest that left.' },
    ],
    ruleChanges: [{ id: a!.ruleId, before: 'pass', after: 'fail' }],
  };
  return result;
}

async function entries(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name]!.dir) out.set(name, await zip.files[name]!.async('string'));
  return out;
}

const ids = (fs: Iterable<Finding>) => [...fs].map((f) => `${f.severity} ${f.ruleId} ${f.id}`);

describe('result.json read back one finding at a time', () => {
  const dir = tempDir('gatehouse-result-findings-');

  it('lists the findings in the Findings sheet order and gives back everything else', async () => {
    const result = resultWithBaseline();
    const file = join(dir, 'result.json');
    await writeResultJson(result, file);
    const read = ResultFindingsFile.open(file);
    try {
      expect(read.count).toBe(result.findings.length);
      expect(ids(read.sorted())).toEqual(ids(sortFindings(result.findings)));
      expect([...read.sorted()]).toEqual(sortFindings(result.findings).map(plainFinding));
      expect(ids(read.withBaselineState('new'))).toEqual(ids(result.findings.filter((f) => f.baselineState === 'new')));
      expect(ids(read.withBaselineState('updated'))).toEqual(ids(result.findings.filter((f) => f.baselineState === 'updated')));
      expect(read.result).toEqual({ ...result, findings: [] });
    } finally {
      read.close();
    }
  });

  it("takes the writer's record of its lines in place of its own pass, and refuses a file that changed since", async () => {
    const result = resultWithBaseline();
    const file = join(dir, 'recorded.json');
    const lines = new FindingLines();
    await writeResultJson(result, file, lines);
    expect([lines.count, lines.bytes]).toEqual([result.findings.length, statSync(file).size]);
    const read = ResultFindingsFile.open(file, lines.transfer().data);
    try {
      expect([...read.sorted()]).toEqual(sortFindings(result.findings).map(plainFinding));
      expect(ids(read.withBaselineState('new'))).toEqual(ids(result.findings.filter((f) => f.baselineState === 'new')));
      expect(read.result).toEqual({ ...result, findings: [] });
    } finally {
      read.close();
    }

    // Rewritten with one message longer: the recorded lines no longer fit the file.
    const other = new FindingLines();
    await writeResultJson(result, file, other);
    const [first, ...rest] = result.findings;
    await writeResultJson({ ...result, findings: [{ ...first!, message: `${first!.message}!` }, ...rest] }, file);
    expect(() => ResultFindingsFile.open(file, other.transfer().data)).toThrow(
      /recorded\.json changed while report\.xlsx was being written/,
    );
  });

  it('sorts by the ids themselves when a rule does not list its findings in id order', async () => {
    const result = evaluateSnapshot(snapshot);
    const shuffled = { ...result, findings: [...result.findings].reverse() };
    const file = join(dir, 'reversed.json');
    await writeResultJson(shuffled, file);
    const read = ResultFindingsFile.open(file);
    expect(ids(read.sorted())).toEqual(ids(sortFindings(result.findings)));
    read.close();
  });

  it('reads a result without findings, and refuses a file not laid out as result.json', async () => {
    const result = { ...evaluateSnapshot(snapshot), findings: [] };
    const empty = join(dir, 'empty.json');
    await writeResultJson(result, empty);
    const read = ResultFindingsFile.open(empty);
    expect([read.count, [...read.sorted()]]).toEqual([0, []]);
    read.close();

    const compact = join(dir, 'compact.json');
    writeFileSync(compact, JSON.stringify(evaluateSnapshot(snapshot)));
    expect(() => ResultFindingsFile.open(compact)).toThrow(/is not laid out as gatehouse writes result\.json \(no "findings" member\)/);
    const cut = join(dir, 'cut.json');
    const whole = readFileSync(join(dir, 'result.json'), 'utf8');
    writeFileSync(cut, whole.slice(0, whole.lastIndexOf('\n  ]')));
    expect(() => ResultFindingsFile.open(cut)).toThrow(/the findings list is not closed/);
  });
});

describe("the Findings sheet's rows in blocks shared by two threads (both ends played on this thread)", () => {
  const dir = tempDir('gatehouse-finding-blocks-');
  const options = { title: 'Quarterly review', guestCount: snapshot.data.guests!.length };

  /** The sheet's rows as blocks, with `helperBlocks` of them taken from the back first, as the main thread takes them. */
  async function sharedOut(result: Result, blockRows: number, helperBlocks: number, file: string) {
    const sorted = sortFindings(result.findings);
    const place = new Map(result.findings.map((f, i) => [f, i]));
    const order = new SharedArrayBuffer(4 * sorted.length);
    new Uint32Array(order).set(sorted.map((f) => place.get(f)!));
    const claims = BlockClaims.create(Math.ceil(sorted.length / blockRows));
    let asked = 0;
    const titles = new Map(result.rules.map((r) => [r.id, r.title]));
    const message = await takeBlocksFromBack(result.findings, titles, { claims, order, blockRows }, file, () => asked++ >= helperBlocks);
    const blocks: FindingBlocks = {
      count: sorted.length,
      blockRows,
      claims,
      at: (k) => sorted[k]!,
      othersBlocks: () => blocksFromFile(message!, claims.takenFromBack()),
    };
    return { blocks, message };
  }

  it("waits for the other thread's order on the shared word: woken by its publishing, or by wake() when the job ends", async () => {
    // Another thread publishes, as the worker does: the waiting thread wakes on the notify, with no timer polling.
    const claims = BlockClaims.create(4);
    expect(claims.orderPublished).toBe(false);
    const published = claims.orderChange();
    const other = new Worker(
      `const { workerData } = require('node:worker_threads');
       const words = new Int32Array(workerData, 0, 2);
       Atomics.store(words, 1, 1);
       Atomics.notify(words, 1);`,
      { eval: true, workerData: claims.buffer },
    );
    await published;
    expect(claims.orderPublished).toBe(true);
    await new Promise((resolve) => other.once('exit', resolve));
    // Once published, a wait settles at once.
    await claims.orderChange();

    // A job that ends first wakes the wait without publishing; the caller sees that nothing was published.
    const unpublished = BlockClaims.create(4);
    const waiting = unpublished.orderChange();
    unpublished.wake();
    await waiting;
    expect(unpublished.orderPublished).toBe(false);
  });

  it('writes the workbook this thread writes alone, wherever the two ends meet', async () => {
    const result = resultWithBaseline();
    const inline = join(dir, 'inline.xlsx');
    await xlsxReport(result, snapshot, inline, options);
    const expected = await entries(inline);
    const n = result.findings.length;
    for (const [blockRows, helperBlocks] of [
      [1, 3],
      [2, 1],
      [7, Math.ceil(n / 7) - 1],
      [5, 0],
    ] as const) {
      const { blocks, message } = await sharedOut(result, blockRows, helperBlocks, join(dir, `rows-${blockRows}`));
      expect(message?.blocks.length ?? 0).toBe(helperBlocks);
      const target = join(dir, `shared-${blockRows}.xlsx`);
      await xlsxReport(result, snapshot, target, options, { ...findingsInMemory(result), blocks });
      const got = await entries(target);
      for (const [name, xml] of expected) expect(got.get(name), `${name}, ${blockRows} rows a block`).toBe(xml);
    }
  });

  it("fails the workbook when the helping thread's share failed or is missing a block", async () => {
    const result = evaluateSnapshot(snapshot);
    const { blocks, message } = await sharedOut(result, 2, 2, join(dir, 'rows-failed'));
    const failed = { ...blocks, othersBlocks: () => blocksFromFile({ ...message!, failure: 'disk full' }, 2) };
    await expect(
      xlsxReport(result, snapshot, join(dir, 'failed.xlsx'), options, { ...findingsInMemory(result), blocks: failed }),
    ).rejects.toThrow(/share of the Findings sheet failed: disk full/);
    const again = await sharedOut(result, 2, 2, join(dir, 'rows-short'));
    const short = { ...again.blocks, othersBlocks: () => blocksFromFile({ ...again.message!, blocks: again.message!.blocks.slice(1) }, 2) };
    await expect(
      xlsxReport(result, snapshot, join(dir, 'short.xlsx'), options, { ...findingsInMemory(result), blocks: short }),
    ).rejects.toThrow(/share of the Findings sheet is incomplete/);
  });
});

describe('report.xlsx on a worker thread (the compiled build, as the CLI runs it)', async () => {
  const dir = tempDir('gatehouse-report-worker-');
  const distRender = packagePath('dist', 'src', 'render', 'index.js');
  const distJob = packagePath('dist', 'src', 'render', 'report-workbook-job.js');
  it('the build is there (npm test builds before vitest)', () =>
    expect(existsSync(distJob), `${distJob} missing: run npm run compile`).toBe(true));
  const { renderAll } = (await import(distRender)) as typeof import('../../src/render/index.js');
  const { ReportWorkbookThread, startReportWorkbook, reportWorkbookOnWorker } = (await import(
    distJob
  )) as typeof import('../../src/render/report-workbook-job.js');
  const cover = { client: 'Fabrikam & Sons <Ltd>', preparedBy: 'Audit team' };

  it('writes the same workbook as this thread, entry for entry (sheets continued past a lowered row limit)', async () => {
    const result = resultWithBaseline();
    const resultFile = join(dir, 'result.json');
    await writeResultJson(result, resultFile);
    const options = { title: 'Quarterly review', cover, guestCount: snapshot.data.guests!.length, maxRowsPerSheet: 7 };
    const job = startReportWorkbook({ result, snapshot, resultFile, outDir: join(dir, 'worker'), docs: ruleDocs(RULES), ...options });
    const threaded = await job.done;
    const inline = join(dir, 'inline.xlsx');
    await xlsxReport(result, snapshot, inline, options);
    const [a, b] = [await entries(threaded), await entries(inline)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect(a.get('xl/workbook.xml')).toMatch(/name="Findings \(2\)"/);
    expect(a.get('xl/workbook.xml')).toMatch(/name="Changes"/);
    for (const [name, xml] of b) expect(a.get(name), name).toBe(xml);
  });

  it("shares the Findings sheet's rows out in blocks with this thread, and the workbook is the one this thread writes alone", async () => {
    const result = resultWithBaseline();
    const resultFile = join(dir, 'shared.json');
    await writeResultJson(result, resultFile);
    const options = { title: 'Quarterly review', cover, guestCount: snapshot.data.guests!.length };
    const inline = join(dir, 'shared-inline.xlsx');
    await xlsxReport(result, snapshot, inline, options);
    const expected = await entries(inline);
    // One row per block, so that the two threads meet somewhere in the middle, wherever their speeds make them.
    for (const blockRows of [1, 3]) {
      const job = startReportWorkbook({
        result,
        snapshot,
        resultFile,
        outDir: join(dir, `shared-${blockRows}`),
        docs: ruleDocs(RULES),
        blockRows,
        ...options,
      });
      const helped = await job.help();
      const threaded = await job.done;
      expect(helped).toBeGreaterThanOrEqual(0);
      expect(helped).toBeLessThanOrEqual(result.findings.length);
      const got = await entries(threaded);
      expect([...got.keys()]).toEqual([...expected.keys()]);
      for (const [name, xml] of expected) expect(got.get(name), `${name} (${helped} rows by this thread)`).toBe(xml);
      // The scratch file of this thread's blocks went with the staging folder.
      expect(readdirSync(join(dir, `shared-${blockRows}`))).toEqual(['report.xlsx']);
    }
  });

  it('a job cancelled while this thread writes its share stops both threads and leaves nothing', async () => {
    const result = evaluateSnapshot(snapshot);
    const resultFile = join(dir, 'cancel-share.json');
    await writeResultJson(result, resultFile);
    const outDir = join(dir, 'cancel-share');
    const job = startReportWorkbook({ result, snapshot, resultFile, outDir, docs: ruleDocs(RULES), blockRows: 1 });
    // Whichever comes first — this thread's share, the cancel, the worker's end — help settles and nothing is left.
    const helped = job.help();
    await job.cancel();
    await expect(helped).resolves.toBeGreaterThanOrEqual(0);
    await expect(job.done).rejects.toThrow(/cancelled/);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  it('renderAll past the (lowered) threshold writes result.json first and report.xlsx from it, with the same bytes', async () => {
    const result = evaluateSnapshot(snapshot);
    expect(reportWorkbookOnWorker(result.findings.length, 1)).toBe(true);
    const evidence = {
      snapshot,
      guests: guestsInMemory(snapshot.data.guests!),
      statistics: guestStatistics(snapshot, snapshot.data.guests!, new Date(result.asOf)),
    };
    const ctx = { result, evidence, options: { cover }, rules: RULES };
    const formats = ['json', 'md', 'html', 'xlsx', 'sarif'] as const;
    const worker = await renderAll(formats, { ...ctx, outDir: join(dir, 'all-worker'), reportWorkerMinFindings: 1 });
    const main = await renderAll(formats, { ...ctx, outDir: join(dir, 'all-main') });
    // Files come back in format order whichever order they were written in.
    expect(worker.map((f) => f.split('/').pop())).toEqual([
      'result.json',
      'summary.md',
      'report.html',
      'report.xlsx',
      'guests.xlsx',
      'report.sarif',
    ]);
    expect(main.map((f) => f.split('/').pop())).toEqual(worker.map((f) => f.split('/').pop()));
    const [a, b] = [await entries(worker[3]!), await entries(main[3]!)];
    for (const [name, xml] of b) expect(a.get(name), name).toBe(xml);
  });

  it('a worker started ahead of its job stops when dismissed or cancelled, and leaves nothing', async () => {
    const idle = new ReportWorkbookThread();
    await idle.dismiss();
    await expect(idle.run.reply).rejects.toThrow(/report workbook cancelled/);

    const result = evaluateSnapshot(snapshot);
    const resultFile = join(dir, 'ahead.json');
    await writeResultJson(result, resultFile);
    const outDir = join(dir, 'cancelled');
    const job = startReportWorkbook({ result, snapshot, resultFile, outDir, docs: ruleDocs(RULES) }, new ReportWorkbookThread());
    await job.cancel();
    await expect(job.done).rejects.toThrow(/cancelled/);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  it('a worker that fails leaves no report.xlsx and says why', async () => {
    const result = evaluateSnapshot(snapshot);
    const resultFile = join(dir, 'changed.json');
    await writeResultJson(result, resultFile);
    // The file no longer is the result the job is for: one finding fewer.
    await writeResultJson({ ...result, findings: result.findings.slice(1) }, resultFile);
    const outDir = join(dir, 'failed');
    const job = startReportWorkbook({ result, snapshot, resultFile, outDir, docs: ruleDocs(RULES) });
    await expect(job.done).rejects.toThrow(/^writing report\.xlsx failed: .*changed\.json is not the result this workbook is for/);
    // Nothing is left: not the staged file, not the folder the job created.
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);

    const unreadable = startReportWorkbook({ result, snapshot, resultFile: join(dir, 'missing.json'), outDir, docs: ruleDocs(RULES) });
    await expect(unreadable.done).rejects.toThrow(/^writing report\.xlsx failed: ENOENT/);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});
