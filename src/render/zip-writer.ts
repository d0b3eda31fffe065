import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { constants, crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib';

/**
 * A streaming ZIP writer for XLSX packages: each entry is deflated while it is written, so a sheet of a million rows
 * never exists as one buffer.
 *
 * Written here rather than taken from a ZIP library (yazl, zip-stream, archiver) because those compute each entry's
 * CRC-32 in JavaScript on the main thread — about 2.6 ms per MB here, 1.8 s for a million-guest inventory — while
 * Node's `zlib.crc32` does the same in native code fifteen times faster, and deflate runs in libuv's thread pool (the
 * second core) either way. The format is the plain one every XLSX reader accepts: local headers with a data
 * descriptor (sizes follow the data), a central directory, no ZIP64 — a package or entry that would pass 4 GiB, far
 * beyond what Excel opens, is refused with a clear error instead of being written unreadably.
 */

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** Version 2.0 (deflate, data descriptor); bit 3: sizes in the data descriptor; bit 11: names are UTF-8. */
const VERSION = 20;
const FLAGS = 0x0808;
const DEFLATE = 8;
const MAX_32 = 0xffffffff;

interface Entry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  dosTime: number;
  dosDate: number;
}

export class ZipTooLargeError extends Error {}

/** An entry being written: text or bytes go in, deflated bytes go to the package. */
export class ZipEntryWriter {
  private crc = 0;
  private size = 0;
  private compressed = 0;
  private readonly deflate: DeflateRaw;
  private failure: Error | undefined;
  private readonly flowing: Promise<void>;

  constructor(
    private readonly zip: ZipWriter,
    level: number,
  ) {
    this.deflate = createDeflateRaw({ level, memLevel: 9, chunkSize: 256 * 1024 });
    this.flowing = this.pump();
  }

  /** Deflated output goes to the package as it comes, holding the deflater back while the file is behind. */
  private async pump(): Promise<void> {
    try {
      for await (const chunk of this.deflate as AsyncIterable<Buffer>) {
        this.compressed += chunk.length;
        await this.zip.raw(chunk);
      }
    } catch (e) {
      this.failure = e as Error;
    }
  }

  /** Add text (UTF-8) or bytes; resolves once the deflater can take more. */
  async write(data: string | Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (this.size > MAX_32) throw new ZipTooLargeError('a workbook sheet would pass 4 GiB uncompressed; no spreadsheet program opens that');
    if (!this.deflate.write(bytes)) await Promise.race([once(this.deflate, 'drain'), this.flowing]);
  }

  async close(): Promise<{ crc: number; size: number; compressed: number }> {
    this.deflate.end();
    await this.flowing;
    if (this.failure) throw this.failure;
    return { crc: this.crc, size: this.size, compressed: this.compressed };
  }

  /** Stop without finishing (the package is being abandoned). */
  destroy(): void {
    this.deflate.destroy();
  }
}

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private open: ZipEntryWriter | undefined;
  private readonly dosTime: number;
  private readonly dosDate: number;

  constructor(
    private readonly out: Writable,
    /** Timestamp of every entry: a fixed one keeps the package a function of its content. */
    modified: Date,
    private readonly level = constants.Z_BEST_SPEED,
  ) {
    const d = modified;
    this.dosTime = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
    this.dosDate = ((Math.max(1980, d.getUTCFullYear()) - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  }

  /** Bytes to the package, respecting the stream's back-pressure. */
  async raw(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    if (this.offset > MAX_32) throw new ZipTooLargeError('a workbook would pass 4 GiB; no spreadsheet program opens that');
    if (!this.out.write(bytes)) await once(this.out, 'drain');
  }

  /** Start an entry; write it through the returned writer and `close` it before the next one. */
  async begin(name: string): Promise<{ entry: ZipEntryWriter; end: () => Promise<void> }> {
    if (this.open) throw new Error('a ZIP entry is still open');
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.dosTime, 10);
    header.writeUInt16LE(this.dosDate, 12);
    // CRC and sizes (14–25) stay zero: they follow the data in the descriptor.
    header.writeUInt16LE(nameBytes.length, 26);
    await this.raw(Buffer.concat([header, nameBytes]));
    const entry = new ZipEntryWriter(this, this.level);
    this.open = entry;
    return {
      entry,
      end: async () => {
        const { crc, size, compressed } = await entry.close();
        const descriptor = Buffer.alloc(16);
        descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
        descriptor.writeUInt32LE(crc >>> 0, 4);
        descriptor.writeUInt32LE(compressed, 8);
        descriptor.writeUInt32LE(size, 12);
        await this.raw(descriptor);
        this.entries.push({ name: nameBytes, crc, compressed, size, offset, dosTime: this.dosTime, dosDate: this.dosDate });
        this.open = undefined;
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
    const start = this.offset;
    const parts: Buffer[] = [];
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(CENTRAL_HEADER, 0);
      h.writeUInt16LE(VERSION, 4);
      h.writeUInt16LE(VERSION, 6);
      h.writeUInt16LE(FLAGS, 8);
      h.writeUInt16LE(DEFLATE, 10);
      h.writeUInt16LE(e.dosTime, 12);
      h.writeUInt16LE(e.dosDate, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      // Extra, comment, disk, attributes: zero.
      h.writeUInt32LE(e.offset, 42);
      parts.push(h, e.name);
    }
    const directory = Buffer.concat(parts);
    await this.raw(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(start, 16);
    await this.raw(end);
    this.out.end();
    await once(this.out, 'finish');
  }

  /** Abandon the package: stop the entry being written and close the stream. */
  destroy(): void {
    this.open?.destroy();
    this.out.destroy();
  }
}
