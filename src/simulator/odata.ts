/**
 * The slice of OData query semantics the Graph simulator implements: `$select`, `$expand` (with a nested `$select`),
 * `$filter` for the forms gatehouse sends (`prop eq 'v'`, `prop/any(c:c eq 'v')`, joined by `and`), `$top`.
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
  for (const p of props) if (!/^[A-Za-z@][\w.@]*$/.test(p)) throw new ODataError(400, 'BadRequest', `Parsing OData Select and Expand failed: '${p}' is not a property name.`);
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

export type Predicate = (item: Record<string, unknown>) => boolean;

function literal(raw: string): unknown {
  const s = raw.trim();
  if (/^'(?:[^']|'')*'$/.test(s)) return s.slice(1, -1).replace(/''/g, "'");
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (s === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  throw new ODataError(400, 'Request_UnsupportedQuery', `Unsupported literal in filter: ${s}`);
}

function valueAt(item: Record<string, unknown>, path: string): unknown {
  let v: unknown = item;
  for (const seg of path.split('/')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

function eqInsensitive(a: unknown, b: unknown): boolean {
  // Graph compares directory strings case-insensitively.
  return typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b || (a === undefined && b === null);
}

/** Splits on ` and ` outside quotes; `or`, `not`, `ne` and functions other than `any` are refused. */
export function parseFilter(value: string | null): Predicate | undefined {
  if (value === null) return undefined;
  const clauses: string[] = [];
  let inQuote = false;
  let start = 0;
  const lower = value.toLowerCase();
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "'") inQuote = !inQuote;
    else if (!inQuote && lower.startsWith(' and ', i)) {
      clauses.push(value.slice(start, i));
      start = i + 5;
      i += 4;
    }
  }
  clauses.push(value.slice(start));
  const preds = clauses.map((clause): Predicate => {
    const c = clause.trim().replace(/^\((.*)\)$/, '$1').trim();
    let m = /^([A-Za-z][\w/]*)\s+eq\s+(.+)$/.exec(c);
    if (m) {
      const [, prop, lit] = m;
      const want = literal(lit!);
      return (item) => eqInsensitive(valueAt(item, prop!), want);
    }
    m = /^([A-Za-z][\w/]*)\/any\(\s*(\w+)\s*:\s*(\w+)\s+eq\s+(.+)\)$/.exec(c);
    if (m && m[2] === m[3]) {
      const [, prop, , , lit] = m;
      const want = literal(lit!);
      return (item) => {
        const v = valueAt(item, prop!);
        return Array.isArray(v) && v.some((x) => eqInsensitive(x, want));
      };
    }
    throw new ODataError(400, 'Request_UnsupportedQuery', 'Unsupported Query.');
  });
  return (item) => preds.every((p) => p(item));
}

/** Graph returns selected properties that have no value as `null`; `@odata.type` always travels with the object. */
export function project(item: Record<string, unknown>, select: readonly string[] | undefined, hidden: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof item['@odata.type'] === 'string') out['@odata.type'] = item['@odata.type'];
  if (select) {
    for (const p of select) out[p] = item[p] ?? null;
    return out;
  }
  for (const [k, v] of Object.entries(item)) if (!hidden.has(k)) out[k] = v;
  return out;
}
