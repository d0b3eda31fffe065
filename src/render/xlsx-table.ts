/**
 * The parts every gatehouse workbook shares: one table written across as many sheets as Excel's row limit needs,
 * with a frozen header, a filter, column widths and shared cell styles — through gatehouse's own SpreadsheetML
 * writer (xlsx-package.ts), or exceljs's streaming writer when asked (the benchmark's reference).
 *
 * exceljs validates nothing, so every string goes through `excelText` (XML-invalid code points removed, ≤ 32,767
 * characters with a visible marker, ≤ 253 line feeds) — here for exceljs, in the direct writer for its own cells (one
 * check for plain text with its XML escaping) — sheet names through `SheetNames`, and a sheet that would pass Excel's
 * 1,048,576-row limit continues on "<name> (2)". Strings are always written as strings (inline strings, never
 * formulas), so `=HYPERLINK(...)` stays text.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type * as ExcelJS from 'exceljs';
import { XlsxPackage, columnName, type CellStyle } from './xlsx-package.js';
import type { DeflatedSegment } from './zip-writer.js';
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

/** How a table's sheets filter and print. */
export interface TableOptions {
  /** An autofilter over the header and rows: for lists; a key/value sheet (Summary, About) has none. Default true. */
  filter?: boolean;
  /**
   * Print only the first N columns (the ones a reader needs; the technical ones follow them on screen). Default: all.
   * Every sheet prints landscape, fitted to one page wide, with the header row repeated on every page.
   */
  printColumns?: number;
}

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
/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;
const HEADER_FILL = 'FF1F3A5F';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Shared style objects: both writers key a style by object identity (exceljs caches its id in a WeakMap, the direct
 * writer numbers them as first used), so every cell gets one of these, never its own.
 */
const STYLE_DATE: CellStyle = { numFmt: DATE_FORMAT };
const STYLE_WRAP: CellStyle = { alignment: { wrapText: true, vertical: 'top' } };
const STYLE_HEADER: CellStyle = {
  font: { bold: true, color: 'FFFFFFFF' },
  fill: HEADER_FILL,
  alignment: { vertical: 'middle', wrapText: true },
};
const filled = (colours: Record<string, { bg: string; fg: string }>, bold: boolean): Record<string, CellStyle> =>
  Object.fromEntries(Object.entries(colours).map(([k, c]) => [k, { fill: c.bg, font: { color: c.fg, bold } }]));
const STYLE_SEVERITY = filled(SEVERITY_FILL, true);
const STYLE_STATUS = filled(STATUS_FILL, false);
/**
 * Every style a table gives a cell, numbered first and in this order in every package (see StyleTable): rows of a
 * sheet encoded by another thread carry the same style numbers as the package's own rows.
 */
export const TABLE_STYLES: readonly CellStyle[] = [
  STYLE_HEADER,
  STYLE_WRAP,
  STYLE_DATE,
  ...Object.values(STYLE_SEVERITY),
  ...Object.values(STYLE_STATUS),
];

function styleFor(kind: ColumnSpec['kind'], value: CellValue): CellStyle | undefined {
  if (value instanceof Date) return STYLE_DATE;
  if (kind === 'severity') return STYLE_SEVERITY[String(value)];
  if (kind === 'status') return STYLE_STATUS[String(value)];
  if (kind === 'wrap') return STYLE_WRAP;
  return undefined;
}

export interface WorkbookOptions {
  /** Fixed timestamps keep the file a function of its input, not of the wall clock. */
  asOf: Date;
  /** Data rows per sheet before continuing on the next one (tests lower it; Excel's limit otherwise). */
  maxRowsPerSheet?: number;
  /**
   * Which library writes the package: gatehouse's own SpreadsheetML writer (xlsx-package.ts, the default) or
   * exceljs's streaming writer (kept as the benchmark's reference and for comparison).
   */
  engine?: 'direct' | 'exceljs';
  /**
   * Benchmark baseline only: the same rows written with bare exceljs — no styles, no sanitising, no frozen header
   * or filter. `npm run bench:render` compares the real workbooks against it; never use it for a report.
   */
  bare?: boolean;
}

