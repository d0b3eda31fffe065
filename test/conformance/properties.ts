import { readFileSync } from 'node:fs';
import {
  graphSchema,
  qualified,
  splitRef,
  UNKNOWN,
  documentedFacts,
  type GraphSchema,
  type MetadataCloud,
  type MetadataVersion,
} from '../../src/simulator/metadata/index.js';
import { packagePath } from '../../src/paths.js';
import { SECTIONS } from '../../src/snapshot/sections.js';
import type { SectionName, Snapshot } from '../../src/snapshot/snapshot.types.js';

/**
 * Every property of every object in a snapshot checked against its Graph type: the section's type (named in
 * snapshot.schema.json by `x-graph-types`), or the derived type its `@odata.type` names, then each nested value
 * against the type Microsoft's metadata gives its property. Fields gatehouse adds itself must be marked `x-gatehouse`
 * in the schema; they are listed, never guessed.
 */

type SchemaNode = Record<string, unknown>;

export interface PropertyReport {
  /** Each checked occurrence's problem, as `file: $.data.x[3].y: why`. */
  problems: string[];
  /** Distinct `microsoft.graph.type.property` pairs found on a Graph type. */
  graphProperties: Set<string>;
  /** Occurrences checked (every property of every object). */
  occurrences: number;
  /** Distinct gatehouse fields met, as `schema path (reason)`. */
  gatehouseFields: Set<string>;
  /** Occurrences accepted by a documented leniency (a derived type's property on directoryObject). */
  lenient: number;
}

export function emptyReport(): PropertyReport {
  return { problems: [], graphProperties: new Set(), occurrences: 0, gatehouseFields: new Set(), lenient: 0 };
}

let schemaRoot: SchemaNode | undefined;
export function snapshotSchema(): SchemaNode {
  schemaRoot ??= JSON.parse(readFileSync(packagePath('src', 'snapshot', 'snapshot.schema.json'), 'utf8')) as SchemaNode;
  return schemaRoot;
}

/** Follow `$ref`, and `anyOf: [{$ref}, {type: null}]`, to the schema node that describes an object. */
function resolveNode(node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n && i < 8; i++) {
    if (typeof n.$ref === 'string') {
      n = (snapshotSchema().definitions as Record<string, SchemaNode>)[n.$ref.replace('#/definitions/', '')];
      continue;
    }
    const any = n.anyOf as SchemaNode[] | undefined;
    if (any) {
      n = any.find((a) => a.$ref || a.properties);
      continue;
    }
    return n;
  }
  return n;
}

function childNode(node: SchemaNode | undefined, key: string): SchemaNode | undefined {
  const n = resolveNode(node);
  return (n?.properties as Record<string, SchemaNode> | undefined)?.[key];
}

function itemsNode(node: SchemaNode | undefined): SchemaNode | undefined {
  return resolveNode(node)?.items as SchemaNode | undefined;
}

/** Every `x-gatehouse` field the schema declares, with its reason: the list a test compares with what it met. */
export function declaredGatehouseFields(): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as SchemaNode;
    if (typeof n['x-gatehouse'] === 'string') out.push(`${path} (${n['x-gatehouse'] as string})`);
    for (const [k, v] of Object.entries(n)) if (v && typeof v === 'object' && k !== 'x-graph-types') walk(v, `${path}/${k}`);
  };
  walk(snapshotSchema().definitions, '#/definitions');
  return out.sort();
}

function gatehouseMark(node: SchemaNode | undefined, path: string): string | undefined {
  const direct = node?.['x-gatehouse'];
  if (typeof direct === 'string') return `${path} (${direct})`;
  const resolved = resolveNode(node);
  return typeof resolved?.['x-gatehouse'] === 'string' ? `${path} (${resolved['x-gatehouse'] as string})` : undefined;
}

function graphTypeOf(node: SchemaNode | undefined): string | undefined {
  const t = resolveNode(node)?.['x-graph-type'];
  return typeof t === 'string' ? t.replace(/^microsoft\.graph\./, '') : undefined;
}

const ODATA_TYPE = '@odata.type';

