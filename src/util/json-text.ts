import { visit } from 'jsonc-parser';
import { oneLineClipped } from './safe-text.js';

/**
 * JSON text from a file a user names (snapshots, results, config and exceptions files), parsed so that every reader
 * of the same bytes sees the same document:
 *
 * - A UTF-8 byte order mark is accepted (Windows PowerShell 5 writes one with `Out-File -Encoding utf8`).
 * - A syntax error is one line naming the line and column, never V8's excerpt of the text (which may hold line
 *   breaks and control characters from the file).
 * - A key twice in one object is refused. JSON.parse keeps the last, a streaming reader may see both, and a
 *   reviewer reading the file sees the first: a snapshot must mean one thing to every reader.
 * - Nesting deeper than MAX_JSON_DEPTH is refused, so no recursive reader (redaction, rendering) meets a document
 *   that overflows its stack. Graph's deepest objects in a snapshot are about ten levels down.
 */
export const MAX_JSON_DEPTH = 64;

/** A problem in JSON text: where (a JSON path, `$` for the document) and what, as one line. */
export class JsonTextError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

const BOM = '\uFEFF';

/** The text without a leading byte order mark. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** V8's SyntaxError message as one line: its excerpt of the text dropped, the position given as line and column. */
export function syntaxReason(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // `Unexpected token 'x', "…excerpt…" is not valid JSON`: the excerpt is the file's own text, cut anywhere.
  const excerpt = /^(Unexpected token '[\s\S]*?'), (?:\.\.\.)?"[\s\S]*$/.exec(message);
  const head = excerpt
    ? excerpt[1]!
    : / is not valid JSON$/.test(message)
      ? 'Unexpected token'
      : message.replace(/ in JSON at position \d+[\s\S]*$/, '');
  const position = / at position (\d+)/.exec(message);
  // V8 gives no position for an unexpected token: the first error jsonc-parser finds in the same text is that one.
  const offset = position ? Number(position[1]) : firstErrorOffset(text);
  const where = offset !== undefined ? lineAndColumn(text, offset) : undefined;
  return `not valid JSON (${oneLineClipped(head, 120)}${where ? ` at line ${where.line}, column ${where.column}` : ''})`;
}

function firstErrorOffset(text: string): number | undefined {
  let offset: number | undefined;
  visit(text, { onError: (_code, at) => void (offset ??= at) }, { disallowComments: true, allowTrailingComma: false });
  return offset;
}