/** Where a table's sheets go: one implementation per writing library. */
interface SheetSink {
  /** The sink makes strings safe for Excel itself (excelText): the table hands them over as they came. */
  readonly sanitises: boolean;
  add(values: CellValue[], styles: ReadonlyArray<CellStyle | undefined>, height?: number): Promise<void> | undefined;
  /** Rows encoded and deflated apart (shapeRow, then RowXml with a style table seeded with TABLE_STYLES); the direct writer only. */
  addDeflated?(rows: number, segment: DeflatedSegment): Promise<void>;
  /** End the sheet, with an autofilter over the header and the rows written (unless bare). */
  close(rows: number, columns: number): Promise<void>;
}
interface WorkbookEngine {
  /** Sheets take rows encoded and deflated apart (SheetSink.addDeflated). */
  readonly takesDeflated: boolean;
  sheet(name: string, columns: readonly ColumnSpec[], options?: TableOptions): Promise<SheetSink>;
  commit(): Promise<void>;
}

/** gatehouse's own writer: SpreadsheetML generated row by row and deflated on libuv's thread pool. */
function directEngine(target: string | Writable, options: WorkbookOptions): WorkbookEngine {
  const pkg = new XlsxPackage(target, { creator: 'gatehouse', created: options.asOf }, TABLE_STYLES);
  return {
    takesDeflated: true,
    async sheet(name, columns, tableOptions = {}) {
      const print = { printColumns: Math.min(tableOptions.printColumns ?? columns.length, columns.length) };
      const sheet = await pkg.addSheet(name, { widths: columns.map((c) => c.width), frozenHeader: true, print });
      return {
        sanitises: true,
        add: (values, styles, height) => sheet.add(values, styles, height),
        addDeflated: (rows, segment) => sheet.addDeflated(rows, segment),
        close: (_rows, width) => pkg.endSheet(tableOptions.filter === false ? undefined : width),
      };
    },
    commit: () => pkg.commit(),
  };
}

/**
 * exceljs, loaded the first time a workbook is written with it (benchmarks and tests): loading it costs a few hundred
 * milliseconds of CPU, which every scan's main thread and each workbook worker paid at start-up for a writer none of
 * them uses.
 */
let exceljsModule: Promise<typeof ExcelJS> | undefined;
const loadExcelJs = (): Promise<typeof ExcelJS> =>
  // A CommonJS package: Node hands its exports to an import as `default` (its type declarations say otherwise).
  (exceljsModule ??= import('exceljs').then((m) => (m as unknown as { default: typeof ExcelJS }).default));

/** exceljs's streaming writer (a cell object and a style lookup per cell; yields so its zip stream keeps up). */
function exceljsEngine(target: string | Writable, options: WorkbookOptions): WorkbookEngine {
  const bare = Boolean(options.bare);
  const opened = loadExcelJs().then((lib) => {
    const stream = typeof target === 'string' ? createWriteStream(target) : target;
    const book = new lib.stream.xlsx.WorkbookWriter({ stream, useStyles: !bare, useSharedStrings: false });
    book.creator = 'gatehouse';
    book.created = options.asOf;
    book.modified = options.asOf;
    return book;
  });
  // Awaited by the first sheet or the commit; a workbook abandoned before either must not fail unhandled.
  opened.catch(() => undefined);
  const converted = new WeakMap<CellStyle, Partial<ExcelJS.Style>>();
  const toExcelJs = (s: CellStyle): Partial<ExcelJS.Style> => {
    let x = converted.get(s);
    if (!x) {
      x = {
        ...(s.numFmt ? { numFmt: s.numFmt } : {}),
        ...(s.font ? { font: { ...(s.font.bold ? { bold: true } : {}), ...(s.font.color ? { color: { argb: s.font.color } } : {}) } } : {}),
        ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } } } : {}),
        ...(s.alignment ? { alignment: { ...s.alignment } } : {}),
      };
      converted.set(s, x);
    }
    return x;
  };
  let written = 0;
  return {
    takesDeflated: false,
    async sheet(name, columns, tableOptions = {}) {
      const book = await opened;
      // Freeze panes and print setup must be passed here: the streaming writer writes them when the sheet is created.
      const printTo = Math.min(tableOptions.printColumns ?? columns.length, columns.length);
      const pageSetup: Partial<ExcelJS.PageSetup> = {
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        // exceljs quotes the sheet name in these defined names without doubling an apostrophe.
        ...(name.includes("'") ? {} : { printTitlesRow: '1:1', printArea: `A:${columnName(printTo - 1)}` }),
      };
      const sheet = bare
        ? book.addWorksheet(name)
        : book.addWorksheet(name, {
            views: [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }],
            pageSetup,
            headerFooter: { oddFooter: '&L&A&RPage &P of &N', differentFirst: false, differentOddEven: false },
          });
      if (!bare) sheet.columns = columns.map((c, i) => ({ key: `c${i}`, width: c.width }));
      let next = 1;
      return {
        sanitises: false,
        add(values, styles, height) {
          const row = sheet.getRow(next++);
          if (height && !bare) row.height = height;
          values.forEach((v, i) => {
            if (v === null || v === undefined || v === '') return;
            const cell = row.getCell(i + 1);
            cell.value = v;
            const style = styles[i];
            if (!bare && style) cell.style = toExcelJs(style);
          });
          row.commit();
          return ++written % ROWS_PER_YIELD === 0 ? yieldToEventLoop() : undefined;
        },
        async close(rows, width) {
          if (!bare && tableOptions.filter !== false)
            sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows + 1), column: width } };
          sheet.commit();
        },
      };
    },
    commit: async () => (await opened).commit(),
  };
}

