import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants } from 'node:zlib';
import type ZipStream from 'zip-stream';

/**
 * The ZIP container of an XLSX package, through zip-stream (archiver's ZIP engine, the one exceljs writes with):
 * each entry is deflated while it is written, so a sheet of a million rows never exists as one buffer.
 *
 * This is a thin adapter giving the package writer one entry at a time with back-pressure. A hand-written writer
 * (native `zlib.crc32` instead of zip-stream's CRC-32 in JavaScript) was measured against it on the same 185 MB of
 * worksheet XML: zip-stream took 0.85–1.10× its wall time and about 1.5× its main-thread time (roughly 2 s of
 * CPU at a million guests, on a 45-second budget), not enough to keep our own ZIP format code. Deflate runs in
 * libuv's thread pool either way; fflate (deflate in JavaScript) took 4.3× and yazl 1.6×.
 */

export class ZipEntryWriter {
  constructor(
    private readonly source: PassThrough,
    private readonly stored: Promise<void>,
    private readonly flowing: Promise<void>,
  ) {}

  /** Add text (UTF-8) or bytes; resolves once the entry can take more (or rejects when the package failed). */
  async write(data: string | Buffer): Promise<void> {
    if (!this.source.write(data)) await Promise.race([once(this.source, 'drain'), this.stored, this.flowing]);
  }

  async close(): Promise<void> {
    this.source.end();
    await Promise.race([this.stored, this.flowing.then(() => this.stored)]);
  }
}

/**
 * zip-stream and what it loads (archiver's utilities, readable-stream) cost about 100 ms of CPU to load, measured
 * under load against 6–9 ms for node:zlib alone: loaded the first time a package is written, not by every module that
 * can write one — a scan's main thread, which hands both workbooks of a large tenant to worker threads, never does.
 */
let zipStreamModule: Promise<typeof ZipStream> | undefined;
const loadZipStream = (): Promise<typeof ZipStream> => (zipStreamModule ??= import('zip-stream').then((m) => m.default));

export class ZipWriter {
  private readonly zip: Promise<ZipStream>;
  /** Settles when the package is written, or as soon as the zip stream or the file fails. */
  private readonly flowing: Promise<void>;
  private open = false;

  constructor(
    out: Writable,
    /** Timestamp of every entry (written in UTC): a fixed one keeps the package a function of its content. */
    private readonly modified: Date,
    level = constants.Z_BEST_SPEED,
  ) {
    // Deflated output in 256 KB pieces rather than zlib's 16 KB: a sixteenth of the callbacks on this thread.
    this.zip = loadZipStream().then((Zip) => new Zip({ zlib: { level, memLevel: 9, chunkSize: 256 * 1024 } }));
    this.flowing = this.zip.then((zip) => pipeline(zip, out));
    // Every wait below races this promise (or awaits the zip stream); a failure reaches the caller there, or in `finish`.
    this.flowing.catch(() => undefined);
  }

  /** Start an entry; write it through the returned writer and `end` it before the next one. */
  async begin(name: string): Promise<{ entry: ZipEntryWriter; end: () => Promise<void> }> {
    if (this.open) throw new Error('a ZIP entry is still open');
    this.open = true;
    const zip = await this.zip;
    // At most a couple of the sheet writer's 1 MB pieces wait for the deflater.
    const source = new PassThrough({ highWaterMark: 1 << 20 });
    const stored = new Promise<void>((resolve, reject) =>
      zip.entry(source, { name, date: this.modified }, (e) => (e ? reject(e) : resolve())),
    );
    stored.catch(() => undefined);
    const entry = new ZipEntryWriter(source, stored, this.flowing);
    return {
      entry,
      end: async () => {
        await entry.close();
        this.open = false;
      },
    };
  }

  /** A whole entry at once (the small package parts). */
  async add(name: string, content: string): Promise<void> {
    const { entry, end } = await this.begin(name);
    await entry.write(content);
    await end();
  }

  /** Write the central directory and end the stream. */
  async finish(): Promise<void> {
    if (this.open) throw new Error('a ZIP entry is still open');
    (await this.zip).finish();
    await this.flowing;
  }

  /** Abandon the package: stop the entry being written and close the stream. */
  destroy(): void {
    void this.zip.then(
      (zip) => zip.destroy(),
      () => undefined,
    );
  }
}
