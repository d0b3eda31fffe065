import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { packagePath } from '../../paths.js';

/**
 * Microsoft Graph's own metadata, per API version and cloud, as the strict simulator and the conformance test read
 * it: types with their base type, properties and navigations, enums, the entity container's roots and the bound
 * functions. Built by scripts/build-graph-metadata.mjs from Microsoft's msgraph-metadata (MIT, see LICENSE beside
 * this file) into graph-metadata.json.gz, plus documented.json: what Microsoft documents on Learn but its metadata
 * does not say (global beta structure the name maps leave out, beta availability per cloud, runtime limits).
 */
export type MetadataCloud = 'global' | 'usgov' | 'usgov-dod' | 'china';
export type MetadataVersion = 'v1.0' | 'beta';

/** A type name as the index writes it: `user` for microsoft.graph.user, `security.alert` for sub-namespaces. */
export type TypeName = string;
/** A type reference: `Edm.String`, `user`, `Collection(user)`, or `?` when Microsoft's metadata does not say. */
export type TypeRef = string;

export const UNKNOWN = '?';

interface RawType {
  k: 'e' | 'c';
  b?: string;
  a?: 1;
  o?: 1;
  p: Record<string, string>;
  n: Record<string, string>;
}
interface RawModel {
  types: Record<string, RawType>;
  enums: Record<string, { m: string[]; f?: 1 }>;
  roots: Record<string, string>;
  functions: Record<string, Record<string, string>>;
}
interface RawDiff {
  removed: string[];
  added: string[];
}
interface RawIndex {
  format: number;
  source: { repository: string; commit: string; date: string };
  'v1.0': RawModel;
  clouds: { usgov: RawDiff; china: RawDiff };
  beta: RawDiff;
}

export interface Member {
  /** As Microsoft spells it. */
  name: string;
  type: TypeRef;
  /** Where the type came from when not from Microsoft's metadata (a Learn page). */
  documentedBy?: string;
}

export interface GraphType {
  name: TypeName;
  kind: 'entity' | 'complex';
  /** Base type; `?` when the metadata does not say (global beta types missing from every beta CSDL). */
  base?: TypeName;
  baseDocumentedBy?: string;
  abstract: boolean;
  open: boolean;
  /** Declared here (not inherited), keyed by lower-case name: Graph matches names case-insensitively. */
  properties: Map<string, Member>;
  navigations: Map<string, Member>;
}

export interface GraphEnum {
  name: TypeName;
  flags: boolean;
  members: string[];
}

export interface Documented {
  beta: {
    bases: Record<string, { base: string; source: string }>;
    members: Record<string, { type: string; source: string }>;
    /** Entity sets and singletons of global beta that no beta CSDL Microsoft publishes declares. */
    roots: Record<string, { type: string; source: string }>;
  };
  betaAvailability: Array<{ path: string; clouds: MetadataCloud[]; source: string }>;
  /** v1.0 paths a national cloud's metadata declares but Learn's national-cloud table says that cloud does not offer. */
  v1Unavailable: Array<{ path: string; clouds: MetadataCloud[]; source: string; evidence: string }>;
  leniencies: Array<{ what: string; type: string; source: string; evidence?: string }>;
  limits: Record<
    'expandedDirectoryObjects' | 'pageWithExpand' | 'directoryPageSize' | 'usersWithSignInActivity',
    { value: number; what: string; source: string }
  >;
  /** Per type and property: the `$filter` operators Graph serves by default, and those only advanced queries get. */
  filters: {
    what: string;
    source: string;
    types: Record<string, Record<string, { default: string[]; advanced: string[]; source: string; evidence: string }>>;
  };
}

