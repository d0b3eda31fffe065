import { fileChunks } from '../util/file-chunks.js';

/**
 * A byte-level scanner that splits a snapshot file into its skeleton (everything but the elements of
 * `data.guests`, which become `[]`) and the raw bytes of each guest. JSON's structural characters are ASCII and
 * never occur inside a multi-byte UTF-8 sequence, so scanning bytes is safe. This is what lets a snapshot with a
 * million guests stay one ordinary JSON file: nothing ever holds the whole document as one string (V8 caps a string
 * near 512 MB), and any key order or formatting works.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJ = 0x7b;
const CLOSE_OBJ = 0x7d;
const OPEN_ARR = 0x5b;
const CLOSE_ARR = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

/** Where the scanner stands between the elements of the split array: JSON allows only commas and whitespace there. */
const enum Between {
  /** After `[`: the first element or `]`. */
  Start,
  /** After an element: `,` or `]`. */
  Element,
  /** After `,`: the next element. */
  Comma,
}

const isJsonWhitespace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

interface Frame {
  array: boolean;
  /** Key under which this container sits in its parent object (undefined for array elements and the root). */
  key: string | undefined;
}

export interface ScanHandlers {
  /**
   * Raw UTF-8 bytes of one element of data.guests, with its index and the colons outside strings in it (its object
   * members as written: a reader compares them with the parsed object's to notice a key written twice).
   */
  onGuest?(bytes: Buffer, index: number, members: number): void;
  /**
   * Where each element of data.guests lies in the file (byte offsets of its first byte and just past its last), and
   * its members as written (as for `onGuest`).
   */
  onGuestSpan?(start: number, end: number, members: number): void;
  /** Skeleton text: the document with data.guests emptied. Omitted when `skeleton` is false. */
  skeleton?: boolean;
  /** Each chunk of the file as it is read, before it is scanned (valid only during the call: the buffer is reused). */
  onChunk?(chunk: Buffer): void;
  /** Awaited after each chunk: lets a slower consumer hold the reader back. */
  afterChunk?(): Promise<void> | void;
  /** Read size; tests use tiny chunks to put every boundary case (escapes, multi-byte characters) across chunks. */
  chunkSize?: number;
  /** Object keys from the root to the array to split out (default `data.guests`; result.json uses `findings`). */
  arrayPath?: readonly string[];
}

export class ScanError extends Error {
  constructor(
    message: string,
    readonly byteOffset: number,
  ) {
    super(message);
  }
}

/** Where the byte loop inside a guest element stands between chunks. */
interface InnerState {
  inString: boolean;
  escaped: boolean;
  depth: number;
  /** Colons outside strings so far. */
  members: number;
}

/**
 * Advance through a guest element from `from`: the index of the byte that closes it, or `chunk.length` when it goes
 * on in the next chunk. A plain synchronous function, so its state lives in registers rather than in the async
 * caller's context (four times faster per byte).
 */
function skipInsideGuest(chunk: Buffer, from: number, state: InnerState): number {
  let { inString, escaped, depth, members } = state;
  let j = from;
  const n = chunk.length;
  while (j < n) {
    if (inString) {
      if (escaped) {
        escaped = false;
        j++;
        continue;
      }
      // Most of a guest's bytes are inside strings, where only a quote or a backslash matters: a loop that tests
      // those two alone runs through a string's bytes without the structural tests below.
      let b = chunk[j]!;
      while (b !== QUOTE && b !== BACKSLASH && ++j < n) b = chunk[j]!;
      if (j === n) break;
      if (b === QUOTE) inString = false;
      else escaped = true;
    } else {
      const b = chunk[j]!;
      if (b === QUOTE) inString = true;
      else if (b === COLON) members++;
      else if (b === OPEN_OBJ || b === OPEN_ARR) depth++;
      else if ((b === CLOSE_OBJ || b === CLOSE_ARR) && --depth === 0) break;
    }
    j++;
  }
  state.inString = inString;
  state.escaped = escaped;
  state.depth = depth;
  state.members = members;
  return j;
}

