import { SECTIONS } from '../snapshot/sections.js';
import type { SectionName } from '../snapshot/snapshot.types.js';
import { listWithVariants, timed, type Query } from './generic.js';
import type { Collector } from './types.js';

/** Keep only `keys` of an object (and of its nested objects, for `a.b` keys), in Graph's own names. */
export function project(item: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const [head, ...rest] = key.split('.') as [string, ...string[]];
    if (!(head in item)) continue;
    const value = item[head];
    if (!rest.length) out[head] = value;
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const nested = project(value as Record<string, unknown>, [rest.join('.')]);
      out[head] = { ...((out[head] as Record<string, unknown> | undefined) ?? {}), ...nested };
    } else if (value === null) out[head] = null;
  }
  return out;
}

/**
 * A collection of which the snapshot keeps only the properties its rules and views read: riskyUsers and access
 * package assignments list every user of the tenant they concern, members included, and gatehouse needs no more
 * than ids and states to join them with guests. The request itself may return more (a `$select` fallback, or an
 * `$expand` whose nested `$select` Graph does not document); the rest is dropped before it is stored.
 */
export function projectedListCollector(
  section: SectionName,
  keys: readonly string[],
  variants: readonly Query[] = [{ path: SECTIONS[section].path }],
): Collector {
  return {
    sections: [section],
    run: (ctx) =>
      timed(ctx, section, async () => {
        const items = (await listWithVariants(ctx, section, variants)).map((i) => project(i, keys));
        return { data: items, itemCount: items.length };
      }),
  };
}