/** Count one property; a field the schema marks `x-gatehouse` is listed and goes no further (`graph: false`). */
function markedOrChild(
  node: SchemaNode | undefined,
  key: string,
  where: string,
  report: PropertyReport,
): { node: SchemaNode | undefined; graph: boolean } {
  report.occurrences++;
  const child = childNode(node, key);
  const mark = gatehouseMark(child, `${where.replace(/\[\d+\]/g, '[]')}.${key}`);
  if (mark) report.gatehouseFields.add(mark.replace(/^[^$]*\$/, '$'));
  return { node: child, graph: !mark };
}

/** Check one value against a Graph type reference. */
function checkValue(
  schema: GraphSchema,
  value: unknown,
  ref: string,
  node: SchemaNode | undefined,
  where: string,
  report: PropertyReport,
): void {
  if (value === null || value === undefined || ref.startsWith('Edm.') || ref === UNKNOWN) return;
  const { element, collection } = splitRef(ref);
  if (collection) {
    if (!Array.isArray(value)) {
      report.problems.push(`${where}: Graph's ${qualified(element)} collection, but not an array`);
      return;
    }
    value.forEach((v, i) => checkValue(schema, v, element, itemsNode(node), `${where}[${i}]`, report));
    return;
  }
  if (schema.enum(element) || element.startsWith('Edm.')) return;
  if (typeof value !== 'object' || Array.isArray(value)) return;
  checkObject(schema, value as Record<string, unknown>, element, node, where, report);
}

