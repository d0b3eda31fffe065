/**
 * report.xlsx's Findings sheet: its columns, a finding's row, and — for a large result written on the worker thread —
 * its rows in blocks that two threads share out.
 *
 * Past WORKER_MIN_FINDINGS the workbook is written on a worker from result.json, and at a million findings the
 * Findings sheet is most of a scan's last ten seconds, on one core while the main thread, its other reports done, has
 * nothing left to do but wait. So the sheet's rows are cut into blocks of FINDING_BLOCK_ROWS: the worker takes blocks
 * from the front, in order, and the main thread takes them from the back once its other reports are written (it holds
 * every finding already, so it reads no file and parses nothing); they meet wherever their speeds make them meet.
 * Each block is encoded and deflated on its own (zip-writer.ts, deflateSegment) into the bytes that block would be in
 * the sheet — row numbers and style numbers fixed in advance — and the worker puts the main thread's blocks after its
 * own. Every block is deflated apart whoever encodes it, so the workbook's bytes do not depend on where they met.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Finding } from '../engine/result.types.js';
import { resourcePath } from './model.js';
import { readFully } from './result-findings-file.js';
import { resourceKind } from './words.js';
import { RowXml, StyleTable, type CellStyle } from './xlsx-package.js';
import { TABLE_STYLES, shapeRow, type CellValue, type ColumnSpec, type TableWriter } from './xlsx-table.js';
import { deflateSegment, deflateSegmentSync, type DeflatedSegment } from './zip-writer.js';

/** What a reader needs comes first and is what prints (printColumns 6); the technical columns follow on screen. */
export const FINDING_COLUMNS: ColumnSpec[] = [
  { header: 'Severity', width: 11, kind: 'severity' },
  { header: 'Status', width: 11, kind: 'status' },
  { header: 'Check', width: 40, kind: 'wrap' },
  { header: 'Object kind', width: 20, kind: 'wrap' },
  { header: 'Object name', width: 30, kind: 'wrap' },
  { header: 'Message', width: 70, kind: 'wrap' },
  { header: 'Rule', width: 34 },
  { header: 'Object type', width: 26 },
  { header: 'Object id', width: 38 },
  { header: 'Object path', width: 50 },
  { header: 'Evidence', width: 60 },
  { header: 'Finding id', width: 66 },
  { header: 'Sub-key', width: 24 },
  { header: 'Suppression justification', width: 40 },
  { header: 'Suppression owner', width: 24 },
  { header: 'Suppression expires', width: 20 },
  { header: 'Since last scan', width: 14 },
];

/** A finding's row; `titles` are the rules' titles by id. */
export function findingCells(f: Finding, titles: ReadonlyMap<string, string>): CellValue[] {
  return [
    f.severity,
    f.status,
    titles.get(f.ruleId) ?? '',
    resourceKind(f.resource.type),
    f.resource.displayName ?? '',
    f.message,
    f.ruleId,
    f.resource.type,
    f.resource.id,
    resourcePath(f),
    f.evidence ? JSON.stringify(f.evidence) : '',
    f.id,
    f.subKey ?? '',
    f.suppression?.justification ?? '',
    f.suppression?.owner ?? '',
    f.suppression?.expires ?? '',
    f.baselineState ?? '',
  ];
}

/** Rows per block: a megabyte or so of XML, a few hundred blocks at a million findings. */
export const FINDING_BLOCK_ROWS = 1024;
/** The claims word holds the next block from the front and one past the last untaken block, 15 bits each. */
const MAX_BLOCKS = 2 ** 15 - 1;
const BACK = 2 ** 15;

type WaitAsync = (
  words: Int32Array,
  index: number,
  value: number,
) => { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> };
/** Atomics.waitAsync is in every Node.js gatehouse supports; its type only in TypeScript's ES2024 library (the build targets ES2022). */
const atomics = Atomics as unknown as { waitAsync: WaitAsync };

/** Rows per block for `count` findings: FINDING_BLOCK_ROWS (or `asked`), more when there would be too many blocks. */
export function blockRowsFor(count: number, asked = FINDING_BLOCK_ROWS): number {
  return Math.max(asked, Math.ceil(count / MAX_BLOCKS));
}

/**
 * Which blocks each thread has taken, in memory both threads see (a SharedArrayBuffer): one word, changed only by
 * compare-and-swap, holds the front and the back, so a block is taken by exactly one of them. A second word says the
 * sheet's order (which finding each row holds) has been published by the worker that works it out.
 */
