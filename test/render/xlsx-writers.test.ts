import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/result.types.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { AS_OF, guestWorkbookOf, hostileResult, realisticSnapshot, evaluateSnapshot, tempDir, xlsxReport } from './support.js';
import { expectedGuestRow, GUEST_HEADER, GUEST_ID_COLUMN, rows } from './xlsx-read.js';

// gatehouse writes its workbooks with its own SpreadsheetML writer (src/render/xlsx-package.ts) and keeps exceljs's
// streaming writer as the reference. The same workbooks written both ways must read back the same — cell by cell,
// with the same types, number formats, styles, frozen header, filters and widths — through two independent readers
// (exceljs's and SheetJS's), and LibreOffice must open the direct writer's output.

type Engine = 'direct' | 'exceljs';

/**
 * exceljs leaves out a column whose width is 9, its own default width, so a reader sees no width there; the direct
 * writer writes every width. Equal once a missing width counts as 9.
 */
const widthsOf = (ws: ReadonlyArray<number | undefined>) => {
  const w = ws.map((x) => x ?? 9);
  while (w.at(-1) === 9) w.pop();
  return w;
};
const ENGINES: Engine[] = ['direct', 'exceljs'];
const asOf = new Date(AS_OF);
const soffice = '/usr/bin/soffice';
const SKIP_SOFFICE = !existsSync(soffice) && process.env.CI !== 'true';

/** What SheetJS sees of a workbook: names, extents, filters, widths and every cell's type, value and format. */
function sheetjsView(file: string) {
  const wb = XLSX.read(readFileSync(file), { cellNF: true, cellStyles: true });
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name]!;
    return {
      name,
      ref: ws['!ref'],
      filter: ws['!autofilter'],
      widths: widthsOf((ws['!cols'] ?? []).map((c) => c?.width)),
      cells: rows(ws).map((r) => r.map((c) => (c ? { t: c.t, v: c.v, z: c.z } : undefined))),
    };
  });
}

/** What exceljs's reader sees: the same, with the styles gatehouse sets (bold, colours, fills, wrapping) and the view. */
async function exceljsView(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        const fill = c.fill?.type === 'pattern' && c.fill.pattern === 'solid' ? c.fill.fgColor?.argb : undefined;
        cells.push({
          at: `${r}:${col}`,
          type: c.type,
          value: c.value,
          numFmt: c.numFmt,
          bold: Boolean(c.font?.bold),
          color: c.font?.color?.argb,
          fill,
          wrap: Boolean(c.alignment?.wrapText),
          vertical: c.alignment?.vertical,
        });
      }),
    );
    const view = ws.views[0] as Partial<ExcelJS.WorksheetView & { ySplit: number; topLeftCell: string }> | undefined;
    return {
      name: ws.name,
      view: { state: view?.state, ySplit: view?.ySplit, topLeftCell: view?.topLeftCell },
      filter: ws.autoFilter,
      widths: widthsOf(ws.columns?.map((c) => c.width) ?? []),
      cells,
    };
  });
}

async function bothWays(
  dir: string,
  stem: string,
  write: (file: string, engine: Engine) => Promise<unknown>,
): Promise<Record<Engine, string>> {
  const files = {} as Record<Engine, string>;
  for (const engine of ENGINES) {
    files[engine] = join(dir, `${stem}-${engine}.xlsx`);
    await write(files[engine], engine);
  }
  return files;
}

async function expectSameWorkbook(files: Record<Engine, string>): Promise<void> {
  const direct = sheetjsView(files.direct);
  expect(direct.length).toBeGreaterThan(0);
  expect(direct).toEqual(sheetjsView(files.exceljs));
  const viaExceljs = await exceljsView(files.direct);
  expect(viaExceljs).toEqual(await exceljsView(files.exceljs));
  // Not vacuous: the views hold styled, dated, numeric and boolean cells.
  const cells = viaExceljs.flatMap((s) => s.cells) as Array<{ bold: boolean; fill?: string; numFmt?: string; type: number }>;
  expect(cells.some((c) => c.bold && c.fill)).toBe(true);
  expect(cells.some((c) => c.numFmt === 'yyyy-mm-dd hh:mm' && c.type === ExcelJS.ValueType.Date)).toBe(true);
  expect(cells.some((c) => c.type === ExcelJS.ValueType.Number)).toBe(true);
}

describe('the direct SpreadsheetML writer against exceljs', () => {
  const dir = tempDir('gatehouse-writers-');
  const { snapshot, name } = realisticSnapshot();
  const result = evaluateSnapshot(snapshot);
  const hostile = hostileResult();

  const cases: Array<[string, Snapshot, Result, Parameters<typeof xlsxReport>[3]]> = [
    [name, snapshot, result, {}],
    ['hostile', hostile.snapshot, hostile.result, { rules: hostile.rules }],
  ];
  for (const [label, s, r, options] of cases) {
    it(`report.xlsx on the ${label} tenant reads back the same through exceljs and SheetJS`, async () => {
      await expectSameWorkbook(await bothWays(dir, `report-${label}`, (file, engine) => xlsxReport(r, s, file, { ...options, engine })));
    });
    it(`guests.xlsx on the ${label} tenant reads back the same through exceljs and SheetJS`, async () => {
      await expectSameWorkbook(
        await bothWays(dir, `guests-${label}`, (file, engine) =>
          guestWorkbookOf(s, file, { asOf, snapshotSha256: 'b'.repeat(64), engine }),
        ),
      );
    });
  }

  it('sheets continued past the row limit read back the same', async () => {
    await expectSameWorkbook(
      await bothWays(dir, 'split', (file, engine) => guestWorkbookOf(snapshot, file, { asOf, maxRowsPerSheet: 50, engine })),
    );
  });

  it('a failing output (disk full) rejects the write instead of leaving it waiting', async () => {
    let written = 0;
    const out = new Writable({
      write(chunk: Buffer, _enc, done) {
        written += chunk.length;
        done(written > 4096 ? new Error('ENOSPC: no space left on device') : null);
      },
    });
    await expect(guestWorkbookOf(snapshot, out, { asOf })).rejects.toThrow(/ENOSPC/);
  });

  it.skipIf(SKIP_SOFFICE)(
    'LibreOffice opens the direct writer’s guests.xlsx and converts it to the same rows',
    { tags: ['slow'], timeout: 300_000 },
    async () => {
      const file = join(dir, 'libreoffice.xlsx');
      await guestWorkbookOf(snapshot, file, { asOf });
      const out = tempDir('gatehouse-soffice-');
      // A private profile: a concurrent LibreOffice (or a stale lock) must not take the conversion over.
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=file://${out}/profile`,
          '--headless',
          '--norestore',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          out,
          file,
        ],
        {
          stdio: 'pipe',
          timeout: 240_000,
        },
      );
      // -1 as the last token: every sheet to its own CSV, named after the sheet.
      const csv = readFileSync(join(out, 'libreoffice-Guests.csv'), 'utf8');
      const lines = csv.trimEnd().split('\n');
      expect(lines.length).toBe(snapshot.data.guests!.length + 1);
      expect(lines[0]!.split(',')[0]).toBe(GUEST_HEADER[0]);
      // The object id is the first GUID on each line (display names come first and may hold commas).
      const ids = lines.slice(1).map((l) => /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(l)?.[0]);
      expect(ids).toEqual(snapshot.data.guests!.map((g) => expectedGuestRow(g, asOf)[GUEST_ID_COLUMN]));
      expect(readFileSync(join(out, 'libreoffice-About.csv'), 'utf8')).toContain(snapshot.tenant.id);
    },
  );
});
