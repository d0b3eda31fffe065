/**
 * The parts every gatehouse workbook shares: one table written across as many sheets as Excel's row limit needs,
 * with a frozen header, a filter, column widths and shared cell styles, through exceljs's streaming writer.
 *
 * The streaming writer validates nothing, so this module does: every string goes through `excelText` (XML-invalid
 * code points removed, ≤ 32,767 characters with a visible marker, ≤ 253 line feeds), sheet names through
 * `SheetNames`, and a sheet that would pass Excel's 1,048,576-row limit continues on "<name> (2)". Strings are
 * always written as strings — exceljs never turns a JS string into a formula — so `=HYPERLINK(...)` stays text.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { SheetNames, excelText } from './sanitize.js';

/** Excel holds 1,048,576 rows; one is the header. */
export const EXCEL_MAX_DATA_ROWS = 1_048_575;

/**
 * Rows between yields to the event loop. exceljs hands each sheet's XML to its zip stream, whose deflate and file
 * writes only progress while the event loop turns; yielding every 1,000 rows let a million-row sheet pile up
 * ~0.8 KB per row in memory (2.5 GB at a million guests), every 50 rows keeps it flat and costs no time.
 */
const ROWS_PER_YIELD = 50;

export type CellValue = string | number | boolean | Date | null | undefined;

export interface ColumnSpec {
  header: string;
  width: number;
  kind?: 'text' | 'date' | 'number' | 'bool' | 'severity' | 'status' | 'wrap';
}

const SEVERITY_FILL: Record<string, { bg: string; fg: string }> = {
  critical: { bg: 'FF7A0019', fg: 'FFFFFFFF' },
  high: { bg: 'FFC62828', fg: 'FFFFFFFF' },
  medium: { bg: 'FFF9A825', fg: 'FF1A1A1A' },
  low: { bg: 'FF90CAF9', fg: 'FF1A1A1A' },
  info: { bg: 'FFE0E0E0', fg: 'FF1A1A1A' },
};
/** Rule outcomes, and a scanned tenant's status in portfolio.xlsx (failed / ok / incomplete share their colours). */
const STATUS_FILL: Record<string, { bg: string; fg: string }> = {
  fail: { bg: 'FFFFCDD2', fg: 'FF1A1A1A' },
  failed: { bg: 'FFFFCDD2', fg: 'FF1A1A1A' },
  pass: { bg: 'FFC8E6C9', fg: 'FF1A1A1A' },
  ok: { bg: 'FFC8E6C9', fg: 'FF1A1A1A' },
  'not-assessed': { bg: 'FFFFE0B2', fg: 'FF1A1A1A' },
  incomplete: { bg: 'FFFFE0B2', fg: 'FF1A1A1A' },
  error: { bg: 'FFFFAB91', fg: 'FF1A1A1A' },
  suppressed: { bg: 'FFE1BEE7', fg: 'FF1A1A1A' },
  'not-applicable': { bg: 'FFEEEEEE', fg: 'FF1A1A1A' },
};
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
const HEADER_FILL = 'FF1F3A5F';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Shared style objects. exceljs caches a style's id by object identity (a WeakMap); a fresh object per cell would
 * be re-serialised for every one of 200,000 × 14 cells, so every cell gets one of these, never its own.
 */
type CellStyle = Partial<ExcelJS.Style>;
const STYLE_PLAIN: CellStyle = {};
const STYLE_DATE: CellStyle = { numFmt: DATE_FORMAT };
const STYLE_WRAP: CellStyle = { alignment: { wrapText: true, vertical: 'top' } };
const STYLE_HEADER: CellStyle = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
  alignment: { vertical: 'middle', wrapText: true },
};
const filled = (colours: Record<string, { bg: string; fg: string }>, bold: boolean): Record<string, CellStyle> =>
  Object.fromEntries(Object.entries(colours).map(([k, c]) => [k, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: c.bg } }, font: { color: { argb: c.fg }, bold } }]));
const STYLE_SEVERITY = filled(SEVERITY_FILL, true);
const STYLE_STATUS = filled(STATUS_FILL, false);