/** One API version as seen from one cloud. */
export class GraphSchema {
  readonly types = new Map<string, GraphType>();
  readonly enums = new Map<string, GraphEnum>();
  /** Entity sets (`Collection(x)`) and singletons, keyed by lower-case name. */
  readonly roots = new Map<string, Member>();
  /** Bound functions per binding type reference (`user`, `Collection(user)`), keyed by lower-case name. */
  readonly functions = new Map<string, Map<string, Member>>();
  private derivedCache?: Map<string, string[]>;

  constructor(
    readonly version: MetadataVersion,
    readonly cloud: MetadataCloud,
  ) {}

  type(name: TypeName): GraphType | undefined {
    return this.types.get(name.toLowerCase());
  }

  enum(name: TypeName): GraphEnum | undefined {
    return this.enums.get(name.toLowerCase());
  }

  /** The type and its bases, nearest first; stops at a base the metadata does not name (`unknownBase`). */
  lineage(name: TypeName): { chain: GraphType[]; unknownBase: boolean } {
    const chain: GraphType[] = [];
    let t = this.type(name);
    while (t) {
      chain.push(t);
      if (!t.base) return { chain, unknownBase: false };
      if (t.base === UNKNOWN) return { chain, unknownBase: true };
      t = this.type(t.base);
    }
    return { chain, unknownBase: chain.length === 0 };
  }

  isA(name: TypeName, ancestor: TypeName): boolean {
    return this.lineage(name).chain.some((t) => t.name.toLowerCase() === ancestor.toLowerCase());
  }

  /** Every type deriving from `name`, directly or not. */
  derived(name: TypeName): string[] {
    if (!this.derivedCache) {
      const direct = new Map<string, string[]>();
      for (const t of this.types.values())
        if (t.base && t.base !== UNKNOWN)
          (direct.get(t.base.toLowerCase()) ?? direct.set(t.base.toLowerCase(), []).get(t.base.toLowerCase())!).push(t.name);
      this.derivedCache = direct;
    }
    const out: string[] = [];
    const stack = [...(this.derivedCache.get(name.toLowerCase()) ?? [])];
    while (stack.length) {
      const n = stack.pop()!;
      out.push(n);
      stack.push(...(this.derivedCache.get(n.toLowerCase()) ?? []));
    }
    return out;
  }

  /** A structural property or navigation of the type or one of its bases. `unknown` when a base is not known. */
  member(
    typeName: TypeName,
    name: string,
    kinds: ReadonlyArray<'property' | 'navigation'> = ['property', 'navigation'],
  ): { member: Member; kind: 'property' | 'navigation'; declaredOn: GraphType } | 'unknown' | undefined {
    const { chain, unknownBase } = this.lineage(typeName);
    const key = name.toLowerCase();
    for (const t of chain) {
      if (kinds.includes('property')) {
        const p = t.properties.get(key);
        if (p) return { member: p, kind: 'property', declaredOn: t };
      }
      if (kinds.includes('navigation')) {
        const n = t.navigations.get(key);
        if (n) return { member: n, kind: 'navigation', declaredOn: t };
      }
    }
    return unknownBase ? 'unknown' : undefined;
  }

  /** A property or navigation that some type deriving from `typeName` declares (the first found). */
  derivedMember(typeName: TypeName, name: string): { member: Member; kind: 'property' | 'navigation'; declaredOn: GraphType } | undefined {
    for (const d of this.derived(typeName)) {
      const m = this.member(d, name);
      if (m && m !== 'unknown') return m;
    }
    return undefined;
  }

  /** Bound functions callable on a value of this type reference (its bases' bindings included). */
  boundFunction(ref: TypeRef, name: string): Member | undefined {
    const { element, collection } = splitRef(ref);
    for (const t of this.lineage(element).chain) {
      const fn = this.functions.get((collection ? `Collection(${t.name})` : t.name).toLowerCase())?.get(name.toLowerCase());
      if (fn) return fn;
    }
    return undefined;
  }
}

