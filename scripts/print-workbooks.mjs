#!/usr/bin/env node
// Print the workbooks of a report folder to PDF the way a reader would, with LibreOffice headless (Debian package
// libreoffice-calc-nogui), and say how many pages each takes:
//
//   node scripts/print-workbooks.mjs reports/demo            # report.xlsx and guests.xlsx → PDFs beside them
//   node scripts/print-workbooks.mjs reports/demo --out /tmp/pdf
//
// Prints one line per workbook ("report.xlsx: 8 pages → /tmp/pdf/report.pdf"). Exit 2 when the folder has no
// workbook or LibreOffice is missing. Page counts come from the PDF's page tree, so no PDF tool is needed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Pages in a PDF written by LibreOffice: the /Count of its root page tree (the largest one). */
export function pdfPageCount(pdf) {
  const text = pdf.toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) =>
    Number(m[1] ?? m[2]),
  );
  return counts.length ? Math.max(...counts) : (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Convert each workbook to PDF in `outDir`; returns [{ workbook, pdf, pages }]. */
export function printWorkbooks(files, outDir, soffice = '/usr/bin/soffice') {
  if (!existsSync(soffice)) throw new Error(`LibreOffice is not installed (${soffice}); apt-get install libreoffice-calc-nogui`);
  mkdirSync(outDir, { recursive: true });
  // A profile of its own: LibreOffice refuses to start twice on one profile, and the user's is left alone.
  const profile = mkdtempSync(join(tmpdir(), 'gatehouse-lo-'));
  try {
    execFileSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { stdio: 'pipe', timeout: 300_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((workbook) => {
    const pdf = join(outDir, `${basename(workbook, '.xlsx')}.pdf`);
    return { workbook, pdf, pages: pdfPageCount(readFileSync(pdf)) };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : dir;
  const files = dir ? ['report.xlsx', 'guests.xlsx'].map((f) => resolve(dir, f)).filter((f) => existsSync(f)) : [];
  if (!dir || !files.length || !out) {
    console.error(
      'usage: node scripts/print-workbooks.mjs <report folder> [--out <folder>] (the folder must hold report.xlsx or guests.xlsx)',
    );
    process.exit(2);
  }
  try {
    for (const r of printWorkbooks(files, resolve(out))) console.log(`${basename(r.workbook)}: ${r.pages} pages → ${r.pdf}`);
  } catch (e) {
    console.error(`print-workbooks: ${e.message}`);
    process.exit(2);
  }
}
