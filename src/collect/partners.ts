import { GraphClient } from '../graph/client.js';
import { SECTIONS } from '../snapshot/sections.js';
import type { GraphRequestError } from '../graph/errors.js';
import { IDENTITY_SYNC_NOT_READ } from '../model/identity-sync.js';
import { listWithVariants, rethrowFatal, shapeRefused, timed } from './generic.js';
import type { CollectContext, Collector } from './types.js';

const PATH = SECTIONS.crossTenantAccessPartners.path;

/**
 * Partner configurations (keyed by `tenantId`), with identity-synchronization settings expanded when Graph allows
 * it, and display names from `findTenantInformationByTenantId` in `$batch`es of 20. Names are a courtesy for the
 * reports: when they cannot be read the section is still ok and the partners simply have no name.
 */
export const partnersCollector: Collector = {
  sections: ['crossTenantAccessPartners'],
  run: (ctx) =>
    timed(ctx, 'crossTenantAccessPartners', async () => {
      let partners: Record<string, unknown>[];
      let fallback: string | undefined;
      try {
        partners = await listWithVariants(ctx, 'crossTenantAccessPartners', [
          { path: PATH, query: { $expand: 'identitySynchronization' } },
        ]);
      } catch (e) {
        rethrowFatal(e);
        if (!shapeRefused(e)) throw e;
        // Without the expansion nothing says whether a partner may sync users in: the rule that asks must know.
        partners = await listWithVariants(ctx, 'crossTenantAccessPartners', [{ path: PATH }]);
        fallback = `${IDENTITY_SYNC_NOT_READ}: GET /v1.0${PATH}?$expand=identitySynchronization answered ${(e as GraphRequestError).httpStatus} ${(e as GraphRequestError).code}; partners read without it`;
        ctx.progress({ type: 'warning', message: `cross-tenant partners: ${fallback}` });
      }
      const note = await addPartnerNames(ctx, partners);
      return { data: partners, itemCount: partners.length, ...(note ? { message: note } : {}), ...(fallback ? { fallback } : {}) };
    }),
};

async function addPartnerNames(ctx: CollectContext, partners: Record<string, unknown>[]): Promise<string | undefined> {
  const ids = partners.map((p) => p.tenantId).filter((t): t is string => typeof t === 'string');
  if (!ids.length) return undefined;
  const urls = ids.map(
    (id) => `/tenantRelationships/findTenantInformationByTenantId(tenantId='${encodeURIComponent(id.replace(/'/g, "''"))}')`,
  );
  let failed = 0;
  let firstError = '';
  try {
    const results = await ctx.graph.batchGet('v1.0', urls);
    const byId = new Map<string, Record<string, unknown>>();
    results.forEach((r, i) => {
      const err = GraphClient.batchError(r, urls[i]!);
      if (!err) byId.set(ids[i]!.toLowerCase(), r.body as Record<string, unknown>);
      else if (r.status !== 404) {
        failed++;
        firstError ||= `${err.httpStatus ?? ''} ${err.code}`.trim();
      }
    });
    for (const p of partners) {
      const info = typeof p.tenantId === 'string' ? byId.get(p.tenantId.toLowerCase()) : undefined;
      if (typeof info?.displayName === 'string') p.displayName = info.displayName;
      if (typeof info?.defaultDomainName === 'string') p.defaultDomainName = info.defaultDomainName;
    }
  } catch (e) {
    rethrowFatal(e);
    failed = ids.length;
    firstError = (e as Error).message;
  }
  if (!failed) return undefined;
  const note = `partner names not read for ${failed} of ${ids.length} partners (${firstError}); grant CrossTenantInformation.ReadBasic.All to see them`;
  ctx.progress({ type: 'warning', message: note });
  return note;
}
