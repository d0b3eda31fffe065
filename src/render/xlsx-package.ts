import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { EXCEL_MAX_CELL_CHARS, excelText } from './sanitize.js';
import { ZipWriter, type DeflatedSegment, type ZipEntryWriter } from './zip-writer.js';

/**
 * An XLSX package written directly as SpreadsheetML: each worksheet's XML is generated row by row and deflated into
 * the ZIP as it goes, the workbook, styles and relationships at the end. It writes what gatehouse's tables use and
 * nothing more — inline strings, numbers, booleans, dates as serial numbers with a date format, a frozen header row,
 * an autofilter, column widths and a small set of cell styles (font, solid fill, number format, alignment).
 *
 * Why not exceljs for this: its streaming writer builds a cell object, a style lookup and an XML fragment through
 * several layers for every cell, and pushes each row through a chain of streams; at a million guests × 16 columns
 * that is most of a minute. Measured on the 100,000-guest inventory, same styles, same process: this writer 2.1 s of
 * CPU, exceljs 5.8 s, bare exceljs without styles 3.1–3.7 s (README, "Workbook writers, compared"). The table API
 * keeps exceljs selectable, and a test holds both writers' workbooks to read back the same. Cell strings reach here as
 * the table was given them: this module makes them safe for Excel (excelText, as xlsx-table.ts does for exceljs) and
 * escapes them for XML, in one check for the plain text nearly every cell holds.
 */

export interface CellStyle {
  numFmt?: string;
  font?: { bold?: boolean; color?: string };
  /** Solid background, ARGB. */
  fill?: string;
  alignment?: { wrapText?: boolean; vertical?: 'top' | 'middle' | 'bottom' };
}

export type PackageCell = string | number | boolean | Date | null | undefined;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/**
 * Bytes buffered before they go to the deflater: large enough that per-call costs vanish, small enough to stay flat.
 * Each row's XML is encoded into the buffer as soon as it is built — joining many rows' strings first and encoding
 * them together costs seven times as much (V8 flattens the concatenated strings, and the garbage piles up).
 */
const FLUSH_BYTES = 1 << 20;
/**
 * Each flush hands its buffer to the deflater and takes a fresh one: memory outside V8's heap, whose growth V8 counts
 * towards its next full collection. A row that does not fit the 64 KB past FLUSH_BYTES goes after a flush; twice
 * FLUSH_BYTES, as this was, made the guest inventory's worker collect its whole heap half again as often
 * (28–33 full collections for 300,000 guests instead of 12–20).
 */
