import type { ValidateFunction } from 'ajv';
import { readPackageFile } from '../paths.js';
import type { SectionName } from '../snapshot/snapshot.types.js';
import { createAjv, describeAjvError } from '../util/ajv.js';

/**
 * Each section checked against its part of the snapshot schema as soon as it is collected, so one object Graph
 * sends that the schema cannot hold (an application without `id`, a string where an object belongs) costs that
 * section only — not the whole snapshot, as a single check at the end would.
 */
const validators = new Map<string, ValidateFunction>();
let schema: { definitions: Record<string, unknown> & { data: { properties: Record<string, unknown> } } } | undefined;

function validatorFor(section: SectionName): ValidateFunction | undefined {
  let v = validators.get(section);
  if (!v) {
    schema ??= JSON.parse(readPackageFile('src/snapshot/snapshot.schema.json')) as NonNullable<typeof schema>;
    const own = schema.definitions.data.properties[section];
    if (!own) return undefined;
    v = createAjv().compile({ ...(own as object), definitions: schema.definitions });
    validators.set(section, v);
  }
  return v;
}

export interface SectionProblem {
  /** JSON path in the snapshot (`$.data.appOwnership[3].id`). */
  path: string;
  reason: string;
  /** Index of the offending item, for a list section. */
  index?: number;
}

/** The first way `data` breaks the schema of `section`, or undefined when it fits. */
export function sectionProblem(section: SectionName, data: unknown): SectionProblem | undefined {
  const validate = validatorFor(section);
  if (!validate || validate(data)) return undefined;
  const first = validate.errors?.[0];
  if (!first) return { path: `$.data.${section}`, reason: 'is invalid' };
  const { path, reason } = describeAjvError(first);
  const index = /^\/(\d+)(\/|$)/.exec(first.instancePath)?.[1];
  return { path: `$.data.${section}${path.slice(1)}`, reason, ...(index !== undefined ? { index: Number(index) } : {}) };
}
