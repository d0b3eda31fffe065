import { createHash } from 'node:crypto';
import type { Guests } from './guests.js';
import type { User } from './snapshot.types.js';
import { fileChunks } from '../util/file-chunks.js';

/**
 * Where each guest of a large snapshot lies in its file: the byte offsets found by the one scanning pass at load
 * (start of each guest, and just past its end). A guest pass then reads the file and cuts the guests out at these
 * offsets, parsing each one only when its consumer asks for it — no second scan of every byte, and only one parsed
 * guest alive at a time. Three numbers per guest (with its members as written, for the duplicate-key check when it
 * is parsed): 24 MB at a million guests.
 */
export class GuestSpans {
  /** Start, end and members of each guest in turn: one array, grown by doubling, handed to a worker as it is. */
  private data = new Float64Array(3 * 1024);
  count = 0;

  add(start: number, end: number, members = 0): void {
    const at = 3 * this.count;
    if (at + 3 > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[at] = start;
    this.data[at + 1] = end;
    this.data[at + 2] = members;
    this.count++;
  }

  /** The spans as one array (start, end, members, start, end, members, …), to hand to a worker thread. */
  toArray(): Float64Array {
    return this.data.slice(0, 3 * this.count);
  }

  static fromArray(flat: Float64Array): GuestSpans {
    const s = new GuestSpans();
    s.count = Math.floor(flat.length / 3);
    if (s.count > 0) s.data = flat.slice(0, 3 * s.count);
    return s;
  }

  /** Colons outside strings in guest `i`: its object members as written. */
  members(i: number): number {
    return this.data[3 * i + 2]!;
  }

  start(i: number): number {
    return this.data[3 * i]!;
  }

  end(i: number): number {
    return this.data[3 * i + 1]!;
  }
}

export interface SpanReadOptions {
  /** Turns one guest's text into the guest (parse, and validate when asked); throws on bad input. */
  parse: (text: string, index: number) => User;
  /** Also hash the bytes read and compare with this sha256 at the end: refuses a file that changed since load. */
  expectSha256?: string;
  /** Called when a complete pass ends without error (lets the caller stop validating later passes). */
  onComplete?: () => void;
  chunkSize?: number;
}

export class SnapshotChangedError extends Error {}

/** The guests of a large snapshot, read from its file at the spans found when it was loaded. */
export function guestsAtSpans(file: string, spans: GuestSpans, options: SpanReadOptions): Guests {
  const readBatches = async function* (): AsyncGenerator<Iterable<User>> {
    const hash = options.expectSha256 ? createHash('sha256') : undefined;
    let at = 0; // file offset of the current chunk
    let g = 0; // next guest to hand out
    // The first part(s) of guest g when it began in an earlier chunk: copies, as each chunk's buffer is refilled.
    let carry: Buffer[] = [];
    for await (const chunk of fileChunks(file, options.chunkSize)) {
      hash?.update(chunk);
      const chunkEnd = at + chunk.length;
      // Find every guest that ends in this chunk before handing any out. Only the first can have begun in an
      // earlier chunk (its text is put together now); the others are decoded straight from the chunk just before
      // each is parsed — a Buffer view per guest cost more than its decoding, and a chunk's worth of decoded texts
      // waiting their turn would outlive young-generation collections and be copied and promoted for nothing.
      let next = g;
      let joined: string | undefined;
      while (next < spans.count && spans.end(next) <= chunkEnd) {
        if (spans.start(next) < at) {
          carry.push(chunk.subarray(0, spans.end(next) - at));
          joined = Buffer.concat(carry).toString('utf8');
          carry = [];
        }
        next++;
      }
      if (next < spans.count && spans.start(next) < chunkEnd)
        carry.push(Buffer.from(spans.start(next) >= at ? chunk.subarray(spans.start(next) - at) : chunk));
      const first = g;
      const chunkAt = at;
      const text = (i: number): string =>
        i === first && joined !== undefined ? joined : chunk.toString('utf8', spans.start(i) - chunkAt, spans.end(i) - chunkAt);
      // The chunk's guests as one batch, each parsed only when the reader reaches it (and before the next chunk is
      // asked for, which refills this chunk's buffer).
      yield (function* (): Generator<User> {
        while (g < next) yield options.parse(text(g), g++);
      })();
      // Every guest is parsed (and validated) even when a reader left its batch early.
      while (g < next) options.parse(text(g), g++);
      at = chunkEnd;
    }
    if (g !== spans.count || (hash && hash.digest('hex') !== options.expectSha256)) {
      throw new SnapshotChangedError(`snapshot ${file} changed while it was being read; run the scan again`);
    }
    options.onComplete?.();
  };
  return {
    count: spans.count,
    readBatches,
    async *read() {
      for await (const batch of readBatches()) yield* batch;
    },
  };
}