export class BlockClaims {
  private readonly words: Int32Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    readonly blocks: number,
  ) {
    this.words = new Int32Array(buffer, 0, 2);
  }

  static create(blocks: number): BlockClaims {
    if (blocks > MAX_BLOCKS) throw new Error('too many blocks');
    const claims = new BlockClaims(new SharedArrayBuffer(8), blocks);
    Atomics.store(claims.words, 0, blocks * BACK);
    return claims;
  }

  private claim(fromFront: boolean): number | undefined {
    for (;;) {
      const word = Atomics.load(this.words, 0);
      const front = word % BACK;
      const back = Math.floor(word / BACK);
      if (front >= back) return undefined;
      const next = fromFront ? word + 1 : word - BACK;
      if (Atomics.compareExchange(this.words, 0, word, next) === word) return fromFront ? front : back - 1;
    }
  }

  /** The next block from the front, or undefined when none is left. */
  front(): number | undefined {
    return this.claim(true);
  }

  /** The last untaken block, or undefined when none is left. */
  back(): number | undefined {
    return this.claim(false);
  }

  /** Blocks taken from the back so far (final once `front` has returned undefined). */
  takenFromBack(): number {
    return this.blocks - Math.floor(Atomics.load(this.words, 0) / BACK);
  }

  publishOrder(): void {
    Atomics.store(this.words, 1, 1);
    Atomics.notify(this.words, 1);
  }

  get orderPublished(): boolean {
    return Atomics.load(this.words, 1) === 1;
  }

  /**
   * Settles once the order is published, or once `wake` is called (by a job that ended without it): the caller checks
   * which. A wait on the shared word, woken by the thread that changes it, rather than a timer polling it.
   */
  async orderChange(): Promise<void> {
    const waiting = atomics.waitAsync(this.words, 1, 0);
    if (waiting.async) await waiting.value;
  }

  /** End a pending `orderChange` without publishing. */
  wake(): void {
    Atomics.notify(this.words, 1);
  }
}

/** The sheet's rows as blocks: the findings in the sheet's order, and the claims shared with the other thread. */
export interface FindingBlocks {
  count: number;
  blockRows: number;
  claims: BlockClaims;
  /** The finding on row k + 2 (the k-th in the sheet's order). */
  at(k: number): Finding;
  /** The blocks the other thread took (once this thread has no more to take): each deflated, in the sheet's order. */
  othersBlocks(): AsyncIterable<{ rows: number; segment: DeflatedSegment }>;
}

/**
 * One block's XML, encoded into a buffer kept from block to block (grown when a block needs more): a fresh megabyte or
 * two per block, outside the heap and freed only when the heap next collects, piled up tens of megabytes at a time.
 */
class BlockBuffer {
  private buffer = Buffer.allocUnsafe(2 << 20);
  private used = 0;

  reset(): void {
    this.used = 0;
  }

  add(s: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (s.length * 3 > this.buffer.length - this.used) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + s.length * 3));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
    this.used += this.buffer.write(s, this.used, 'utf8');
  }

  /** The block's bytes: a view of the buffer, valid until the next reset. */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.used);
  }
}

/** Encodes blocks of the Findings sheet's rows exactly as the sheet's own writer would (style numbers seeded). */
export class FindingRowsEncoder {
  private readonly rowXml = new RowXml(new StyleTable(TABLE_STYLES), FINDING_COLUMNS.length);
  private readonly cells: CellValue[] = [];
  private readonly styles: Array<CellStyle | undefined> = [];
  /** Two, used in turn: a block can be deflating on the thread pool while the next is encoded. */
  private readonly buffers = [new BlockBuffer(), new BlockBuffer()];
  private turn = 0;

  constructor(private readonly titles: ReadonlyMap<string, string>) {}

  /**
   * Rows [from, to) of the sheet's order (row k is numbered k + 2: the header is row 1), as XML. The bytes are a view
   * of a buffer this encoder writes again two calls later: use them (deflate them) before then.
   */
  encode(at: (k: number) => Finding, from: number, to: number): Buffer {
    const out = this.buffers[(this.turn ^= 1)]!;
    out.reset();
    for (let k = from; k < to; k++) {
      // The direct writer makes strings safe itself (RowXml), so the row is shaped without sanitising here.
      const height = shapeRow(FINDING_COLUMNS, findingCells(at(k), this.titles), false, this.cells, this.styles);
      out.add(this.rowXml.xml(k + 2, this.cells, this.styles, height));
    }
    return out.bytes();
  }
}

/**
 * Write the Findings table's rows block by block (see the module's comment): this thread's blocks from the front,
 * each encoded while the one before is deflated on the thread pool, then the other thread's. The table must be empty
 * and have room for every row on its first sheet.
 */
