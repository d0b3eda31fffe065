/**
 * The findings of a result.json as writeResultJson (json.ts) lays it out — the other members first, indented, then
 * `"findings": [` and one finding per line — read without holding them: report.xlsx's worker thread lists a million
 * findings in the workbook's order from here, and parsed they would take the better part of a gigabyte.
 *
 * One pass over the file records, per finding, only where its line lies and what it sorts by (severity, rule,
 * position); the index is sorted; then each line is read again in that order (positional reads of a file that was
 * just written, so from the page cache) and parsed one at a time. The positions stand in for the ids because the
 * engine lists each rule's findings in id order; the pass checks that and, on a file that breaks it, sorts by the ids
 * themselves.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Finding, Result } from '../engine/result.types.js';
import { severityRank } from '../engine/severity.js';
import { cmp } from '../util/compare.js';

/** Where the findings begin: the one top-level member at two spaces' indentation named "findings". */
const FINDINGS_MEMBER = Buffer.from('\n  "findings": [');
const CHUNK_BYTES = 4 << 20;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
/** Positions below 2^32 and a severity/rule prefix below 2^19 keep a packed sort key exact in a double. */
const LINE_SPAN = 2 ** 32;
const MAX_RULES = 2 ** 16;

const BASELINE_STATES = ['new', 'updated'] as const;
type ChangeState = (typeof BASELINE_STATES)[number];

/** What a FindingLines holds, as plain data a worker thread can be sent (the typed arrays' buffers are transferred). */
export interface FindingLinesData {
  offsets: Float64Array;
  lengths: Uint32Array;
  severities: Uint8Array;
  rules: Uint16Array;
  states: Uint8Array;
  count: number;
  ruleIds: string[];
  idOrdered: boolean;
  /** The file's length once written: a file of another length is not the one indexed. */
  bytes: number;
}

/**
 * Where each finding's line lies in result.json and what it sorts by (severity, rule, position, baseline state).
 * Built by the one pass below over the file; or, when report.xlsx is written on a worker, by writeResultJson as it
 * writes each line — the finding is at hand then, and the worker is spared parsing every line an extra time before
 * it can write its first row.
 */
export class FindingLines {
  offsets: Float64Array = new Float64Array(1024);
  lengths: Uint32Array = new Uint32Array(1024);
  severities: Uint8Array = new Uint8Array(1024);
  rules: Uint16Array = new Uint16Array(1024);
  states: Uint8Array = new Uint8Array(1024);
  count = 0;
  /** Rule ids by the number the pass gave them (first seen first). */
  readonly ruleIds: string[] = [];
  /** False when some rule's findings are not in id order. */
  idOrdered = true;
  bytes = 0;
  private readonly ruleNumbers = new Map<string, number>();
  private readonly lastIds: string[] = [];

  /** Record the line of `f`: `length` bytes from `offset`. */
  add(f: Finding, offset: number, length: number): void {
    let rule = this.ruleNumbers.get(f.ruleId);
    if (rule === undefined) {
      rule = this.ruleIds.length;
      if (rule >= MAX_RULES) throw new Error('more rules than it can index');
      this.ruleNumbers.set(f.ruleId, rule);
      this.ruleIds.push(f.ruleId);
    }
    const last = this.lastIds[rule];
    if (last !== undefined && cmp(last, f.id) > 0) this.idOrdered = false;
    this.lastIds[rule] = f.id;
    const state = f.baselineState === 'new' ? 1 : f.baselineState === 'updated' ? 2 : 0;
    this.push(offset, length, severityRank(f.severity), rule, state);
  }

  /**
   * Make room for `count` lines at once (the writer knows how many it will write): growing by doubling would allocate
   * and copy the arrays a dozen times at a million findings, memory outside the heap that can set off a full garbage
   * collection of the heap holding the findings.
   */
  reserve(count: number): void {
    if (count <= this.offsets.length) return;
    const sized = <T extends Float64Array | Uint32Array | Uint8Array | Uint16Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(count);
      b.set(a.subarray(0, this.count));
      return b;
    };
    this.offsets = sized(this.offsets);
    this.lengths = sized(this.lengths);
    this.severities = sized(this.severities);
    this.rules = sized(this.rules);
    this.states = sized(this.states);
  }

  /** The lines as data for a worker, and the buffers to transfer with them; this object is not to be used after. */
  transfer(): { data: FindingLinesData; buffers: ArrayBuffer[] } {
    const { offsets, lengths, severities, rules, states, count, ruleIds, idOrdered, bytes } = this;
    const data = { offsets, lengths, severities, rules, states, count, ruleIds, idOrdered, bytes };
    return { data, buffers: [offsets, lengths, severities, rules, states].map((a) => a.buffer as ArrayBuffer) };
  }

  static from(data: FindingLinesData): FindingLines {
    const lines = new FindingLines();
    lines.offsets = data.offsets;
    lines.lengths = data.lengths;
    lines.severities = data.severities;
    lines.rules = data.rules;
    lines.states = data.states;
    lines.count = data.count;
    lines.idOrdered = data.idOrdered;
    lines.bytes = data.bytes;
    lines.ruleIds.push(...data.ruleIds);
    return lines;
  }

  private push(offset: number, length: number, severity: number, rule: number, state: number): void {
    if (this.count === this.offsets.length) this.reserve(this.count * 2);
    const i = this.count++;
    this.offsets[i] = offset;
    this.lengths[i] = length;
    this.severities[i] = severity;
    this.rules[i] = rule;
    this.states[i] = state;
  }
}