/** The state after an element that starts at `at`, or the error of one that follows another without a comma. */
function expectElement(between: Between, at: number): Between {
  if (between === Between.Element) throw new ScanError('two elements of the guest list without a comma between them', at);
  return Between.Element;
}

export interface ScanResult {
  skeleton: string;
  guestCount: number;
  /** The document has a data.guests array at all. */
  sawGuests: boolean;
}

/** Scan a snapshot file once, calling `onGuest` for each guest element in order. */
export async function scanSnapshotFile(file: string, handlers: ScanHandlers): Promise<ScanResult> {
  const keepSkeleton = handlers.skeleton !== false;
  const stack: Frame[] = [];
  let inString = false;
  let escaped = false;
  // Bytes of the string being read when it may be a key (depth ≤ 2); keys deeper down are never needed.
  let stringBytes: number[] | null = null;
  let lastString: string | undefined;
  let pendingKey: string | undefined;
  let inGuests = false;
  let between = Between.Start;
  let guestDepth = 0; // nesting depth inside the current guest element (0 = between elements)
  let guestParts: Buffer[] = [];
  let guestStart = -1;
  let guestStartOffset = 0;
  const wantBytes = handlers.onGuest !== undefined;
  let guestIndex = 0;
  let sawGuests = false;
  const skeleton: Buffer[] = [];
  let offset = 0;
  const inner: InnerState = { inString: false, escaped: false, depth: 0, members: 0 };

  const arrayPath = handlers.arrayPath ?? ['data', 'guests'];
  const keyDepth = arrayPath.length <= 2 ? 2 : arrayPath.length;
  const isGuestsArray = () =>
    stack.length === arrayPath.length + 1 &&
    stack[arrayPath.length]!.array &&
    !stack[0]!.array &&
    arrayPath.every((key, i) => stack[i + 1]!.key === key && (i === arrayPath.length - 1 || !stack[i + 1]!.array));

  // Each chunk's buffer is filled again after it: what outlives the chunk (skeleton runs, a guest's first part) is copied.
  for await (const chunk of fileChunks(file, handlers.chunkSize)) {
    handlers.onChunk?.(chunk);
    let copyFrom = 0; // start of the current run of skeleton bytes in this chunk
    if (guestDepth > 0) guestStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      if (guestDepth > 0) {
        // Inside a guest element (most of the file): only nesting and strings matter. A plain byte loop beats a
        // native search per string here — guests hold many short strings, and each search call costs more than
        // the bytes it skips.
        inner.inString = inString;
        inner.escaped = escaped;
        inner.depth = guestDepth;
        const j = skipInsideGuest(chunk, i, inner);
        ({ inString, escaped, depth: guestDepth } = inner);
        if (j < chunk.length) {
          const index = guestIndex++;
          handlers.onGuestSpan?.(guestStartOffset, offset + j + 1, inner.members);
          if (wantBytes) {
            guestParts.push(chunk.subarray(guestStart, j + 1));
            handlers.onGuest!(guestParts.length === 1 ? guestParts[0]! : Buffer.concat(guestParts), index, inner.members);
            guestParts = [];
          }
          copyFrom = j + 1;
        }
        i = j;
        continue;
      }
      if (inString) {
        // Most bytes of a snapshot are inside strings: jump to the next quote with a native search, then decide
        // whether it is escaped by counting the backslashes before it.
        const start = i;
        let end = -1;
        let from = i;
        while (from < chunk.length) {
          const q = chunk.indexOf(QUOTE, from);
          if (q === -1) break;
          let backslashes = 0;
          let k = q - 1;
          while (k >= start && chunk[k] === BACKSLASH) {
            backslashes++;
            k--;
          }
          // A run of backslashes that reaches the chunk start continues the previous chunk's run.
          const odd = (backslashes + (k < start && escaped ? 1 : 0)) % 2 === 1;
          if (!odd) {
            end = q;
            break;
          }
          from = q + 1;
        }
        if (end === -1) {
          // The string goes on in the next chunk; remember whether this chunk ends inside an escape.
          let backslashes = 0;
          for (let k = chunk.length - 1; k >= start && chunk[k] === BACKSLASH; k--) backslashes++;
          escaped = backslashes === chunk.length - start ? (backslashes + (escaped ? 1 : 0)) % 2 === 1 : backslashes % 2 === 1;
          if (stringBytes) for (let k = start; k < chunk.length; k++) stringBytes.push(chunk[k]!);
          i = chunk.length - 1;
          continue;
        }
        escaped = false;
        if (stringBytes) {
          for (let k = start; k < end; k++) stringBytes.push(chunk[k]!);
          lastString = Buffer.from(stringBytes).toString('utf8');
          stringBytes = null;
        }
        inString = false;
        i = end;
        continue;
      }
      const c = chunk[i]!;
      switch (c) {
        case QUOTE:
          // A string element of the array (not a guest object): it stays in the skeleton, whose schema refuses it.
          if (inGuests) between = expectElement(between, offset + i);
          inString = true;
          lastString = undefined;
          stringBytes = stack.length <= keyDepth ? [] : null;
          break;
        case COLON:
          pendingKey = lastString;
          break;
        case OPEN_OBJ:
        case OPEN_ARR: {
          if (inGuests) {
            between = expectElement(between, offset + i);
            // A guest element starts: stop copying skeleton bytes here.
            if (keepSkeleton && i > copyFrom) skeleton.push(Buffer.from(chunk.subarray(copyFrom, i)));
            guestDepth = 1;
            guestStart = i;
            guestStartOffset = offset + i;
            inner.members = 0;
            break;
          }
          const parent = stack[stack.length - 1];
          stack.push({ array: c === OPEN_ARR, key: parent && !parent.array ? pendingKey : undefined });
          pendingKey = undefined;
          if (isGuestsArray()) {
            inGuests = true;
            between = Between.Start;
            sawGuests = true;
          }
          break;
        }
        case CLOSE_OBJ:
        case CLOSE_ARR:
          if (inGuests) {
            if (between === Between.Comma) throw new ScanError('a comma after the last element of the guest list', offset + i);
            inGuests = false;
          }
          if (!stack.length) throw new ScanError('unexpected closing bracket', offset + i);
          stack.pop();
          break;
        default:
          // Commas and whitespace between guest elements are dropped so the skeleton reads `"guests": []`. Anything
          // else there (a number, a literal, stray text, a second comma) is not JSON: refused here, as the guests'
          // own parse never sees these bytes.
          if (inGuests) {
            if (c === COMMA) {
              if (between !== Between.Element) throw new ScanError('a comma with no element before it in the guest list', offset + i);
              between = Between.Comma;
            } else if (!isJsonWhitespace(c))
              throw new ScanError('an element of the guest list that is not an object, or text between its elements', offset + i);
            if (keepSkeleton && i > copyFrom) skeleton.push(Buffer.from(chunk.subarray(copyFrom, i)));
            copyFrom = i + 1;
          }
      }
    }
    if (guestDepth > 0) {
      if (wantBytes) guestParts.push(Buffer.from(chunk.subarray(guestStart)));
    } else if (keepSkeleton && copyFrom < chunk.length) skeleton.push(Buffer.from(chunk.subarray(copyFrom)));
    offset += chunk.length;
    await handlers.afterChunk?.();
  }
  if (inString || guestDepth > 0 || stack.length) throw new ScanError('the file ends in the middle of the document (truncated?)', offset);
  return { skeleton: keepSkeleton ? Buffer.concat(skeleton).toString('utf8') : '', guestCount: guestIndex, sawGuests };
}