export function splitRef(ref: TypeRef): { element: TypeName; collection: boolean } {
  const m = /^Collection\((.+)\)$/.exec(ref);
  return m ? { element: m[1]!, collection: true } : { element: ref, collection: false };
}

/** `microsoft.graph.user` as Graph names the type in its messages. */
export function qualified(name: TypeName): string {
  return name.startsWith('Edm.') ? name : `microsoft.graph.${name}`;
}

// ---- loading ------------------------------------------------------------------------------------------------------

let raw: RawIndex | undefined;
let documented: Documented | undefined;
const schemas = new Map<string, GraphSchema>();

function index(): RawIndex {
  raw ??= JSON.parse(
    gunzipSync(readFileSync(packagePath('src', 'simulator', 'metadata', 'graph-metadata.json.gz'))).toString('utf8'),
  ) as RawIndex;
  return raw;
}

export function documentedFacts(): Documented {
  documented ??= JSON.parse(readFileSync(packagePath('src', 'simulator', 'metadata', 'documented.json'), 'utf8')) as Documented;
  return documented;
}

/** Where the metadata comes from: Microsoft's repository, commit and date. */
export function metadataSource(): RawIndex['source'] {
  return index().source;
}

function cloneModel(m: RawModel): RawModel {
  return structuredClone(m);
}

/** Apply `T/P/N/E/M/R/F` facts (as scripts/build-graph-metadata.mjs writes them) to a model. */
function applyDiff(model: RawModel, d: RawDiff): void {
  // A type or enum whose heading changed (base type, flags) is listed as removed and added: it keeps its members.
  const reheaded = new Set(d.added.filter((f) => /^[TE] /.test(f)).map((f) => f.split(' ').slice(0, 2).join(' ')));
  for (const fact of d.removed) {
    const [kind, a, b] = fact.split(' ') as [string, string, string];
    if ((kind === 'T' || kind === 'E') && reheaded.has(`${kind} ${a}`)) continue;
    if (kind === 'T') delete model.types[a];
    else if (kind === 'P') delete model.types[a]?.p[b];
    else if (kind === 'N') delete model.types[a]?.n[b];
    else if (kind === 'E') delete model.enums[a];
    else if (kind === 'M') {
      const e = model.enums[a];
      if (e) e.m = e.m.filter((m) => m !== b);
    } else if (kind === 'R') delete model.roots[a];
    else if (kind === 'F') delete model.functions[a]?.[b];
  }
  for (const fact of d.added) {
    const [kind, a, b, c, flags] = fact.split(' ') as [string, string, string, string, string];
    if (kind === 'T') {
      const t = model.types[a] ?? { k: 'e', p: {}, n: {} };
      t.k = b as 'e' | 'c';
      if (c === '-') delete t.b;
      else t.b = c;
      delete t.a;
      delete t.o;
      if (flags.includes('a')) t.a = 1;
      if (flags.includes('o')) t.o = 1;
      model.types[a] = t;
    } else if (kind === 'P') (model.types[a] ??= { k: 'e', p: {}, n: {} }).p[b] = c;
    else if (kind === 'N') (model.types[a] ??= { k: 'e', p: {}, n: {} }).n[b] = c;
    else if (kind === 'E') {
      const e = model.enums[a] ?? { m: [] };
      if (b === 'f') e.f = 1;
      else delete e.f;
      model.enums[a] = e;
    } else if (kind === 'M') (model.enums[a] ??= { m: [] }).m.push(b);
    else if (kind === 'R') model.roots[a] = b;
    else if (kind === 'F') (model.functions[a] ??= {})[b] = c;
  }
}

