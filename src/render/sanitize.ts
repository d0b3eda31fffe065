/**
 * Making tenant-supplied strings safe for each output format. Every string that comes from a tenant (display
 * names, domains, URLs, policy names) or from a result.json someone handed us is hostile until it passes here.
 */

/**
 * Code points XML 1.0 cannot carry: C0 controls except TAB/LF/CR, U+FFFE/U+FFFF and lone surrogates. exceljs's
 * streaming writer passes U+FFFE through and produces a sheet Excel refuses to open.
 */
const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function stripXmlInvalid(s: string): string {
  return s.replace(XML_INVALID, '');
}

/** Excel's cell limits (Microsoft "Excel specifications and limits"). */
export const EXCEL_MAX_CELL_CHARS = 32_767;
export const EXCEL_MAX_LINE_FEEDS = 253;
export const EXCEL_TRUNCATION_MARKER = ' …[truncated by gatehouse; full value in result.json / the snapshot]';

/**
 * A tenant string as an Excel cell: XML-safe, at most 253 line feeds (later ones become spaces) and at most
 * 32,767 characters, ending in a visible marker when cut. Surrogate pairs are never split.
 */
export function excelText(value: string): string {
  // Fast path: printable ASCII of a sane length needs nothing (most ids, UPNs and dates of a 200,000-row sheet).
  if (value.length <= EXCEL_MAX_CELL_CHARS && /^[\x20-\x7e]*$/.test(value)) return value;
  let s = stripXmlInvalid(value).replace(/\r\n?/g, '\n');
  let feeds = 0;
  if (s.includes('\n')) s = s.replace(/\n/g, () => (++feeds > EXCEL_MAX_LINE_FEEDS ? ' ' : '\n'));
  if (s.length <= EXCEL_MAX_CELL_CHARS) return s;
  return clipUtf16(s, EXCEL_MAX_CELL_CHARS - EXCEL_TRUNCATION_MARKER.length) + EXCEL_TRUNCATION_MARKER;
}

/** Cut to at most `max` UTF-16 code units without leaving half a surrogate pair. */
export function clipUtf16(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return s.slice(0, end);
}

/** Bidi controls (LRE…RLO, LRI…PDI) and other invisible format characters that can disguise text. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A tenant string for display in a sentence or table: XML-safe, no control characters, no bidi overrides,
 * line breaks flattened, at most `max` characters (with an ellipsis). The full value stays in the XLSX.
 */
export function displayText(value: string | null | undefined, max = 200): string {
  if (value === null || value === undefined) return '';
  const flat = stripXmlInvalid(String(value))
    .replace(BIDI_CONTROLS, '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return flat.length > max ? clipUtf16(flat, max - 1) + '…' : flat;
}

/**
 * Excel sheet names: 1–31 characters, none of `[ ] : * ? / \`, no leading/trailing apostrophe, not "History",
 * unique case-insensitively within the workbook. exceljs's streaming writer checks none of this.
 */
export class SheetNames {
  private readonly used = new Set<string>();

  /** A valid, unused sheet name as close to `wanted` as possible. */
  take(wanted: string): string {
    let base = stripXmlInvalid(wanted)
      .replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    base = base.replace(/^'+|'+$/g, '').trim();
    if (!base || base.toLowerCase() === 'history') base = `Sheet ${base}`.trim();
    base = clipUtf16(base, 31).replace(/'+$/, '').trim() || 'Sheet';
    let name = base;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name =
        clipUtf16(base, 31 - suffix.length)
          .replace(/'+$/, '')
          .trimEnd() + suffix;
    }
    this.used.add(name.toLowerCase());
    return name;
  }
}

/**
 * JSON to embed in `<script type="application/json">`: `<`, `>` and `&` escaped so `</script>` and `<!--` cannot
 * end or confuse the block, U+2028/U+2029 escaped in case the JSON is ever read as a JavaScript literal
 * (older engines end a string literal there). The result parses back to exactly `value`.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** An https URL we may put in an href, or undefined: tenant or result strings with any other scheme stay text. */
export function safeHttpsUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return undefined;
  return url.href;
}

/**
 * Email addresses and UPNs, for `--sarif-omit-pii`: every run of address characters that holds an `@` is replaced.
 * One linear pass (a backtracking `x+@y+` pattern is quadratic on a 100,000-character name).
 */
export function redactEmails(s: string): string {
  if (!s.includes('@')) return s;
  return s.replace(/[^\s"'<>()[\],;:]+/g, (token) => (token.includes('@') ? '[redacted]' : token));
}