export class ResultFindingsFile {
  private block = Buffer.alloc(0);
  private blockStart = 0;

  private constructor(
    private readonly fd: number,
    private readonly path: string,
    /** The result with an empty findings list: everything but the findings. */
    readonly result: Result,
    private readonly index: FindingLines,
  ) {}

  /** How many findings the file lists. */
  get count(): number {
    return this.index.count;
  }

  /**
   * Read and index `path`; with `lines` (writeResultJson's record of the file it wrote), only the members before the
   * findings are read, and the file must have the length it was written with. Throws when the file is not laid out
   * as writeResultJson writes it.
   */
  static open(path: string, lines?: FindingLinesData): ResultFindingsFile {
    const fd = openSync(path, 'r');
    try {
      if (lines && fstatSync(fd).size !== lines.bytes) throw changed(path);
      const { result, index } = scan(fd, path, lines ? FindingLines.from(lines) : undefined);
      return new ResultFindingsFile(fd, path, result, index);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  /** Every finding, worst first, then by rule and id: sortFindings' order (model.ts). */
  *sorted(): Generator<Finding> {
    const order = this.order();
    for (let k = 0; k < order.length; k++) yield this.at(order[k]!);
  }

  /** The findings' places in the file (0 for the first line), in the order `sorted` lists them. */
  order(): Uint32Array {
    return this.index.idOrdered ? this.orderByPosition() : this.orderByIds();
  }

  /** The findings with this baseline state, in the file's (the engine's) order. */
  *withBaselineState(state: ChangeState): Generator<Finding> {
    const code = BASELINE_STATES.indexOf(state) + 1;
    const { states, count } = this.index;
    for (let i = 0; i < count; i++) if (states[i] === code) yield this.at(i);
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The finding on line `i` (0 for the first). */
  at(i: number): Finding {
    let f: Finding;
    try {
      f = JSON.parse(this.line(i)) as Finding;
    } catch {
      throw changed(this.path);
    }
    // Cheap proof that the line is the one indexed (the index may come from the writer rather than from this file).
    if (f.ruleId !== this.index.ruleIds[this.index.rules[i]!]) throw changed(this.path);
    return f;
  }

  /** Line `i`'s text, from a block kept from the previous read when it holds it (the sheet's order runs through the file in stretches). */
  private line(i: number): string {
    const offset = this.index.offsets[i]!;
    const length = this.index.lengths[i]!;
    let at = offset - this.blockStart;
    if (at < 0 || at + length > this.block.length) {
      const size = Math.max(CHUNK_BYTES, length);
      if (this.block.length < size) this.block = Buffer.allocUnsafe(size);
      const read = readFully(this.fd, this.block, size, offset);
      if (read < length) throw changed(this.path);
      this.block = this.block.subarray(0, read);
      this.blockStart = offset;
      at = 0;
    }
    return this.block.toString('utf8', at, at + length);
  }

  /** Severity, then rule id, then position (the engine's id order within a rule): packed into one number per line. */
  private orderByPosition(): Uint32Array {
    const { count, severities, rules } = this.index;
    const rank = ruleRanks(this.index.ruleIds);
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i++) keys[i] = (severities[i]! * MAX_RULES + rank[rules[i]!]!) * LINE_SPAN + i;
    keys.sort();
    const order = new Uint32Array(count);
    for (let k = 0; k < count; k++) order[k] = keys[k]! % LINE_SPAN;
    return order;
  }

  /** The general case, for a file whose rules do not list their findings in id order: the ids are read again and compared. */
  private orderByIds(): Uint32Array {
    const { count, severities, rules } = this.index;
    const rank = ruleRanks(this.index.ruleIds);
    const ids: string[] = new Array<string>(count);
    for (let i = 0; i < count; i++) ids[i] = this.at(i).id;
    const order = Array.from({ length: count }, (_, i) => i);
    order.sort((a, b) => severities[a]! - severities[b]! || rank[rules[a]!]! - rank[rules[b]!]! || cmp(ids[a]!, ids[b]!) || a - b);
    return Uint32Array.from(order);
  }
}

/** Each rule number's place when the rule ids are sorted. */
function ruleRanks(ids: readonly string[]): Uint16Array {
  const sorted = ids.map((id, n) => ({ id, n })).sort((a, b) => cmp(a.id, b.id));
  const rank = new Uint16Array(ids.length);
  sorted.forEach(({ n }, place) => (rank[n] = place));
  return rank;
}

/** Read `size` bytes at `position` (fewer only at the end of the file); returns how many were read. */
export function readFully(fd: number, into: Buffer, size: number, position: number): number {
  let got = 0;
  while (got < size) {
    const n = readSync(fd, into, got, size - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

function changed(path: string): Error {
  return new Error(`${path} changed while report.xlsx was being written`);
}

function malformed(path: string, what: string): Error {
  return new Error(`${path} is not laid out as gatehouse writes result.json (${what})`);
}

/**
 * The one pass: the members before the findings, and each finding line's place, severity, rule and baseline state;
 * given the lines already, it stops after the members before the findings.
 */
function scan(fd: number, path: string, known?: FindingLines): { result: Result; index: FindingLines } {
  const index = new FindingLines();
  const head: Buffer[] = [];
  let result: Result | undefined;
  let ended = false;
  let firstLine = true; // the rest of the `"findings": [` line: empty, or `]` when there are none

  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let carry = 0; // bytes at the start of `chunk` left over from the previous read
  let chunkStart = 0; // the file offset of chunk[0]
  while (!ended) {
    const n = readSync(fd, chunk, carry, chunk.length - carry, chunkStart + carry);
    const filled = carry + n;
    const view = chunk.subarray(0, filled);
    let lineStart = 0;
    if (!result) {
      const at = view.indexOf(FINDINGS_MEMBER);
      if (at < 0) {
        if (n === 0) throw malformed(path, 'no "findings" member');
        // Keep the last bytes: the marker may straddle this read and the next.
        lineStart = Math.max(0, filled - FINDINGS_MEMBER.length);
        head.push(Buffer.from(view.subarray(0, lineStart)));
      } else {
        head.push(Buffer.from(view.subarray(0, at)));
        result = JSON.parse(`${Buffer.concat(head).toString('utf8')}\n  "findings": []\n}\n`) as Result;
        if (known) return { result, index: known };
        head.length = 0;
        lineStart = at + FINDINGS_MEMBER.length;
      }
    }
    while (result && !ended) {
      const end = view.indexOf(NEWLINE, lineStart);
      if (end < 0) break; // the line is not all here yet
      if (firstLine) {
        const rest = view.toString('utf8', lineStart, end);
        if (rest === ']') ended = true;
        else if (rest !== '') throw malformed(path, 'the findings list does not start on its own line');
        firstLine = false;
      } else {
        const last = view[end - 1] === COMMA ? end - 1 : end;
        const start = lineStart + 4;
        if (
          last - lineStart > 5 &&
          view[lineStart] === SPACE &&
          view[lineStart + 3] === SPACE &&
          view[start] === OPEN_BRACE &&
          view[last - 1] === CLOSE_BRACE
        ) {
          const f = JSON.parse(view.toString('utf8', start, last)) as Finding;
          try {
            index.add(f, chunkStart + start, last - start);
          } catch (e) {
            throw malformed(path, (e as Error).message);
          }
        } else if (view.toString('utf8', lineStart, end) === '  ]') ended = true;
        else throw malformed(path, `finding line ${index.count + 1}`);
      }
      lineStart = end + 1;
    }
    if (ended) break;
    if (n === 0) throw malformed(path, 'the findings list is not closed');
    // Move the unfinished line to the front; grow the chunk when one line is longer than it.
    carry = filled - lineStart;
    if (carry === chunk.length) {
      const bigger = Buffer.allocUnsafe(chunk.length * 2);
      chunk.copy(bigger, 0, lineStart, filled);
      chunk = bigger;
    } else chunk.copy(chunk, 0, lineStart, filled);
    chunkStart += lineStart;
  }
  if (index.count >= LINE_SPAN) throw malformed(path, 'more findings than it can index');
  return { result: result!, index };
}
