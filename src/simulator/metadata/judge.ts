import { splitTopLevel } from '../odata.js';
import { unsupportedFilter } from './filter-support.js';
import {
  betaAvailable,
  v1Unavailable,
  documentedFacts,
  graphSchema,
  qualified,
  splitRef,
  UNKNOWN,
  type GraphSchema,
  type MetadataCloud,
  type MetadataVersion,
  type TypeName,
  type TypeRef,
} from './index.js';

/**
 * Judges one GET the way Graph's OData layer would, from Microsoft's metadata: does every path segment resolve for
 * this API version in this cloud, and does every name in `$select`, `$expand` (with its nested options), `$filter`
 * and `$orderby` exist on the type it applies to? The strict simulator answers a refusal with Graph's own error;
 * the conformance test uses the same judgement and counts what it checked.
 */

export interface Refusal {
  status: 400;
  code: 'BadRequest' | 'Request_UnsupportedQuery';
  message: string;
  /** What was refused: a path segment, or a name in one query option. */
  part: 'segment' | '$select' | '$expand' | '$filter' | '$orderby';
  name: string;
  /** The Graph type the name was looked up on (absent for path segments). */
  type?: string;
}

/** Where the request lands: the element type and whether it is a collection (or `$count`, or a primitive). */
export interface Target {
  type: TypeName;
  collection: boolean;
  count?: boolean;
}

export interface Verdict {
  refusal?: Refusal;
  /** Names the metadata cannot judge (a global beta type whose base or member type Microsoft's files leave out). */
  unknown: string[];
  target?: Target;
  /** Every name checked and found, as `part type.name` (for the conformance figures). */
  checked: string[];
  /** Documented leniencies relied on (e.g. derived properties selected on directoryObject). */
  leniencies: string[];
}

const BINDING_KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'eq',
  'ne',
  'gt',
  'ge',
  'lt',
  'le',
  'in',
  'has',
  'true',
  'false',
  'null',
  'asc',
  'desc',
]);

function segmentNotFound(seg: string): Refusal {
  return { status: 400, code: 'BadRequest', message: `Resource not found for the segment '${seg}'.`, part: 'segment', name: seg };
}

function propertyNotFound(part: Refusal['part'], name: string, type: TypeName): Refusal {
  return {
    status: 400,
    code: 'BadRequest',
    message: `Could not find a property named '${name}' on type '${qualified(type)}'.`,
    part,
    name,
    type: qualified(type),
  };
}

/** A cast segment (`microsoft.graph.x` or `graph.x`) names this type, or undefined. */
function castName(seg: string): string | undefined {
  const m = /^(?:microsoft\.graph|graph)\.(.+)$/i.exec(seg);
  return m ? m[1] : undefined;
}

export function judgeRequest(
  version: MetadataVersion,
  cloud: MetadataCloud,
  segments: readonly string[],
  params: URLSearchParams,
  /** The request carries the advanced-query parameters (`ConsistencyLevel: eventual` with `$count`). */
  advanced = false,
): Verdict {
  const schema = graphSchema(version, cloud);
  const v: Verdict = { unknown: [], checked: [], leniencies: [] };
  const resolved = resolvePath(schema, segments, v);
  if ('refusal' in resolved) {
    v.refusal = resolved.refusal;
    return v;
  }
  if (!resolved.target) return v;
  v.target = resolved.target;
  if (version === 'v1.0' && cloud !== 'global' && v1Unavailable(`/${segments.filter((s) => s !== '').join('/')}`, cloud)) {
    v.refusal = segmentNotFound(segments.filter((s) => s !== '').at(-1) ?? '');
    return v;
  }
  if (version === 'beta' && cloud !== 'global') {
    const path = `/${segments.filter((s) => s !== '').join('/')}`;
    const doc = betaAvailable(path, cloud);
    if (doc && !doc.available) {
      v.refusal = segmentNotFound(segments.filter((s) => s !== '').at(-1) ?? '');
      return v;
    }
    if (!doc) v.unknown.push(`beta ${path} in ${cloud}: no documented national-cloud availability`);
  }
  // `$count` counts the collection's elements: its `$filter` names are the element type's.
  const refusal = checkOptions(schema, resolved.target.type, params, v, '') ?? checkFilterSupport(resolved.target.type, params, advanced);
  if (refusal) v.refusal = refusal;
  return v;
}

type Resolution = { target?: Target } | { refusal: Refusal };