const BUFFER_BYTES = FLUSH_BYTES + (64 << 10);
const EXCEL_EPOCH_DAYS = 25_569;
const DAY_MS = 86_400_000;

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const XML_SPECIAL = /[&<>"]/;
/**
 * Escape text for attribute values (and element content). Only the characters the text holds are replaced, each with
 * a plain (non-regular-expression) search.
 */
export function xmlEscape(s: string): string {
  if (!XML_SPECIAL.test(s)) return s;
  if (s.includes('&')) s = s.replaceAll('&', '&amp;');
  if (s.includes('<')) s = s.replaceAll('<', '&lt;');
  if (s.includes('>')) s = s.replaceAll('>', '&gt;');
  if (s.includes('"')) s = s.replaceAll('"', '&quot;');
  return s;
}

/**
 * Text that is the same as an Excel cell (excelText) and as XML element content: printable ASCII but `&`, `<` and `>`,
 * at most Excel's length. Nearly every cell is — a finding's evidence (JSON, full of quotes) too, since a quote needs
 * no escaping outside an attribute — so one check over it replaces excelText's and the escaping's each.
 */
const PLAIN_CELL_TEXT = /^[\x20-\x25\x27-\x3b\x3d\x3f-\x7e]*$/;
const CONTENT_SPECIAL = /[&<>]/;

/** Escape text for element content: `&` and `<` must be, `>` is too (it would end a `]]>`); quotes stay as they are. */
function contentEscape(s: string): string {
  if (!CONTENT_SPECIAL.test(s)) return s;
  if (s.includes('&')) s = s.replaceAll('&', '&amp;');
  if (s.includes('<')) s = s.replaceAll('<', '&lt;');
  if (s.includes('>')) s = s.replaceAll('>', '&gt;');
  return s;
}

/** A tenant string as a cell's XML text: excelText (safe for Excel), then escaped for element content. */
export function cellXmlText(value: string): string {
  if (value.length <= EXCEL_MAX_CELL_CHARS && PLAIN_CELL_TEXT.test(value)) return value;
  return contentEscape(excelText(value));
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * Styles used in the package, numbered in the order first used (0 is the default) after the ones it is seeded with:
 * a table's styles seeded in a fixed order have the same numbers in every package, so rows encoded by another thread
 * (report.xlsx's Findings sheet, partly written by the main thread) carry the numbers this package gives them.
 */
export class StyleTable {
  private readonly ids = new Map<CellStyle, number>();
  private readonly list: CellStyle[] = [{}];

  constructor(seed: readonly CellStyle[] = []) {
    for (const style of seed) this.id(style);
  }

  id(style: CellStyle | undefined): number {
    if (!style) return 0;
    let id = this.ids.get(style);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(style);
      this.ids.set(style, id);
    }
    return id;
  }

  xml(): string {
    const fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
    const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
    const numFmts: string[] = [];
    const fontIds = new Map<string, number>();
    const fillIds = new Map<string, number>();
    const fmtIds = new Map<string, number>();
    const xfs = this.list.map((s) => {
      let fontId = 0;
      if (s.font) {
        const xml = `<font>${s.font.bold ? '<b/>' : ''}<sz val="11"/>${s.font.color ? `<color rgb="${xmlEscape(s.font.color)}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`;
        fontId = fontIds.get(xml) ?? fonts.push(xml) - 1;
        fontIds.set(xml, fontId);
      }
      let fillId = 0;
      if (s.fill) {
        const xml = `<fill><patternFill patternType="solid"><fgColor rgb="${xmlEscape(s.fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
        fillId = fillIds.get(xml) ?? fills.push(xml) - 1;
        fillIds.set(xml, fillId);
      }
      let numFmtId = 0;
      if (s.numFmt) {
        numFmtId =
          fmtIds.get(s.numFmt) ??
          164 + numFmts.push(`<numFmt numFmtId="${164 + numFmts.length}" formatCode="${xmlEscape(s.numFmt)}"/>`) - 1;
        fmtIds.set(s.numFmt, numFmtId);
      }
      const a = s.alignment;
      const align = a ? `<alignment${a.vertical ? ` vertical="${a.vertical}"` : ''}${a.wrapText ? ' wrapText="1"' : ''}/>` : '';
      const applies = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
      return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applies}${align ? `>${align}</xf>` : '/>'}`;
    });
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

export interface SheetLayout {
  /** Column widths in characters. */
  widths: readonly number[];
  /** Freeze the first row (the header). */
  frozenHeader?: boolean;
  /**
   * Print setup: landscape, one page wide and as many tall as needed, the header row on every page, the sheet name
   * and page number in the footer, and only the first `printColumns` columns printed.
   */
  print?: { printColumns: number };
}

interface CellTails {
  text: string;
  preservedText: string;
  value: string;
  yes: string;
  no: string;
}

/** A cell's text after its reference, `s` being its style attribute (empty for the default style). */
function cellTails(s: string): CellTails {
  return {
    text: `"${s} t="inlineStr"><is><t>`,
    preservedText: `"${s} t="inlineStr"><is><t xml:space="preserve">`,
    value: `"${s}><v>`,
    yes: `"${s} t="b"><v>1</v></c>`,
    no: `"${s} t="b"><v>0</v></c>`,
  };
}

/**
 * Rows as SpreadsheetML: a row's XML from its values, styles and height. The sheet writer encodes its rows with one;
 * a thread that encodes some of a sheet's rows for it (deflated apart, see SheetWriter.addDeflated) uses another with
 * a style table seeded the same way.
 */
export class RowXml {
  /** Each column's `<c r="` and column letters: the row number follows. */
  private readonly opens: string[];
  private readonly plainTails = cellTails('');
  private readonly styleTails = new Map<CellStyle, CellTails>();

  constructor(
    private readonly styles: StyleTable,
    readonly columns: number,
  ) {
    this.opens = Array.from({ length: columns }, (_, i) => `<c r="${columnName(i)}`);
  }

  /** What follows a cell's reference for each kind of value, with the style's attribute in it. */
  private tails(style: CellStyle | undefined): CellTails {
    if (!style) return this.plainTails;
    let t = this.styleTails.get(style);
    if (t === undefined) {
      t = cellTails(` s="${this.styles.id(style)}"`);
      this.styleTails.set(style, t);
    }
    return t;
  }

  /** Row `r` (empty cells skipped). Strings are made safe for Excel (excelText) and escaped here. */
  xml(r: number, values: readonly PackageCell[], styles: ReadonlyArray<CellStyle | undefined>, height?: number): string {
    // A row's XML is put together from as few pieces as it can be (the row number once, each cell's fixed text
    // worked out once per column and style): every `+` of a long string leaves a rope node behind, and a million
    // rows of 17 cells made that the inventory's largest garbage.
    const n = String(r);
    let xml = height ? `<row r="${n}" ht="${height}" customHeight="1">` : `<row r="${n}">`;
    for (let i = 0; i < values.length && i < this.opens.length; i++) {
      const v = values[i];
      if (v === null || v === undefined || v === '') continue;
      const t = this.tails(styles[i]);
      if (typeof v === 'string') {
        const x = cellXmlText(v);
        // Escaping never puts white space at either end, nor takes it away.
        const preserve = isSpace(x.charCodeAt(0)) || isSpace(x.charCodeAt(x.length - 1));
        xml += this.opens[i] + n + (preserve ? t.preservedText : t.text) + x + '</t></is></c>';
      } else if (typeof v === 'number') {
        xml += Number.isFinite(v) ? this.opens[i] + n + t.value + v + '</v></c>' : this.opens[i] + n + t.text + String(v) + '</t></is></c>';
      } else if (typeof v === 'boolean') {
        xml += this.opens[i] + n + (v ? t.yes : t.no);
      } else {
        const ms = v.getTime();
        if (Number.isFinite(ms)) xml += this.opens[i] + n + t.value + (ms / DAY_MS + EXCEL_EPOCH_DAYS) + '</v></c>';
      }
    }
    return xml + '</row>';
  }
}

/** One worksheet being written: rows in order, then `close` (with the autofilter's extent, when it has one). */
export class SheetWriter {
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private row = 0;
  private readonly rowXml: RowXml;
  private print: SheetLayout['print'];

  constructor(
    private readonly entry: ZipEntryWriter,
    styles: StyleTable,
    readonly columns: number,
  ) {
    this.rowXml = new RowXml(styles, columns);
  }

  /** The opening of the sheet: view, columns, start of the data. */
  async start(layout: SheetLayout, selected: boolean): Promise<void> {
    const pane = layout.frozenHeader
      ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
      : '';
    const cols = layout.widths.length
      ? `<cols>${layout.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    this.print = layout.print;
    const fit = layout.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
    await this.push(
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${fit}<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`,
    );
  }

  private push(s: string): Promise<void> | undefined {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (s.length * 3 > this.buffer.length - this.used) {
      if (s.length * 3 > BUFFER_BYTES) return this.flush().then(() => this.entry.write(s));
      // The text may fill the fresh buffer past FLUSH_BYTES on its own: that flush is waited for too.
      return this.flush().then(() => this.push(s));
    }
    this.used += this.buffer.write(s, this.used, 'utf8');
    return this.used >= FLUSH_BYTES ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (!this.used) return;
    // The deflater keeps the bytes until it has read them: a fresh buffer for what comes next.
    const bytes = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    this.used = 0;
    await this.entry.write(bytes);
  }

  /**
   * Add a row (empty cells skipped). Strings are made safe for Excel (excelText) and escaped here. Returns a promise
   * only when buffered text went to the deflater and the caller should wait.
   */
  add(values: readonly PackageCell[], styles: ReadonlyArray<CellStyle | undefined>, height?: number): Promise<void> | undefined {
    return this.push(this.rowXml.xml(++this.row, values, styles, height));
  }

  /**
   * Add `rows` rows encoded and deflated apart (their row numbers following this sheet's last row, their styles from
   * a table seeded as this package's): after what is buffered, in the order given.
   */
  async addDeflated(rows: number, segment: DeflatedSegment): Promise<void> {
    await this.flush();
    await this.entry.writeDeflated(segment);
    this.row += rows;
  }

  get rows(): number {
    return this.row;
  }

  /** End the sheet; `filterColumns` puts an autofilter over the header and every row written. */
  async close(filterColumns?: number): Promise<void> {
    const filter = filterColumns ? `<autoFilter ref="A1:${columnName(filterColumns - 1)}${Math.max(1, this.row)}"/>` : '';
    // Header and footer codes: &L left, &R right, &A the sheet's name, &P page, &N pages (no tenant text in them).
    const print = this.print
      ? '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>'
      : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    await this.push(`</sheetData>${filter}${print}</worksheet>`);
    await this.flush();
  }
}

interface SheetEntry {
  name: string;
  filter?: string;
  /** Columns that print (A to this one); with it, the header row repeats on every printed page. */
  printTo?: string;
}

/** The package: sheets one after another (each finished before the next starts), then `commit`. */
export class XlsxPackage {
  private readonly zip: ZipWriter;
  private readonly styles: StyleTable;
  private readonly sheets: SheetEntry[] = [];
  private current: { sheet: SheetWriter; end: () => Promise<void>; entry: SheetEntry } | undefined;

  constructor(
    target: string | Writable,
    private readonly meta: { creator: string; created: Date },
    /** Styles numbered first, in this order (see StyleTable). */
    seedStyles: readonly CellStyle[] = [],
  ) {
    this.styles = new StyleTable(seedStyles);
    this.zip = new ZipWriter(typeof target === 'string' ? createWriteStream(target) : target, meta.created);
  }

  async addSheet(name: string, layout: SheetLayout): Promise<SheetWriter> {
    if (this.current) throw new Error('finish the open sheet first');
    const n = this.sheets.length + 1;
    const { entry, end } = await this.zip.begin(`xl/worksheets/sheet${n}.xml`);
    const sheet = new SheetWriter(entry, this.styles, layout.widths.length);
    await sheet.start(layout, n === 1);
    const record: SheetEntry = { name, ...(layout.print ? { printTo: columnName(layout.print.printColumns - 1) } : {}) };
    this.sheets.push(record);
    this.current = { sheet, end, entry: record };
    return sheet;
  }

  /** Finish the open sheet, with an autofilter over its first `filterColumns` columns when given. */
  async endSheet(filterColumns?: number): Promise<void> {
    const c = this.current;
    if (!c) return;
    await c.sheet.close(filterColumns);
    if (filterColumns) c.entry.filter = `A1:${columnName(filterColumns - 1)}${Math.max(1, c.sheet.rows)}`;
    await c.end();
    this.current = undefined;
  }

  async commit(): Promise<void> {
    await this.endSheet();
    const sheets = this.sheets;
    const names = sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
    // Excel records each autofilter's range as the sheet's hidden _FilterDatabase name.
    // Print area and print titles are the sheet's _xlnm.Print_Area and _xlnm.Print_Titles names.
    const quoted = (s: SheetEntry) => `'${xmlEscape(s.name.replace(/'/g, "''"))}'`;
    const defined = sheets
      .map(
        (s, i) =>
          (s.filter
            ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${quoted(s)}!${s.filter.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}</definedName>`
            : '') +
          (s.printTo
            ? `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${quoted(s)}!$A:$${s.printTo}</definedName><definedName name="_xlnm.Print_Titles" localSheetId="${i}">${quoted(s)}!$1:$1</definedName>`
            : ''),
      )
      .join('');
    await this.zip.add(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${names}</sheets>${defined ? `<definedNames>${defined}</definedNames>` : ''}</workbook>`,
    );
    const rels = sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('');
    await this.zip.add(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    );
    await this.zip.add('xl/styles.xml', this.styles.xml());
    const created = this.meta.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
    await this.zip.add(
      'docProps/core.xml',
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlEscape(this.meta.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
    );
    await this.zip.add(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    );
    const overrides = sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('');
    await this.zip.add(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    );
    await this.zip.finish();
  }

  /** Abandon the package (a failed write): the stream is closed, the caller removes the file. */
  destroy(): void {
    this.zip.destroy();
  }
}
