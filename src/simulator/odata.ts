/**
 * The slice of OData query semantics the Graph simulator implements: `$select`, `$expand` (with a nested `$select`),
 * `$filter` for the forms gatehouse sends (`prop eq 'v'`, `prop eq null`, `dateProp ge|le <DateTimeOffset>`,
 * `prop/any(c:c eq 'v')`, joined by `and`), `$top`.
 * Anything else is refused the way Graph refuses an unsupported query.
 */
export class ODataError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ExpandItem {
  name: string;
  select?: string[];
}

/** Split on commas that are not inside parentheses: `owners($select=id,userType),sponsors`. */
export function splitTopLevel(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(value.slice(start, i));
      start = i + 1;
    }
  }
  out.push(value.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

export function parseSelect(value: string | null): string[] | undefined {
  if (value === null) return undefined;
  const props = splitTopLevel(value);
  for (const p of props)
    if (!/^[A-Za-z@][\w.@]*$/.test(p))
      throw new ODataError(400, 'BadRequest', `Parsing OData Select and Expand failed: '${p}' is not a property name.`);
  return props;
}

export function parseExpand(value: string | null): ExpandItem[] | undefined {
  if (value === null) return undefined;
  return splitTopLevel(value).map((part) => {
    const m = /^([A-Za-z][\w]*)(?:\((.*)\))?$/.exec(part);
    if (!m) throw new ODataError(400, 'BadRequest', `Parsing OData Select and Expand failed: '${part}' is not a valid expand clause.`);
    const item: ExpandItem = { name: m[1]! };
    if (m[2] !== undefined) {
      const inner = /^\$select=(.*)$/.exec(m[2].trim());
      if (!inner) throw new ODataError(400, 'BadRequest', `Only $select is supported inside $expand in this simulator ('${part}').`);
      item.select = parseSelect(inner[1]!);
    }
    return item;
  });
}

/**
 * A parsed `$filter`: the property paths it reads and a test over a getter, so the server can evaluate it on
 * cached property columns without building the item (a generated 200,000-guest list is never materialised).
 */
export interface CompiledFilter {
  paths: string[];
  /** The ` and `-joined clauses, each a test of one property's value. */
  clauses: FilterClause[];
  test(get: (path: string) => unknown): boolean;
}

export interface FilterClause {
  path: string;
  /** Identifies the clause (`createdDateTime ge 2024-01-01T00:00:00Z`), for caching its result per item. */
  key: string;
  test(value: unknown): boolean;
  /** For `ge`/`le` on a date: the bound in ms, so an index can compare numbers instead of strings. */
  dateBound?: { op: 'ge' | 'le'; ms: number };
}

/** An OData DateTimeOffset literal, unquoted as Graph requires: `2024-05-01T00:00:00Z`. */
const DATE_LITERAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Graph's own serialisation of a timestamp (whole seconds, UTC): compares chronologically as a string. */
const CANONICAL_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

interface DateLiteral {
  date: string;
  ms: number;
}

function literal(raw: string): unknown {
  const s = raw.trim();
  if (/^'(?:[^']|'')*'$/.test(s)) return s.slice(1, -1).replace(/''/g, "'");
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (s === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  if (DATE_LITERAL.test(s) && !Number.isNaN(Date.parse(s))) return { date: s, ms: Date.parse(s) } satisfies DateLiteral;
  throw new ODataError(400, 'Request_UnsupportedQuery', `Unsupported literal in filter: ${s}`);
}

function isDateLiteral(v: unknown): v is DateLiteral {
  return typeof v === 'object' && v !== null && 'ms' in v;
}

/** Properties typed DateTimeOffset in Graph (the ones gatehouse may filter on): only date literals compare with them. */
function isDateProperty(path: string): boolean {
  return /DateTime$/.test(path);
}

export function valueAt(item: Record<string, unknown>, path: string): unknown {
  let v: unknown = item;
  for (const seg of path.split('/')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

function eqInsensitive(a: unknown, b: unknown): boolean {
  // Graph compares directory strings case-insensitively.
  if (isDateLiteral(b)) return typeof a === 'string' && compareDate(a, b) === 0;
  return typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b || (a === undefined && b === null);
}

/** Chronological order of a stored timestamp against a date literal; NaN when the stored value is no date. */
function compareDate(value: string, lit: DateLiteral): number {
  if (CANONICAL_DATE.test(value) && CANONICAL_DATE.test(lit.date)) return value < lit.date ? -1 : value > lit.date ? 1 : 0;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? Number.NaN : Math.sign(ms - lit.ms);
}

/**
 * Compiles `$filter` for the forms gatehouse sends: `prop eq literal` (incl. `eq null`), `prop ge|le <DateTimeOffset>`
 * on date properties, `prop/any(c:c eq 'v')`, joined by ` and `. `or`, `not`, `ne`, `lt`/`gt` and other functions
 * are refused, as Graph refuses them without advanced-query headers (and `lt`/`gt` are not documented for the user
 * date properties at all).
 */
export function compileFilter(value: string | null): CompiledFilter | undefined {
  if (value === null) return undefined;
  const parts: string[] = [];
  let inQuote = false;
  let start = 0;
  const lower = value.toLowerCase();
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "'") inQuote = !inQuote;
    else if (!inQuote && lower.startsWith(' and ', i)) {
      parts.push(value.slice(start, i));
      start = i + 5;
      i += 4;
    }
  }
  parts.push(value.slice(start));
  const clauses = parts.map((clause): FilterClause => {
    const c = clause
      .trim()
      .replace(/^\((.*)\)$/, '$1')
      .trim();
    let m = /^([A-Za-z][\w/]*)\s+(eq|ge|le)\s+(.+)$/.exec(c);
    if (m) {
      const [, path, op, lit] = m as unknown as [string, string, 'eq' | 'ge' | 'le', string];
      const want = literal(lit);
      if (isDateProperty(path) && want !== null && !isDateLiteral(want)) {
        throw new ODataError(
          400,
          'BadRequest',
          `A binary operator with incompatible types was detected. Found operand types 'Edm.DateTimeOffset' and '${typeof want === 'string' ? 'Edm.String' : 'Edm.Int32'}' for operator kind '${op === 'eq' ? 'Equal' : op === 'ge' ? 'GreaterThanOrEqual' : 'LessThanOrEqual'}'.`,
        );
      }
      const key = `${path} ${op} ${lit.trim()}`;
      if (op === 'eq') return { path, key, test: (v) => eqInsensitive(v, want) };
      if (!isDateLiteral(want)) throw new ODataError(400, 'Request_UnsupportedQuery', 'Unsupported Query.');
      const sign = op === 'ge' ? 1 : -1;
      return {
        path,
        key,
        dateBound: { op, ms: want.ms },
        test: (v) => {
          if (typeof v !== 'string') return false; // null never satisfies ge/le
          const cmp = compareDate(v, want);
          return cmp === 0 || Math.sign(cmp) === sign;
        },
      };
    }
    m = /^([A-Za-z][\w/]*)\/any\(\s*(\w+)\s*:\s*(\w+)\s+eq\s+(.+)\)$/.exec(c);
    if (m && m[2] === m[3]) {
      const [, path, , , lit] = m;
      const want = literal(lit!);
      return { path: path!, key: `${path} any eq ${lit!.trim()}`, test: (v) => Array.isArray(v) && v.some((x) => eqInsensitive(x, want)) };
    }
    throw new ODataError(400, 'Request_UnsupportedQuery', 'Unsupported Query.');
  });
  return { paths: [...new Set(clauses.map((c) => c.path))], clauses, test: (get) => clauses.every((c) => c.test(get(c.path))) };
}

/** Graph returns selected properties that have no value as `null`; `@odata.type` always travels with the object. */
export function project(
  item: Record<string, unknown>,
  select: readonly string[] | undefined,
  hidden: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof item['@odata.type'] === 'string') out['@odata.type'] = item['@odata.type'];
  if (select) {
    for (const p of select) out[p] = item[p] ?? null;
    return out;
  }
  for (const [k, v] of Object.entries(item)) if (!hidden.has(k)) out[k] = v;
  return out;
}