/** Walk the path: root (entity set or singleton), then keys, navigations, properties, casts, bound functions, `$count`. */
export function resolvePath(schema: GraphSchema, segments: readonly string[], v: Verdict): Resolution {
  const segs = segments.filter((s) => s !== '');
  if (segs.length === 0) return { refusal: segmentNotFound('') };
  const root = schema.roots.get(segs[0]!.toLowerCase());
  if (!root) return { refusal: segmentNotFound(segs[0]!) };
  v.checked.push(`segment ${root.name}`);
  let ref: TypeRef = root.type;
  for (const seg of segs.slice(1)) {
    const { element, collection } = splitRef(ref);
    if (element === UNKNOWN) {
      v.unknown.push(`segment ${seg}: the type before it is not in Microsoft's metadata`);
      return {};
    }
    if (collection && seg.toLowerCase() === '$count') return { target: { type: element, collection: true, count: true } };
    const cast = castName(seg);
    if (cast) {
      if (!schema.type(cast) || !schema.isA(cast, element)) return { refusal: segmentNotFound(seg) };
      v.checked.push(`segment ${qualified(cast)}`);
      ref = collection ? `Collection(${schema.type(cast)!.name})` : schema.type(cast)!.name;
      continue;
    }
    const fnName = /^([A-Za-z_][\w]*)\(/.exec(seg)?.[1] ?? seg;
    const fn = schema.boundFunction(ref, fnName);
    if (fn) {
      v.checked.push(`segment ${fn.name}`);
      ref = fn.type;
      continue;
    }
    if (collection) {
      ref = element; // a key: any value addresses one element
      continue;
    }
    if (element.startsWith('Edm.')) return { refusal: segmentNotFound(seg) };
    const found = schema.member(element, seg);
    if (found === 'unknown') {
      v.unknown.push(`segment ${seg} on ${qualified(element)}: a base type is not in Microsoft's metadata`);
      return {};
    }
    if (!found) return { refusal: segmentNotFound(seg) };
    if (found.member.type === UNKNOWN) {
      v.unknown.push(`segment ${seg} on ${qualified(element)}: its type is not in Microsoft's metadata`);
      return {};
    }
    v.checked.push(`segment ${found.declaredOn.name}.${found.member.name}`);
    ref = found.member.type;
  }
  const { element, collection } = splitRef(ref);
  return { target: { type: element, collection } };
}

/**
 * A name in `$select`: a property or navigation of the type or its bases. On directoryObject (owners, sponsors,
 * members) Graph also returns the properties of the object's own type, as Microsoft documents; those are accepted
 * when some type deriving from directoryObject declares them.
 */
function selectable(schema: GraphSchema, type: TypeName, name: string, v: Verdict): 'ok' | 'unknown' | 'absent' {
  const qualifiedCast = /^(?:microsoft\.graph\.|graph\.)?([A-Za-z_][\w]*)\/([A-Za-z_][\w]*)$/.exec(name);
  if (qualifiedCast && castName(`graph.${qualifiedCast[1]}`) && schema.type(qualifiedCast[1]!) && schema.isA(qualifiedCast[1]!, type)) {
    return selectable(schema, qualifiedCast[1]!, qualifiedCast[2]!, v);
  }
  const found = schema.member(type, name);
  if (found === 'unknown') return 'unknown';
  if (found) {
    v.checked.push(`name ${found.declaredOn.name}.${found.member.name}`);
    return 'ok';
  }
  const lenient = documentedFacts().leniencies.find((l) => l.type.toLowerCase() === type.toLowerCase());
  const m = lenient ? schema.derivedMember(type, name) : undefined;
  if (m) {
    v.checked.push(`name ${m.declaredOn.name}.${m.member.name}`);
    v.leniencies.push(`$select ${name} on ${qualified(type)} (declared on ${qualified(m.declaredOn.name)})`);
    return 'ok';
  }
  return 'absent';
}

/** Split `$expand` options inside parentheses: `$select=a,b;$expand=c($select=d)`. */
function splitOptions(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let depth = 0;
  let start = 0;
  const push = (part: string) => {
    const eq = part.indexOf('=');
    if (part.trim()) out.push(eq < 0 ? [part.trim(), ''] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()]);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ';' && depth === 0) {
      push(text.slice(start, i));
      start = i + 1;
    }
  }
  push(text.slice(start));
  return out;
}

