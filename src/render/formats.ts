import { InputError } from '../errors.js';

/**
 * The report formats by name, and the files they write. Kept apart from the renderers so the CLI can check
 * `--format` (and print its help) without loading any of them.
 */
export const FORMATS = ['json', 'md', 'html', 'xlsx', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** The report's title unless --title names another: the HTML's heading and the workbooks' "Report" line. */
export const DEFAULT_TITLE = 'External identity security review';

/** File name of the guest inventory in the output folder (report.xlsx and the HTML point readers to it). */
export const GUEST_WORKBOOK_FILE = 'guests.xlsx';

/** File names of the reports in the output folder (the HTML and SARIF point readers at the workbook by name). */
export const REPORT_FILES = {
  json: 'result.json',
  md: 'summary.md',
  html: 'report.html',
  xlsx: 'report.xlsx',
  guestsXlsx: GUEST_WORKBOOK_FILE,
  sarif: 'report.sarif',
} as const;

/** Parse `--format a,b`: unknown names are a usage error; json is always written (other tools read it). */
export function parseFormats(value: string | undefined): Format[] {
  if (!value) return [...FORMATS];
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const expanded = names.includes('all') ? [...FORMATS] : names;
  for (const n of expanded) {
    if (!(FORMATS as readonly string[]).includes(n))
      throw new InputError(`unknown format "${n}"; choose from ${FORMATS.join(', ')} (or all)`);
  }
  return [...new Set(['json', ...expanded])] as Format[];
}
