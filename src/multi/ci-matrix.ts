import type { TenantEntry } from './tenants-file.js';

/** One CI job of a per-tenant matrix: what the job needs to scan its tenant and name its artifact. */
export interface MatrixLeg {
  label: string;
  /** The tenant's slug: artifacts are named `gatehouse-<slug>`, which `gatehouse portfolio --tenants` recognises. */
  slug: string;
  tenant: string;
  clientId: string;
  cloud: string;
  profile: string;
}

export type MatrixFlavour = 'github' | 'azure';

/**
 * The tenants file as a CI matrix, one leg per tenant collected live (a tenant given as a snapshot file has no job
 * to run). GitHub's `strategy.matrix` takes `{ include: [...] }` through `fromJSON`; Azure Pipelines' takes an
 * object whose keys name the legs.
 */
export function ciMatrix(entries: readonly TenantEntry[], flavour: MatrixFlavour): { include: MatrixLeg[] } | Record<string, MatrixLeg> {
  const legs = entries.flatMap((e): MatrixLeg[] =>
    e.tenant === undefined
      ? []
      : [
          {
            label: e.label,
            slug: e.slug,
            tenant: e.tenant,
            clientId: e.auth?.clientId ?? '',
            cloud: e.cloud ?? 'global',
            profile: e.profile ?? 'baseline',
          },
        ],
  );
  // Azure Pipelines leg names allow letters, digits and underscores only.
  return flavour === 'github' ? { include: legs } : Object.fromEntries(legs.map((l) => [l.slug.replace(/-/g, '_'), l]));
}
