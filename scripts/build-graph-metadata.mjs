#!/usr/bin/env node
// Builds src/simulator/metadata/graph-metadata.json.gz, the compact index of Microsoft Graph's own metadata that the
// strict Graph simulator and the conformance test judge gatehouse's requests and snapshots by.
//
//   node scripts/build-graph-metadata.mjs --from <dir>     write the index
//   node scripts/build-graph-metadata.mjs --from <dir> --check   exit 1 when the committed index differs
//
// <dir> holds files of Microsoft's msgraph-metadata repository (MIT; see src/simulator/metadata/LICENSE), plain or
// gzipped, under these names: v1.0-Prod.csdl, v1.0-Fairfax.csdl, v1.0-Mooncake.csdl (from schemas/),
// beta-USNat.csdl, beta-USSec.csdl (schemas/), beta-entity-types.json, beta-complex-types.json,
// beta-enum-types.json (schemas/type-mappings/). A README.md in <dir> naming the source commit and date
// ("Commit `<sha>`, <yyyy-mm-dd>") is copied into the index; --commit and --date override it.
//
// What the index keeps: for v1.0 in the global cloud, every entity and complex type of every namespace (base type,
// abstract/open flags, each declared property and navigation with its type), every enum's members, the entity
// container's entity sets and singletons, and the bound functions (GET-able; actions are POST-only and left out).
// For the US Government (Fairfax) and China (Mooncake) clouds, the facts of their v1.0 CSDL that differ from global.
// For global beta, the facts that differ from v1.0 in the microsoft.graph namespace and the networkaccess one: names
// from Microsoft's beta name maps; where a name map is silent, base types and property types come from the sovereign
// beta CSDL (USNat, USSec), then from v1.0, else stay unknown ('?'). Annotations, descriptions and non-binding parameters are dropped.
import { gunzipSync, gzipSync } from 'node:zlib';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// saxes is the streaming XML parser exceljs already brings; CSDL is plain XML, so no OData library is needed.
import { SaxesParser } from 'saxes';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const INDEX_PATH = join(root, 'src', 'simulator', 'metadata', 'graph-metadata.json.gz');
const MAIN = 'microsoft.graph';
/** Sub-namespaces of microsoft.graph whose global beta types the index keeps (gatehouse reads an API in them). */
const BETA_NAMESPACES = ['networkaccess'];

function readMaybeGz(dir, name) {
  for (const file of [join(dir, name), join(dir, `${name}.gz`)]) {
    if (existsSync(file)) {
      const buf = readFileSync(file);
      return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
    }
  }
  throw new Error(`${name}(.gz) not found in ${dir}`);
}

/** `graph.user`, `microsoft.graph.user`, `Collection(self.alert)` → `user`, `Collection(security.alert)`; Edm types unchanged. */
function typeRef(raw, aliases) {
  const m = /^Collection\((.+)\)$/.exec(raw);
  if (m) return `Collection(${typeRef(m[1], aliases)})`;
  if (raw.startsWith('Edm.')) return raw;
  const dot = raw.lastIndexOf('.');
  const ns = raw.slice(0, dot);
  const name = raw.slice(dot + 1);
  const full = aliases.get(ns) ?? ns;
  return full === MAIN ? name : `${full.slice(MAIN.length + 1)}.${name}`;
}

