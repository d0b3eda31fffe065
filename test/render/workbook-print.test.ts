import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { tempDir } from './support.js';
// @ts-expect-error plain JavaScript script without declarations; its page counting is tested here
import { printWorkbooks } from '../../scripts/print-workbooks.mjs';

// Both workbooks of the demo, printed by LibreOffice headless as a reader would print them: landscape, one page wide,
// the readable columns only, the header on every page. Before the print setup report.xlsx took 70 pages (with six
// sheets) and guests.xlsx 44; skipped outside CI when LibreOffice is not installed.
const SOFFICE = '/usr/bin/soffice';
const SKIP = !existsSync(SOFFICE) && process.env.CI !== 'true';

describe.skipIf(SKIP)('workbooks print', { tags: ['slow'] }, () => {
  const dir = tempDir('gatehouse-print-');

  beforeAll(async () => {
    const r = await cliInProcess([
      'scan',
      '--snapshot',
      packagePath('fixtures', 'snapshots', 'demo.json'),
      '--out',
      dir,
      '--as-of',
      '2026-11-27',
      '--quiet',
      '--format',
      'xlsx',
    ]);
    expect(r.code, r.stderr).toBeLessThan(2);
  });

  it('the demo prints in a handful of pages, every page one sheet wide', () => {
    const printed = printWorkbooks([join(dir, 'report.xlsx'), join(dir, 'guests.xlsx')], join(dir, 'pdf'), SOFFICE) as Array<{
      workbook: string;
      pages: number;
    }>;
    const pages = Object.fromEntries(printed.map((p) => [p.workbook.endsWith('guests.xlsx') ? 'guests' : 'report', p.pages]));
    expect(pages.report).toBeGreaterThan(2);
    // Eight sheets: Summary 1 page, Findings 2, Rules 3, Coverage, Partners, Identity providers and Conditional
    // Access 1 each, Frameworks 7 (every control of five frameworks) — 17 in all.
    expect(pages.report).toBeLessThanOrEqual(20);
    expect(pages.guests).toBeGreaterThan(2);
    expect(pages.guests).toBeLessThanOrEqual(12);
  });
});
