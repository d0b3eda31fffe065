import type { FrameworkId } from '../engine/rule.js';
import { CATALOG, CATALOG_ROWS, type CatalogRow } from './catalog.js';
import { CISA_SCUBA } from './cisa-scuba.js';
import { CIS_M365 } from './cis-m365.js';
import { EIDSCA } from './eidsca.js';
import type { Framework, FrameworkControl } from './types.js';
import { ZERO_TRUST } from './zero-trust.js';

export type { CatalogRow, Framework, FrameworkControl };
export { CATALOG_ROWS };

/** Every framework a rule can map to, keyed as in `RuleMeta.frameworks`. */
export const FRAMEWORKS: Readonly<Record<FrameworkId, Framework>> = {
  'cis-m365': CIS_M365,
  'cisa-scuba': CISA_SCUBA,
  eidsca: EIDSCA,
  'zero-trust': ZERO_TRUST,
  catalog: CATALOG,
};

export const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as FrameworkId[];

const index = new Map<FrameworkId, Map<string, FrameworkControl>>(
  FRAMEWORK_IDS.map((f) => [f, new Map(FRAMEWORKS[f].controls.map((c) => [c.id, c]))]),
);

/** A control by framework and exact id (ids are case-sensitive public contracts: `EIDSCA.AP04`, `MS.AAD.8.2v1`). */
export function findControl(framework: FrameworkId, id: string): FrameworkControl | undefined {
  return index.get(framework)?.get(id);
}

/** Framework ids a mapping names that no catalogue holds, as `framework:id` — empty when every id resolves. */
export function unknownMappings(mapping: Partial<Record<string, readonly string[]>> | undefined): string[] {
  const out: string[] = [];
  for (const [framework, ids] of Object.entries(mapping ?? {})) {
    for (const id of ids ?? []) {
      if (!(framework in FRAMEWORKS) || !findControl(framework as FrameworkId, id)) out.push(`${framework}:${id}`);
    }
  }
  return out;
}