function checkOptions(
  schema: GraphSchema,
  type: TypeName,
  params: URLSearchParams | Map<string, string>,
  v: Verdict,
  where: string,
): Refusal | undefined {
  const get = (k: string) => {
    for (const [key, value] of params.entries()) if (key.toLowerCase() === k) return value;
    return null;
  };
  const select = get('$select');
  if (select !== null) {
    for (const name of splitTopLevel(select)) {
      if (name === '*') continue;
      const r = selectable(schema, type, name, v);
      if (r === 'unknown') v.unknown.push(`$select ${name}${where} on ${qualified(type)}: a base type is not in Microsoft's metadata`);
      if (r === 'absent') return propertyNotFound('$select', name, type);
    }
  }
  const expand = get('$expand');
  if (expand !== null) {
    for (const item of splitTopLevel(expand)) {
      const m = /^([^(]+?)\s*(?:\((.*)\))?$/s.exec(item);
      const name = (m?.[1] ?? item).trim();
      if (name === '*') continue;
      const found = schema.member(type, name, ['navigation']);
      if (found === 'unknown') {
        v.unknown.push(`$expand ${name}${where} on ${qualified(type)}: a base type is not in Microsoft's metadata`);
        continue;
      }
      if (!found) {
        const structural = schema.member(type, name, ['property']);
        if (structural && structural !== 'unknown') {
          return {
            ...propertyNotFound('$expand', name, type),
            message: `Property '${name}' on type '${qualified(type)}' is not a navigation property or complex property. Only navigation properties can be expanded.`,
          };
        }
        return propertyNotFound('$expand', name, type);
      }
      v.checked.push(`name ${found.declaredOn.name}.${found.member.name}`);
      const target = splitRef(found.member.type).element;
      if (m?.[2] !== undefined && target !== UNKNOWN) {
        const nested = new Map(splitOptions(m[2]).map(([k, val]) => [k.toLowerCase(), val]));
        const r = checkOptions(schema, target, nested, v, ` in $expand=${name}`);
        if (r) return r;
      }
    }
  }
  const filter = get('$filter');
  if (filter !== null) {
    for (const path of filterPaths(filter)) {
      const r = checkPropertyPath(schema, type, path, '$filter', v);
      if (r) return r;
    }
  }
  const orderby = get('$orderby');
  if (orderby !== null) {
    for (const part of orderby.split(',')) {
      const path = part.trim().split(/\s+/)[0];
      if (!path) continue;
      const r = checkPropertyPath(schema, type, path, '$orderby', v);
      if (r) return r;
    }
  }
  return undefined;
}

/**
 * The `$filter` operators Microsoft documents per property: one served only to advanced queries is refused without
 * the advanced-query parameters, one never served on the property is refused always — each with Graph's own error.
 */
function checkFilterSupport(type: TypeName, params: URLSearchParams, advanced: boolean): Refusal | undefined {
  const filter = [...params.entries()].find(([k]) => k.toLowerCase() === '$filter')?.[1];
  if (filter === undefined) return undefined;
  const bad = unsupportedFilter(type, filter, advanced);
  if (!bad) return undefined;
  const resource = type.charAt(0).toUpperCase() + type.slice(1);
  return {
    status: 400,
    code: 'Request_UnsupportedQuery',
    message:
      bad.kind === 'advanced'
        ? `Operator '${bad.operator.split(' ')[0]}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`
        : `Unsupported or invalid query filter clause specified for property '${bad.property}' of resource '${resource}'.`,
    part: '$filter',
    name: bad.property,
    type,
  };
}

/** `signInActivity/lastSignInDateTime`: each step a property or navigation of the type reached so far. */
function checkPropertyPath(schema: GraphSchema, type: TypeName, path: string, part: Refusal['part'], v: Verdict): Refusal | undefined {
  let current = type;
  for (const step of path.split('/')) {
    if (current.startsWith('Edm.')) return propertyNotFound(part, step, current);
    const found = schema.member(current, step);
    if (found === 'unknown') {
      v.unknown.push(`${part} ${path} on ${qualified(type)}: a base type is not in Microsoft's metadata`);
      return undefined;
    }
    if (!found) return propertyNotFound(part, step, current);
    v.checked.push(`name ${found.declaredOn.name}.${found.member.name}`);
    current = splitRef(found.member.type).element;
    if (current === UNKNOWN) return undefined;
  }
  return undefined;
}

/**
 * The property paths a `$filter` reads: identifiers outside string literals that are not operators, literals,
 * function names or lambda variables. `groupTypes/any(c:c eq 'x')` reads `groupTypes`.
 */
export function filterPaths(filter: string): string[] {
  const text = filter.replace(/'(?:[^']|'')*'/g, (s) => ' '.repeat(s.length));
  const lambdaVars = new Set([...text.matchAll(/\(\s*([A-Za-z_]\w*)\s*:/g)].map((m) => m[1]!.toLowerCase()));
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\w.:\-$])([A-Za-z_][\w]*(?:\/[A-Za-z_][\w]*)*)/g)) {
    let path = m[1]!;
    const after = text.slice(m.index! + path.length).trimStart();
    if (BINDING_KEYWORDS.has(path.toLowerCase())) continue;
    if (lambdaVars.has(path.split('/')[0]!.toLowerCase())) continue;
    if (after.startsWith(':')) continue; // the lambda variable's declaration
    if (after.startsWith('(')) {
      const steps = path.split('/');
      if (steps.length === 1) continue; // a function: startswith(…), contains(…)
      steps.pop(); // `groupTypes/any(` → groupTypes
      path = steps.join('/');
    }
    if (/^(?:microsoft\.)?graph\./i.test(path)) continue;
    out.push(path);
  }
  return [...new Set(out)];
}

/** Is this element type a directory object (the relationships whose `$expand` Graph caps)? */
export function isDirectoryObject(schema: GraphSchema, type: TypeName): boolean {
  return schema.isA(type, 'directoryObject');
}
