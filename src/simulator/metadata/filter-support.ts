import { documentedFacts } from './index.js';

/**
 * Which `$filter` operators Graph serves on a property, as Microsoft documents it per property (the user resource's
 * "Supports $filter (…)" notes and the advanced-query tables): by default, only as an advanced query
 * (`ConsistencyLevel: eventual` with `$count`), or not at all. Microsoft's CSDL carries no per-property filter
 * restrictions for directory objects, so these documented facts live in documented.json beside the other ones.
 */

/** One property tested by one operator: `eq`, `eq null`, `ne`, `not`, `ge`, `le`, `gt`, `lt`, `in`, `startsWith`, … */
export interface FilterUse {
  property: string;
  operator: string;
}

export interface UnsupportedFilter {
  /** The property as Microsoft spells it. */
  property: string;
  operator: string;
  /** `advanced`: served only with the advanced-query parameters; `invalid`: never served on this property. */
  kind: 'advanced' | 'invalid';
}

const COMPARISON = /^([A-Za-z_][\w]*(?:\/[A-Za-z_][\w]*)*)\s+(eq|ne|ge|le|gt|lt|in)\s+(.+)$/i;
const FUNCTION = /^(startsWith|endsWith|contains)\(\s*([A-Za-z_][\w]*(?:\/[A-Za-z_][\w]*)*)\s*,/i;

/** Split on a keyword (` and `, ` or `) outside parentheses; string literals are already blanked. */
function splitTop(text: string, keyword: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const lower = text.toLowerCase();
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && lower.startsWith(keyword, i)) {
      out.push(text.slice(start, i));
      start = i + keyword.length;
      i += keyword.length - 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

function unwrap(clause: string): string {
  let c = clause.trim();
  while (c.startsWith('(') && c.endsWith(')')) {
    // Only when the outer parentheses belong together: `(a) and (b)` is not one wrapped clause.
    let depth = 0;
    let closesAtEnd = true;
    for (let i = 0; i < c.length - 1; i++) {
      if (c[i] === '(') depth++;
      else if (c[i] === ')') depth--;
      if (depth === 0) {
        closesAtEnd = false;
        break;
      }
    }
    if (!closesAtEnd) break;
    c = c.slice(1, -1).trim();
  }
  return c;
}

/**
 * The property tests a `$filter` makes. A negated clause (`not(…)`, `not startsWith(…)`) counts as `not` on each
 * property inside it. Lambdas over collections (`groupTypes/any(c:c eq 'x')`) are left out: not judged here.
 */
export function filterUses(filter: string): FilterUse[] {
  const blanked = filter.replace(/'(?:[^']|'')*'/g, (s) => `'${'_'.repeat(s.length - 2)}'`);
  const out: FilterUse[] = [];
  const visit = (clause: string, negated: boolean) => {
    const c = unwrap(clause);
    const ors = splitTop(c, ' or ');
    const ands = ors.length > 1 ? ors : splitTop(c, ' and ');
    if (ands.length > 1) {
      for (const part of ands) visit(part, negated);
      return;
    }
    const not = /^not\s*(\(|\s)/i.exec(c);
    if (not) {
      visit(c.slice(3), true);
      return;
    }
    let m = COMPARISON.exec(c);
    if (m) {
      const op = m[2]!.toLowerCase();
      const isNull = m[3]!.trim().toLowerCase() === 'null';
      out.push({ property: m[1]!, operator: negated ? 'not' : op === 'eq' && isNull ? 'eq null' : op });
      return;
    }
    m = FUNCTION.exec(c);
    if (m) out.push({ property: m[2]!, operator: negated ? 'not' : m[1]! });
  };
  visit(blanked, false);
  return out;
}

/**
 * The first property test of `filter` on `type` that Graph would refuse: `advanced` when the request carries no
 * advanced-query parameters, or anything the property does not support at all. Properties the documented table does
 * not list are not judged.
 */
export function unsupportedFilter(type: string, filter: string, advanced: boolean): UnsupportedFilter | undefined {
  const table = documentedFacts().filters.types[type];
  if (!table) return undefined;
  const byName = new Map(Object.entries(table).map(([name, rule]) => [name.toLowerCase(), { name, rule }]));
  for (const use of filterUses(filter)) {
    const found = byName.get(use.property.toLowerCase());
    if (!found) continue;
    const { name, rule } = found;
    const op = use.operator.toLowerCase();
    if (rule.default.some((o) => o.toLowerCase() === op)) continue;
    if (rule.advanced.some((o) => o.toLowerCase() === op)) {
      if (advanced) continue;
      return { property: name, operator: use.operator, kind: 'advanced' };
    }
    return { property: name, operator: use.operator, kind: 'invalid' };
  }
  return undefined;
}