/** One CSDL document → { types, enums, roots, functions } with names as `typeRef` writes them. */
export function parseCsdl(xml) {
  const types = {};
  const enums = {};
  const roots = {};
  const functions = {};
  // First pass: namespace aliases (`graph` → microsoft.graph, `self` → the schema's own namespace).
  const aliases = new Map();
  for (const m of xml.matchAll(/<Schema\s+([^>]*)>/g)) {
    const ns = /Namespace="([^"]+)"/.exec(m[1])?.[1];
    const alias = /Alias="([^"]+)"/.exec(m[1])?.[1];
    if (ns) aliases.set(ns, ns);
    if (ns && alias) aliases.set(alias, ns);
  }
  // `self` means a different namespace in each schema: resolve it against the schema being read.
  let schemaNs = MAIN;
  const ref = (raw) => typeRef(raw.replace(/^self\./, `${schemaNs}.`).replace(/^Collection\(self\./, `Collection(${schemaNs}.`), aliases);
  const own = (name) => typeRef(`${schemaNs}.${name}`, aliases);
  const parser = new SaxesParser();
  let current; // the type or enum being read
  let fn; // the function being read
  let inContainer = false;
  parser.on('opentag', (node) => {
    const a = node.attributes;
    switch (node.name) {
      case 'Schema':
        schemaNs = a.Namespace;
        break;
      case 'EntityType':
      case 'ComplexType':
        current = { k: node.name === 'EntityType' ? 'e' : 'c', p: {}, n: {} };
        if (a.BaseType) current.b = ref(a.BaseType);
        if (a.Abstract === 'true') current.a = 1;
        if (a.OpenType === 'true') current.o = 1;
        types[own(a.Name)] = current;
        break;
      case 'EnumType':
        current = { m: [] };
        if (a.IsFlags === 'true') current.f = 1;
        enums[own(a.Name)] = current;
        break;
      case 'Member':
        if (current?.m) current.m.push(a.Name);
        break;
      case 'Property':
        if (current?.p) current.p[a.Name] = ref(a.Type);
        break;
      case 'NavigationProperty':
        if (current?.n) current.n[a.Name] = ref(a.Type);
        break;
      case 'Function':
        fn = a.IsBound === 'true' ? { name: a.Name } : undefined;
        break;
      case 'Parameter':
        if (fn && !fn.binding) fn.binding = ref(a.Type);
        break;
      case 'ReturnType':
        if (fn) fn.returns = ref(a.Type);
        break;
      case 'EntityContainer':
        inContainer = true;
        break;
      case 'EntitySet':
        if (inContainer) roots[a.Name] = `Collection(${ref(a.EntityType)})`;
        break;
      case 'Singleton':
        if (inContainer) roots[a.Name] = ref(a.Type);
        break;
      default:
        break;
    }
  });
  parser.on('closetag', (node) => {
    if (node.name === 'EntityType' || node.name === 'ComplexType' || node.name === 'EnumType') current = undefined;
    else if (node.name === 'EntityContainer') inContainer = false;
    else if (node.name === 'Function' && fn) {
      if (fn.binding && fn.returns) (functions[fn.binding] ??= {})[fn.name] = fn.returns;
      fn = undefined;
    }
  });
  parser.write(xml).close();
  for (const e of Object.values(enums)) e.m.sort();
  return { types, enums, roots, functions };
}

// ---- per-cloud differences --------------------------------------------------------------------------------------

/**
 * Every fact of a model as one string each, so two clouds or versions can be compared as sets:
 * `T <type> <e|c> <base|-> <flags|->` (flags: `a` abstract, `o` open), `P <type> <property> <type>`,
 * `N <type> <navigation> <type>`, `E <enum> <f|->` (flags enum), `M <enum> <member>`, `R <root> <type>` (entity set
 * or singleton), `F <binding type> <function> <return type>`. src/simulator/metadata/index.ts reads them back.
 */
function facts(model, keep = () => true) {
  const out = new Set();
  for (const [name, t] of Object.entries(model.types)) {
    if (!keep(name)) continue;
    out.add(`T ${name} ${t.k} ${t.b ?? '-'} ${`${t.a ? 'a' : ''}${t.o ? 'o' : ''}` || '-'}`);
    for (const [p, type] of Object.entries(t.p)) out.add(`P ${name} ${p} ${type}`);
    for (const [n, type] of Object.entries(t.n)) out.add(`N ${name} ${n} ${type}`);
  }
  for (const [name, e] of Object.entries(model.enums)) {
    if (!keep(name)) continue;
    out.add(`E ${name} ${e.f ? 'f' : '-'}`);
    for (const m of e.m) out.add(`M ${name} ${m}`);
  }
  for (const [name, type] of Object.entries(model.roots)) out.add(`R ${name} ${type}`);
  for (const [binding, fns] of Object.entries(model.functions)) {
    if (!keep(binding.replace(/^Collection\((.*)\)$/, '$1'))) continue;
    for (const [name, ret] of Object.entries(fns)) out.add(`F ${binding} ${name} ${ret}`);
  }
  return out;
}

/**
 * What `other` lacks and adds compared with `base` (only types and enums `keep` accepts). A type or enum that is
 * gone takes its members with it, so only its own `T`/`E` fact is listed.
 */
export function diff(base, other, keep = () => true) {
  const a = facts(base, keep);
  const b = facts(other, keep);
  const removed = [...a].filter((f) => !b.has(f));
  const gone = new Set(
    removed
      .filter((f) => /^[TE] /.test(f))
      .map((f) => f.split(' ')[1])
      .filter((name) => !other.types[name] && !other.enums[name]),
  );
  return {
    removed: removed.filter((f) => !/^[PNM] /.test(f) || !gone.has(f.split(' ')[1])).sort(),
    added: [...b].filter((f) => !a.has(f)).sort(),
  };
}

// ---- beta ---------------------------------------------------------------------------------------------------------

