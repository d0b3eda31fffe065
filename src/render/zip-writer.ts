import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { constants, crc32, createDeflateRaw, deflateRaw, deflateRawSync, type DeflateRaw } from 'node:zlib';
import { crc32Combine } from './crc32-combine.js';

/**
 * The ZIP container of an XLSX package, written here: each entry is deflated (by Node's zlib, on libuv's thread pool)
 * while it is written, so a sheet of a million rows never exists as one buffer; sizes and CRC-32 follow each entry in
 * a data descriptor, and the central directory comes at the end, with ZIP64 fields for an entry or an offset past
 * 4 GiB (a reader takes the sizes from there: with a descriptor following, the local header need not carry them).
 * An entry's data may also take pieces deflated apart, even on another thread (deflateSegment, writeDeflated): every
 * deflate stream ends in a sync flush rather than a final block, and the entry in an empty final block, so the
 * pieces join into one valid deflate stream; the entry's CRC-32 is combined from theirs (crc32-combine.ts).
 *
 * Why not zip-stream (archiver's engine, used before): it computes CRC-32 in JavaScript and loads archiver's
 * utilities and a copy of readable-stream. Measured under load on this project's workers: loading it cost about
 * 100 ms of CPU in each thread that writes a workbook (node:zlib alone 6–9 ms), and its CRC-32 was 160–260 ms of each
 * workbook worker's CPU at 300,000 guests, where Node's native `zlib.crc32` takes a few; at 100,000 guests, where the
 * three threads' total CPU on two cores decides the time, that is about 5 % of it. yazl (also a JavaScript CRC-32)
 * and fflate (deflate in JavaScript) were slower still. The format written is the small subset a package needs:
 * deflated entries, no encryption, no comments, no directories.
 */

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const ZIP64_END_LOCATOR = 0x07064b50;
/** Sizes and CRC-32 in a data descriptor after the entry's data (bit 3); the name in UTF-8 (bit 11). */
const FLAGS = 0x0808;
const DEFLATED = 8;
/** Version 2.0 (deflate), 4.5 (ZIP64). */
const VERSION = 20;
const VERSION_ZIP64 = 45;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;