function styleFor(kind: ColumnSpec['kind'], value: CellValue): CellStyle {
  if (value instanceof Date) return STYLE_DATE;
  if (kind === 'severity') return STYLE_SEVERITY[String(value)] ?? STYLE_PLAIN;
  if (kind === 'status') return STYLE_STATUS[String(value)] ?? STYLE_PLAIN;
  if (kind === 'wrap') return STYLE_WRAP;
  return STYLE_PLAIN;
}

export interface WorkbookOptions {
  /** Fixed timestamps keep the file a function of its input, not of the wall clock. */
  asOf: Date;
  /** Data rows per sheet before continuing on the next one (tests lower it; Excel's limit otherwise). */
  maxRowsPerSheet?: number;
  /**
   * Benchmark baseline only: the same rows written with bare exceljs — no styles, no sanitising, no frozen header
   * or filter. `npm run bench` compares the real workbooks against it; never use it for a report.
   */
  bare?: boolean;
}

/** A streaming workbook and a factory for its tables. */
export function openWorkbook(target: string | Writable, options: WorkbookOptions) {
  const stream = typeof target === 'string' ? createWriteStream(target) : target;
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: !options.bare, useSharedStrings: false });
  book.creator = 'gatehouse';
  book.created = options.asOf;
  book.modified = options.asOf;
  const names = new SheetNames();
  const maxRows = options.maxRowsPerSheet ?? EXCEL_MAX_DATA_ROWS;
  return {
    book,
    table: (name: string, columns: ColumnSpec[]) => new TableWriter(book, names, name, columns, maxRows, options.bare),
    commit: () => book.commit(),
  };
}

/** One logical table written across as many sheets as Excel's row limit needs. */
export class TableWriter {
  private sheet: ExcelJS.Worksheet | undefined;
  private part = 0;
  private rowsInSheet = 0;
  private rowsTotal = 0;

  constructor(
    private readonly book: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly names: SheetNames,
    private readonly name: string,
    private readonly columns: ColumnSpec[],
    private readonly maxRows: number,
    private readonly bare = false,
  ) {}

  private open(): ExcelJS.Worksheet {
    this.part++;
    const sheetName = this.names.take(this.part === 1 ? this.name : `${this.name} (${this.part})`);
    // Freeze panes must be passed here: the streaming writer writes sheet views when the sheet is created.
    const sheet = this.bare ? this.book.addWorksheet(sheetName) : this.book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }] });
    if (!this.bare) sheet.columns = this.columns.map((c, i) => ({ key: `c${i}`, width: c.width }));
    const header = sheet.getRow(1);
    this.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      if (this.bare) {
        cell.value = c.header;
        return;
      }
      // Headers can come from outside too (portfolio.xlsx names a column after each tenant's label).
      cell.value = excelText(c.header);
      cell.style = STYLE_HEADER;
    });
    header.commit();
    this.rowsInSheet = 0;
    return sheet;
  }

  async add(values: CellValue[]): Promise<void> {
    if (!this.sheet || this.rowsInSheet >= this.maxRows) {
      this.closeSheet();
      this.sheet = this.open();
    }
    const row = this.sheet.getRow(this.rowsInSheet + 2);
    values.forEach((v, i) => {
      if (v === null || v === undefined || v === '') return;
      const cell = row.getCell(i + 1);
      if (this.bare) {
        cell.value = v;
        return;
      }
      cell.value = typeof v === 'string' ? excelText(v) : v;
      cell.style = styleFor(this.columns[i]?.kind, v);
    });
    row.commit();
    this.rowsInSheet++;
    this.rowsTotal++;
    if (this.rowsTotal % ROWS_PER_YIELD === 0) await yieldToEventLoop();
  }

  private closeSheet(): void {
    if (!this.sheet) return;
    if (!this.bare) this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, this.rowsInSheet + 1), column: this.columns.length } };
    this.sheet.commit();
    this.sheet = undefined;
  }

  /** Finish the table; an empty table still gets its sheet, with one row saying why it is empty. */
  async finish(emptyNote?: string): Promise<void> {
    if (this.rowsTotal === 0) await this.add([emptyNote ?? 'Nothing to list.']);
    this.closeSheet();
  }
}