function checkObject(
  schema: GraphSchema,
  obj: Record<string, unknown>,
  declared: string,
  node: SchemaNode | undefined,
  where: string,
  report: PropertyReport,
): void {
  let type = declared;
  const odataType = obj[ODATA_TYPE];
  if (typeof odataType === 'string') {
    const named = odataType.replace(/^#?microsoft\.graph\./, '');
    if (!schema.type(named)) report.problems.push(`${where}: @odata.type ${odataType} is not a type in Microsoft's metadata`);
    else if (!schema.isA(named, declared))
      report.problems.push(`${where}: @odata.type ${odataType} does not derive from ${qualified(declared)}`);
    else type = schema.type(named)!.name;
  }
  if (!schema.type(type)) {
    report.problems.push(`${where}: ${qualified(type)} is not a type in Microsoft's metadata`);
    return;
  }
  const lenient = documentedFacts().leniencies.some((l) => l.type.toLowerCase() === type.toLowerCase());
  for (const [key, value] of Object.entries(obj)) {
    if (key === ODATA_TYPE) continue;
    const child = markedOrChild(node, key, where, report);
    if (!child.graph) continue;
    let found = schema.member(type, key);
    if (!found && lenient) {
      found = schema.derivedMember(type, key);
      if (found) report.lenient++;
    }
    if (found === 'unknown') {
      report.problems.push(`${where}.${key}: not judged (a base type of ${qualified(type)} is not in Microsoft's metadata)`);
      continue;
    }
    if (!found) {
      report.problems.push(`${where}.${key}: Could not find a property named '${key}' on type '${qualified(type)}'`);
      continue;
    }
    report.graphProperties.add(`${qualified(found.declaredOn.name)}.${found.member.name}`);
    checkValue(schema, value, found.member.type, child.node, `${where}.${key}`, report);
  }
}

/** A gatehouse wrapper (`x-gatehouse` object): each field must be marked, or hold a Graph type (`x-graph-type`). */
function checkWrapper(
  schema: GraphSchema,
  obj: Record<string, unknown>,
  node: SchemaNode | undefined,
  where: string,
  report: PropertyReport,
): void {
  for (const [key, value] of Object.entries(obj)) {
    const child = markedOrChild(node, key, where, report);
    if (!child.graph) continue;
    const graphType = graphTypeOf(child.node);
    if (!graphType) {
      report.problems.push(`${where}.${key}: neither a Graph type nor marked x-gatehouse in snapshot.schema.json`);
      continue;
    }
    if (value && typeof value === 'object')
      checkObject(schema, value as Record<string, unknown>, graphType, child.node, `${where}.${key}`, report);
  }
}

function cloudOf(snapshot: Snapshot): MetadataCloud {
  const c = snapshot.tenant.cloud;
  return c === 'usgov' || c === 'usgov-dod' || c === 'china' ? c : 'global';
}

/** Check every object of every section of one snapshot. */
export function checkSnapshot(snapshot: Snapshot, file: string, report: PropertyReport = emptyReport()): PropertyReport {
  const dataNode = resolveNode((snapshotSchema().definitions as Record<string, SchemaNode>).data);
  const types = dataNode?.['x-graph-types'] as Record<string, string>;
  for (const [section, value] of Object.entries(snapshot.data as Record<string, unknown>)) {
    if (value === undefined) continue;
    const status = (snapshot.sections as Record<string, { apiVersion?: MetadataVersion } | undefined>)[section];
    const version: MetadataVersion = status?.apiVersion ?? SECTIONS[section as SectionName]?.apiVersion ?? 'v1.0';
    const schema = graphSchema(version, cloudOf(snapshot));
    const node = (dataNode?.properties as Record<string, SchemaNode>)[section];
    const where = `${file}: $.data.${section}`;
    const elements = Array.isArray(value) ? value.map((v, i) => [v, `${where}[${i}]`] as const) : [[value, where] as const];
    const elementNode = Array.isArray(value) ? itemsNode(node) : node;
    const named = types?.[section]?.startsWith('microsoft.graph.') ? types[section]!.replace(/^microsoft\.graph\./, '') : undefined;
    const from = resolveNode(elementNode)?.['x-graph-type-from'] as string | undefined;
    for (const [el, at] of elements) {
      if (!el || typeof el !== 'object') continue;
      const obj = el as Record<string, unknown>;
      if (named) checkObject(schema, obj, named, elementNode, at, report);
      else if (from) {
        const typeName = obj[from];
        if (typeof typeName !== 'string' || !schema.type(typeName))
          report.problems.push(`${at}: ${from} ${JSON.stringify(typeName)} names no Graph type`);
        else checkObject(schema, obj, typeName, elementNode, at, report);
      } else if (gatehouseMark(elementNode, at)) checkWrapper(schema, obj, elementNode, at, report);
      else report.problems.push(`${at}: snapshot.schema.json names no Graph type for section ${section}`);
    }
  }
  return report;
}

/**
 * Check a Graph simulator model (fixtures/graph/<tenant>/model.json): each resource's items against the type its path
 * resolves to. A resource served in both versions may hold what either version has (the strict simulator sends each
 * version only its own properties), so a property counts as a problem only when no served version has it.
 */
export function checkModelFile(
  file: string,
  resources: Record<string, { kind: string; versions?: string[]; value?: unknown; items?: unknown[] }>,
  typeOfPath: (version: MetadataVersion, path: string) => string | undefined,
  report: PropertyReport = emptyReport(),
): PropertyReport {
  for (const [path, r] of Object.entries(resources)) {
    const versions = (r.versions ?? ['v1.0', 'beta']) as MetadataVersion[];
    const values = r.kind === 'entity' ? [r.value] : (r.items ?? []);
    const perVersion = versions.flatMap((version) => {
      const type = typeOfPath(version, path);
      if (!type) return [];
      const own = emptyReport();
      values.forEach((v, i) => {
        if (v && typeof v === 'object')
          checkObject(graphSchema(version), v as Record<string, unknown>, type, undefined, `${file}: ${path}[${i}]`, own);
      });
      return [own];
    });
    if (!perVersion.length) {
      report.problems.push(`${file}: ${path}: the path does not resolve in Microsoft's metadata (${versions.join(', ')})`);
      continue;
    }
    const [first, ...rest] = perVersion;
    report.problems.push(...first!.problems.filter((p) => rest.every((o) => o.problems.includes(p))));
    report.occurrences += first!.occurrences;
    report.lenient += first!.lenient;
    for (const o of perVersion) for (const g of o.graphProperties) report.graphProperties.add(g);
  }
  return report;
}