function build(version: MetadataVersion, cloud: MetadataCloud, model: RawModel): GraphSchema {
  const s = new GraphSchema(version, cloud);
  const facts = version === 'beta' ? documentedFacts().beta : undefined;
  for (const [name, t] of Object.entries(model.types)) {
    const doc = facts?.bases[name];
    const base = t.b === UNKNOWN && doc ? doc.base : t.b;
    const members = (kind: 'p' | 'n') =>
      new Map(
        Object.entries(t[kind]).map(([m, type]) => {
          const d = type === UNKNOWN ? facts?.members[`${name}.${m}`] : undefined;
          return [m.toLowerCase(), { name: m, type: d ? d.type : type, ...(d ? { documentedBy: d.source } : {}) }];
        }),
      );
    s.types.set(name.toLowerCase(), {
      name,
      kind: t.k === 'e' ? 'entity' : 'complex',
      ...(base ? { base } : {}),
      ...(t.b === UNKNOWN && doc ? { baseDocumentedBy: doc.source } : {}),
      abstract: t.a === 1,
      open: t.o === 1,
      properties: members('p'),
      navigations: members('n'),
    });
  }
  for (const [name, e] of Object.entries(model.enums))
    s.enums.set(name.toLowerCase(), { name, flags: e.f === 1, members: [...e.m].sort() });
  for (const [name, type] of Object.entries(model.roots)) s.roots.set(name.toLowerCase(), { name, type });
  for (const [name, r] of Object.entries(facts?.roots ?? {}))
    if (!s.roots.has(name.toLowerCase())) s.roots.set(name.toLowerCase(), { name, type: r.type, documentedBy: r.source });
  for (const [binding, fns] of Object.entries(model.functions)) {
    s.functions.set(binding.toLowerCase(), new Map(Object.entries(fns).map(([n, ret]) => [n.toLowerCase(), { name: n, type: ret }])));
  }
  return s;
}

/**
 * Graph as Microsoft's metadata describes it for one API version in one cloud. v1.0 clouds have their own CSDL
 * (US Government: Fairfax, both GCC High and DoD; China: Mooncake). Beta has Microsoft's structure for the global
 * cloud only: which beta APIs a national cloud offers is judged by `betaAvailable` (Learn's per-API tables).
 */
export function graphSchema(version: MetadataVersion, cloud: MetadataCloud = 'global'): GraphSchema {
  const key = version === 'beta' ? 'beta' : `v1.0/${cloud === 'usgov-dod' ? 'usgov' : cloud}`;
  let s = schemas.get(key);
  if (!s) {
    const i = index();
    const model = cloneModel(i['v1.0']);
    if (version === 'beta') applyDiff(model, i.beta);
    else if (cloud === 'usgov' || cloud === 'usgov-dod') applyDiff(model, i.clouds.usgov);
    else if (cloud === 'china') applyDiff(model, i.clouds.china);
    s = build(version, version === 'beta' ? 'global' : cloud, model);
    schemas.set(key, s);
  }
  return s;
}

/**
 * Does Microsoft document this beta path as offered in this cloud? `undefined` when no documented fact covers it
 * (the conformance test fails on such a path gatehouse requests; the simulator then answers as global beta).
 */
export function betaAvailable(path: string, cloud: MetadataCloud): { available: boolean; source: string } | undefined {
  const p = path.toLowerCase().replace(/\/+$/, '');
  for (const fact of documentedFacts().betaAvailability) {
    const f = fact.path.toLowerCase();
    if (p === f || p.startsWith(`${f}/`)) return { available: fact.clouds.includes(cloud), source: fact.source };
  }
  return undefined;
}

/**
 * A v1.0 path that Learn's national-cloud table says this cloud does not offer although the cloud's metadata declares
 * it (the table is the narrower claim, and the one Microsoft states for the API), or undefined.
 */
export function v1Unavailable(path: string, cloud: MetadataCloud): { source: string } | undefined {
  const p = path.toLowerCase().replace(/\/+$/, '');
  for (const fact of documentedFacts().v1Unavailable) {
    const f = fact.path.toLowerCase();
    if ((p === f || p.startsWith(`${f}/`)) && fact.clouds.includes(cloud)) return { source: fact.source };
  }
  return undefined;
}