/** Global beta: names from the name maps; structure, where they are silent, from sovereign beta CSDL, then v1.0. */
function betaModel(maps, fallbacks) {
  const types = {};
  const unknown = '?';
  const lookup = (name, pick) => {
    for (const f of fallbacks) {
      const v = f.types[name] ? pick(f.types[name], f) : undefined;
      if (v !== undefined) return v;
    }
    return undefined;
  };
  for (const [kind, map] of [
    ['e', maps.entity],
    ['c', maps.complex],
  ]) {
    for (const [ns, byName] of Object.entries(map)) {
      for (const [shortName, t] of Object.entries(byName)) {
        const name = ns === MAIN ? shortName : `${ns.slice(MAIN.length + 1)}.${shortName}`;
        const out = { k: kind, p: {}, n: {} };
        const base = lookup(name, (x) => ('b' in x ? x.b : null));
        if (base === undefined) out.b = unknown;
        else if (base) out.b = base;
        if (lookup(name, (x) => x.a)) out.a = 1;
        if (lookup(name, (x) => x.o)) out.o = 1;
        for (const p of t.properties ?? []) out.p[p] = lookup(name, (x) => x.p[p]) ?? unknown;
        for (const n of t.navigationProperties ?? []) out.n[n] = lookup(name, (x) => x.n[n]) ?? unknown;
        types[name] = out;
      }
    }
  }
  const enums = {};
  for (const [ns, byName] of Object.entries(maps.enums)) {
    for (const [shortName, members] of Object.entries(byName)) {
      const name = ns === MAIN ? shortName : `${ns.slice(MAIN.length + 1)}.${shortName}`;
      enums[name] = { m: [...members].sort(), ...(fallbacks.some((f) => f.enums[name]?.f) ? { f: 1 } : {}) };
    }
  }
  const roots = {};
  const functions = {};
  for (const f of [...fallbacks].reverse()) {
    Object.assign(roots, f.roots);
    for (const [binding, fns] of Object.entries(f.functions)) Object.assign((functions[binding] ??= {}), fns);
  }
  return { types, enums, roots, functions };
}

function sortDeep(v) {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortDeep(v[k])]),
    );
  return v;
}

export function buildIndex(dir, source) {
  const prod = parseCsdl(readMaybeGz(dir, 'v1.0-Prod.csdl'));
  const fairfax = parseCsdl(readMaybeGz(dir, 'v1.0-Fairfax.csdl'));
  const mooncake = parseCsdl(readMaybeGz(dir, 'v1.0-Mooncake.csdl'));
  const usnat = parseCsdl(readMaybeGz(dir, 'beta-USNat.csdl'));
  const ussec = parseCsdl(readMaybeGz(dir, 'beta-USSec.csdl'));
  const maps = {
    entity: JSON.parse(readMaybeGz(dir, 'beta-entity-types.json')),
    complex: JSON.parse(readMaybeGz(dir, 'beta-complex-types.json')),
    enums: JSON.parse(readMaybeGz(dir, 'beta-enum-types.json')),
  };
  // Global beta is kept for the microsoft.graph namespace and the sub-namespaces gatehouse reads (networkaccess:
  // Global Secure Access), as differences from v1.0: Microsoft's beta name maps of the other namespaces (security,
  // device management, …) would more than double the index for APIs gatehouse does not read; there beta is taken to
  // be as v1.0.
  const inMain = (name) => !name.includes('.') || BETA_NAMESPACES.some((ns) => name.startsWith(`${ns}.`));
  return sortDeep({
    format: 1,
    source,
    'v1.0': prod,
    clouds: { usgov: diff(prod, fairfax), china: diff(prod, mooncake) },
    beta: diff(prod, betaModel(maps, [usnat, ussec, prod]), inMain),
  });
}

function sourceFrom(dir, values) {
  const readme = existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8') : '';
  const m = /Commit `([0-9a-f]{40})`, (\d{4}-\d{2}-\d{2})/.exec(readme);
  const commit = values.commit ?? m?.[1];
  const date = values.date ?? m?.[2];
  if (!commit || !date) throw new Error('the source commit and date are unknown: pass --commit <sha> --date <yyyy-mm-dd>');
  return { repository: 'microsoftgraph/msgraph-metadata', commit, date };
}

export function encodeIndex(index) {
  // gzip of a fixed input is byte-stable (Node writes no timestamp), so the committed file can be checked.
  return gzipSync(Buffer.from(`${JSON.stringify(index)}\n`), { level: 9 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, commit: { type: 'string' }, date: { type: 'string' }, check: { type: 'boolean' } },
  });
  if (!values.from) {
    process.stderr.write(
      'usage: node scripts/build-graph-metadata.mjs --from <msgraph-metadata files> [--commit <sha> --date <yyyy-mm-dd>] [--check]\n',
    );
    process.exit(2);
  }
  const bytes = encodeIndex(buildIndex(values.from, sourceFrom(values.from, values)));
  if (values.check) {
    const same = existsSync(INDEX_PATH) && Buffer.compare(readFileSync(INDEX_PATH), bytes) === 0;
    process.stderr.write(
      same ? 'graph metadata index is current\n' : `${INDEX_PATH} differs from what ${values.from} gives: run without --check\n`,
    );
    process.exit(same ? 0 : 1);
  }
  writeFileSync(INDEX_PATH, bytes);
  process.stderr.write(`wrote ${INDEX_PATH} (${bytes.length} bytes)\n`);
}