/** A streaming workbook and a factory for its tables. */
export function openWorkbook(target: string | Writable, options: WorkbookOptions) {
  const engine = options.bare || options.engine === 'exceljs' ? exceljsEngine(target, options) : directEngine(target, options);
  const names = new SheetNames();
  const maxRows = options.maxRowsPerSheet ?? EXCEL_MAX_DATA_ROWS;
  return {
    table: (name: string, columns: ColumnSpec[], tableOptions: TableOptions = {}) =>
      new TableWriter(engine, names, name, columns, maxRows, Boolean(options.bare), tableOptions),
    commit: () => engine.commit(),
  };
}

/** One logical table written across as many sheets as Excel's row limit needs. */
export class TableWriter {
  private sheet: SheetSink | undefined;
  private part = 0;
  private rowsInSheet = 0;
  private rowsTotal = 0;
  private readonly styles: Array<CellStyle | undefined>;
  private readonly cells: CellValue[] = [];

  constructor(
    private readonly engine: WorkbookEngine,
    private readonly names: SheetNames,
    private readonly name: string,
    private readonly columns: ColumnSpec[],
    private readonly maxRows: number,
    private readonly bare = false,
    private readonly options: TableOptions = {},
  ) {
    this.styles = new Array<CellStyle | undefined>(columns.length);
  }

  private async open(): Promise<SheetSink> {
    this.part++;
    const sheetName = this.names.take(this.part === 1 ? this.name : `${this.name} (${this.part})`);
    const sheet = await this.engine.sheet(sheetName, this.columns, this.options);
    // Headers can come from outside too (portfolio.xlsx names a column after each tenant's label).
    const header = this.columns.map((c) => (this.bare ? c.header : excelText(c.header)));
    await sheet.add(
      header,
      this.columns.map(() => (this.bare ? undefined : STYLE_HEADER)),
      this.bare ? undefined : rowHeight(Math.max(...this.columns.map((c) => linesFor(c.header, c.width)))),
    );
    this.rowsInSheet = 0;
    return sheet;
  }

  /**
   * Add a row. A promise comes back only when a sheet had to be opened or the writer asks the caller to wait (wait for
   * it before the next row): a million-row table takes most rows without one, where a promise and an await per row
   * were a good part of the inventory's garbage.
   */
  add(values: CellValue[]): Promise<void> | undefined {
    if (!this.sheet || this.rowsInSheet >= this.maxRows) return this.addOnNextSheet(values);
    return this.addTo(this.sheet, values);
  }

  private async addOnNextSheet(values: CellValue[]): Promise<void> {
    await this.closeSheet();
    this.sheet = await this.open();
    await this.addTo(this.sheet, values);
  }

