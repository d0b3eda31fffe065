import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ZipWriter, deflateSegment, deflateSegmentSync } from '../../src/render/zip-writer.js';
import { tempDir } from './support.js';

// The workbooks' ZIP container is written by gatehouse (src/render/zip-writer.ts). Every package is read back here by
// an independent reader (JSZip, checking each entry's CRC-32), with ZIP64 fields both as a large package has them and
// forced from a low threshold; the workbook tests read whole packages back through exceljs, SheetJS and LibreOffice.

const MODIFIED = new Date('2026-11-27T13:45:31Z');

/** A worksheet-like text of a few megabytes, some of it outside ASCII. */
function sheetText(): string {
  const rows: string[] = [];
  for (let i = 0; i < 60_000; i++)
    rows.push(`<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Zoë ${(i * 7919) % 100_003}</t></is></c></row>`);
  return rows.join('');
}

async function writePackage(file: string, zip64From?: number): Promise<Record<string, string>> {
  const zip = new ZipWriter(createWriteStream(file), MODIFIED, zip64From);
  const sheet = sheetText();
  const { entry, end } = await zip.begin('xl/worksheets/sheet1.xml');
  // In pieces, as the sheet writer hands them over: bytes and text.
  for (let at = 0; at < sheet.length; at += 1 << 20) {
    const piece = sheet.slice(at, at + (1 << 20));
    await entry.write(at % (2 << 20) ? piece : Buffer.from(piece, 'utf8'));
  }
  await end();
  await zip.add('[Content_Types].xml', '<Types>ünïcode ✓</Types>');
  await zip.add('empty.xml', '');
  await zip.finish();
  return { 'xl/worksheets/sheet1.xml': sheet, '[Content_Types].xml': '<Types>ünïcode ✓</Types>', 'empty.xml': '' };
}

async function readBack(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file), { checkCRC32: true });
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.file(name)!.async('string');
  return out;
}

describe('ZIP writer', () => {
  it('writes deflated entries an independent reader reads back byte for byte, CRC-32 checked', async () => {
    const file = join(tempDir(), 'package.zip');
    const written = await writePackage(file);
    expect(await readBack(file)).toEqual(written);
    const zip = await JSZip.loadAsync(readFileSync(file));
    // The fixed timestamp, not the clock (ZIP's DOS time keeps even seconds).
    expect(zip.file('empty.xml')!.date.getTime()).toBe(Date.UTC(2026, 10, 27, 13, 45, 30));
  });

  it('writes ZIP64 sizes and offsets a reader finds (forced from a low threshold: real ones start at 4 GiB)', async () => {
    const file = join(tempDir(), 'package64.zip');
    const written = await writePackage(file, 1000);
    const bytes = readFileSync(file);
    // The ZIP64 end of central directory record and its locator are there.
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x07]))).toBe(true);
    expect(await readBack(file)).toEqual(written);
  });

  it('joins pieces deflated apart (on the thread pool and on this thread) with streamed text into one entry', async () => {
    const file = join(tempDir(), 'segments.zip');
    const zip = new ZipWriter(createWriteStream(file), MODIFIED);
    const sheet = sheetText();
    const cuts = [0, 1000, 700_000, 700_001, 1_900_000, sheet.length - 10, sheet.length];
    const { entry, end } = await zip.begin('xl/worksheets/sheet1.xml');
    // Streamed, then deflated apart, in turn; an empty piece of each kind among them.
    for (let i = 0; i + 1 < cuts.length; i++) {
      const piece = Buffer.from(sheet.slice(cuts[i], cuts[i + 1]), 'utf8');
      if (i % 3 === 0) await entry.write(piece);
      else await entry.writeDeflated(i % 3 === 1 ? await deflateSegment(piece) : deflateSegmentSync(piece));
    }
    await entry.writeDeflated(deflateSegmentSync(Buffer.alloc(0)));
    await entry.write('');
    await end();
    const { entry: only, end: endOnly } = await zip.begin('only-segments.xml');
    await only.writeDeflated(await deflateSegment(Buffer.from('<a>ü</a>', 'utf8')));
    await endOnly();
    await zip.add('streamed.xml', '<Types>ünïcode ✓</Types>');
    await zip.finish();
    expect(await readBack(file)).toEqual({
      'xl/worksheets/sheet1.xml': sheet,
      'only-segments.xml': '<a>ü</a>',
      'streamed.xml': '<Types>ünïcode ✓</Types>',
    });
  });

  it('a failing output rejects the write instead of leaving it waiting', async () => {
    const out = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        callback(new Error('disk full'));
      },
    });
    const zip = new ZipWriter(out, MODIFIED);
    await expect(
      (async () => {
        const { entry, end } = await zip.begin('xl/worksheets/sheet1.xml');
        for (let i = 0; i < 50; i++) await entry.write(sheetText());
        await end();
        await zip.finish();
      })(),
    ).rejects.toThrow(/disk full/);
  });
});
