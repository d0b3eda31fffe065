import type { SectionName } from '../snapshot/snapshot.types.js';
import { bySection } from '../snapshot/snapshot.validators.js';
import { describeAjvError, type Validator } from '../util/ajv.js';

/**
 * Each section checked against its part of the snapshot schema as soon as it is collected, so one object Graph
 * sends that the schema cannot hold (an application without `id`, a string where an object belongs) costs that
 * section only — not the whole snapshot, as a single check at the end would. The validators are generated at build
 * time, one per section of the schema's `data`.
 */
function validatorFor(section: SectionName): Validator | undefined {
  return bySection[section];
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