  private addTo(sheet: SheetSink, values: CellValue[]): Promise<void> | undefined {
    this.rowsInSheet++;
    this.rowsTotal++;
    if (this.bare) return sheet.add(values, this.styles);
    // Both sinks read the cells before they return, so one array serves every row.
    const height = shapeRow(this.columns, values, !sheet.sanitises, this.cells, this.styles);
    return sheet.add(this.cells, this.styles, height);
  }

  /**
   * Whether `rows` more rows fit the sheet being written (or the first one) — rows encoded apart (addDeflated) must:
   * their row numbers were given when they were encoded.
   */
  fitsSheet(rows: number): boolean {
    return !this.bare && (this.sheet ? this.rowsInSheet : 0) + rows <= this.maxRows;
  }

  /** Whether rows encoded apart can be added: the direct writer takes them, exceljs does not. */
  get takesDeflated(): boolean {
    return !this.bare && this.engine.takesDeflated;
  }

  /**
   * Add `rows` rows encoded and deflated apart, as shapeRow and RowXml (with a style table seeded with TABLE_STYLES)
   * encode them, numbered on from this table's last row; the sheet must have room for them (fitsSheet).
   */
  async addDeflated(rows: number, segment: DeflatedSegment): Promise<void> {
    if (!this.sheet) this.sheet = await this.open();
    if (!this.sheet.addDeflated || this.rowsInSheet + rows > this.maxRows) throw new Error('this sheet cannot take rows encoded apart');
    await this.sheet.addDeflated(rows, segment);
    this.rowsInSheet += rows;
    this.rowsTotal += rows;
  }

  /** The row number the next row gets on the sheet being written (the header is row 1). */
  get nextRow(): number {
    return (this.sheet ? this.rowsInSheet : 0) + 2;
  }

  private async closeSheet(): Promise<void> {
    if (!this.sheet) return;
    await this.sheet.close(this.rowsInSheet, this.columns.length);
    this.sheet = undefined;
  }

  /** Finish the table; an empty table still gets its sheet, with one row saying why it is empty. */
  async finish(emptyNote?: string): Promise<void> {
    if (this.rowsTotal === 0) await this.add([emptyNote ?? 'Nothing to list.']);
    await this.closeSheet();
  }
}

/**
 * A table row as its sheet takes it: `cells` (strings made safe for Excel here when the sheet does not do it itself)
 * and each cell's style in `styles`; returns the row's height. Neither Excel nor LibreOffice sizes a row to its
 * wrapped text when it opens a file, so printed rows would overlap: a row with a wrapped cell gets the height its
 * longest text needs (as Excel will hold it).
 */
export function shapeRow(
  columns: readonly ColumnSpec[],
  values: readonly CellValue[],
  sanitiseHere: boolean,
  cells: CellValue[],
  styles: Array<CellStyle | undefined>,
): number | undefined {
  cells.length = values.length;
  styles.length = Math.max(styles.length, values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    cells[i] = sanitiseHere && typeof v === 'string' ? excelText(v) : v;
    styles[i] = v === null || v === undefined || v === '' ? undefined : styleFor(columns[i]?.kind, v);
  }
  let lines = 1;
  for (let i = 0; i < cells.length; i++) {
    const c = columns[i];
    const v = cells[i];
    if (c?.kind === 'wrap' && typeof v === 'string' && v) lines = Math.max(lines, linesFor(sanitiseHere ? v : excelText(v), c.width));
  }
  return rowHeight(lines);
}

/** Lines a text wraps to in a column `width` units wide (a unit is about one character of the default font). */
function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 1);
  // Line by line without splitting: four wrapped cells in each of a million finding rows, nearly all one line.
  let n = 0;
  let from = 0;
  for (let end = text.indexOf('\n'); end >= 0; from = end + 1, end = text.indexOf('\n', from))
    n += Math.max(1, Math.ceil((end - from) / perLine));
  return n + Math.max(1, Math.ceil((text.length - from) / perLine));
}

/** A row's height in points for that many lines; undefined (the default height) for one. */
function rowHeight(lines: number): number | undefined {
  return lines > 1 ? Math.min(409, lines * LINE_HEIGHT + 2) : undefined;
}