const jsonPath = (keys: ReadonlyArray<string | number>): string =>
  oneLineClipped(
    '$' +
      keys
        .map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k.slice(0, 64))}]`))
        .join(''),
    200,
  );

// One JSON string (escapes included) or one colon outside strings. Scanning valid JSON left to right, every quote
// outside a string opens one, so the matches stay in step with the text's strings.
const STRING_OR_COLON = /"[^"\\]*(?:\\.[^"\\]*)*"|:/gs;

/** Object members written in valid JSON text: its colons outside strings. */
export function membersInText(text: string): number {
  let n = 0;
  STRING_OR_COLON.lastIndex = 0;
  for (let m = STRING_OR_COLON.exec(text); m; m = STRING_OR_COLON.exec(text)) if (m[0] === ':') n++;
  return n;
}

export interface JsonShape {
  /** Object members of the parsed value (one per distinct key of each object). */
  members: number;
  /** Deepest nesting of arrays and objects (a scalar document is 0). */
  depth: number;
  /** The first string (or key) longer than `maxString`, when one is asked for. */
  overlong?: { path: string; length: number };
}

/**
 * Members and depth of a parsed value, and its first overlong string, in one iterative walk (a million guests must
 * not blow the stack). Paths are built only for what is reported: the walk keeps parent links, not path strings.
 */
export function jsonShape(value: unknown, opts: { maxString?: number; maxDepth?: number } = {}): JsonShape & { tooDeep?: string } {
  const maxString = opts.maxString ?? Infinity;
  const maxDepth = opts.maxDepth ?? MAX_JSON_DEPTH;
  // Nearly every value (each of a million guests) has nothing to report: a plain count first, and the walk that
  // can say where a problem is only for a value that has one.
  if (quickShape(value, maxString, maxDepth)) return { members: quick.members, depth: quick.depth };
  return reportingShape(value, maxString, maxDepth);
}

const quick = { members: 0, depth: 0, maxString: Infinity, maxDepth: MAX_JSON_DEPTH };

/**
 * The object members of a parsed value when no string in it is longer than `maxString` and no nesting deeper than
 * `maxDepth`; -1 when one is. The check `jsonShape` starts with, without its option and result objects: a reader
 * that parses a million small values one by one (a snapshot's guests) asks this of each and takes the reporting
 * path (`parseJsonText`) only for a value that fails it.
 */
export function membersWithinLimits(value: unknown, maxString: number, maxDepth: number): number {
  return quickShape(value, maxString, maxDepth) ? quick.members : -1;
}

/**
 * Members and depth of a value with no string longer than `maxString` and no nesting deeper than `maxDepth`, into
 * `quick`; false as soon as either limit is passed. Recursive, without a frame or path per node: it stops one level
 * past `maxDepth`, so its own depth is bounded whatever the value.
 */
function quickShape(value: unknown, maxString: number, maxDepth: number): boolean {
  quick.members = 0;
  quick.depth = 0;
  quick.maxString = maxString;
  quick.maxDepth = maxDepth;
  if (typeof value === 'string') return value.length <= maxString;
  return value === null || typeof value !== 'object' || quickNode(value, 1);
}

function quickNode(node: object, d: number): boolean {
  if (d > quick.depth) quick.depth = d;
  if (d > quick.maxDepth) return false;
  const maxString = quick.maxString;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const v: unknown = node[i];
      if (typeof v === 'string') {
        if (v.length > maxString) return false;
      } else if (typeof v === 'object' && v !== null && !quickNode(v, d + 1)) return false;
    }
    return true;
  }
  let members = 0;
  for (const k in node) {
    members++;
    if (k.length > maxString) return false;
    const v: unknown = (node as Record<string, unknown>)[k];
    if (typeof v === 'string') {
      if (v.length > maxString) return false;
    } else if (typeof v === 'object' && v !== null && !quickNode(v, d + 1)) return false;
  }
  quick.members += members;
  return true;
}

/** The same walk, iterative, keeping parent links so that the first problem it meets can be named by its path. */
function reportingShape(value: unknown, maxString: number, maxDepth: number): JsonShape & { tooDeep?: string } {
  interface Frame {
    node: unknown;
    depth: number;
    parent: Frame | undefined;
    key: string | number | undefined;
  }
  const pathOf = (f: Frame | undefined): string => {
    const keys: Array<string | number> = [];
    for (let p = f; p?.parent; p = p.parent) keys.push(p.key!);
    return jsonPath(keys.reverse());
  };
  let members = 0;
  let depth = 0;
  let overlong: JsonShape['overlong'];
  const stack: Frame[] = [{ node: value, depth: 0, parent: undefined, key: undefined }];
  while (stack.length) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (typeof node === 'string') {
      if (!overlong && node.length > maxString) overlong = { path: pathOf(frame), length: node.length };
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const d = frame.depth + 1;
    if (d > depth) depth = d;
    if (d > maxDepth) return { members, depth, ...(overlong ? { overlong } : {}), tooDeep: pathOf(frame) };
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const v: unknown = node[i];
        if (typeof v === 'object' ? v !== null : typeof v === 'string' && v.length > maxString)
          stack.push({ node: v, depth: d, parent: frame, key: i });
      }
    } else {
      for (const k in node) {
        members++;
        if (!overlong && k.length > maxString) overlong = { path: pathOf(frame), length: k.length };
        const v: unknown = (node as Record<string, unknown>)[k];
        if (typeof v === 'object' ? v !== null : typeof v === 'string' && v.length > maxString)
          stack.push({ node: v, depth: d, parent: frame, key: k });
      }
    }
  }
  return { members, depth, ...(overlong ? { overlong } : {}) };
}

/** Where the first key repeated within one object is, as a JSON path (only called once a count differs). */
export function findDuplicateKey(text: string): { path: string; key: string } | undefined {
  const seen: Array<Set<string>> = [];
  let found: { path: string; key: string } | undefined;
  visit(text, {
    onObjectBegin: () => void seen.push(new Set()),
    onObjectEnd: () => void seen.pop(),
    onObjectProperty: (key, _offset, _length, _startLine, _startCharacter, pathSupplier) => {
      const keys = seen[seen.length - 1];
      if (found || !keys) return;
      if (keys.has(key)) {
        found = { path: jsonPath([...pathSupplier(), key]), key };
      }
      keys.add(key);
    },
  });
  return found;
}

/** The one-line refusal of a key written twice in one object. */
export function duplicateKeyError(text: string, prefix = '$'): JsonTextError {
  const dup = findDuplicateKey(text);
  if (!dup) return new JsonTextError(prefix, 'a key appears twice in one object; duplicate keys are refused');
  return new JsonTextError(
    prefix + dup.path.slice(1),
    'the key appears twice in its object; duplicate keys are refused, as readers disagree on which one counts',
  );
}

export interface ParsedJson extends JsonShape {
  value: unknown;
}

/**
 * Parse JSON text read from a file. `maxString` also finds the first string longer than that. Throws JsonTextError
 * (path and one-line reason) for a syntax error, a duplicate key or nesting beyond MAX_JSON_DEPTH.
 */
export function parseJsonText(
  raw: string,
  opts: { maxString?: number; maxDepth?: number; prefix?: string; members?: number } = {},
): ParsedJson {
  const prefix = opts.prefix ?? '$';
  const text = withoutBom(raw);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new JsonTextError(prefix, syntaxReason(text, e));
  }
  const shape = jsonShape(value, {
    ...(opts.maxString !== undefined ? { maxString: opts.maxString } : {}),
    ...(opts.maxDepth !== undefined ? { maxDepth: opts.maxDepth } : {}),
  });
  if (shape.tooDeep) throw new JsonTextError(prefix + shape.tooDeep.slice(1), `nested deeper than ${MAX_JSON_DEPTH} levels`);
  // A repeated key leaves one member fewer in the parsed value than the text writes.
  if ((opts.members ?? membersInText(text)) !== shape.members) throw duplicateKeyError(text, prefix);
  return { value, ...shape };
}