export async function writeFindingBlocks(table: TableWriter, blocks: FindingBlocks, titles: ReadonlyMap<string, string>): Promise<void> {
  const encoder = new FindingRowsEncoder(titles);
  const { count, blockRows, claims } = blocks;
  const at = (k: number) => blocks.at(k);
  let pending: { rows: number; segment: Promise<DeflatedSegment> } | undefined;
  for (let b = claims.front(); b !== undefined; b = claims.front()) {
    const from = b * blockRows;
    const to = Math.min(count, from + blockRows);
    const next = { rows: to - from, segment: deflateSegment(encoder.encode(at, from, to)) };
    // Both rejections are awaited below or here; one left waiting must not also surface as unhandled.
    next.segment.catch(() => undefined);
    if (pending) await table.addDeflated(pending.rows, await pending.segment);
    pending = next;
  }
  if (pending) await table.addDeflated(pending.rows, await pending.segment);
  if (claims.takenFromBack() > 0) for await (const part of blocks.othersBlocks()) await table.addDeflated(part.rows, part.segment);
}

/** The blocks a helping thread wrote, once it has no more to take: where each lies in `file`, in the sheet's order. */
export interface HelperBlocksMessage {
  kind: 'helper-blocks';
  file?: string;
  blocks: Array<{ rows: number; offset: number; length: number; crc: number; size: number }>;
  /** Set when the helping thread failed to write a block it had taken. */
  failure?: string;
}

/**
 * A helping thread's share of the Findings sheet: blocks from the back, each encoded from `findings` (result.json's
 * order; `order` maps the sheet's rows to them), deflated on this thread and appended to `file`, until the two
 * threads meet (or `stopped`). Undefined when it took none; else what the writing thread needs to put them in place,
 * or why they failed (the workbook then fails).
 */
export function takeBlocksFromBack(
  findings: readonly Finding[],
  titles: ReadonlyMap<string, string>,
  split: { claims: BlockClaims; order: SharedArrayBuffer; blockRows: number },
  file: string,
  stopped: () => boolean,
): Promise<HelperBlocksMessage> | undefined {
  const { claims, blockRows } = split;
  const count = findings.length;
  const first = stopped() ? undefined : claims.back();
  if (first === undefined) return undefined;
  return (async (): Promise<HelperBlocksMessage> => {
    const taken: HelperBlocksMessage['blocks'] = [];
    let fd: number | undefined;
    try {
      const order = new Uint32Array(split.order, 0, count);
      const at = (k: number) => findings[order[k]!]!;
      const encoder = new FindingRowsEncoder(titles);
      fd = openSync(file, 'wx');
      let offset = 0;
      for (let b: number | undefined = first; b !== undefined; b = stopped() ? undefined : claims.back()) {
        const from = b * blockRows;
        const to = Math.min(count, from + blockRows);
        const segment = deflateSegmentSync(encoder.encode(at, from, to));
        for (let done = 0; done < segment.bytes.length;)
          done += writeSync(fd, segment.bytes, done, segment.bytes.length - done, offset + done);
        taken.push({ rows: to - from, offset, length: segment.bytes.length, crc: segment.crc, size: segment.size });
        offset += segment.bytes.length;
        // Messages for this thread (the workbook's end, a failure) are heard between blocks.
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Taken from the back: the sheet's order is the reverse.
      return { kind: 'helper-blocks', file, blocks: taken.reverse() };
    } catch (e) {
      return { kind: 'helper-blocks', blocks: [], failure: (e as Error).message };
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  })();
}

/** The helping thread's blocks as `message` says it wrote them (`expected` of them), read back in the sheet's order. */
export async function* blocksFromFile(
  message: HelperBlocksMessage,
  expected: number,
): AsyncGenerator<{ rows: number; segment: DeflatedSegment }> {
  if (message.failure !== undefined) throw new Error(`the main thread's share of the Findings sheet failed: ${message.failure}`);
  if (message.blocks.length !== expected || !message.file) throw new Error("the main thread's share of the Findings sheet is incomplete");
  const fd = openSync(message.file, 'r');
  try {
    for (const b of message.blocks) {
      const bytes = Buffer.allocUnsafe(b.length);
      if (readFully(fd, bytes, b.length, b.offset) !== b.length)
        throw new Error("the main thread's share of the Findings sheet is cut short");
      yield { rows: b.rows, segment: { bytes, crc: b.crc, size: b.size } };
    }
  } finally {
    closeSync(fd);
  }
}