interface EntryRecord {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** MS-DOS time and date fields of `d`, in UTC (1980 at the earliest, the format's epoch). */
function dosDateTime(d: Date): { time: number; date: number } {
  if (d.getUTCFullYear() < 1980) return { time: 0, date: (1 << 5) | 1 };
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** A 64-bit little-endian field (sizes and offsets stay far below 2^53). */
function writeUInt64(b: Buffer, value: number, at: number): void {
  b.writeBigUInt64LE(BigInt(value), at);
}

/**
 * A piece of an entry deflated on its own (deflateSegment): raw deflate ending in a sync flush — byte-aligned, with no
 * final block and no reference back into earlier pieces — so pieces deflated apart, even on different threads, join
 * into one valid deflate stream. With the CRC-32 and length of the bytes it holds.
 */
export interface DeflatedSegment {
  bytes: Buffer;
  crc: number;
  size: number;
}

/** How an entry's deflate streams are set up: the package's level, and each one ending in a sync flush (see close). */
const DEFLATE_OPTIONS = { level: constants.Z_BEST_SPEED, memLevel: 9, finishFlush: constants.Z_SYNC_FLUSH } as const;

/** Deflate `raw` as a segment of an entry, on libuv's thread pool. */
export function deflateSegment(raw: Buffer): Promise<DeflatedSegment> {
  const crc = crc32(raw);
  return new Promise((resolve, reject) =>
    deflateRaw(raw, DEFLATE_OPTIONS, (error, bytes) => (error ? reject(error) : resolve({ bytes, crc, size: raw.length }))),
  );
}

/** Deflate `raw` as a segment of an entry, on this thread (for a thread with nothing else to do meanwhile). */
export function deflateSegmentSync(raw: Buffer): DeflatedSegment {
  return { bytes: deflateRawSync(raw, DEFLATE_OPTIONS), crc: crc32(raw), size: raw.length };
}

/**
 * The end of every entry: an empty final block with fixed codes (BFINAL 1, BTYPE 01, end-of-block). Each deflate
 * stream of an entry ends in a sync flush instead of a final block, so that deflated segments can follow it; these two
 * bytes then end the entry's data.
 */
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

/** Where an entry's deflated bytes go: the package's output, and how to make a deflater whose output goes there. */
interface EntryOutput {
  /** Hand bytes to the output; resolves once it can take more. */
  put(bytes: Buffer): Promise<void>;
  /** A deflater piped into the output (not ending it). */
  deflater(): DeflateRaw;
  /** Rejects as soon as the output fails. */
  readonly failed: Promise<never>;
}

export class ZipEntryWriter {
  private deflate: { stream: DeflateRaw; failed: Promise<never> } | undefined;

  constructor(
    private readonly record: EntryRecord,
    private readonly output: EntryOutput,
  ) {}

  private deflater(): { stream: DeflateRaw; failed: Promise<never> } {
    if (this.deflate) return this.deflate;
    const stream = this.output.deflater();
    const failed = Promise.race([this.output.failed, once(stream, 'error').then(([e]) => Promise.reject(e as Error))]);
    failed.catch(() => undefined);
    stream.on('data', (chunk: Buffer) => (this.record.compressed += chunk.length));
    return (this.deflate = { stream, failed });
  }

  /** Add text (UTF-8) or bytes; resolves once the entry can take more (or rejects when the package failed). */
  async write(data: string | Buffer): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    this.record.crc = crc32(bytes, this.record.crc);
    this.record.size += bytes.length;
    const { stream, failed } = this.deflater();
    if (!stream.write(bytes)) await Promise.race([once(stream, 'drain'), failed]);
  }

  /** Add bytes deflated apart (deflateSegment): what was written before is flushed first, and they follow it. */
  async writeDeflated(segment: DeflatedSegment): Promise<void> {
    await this.endDeflater();
    this.record.crc = crc32Combine(this.record.crc, segment.crc, segment.size);
    this.record.size += segment.size;
    this.record.compressed += segment.bytes.length;
    await this.output.put(segment.bytes);
  }

  /** Deflate what is pending and hand it all to the output (the stream ends in a sync flush, not a final block). */
  private async endDeflater(): Promise<void> {
    const d = this.deflate;
    if (!d) return;
    const ended = once(d.stream, 'end');
    d.stream.end();
    await Promise.race([ended, d.failed]);
    // Every chunk was handed to the output before 'end' (the pipe writes each one as it comes).
    d.stream.unpipe();
    this.deflate = undefined;
  }

  /** End the entry's data; resolves once all of it is deflated and handed to the output. */
  async close(): Promise<void> {
    await this.endDeflater();
    this.record.compressed += FINAL_EMPTY_BLOCK.length;
    await this.output.put(FINAL_EMPTY_BLOCK);
  }

  /** Stop the deflater being written (the package is abandoned). */
  destroy(): void {
    this.deflate?.stream.destroy();
  }
}

export class ZipWriter {
  private readonly entries: EntryRecord[] = [];
  /** Bytes handed to the output so far: the next local header's offset. */
  private written = 0;
  private open = false;
  private entry: ZipEntryWriter | undefined;
  /** Rejects as soon as the output fails. */
  private readonly outFailed: Promise<never>;
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly out: Writable,
    /** Timestamp of every entry (written in UTC): a fixed one keeps the package a function of its content. */
    modified: Date,
    /** Sizes and offsets from this value on are written as ZIP64 (tests lower it; the format's limit otherwise). */
    private readonly zip64From = MAX_32,
  ) {
    this.stamp = dosDateTime(modified);
    this.outFailed = new Promise<never>((_, reject) => out.once('error', reject));
    this.outFailed.catch(() => undefined);
  }

  private async put(bytes: Buffer): Promise<void> {
    this.written += bytes.length;
    if (!this.out.write(bytes)) await Promise.race([once(this.out, 'drain'), this.outFailed]);
  }

  /** Start an entry; write it through the returned writer and `end` it before the next one. */
  async begin(name: string): Promise<{ entry: ZipEntryWriter; end: () => Promise<void> }> {
    if (this.open) throw new Error('a ZIP entry is still open');
    this.open = true;
    const record: EntryRecord = { name: Buffer.from(name, 'utf8'), crc: 0, compressed: 0, size: 0, offset: this.written };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATED, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    // CRC-32 and sizes (14–25) are zero here: the data descriptor carries them.
    header.writeUInt16LE(record.name.length, 26);
    await this.put(Buffer.concat([header, record.name]));
    // The entry's bytes are counted in its record (this.written moves past them when it ends).
    const output: EntryOutput = {
      put: async (bytes) => {
        if (!this.out.write(bytes)) await Promise.race([once(this.out, 'drain'), this.outFailed]);
      },
      // Deflated output in 256 KB pieces rather than zlib's 16 KB: a sixteenth of the callbacks on this thread. The
      // output's back-pressure reaches the deflater through the pipe, and the entry's writes through the deflater.
      deflater: () => {
        const deflate = createDeflateRaw({ ...DEFLATE_OPTIONS, chunkSize: 256 * 1024 });
        deflate.pipe(this.out, { end: false });
        return deflate;
      },
      failed: this.outFailed,
    };
    const entry = new ZipEntryWriter(record, output);
    this.entry = entry;
    return {
      entry,
      end: async () => {
        await entry.close();
        this.entry = undefined;
        this.written += record.compressed;
        await this.put(this.descriptor(record));
        this.entries.push(record);
        this.open = false;
      },
    };
  }

  private descriptor(r: EntryRecord): Buffer {
    const wide = r.size >= this.zip64From || r.compressed >= this.zip64From;
    const b = Buffer.alloc(wide ? 24 : 16);
    b.writeUInt32LE(DATA_DESCRIPTOR, 0);
    b.writeUInt32LE(r.crc, 4);
    if (wide) {
      writeUInt64(b, r.compressed, 8);
      writeUInt64(b, r.size, 16);
    } else {
      b.writeUInt32LE(r.compressed, 8);
      b.writeUInt32LE(r.size, 12);
    }
    return b;
  }

  /** A whole entry at once (the small package parts). */
  async add(name: string, content: string): Promise<void> {
    const { entry, end } = await this.begin(name);
    await entry.write(content);
    await end();
  }

  /** Write the central directory, end the output and wait until it is written. */
  async finish(): Promise<void> {
    if (this.open) throw new Error('a ZIP entry is still open');
    const start = this.written;
    const big = (n: number) => n >= this.zip64From;
    const headers = this.entries.map((r) => {
      // ZIP64 extra field: the sizes and offset that do not fit, in this order.
      const wide = [r.size, r.compressed, r.offset].filter(big);
      const extra = Buffer.alloc(wide.length ? 4 + 8 * wide.length : 0);
      if (wide.length) {
        extra.writeUInt16LE(0x0001, 0);
        extra.writeUInt16LE(8 * wide.length, 2);
        wide.forEach((n, i) => writeUInt64(extra, n, 4 + 8 * i));
      }
      const h = Buffer.alloc(46);
      h.writeUInt32LE(CENTRAL_HEADER, 0);
      h.writeUInt16LE(wide.length ? VERSION_ZIP64 : VERSION, 4);
      h.writeUInt16LE(wide.length ? VERSION_ZIP64 : VERSION, 6);
      h.writeUInt16LE(FLAGS, 8);
      h.writeUInt16LE(DEFLATED, 10);
      h.writeUInt16LE(this.stamp.time, 12);
      h.writeUInt16LE(this.stamp.date, 14);
      h.writeUInt32LE(r.crc, 16);
      h.writeUInt32LE(big(r.compressed) ? MAX_32 : r.compressed, 20);
      h.writeUInt32LE(big(r.size) ? MAX_32 : r.size, 24);
      h.writeUInt16LE(r.name.length, 28);
      h.writeUInt16LE(extra.length, 30);
      // Comment length, disk, internal and external attributes: zero.
      h.writeUInt32LE(big(r.offset) ? MAX_32 : r.offset, 42);
      return Buffer.concat([h, r.name, extra]);
    });
    for (const h of headers) await this.put(h);
    const size = this.written - start;
    const count = this.entries.length;
    if (big(start) || big(size) || count >= MAX_16) {
      const end64 = Buffer.alloc(56 + 20);
      end64.writeUInt32LE(ZIP64_END_OF_CENTRAL_DIRECTORY, 0);
      writeUInt64(end64, 44, 4);
      end64.writeUInt16LE(VERSION_ZIP64, 12);
      end64.writeUInt16LE(VERSION_ZIP64, 14);
      // This disk and the directory's: zero.
      writeUInt64(end64, count, 24);
      writeUInt64(end64, count, 32);
      writeUInt64(end64, size, 40);
      writeUInt64(end64, start, 48);
      end64.writeUInt32LE(ZIP64_END_LOCATOR, 56);
      writeUInt64(end64, this.written, 64);
      end64.writeUInt32LE(1, 72);
      await this.put(end64);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(Math.min(count, MAX_16), 8);
    end.writeUInt16LE(Math.min(count, MAX_16), 10);
    end.writeUInt32LE(big(size) ? MAX_32 : size, 12);
    end.writeUInt32LE(big(start) ? MAX_32 : start, 16);
    await this.put(end);
    const done = finished(this.out);
    this.out.end();
    await Promise.race([done, this.outFailed]);
  }

  /** Abandon the package: stop the entry being written and close the output. */
  destroy(): void {
    this.entry?.destroy();
    this.out.destroy();
  }
}
