import { runPool } from '../graph/timing.js';
import { listWithVariants, timed, type Query } from './generic.js';
import { cleanGraphObject } from './sanitize.js';
import type { CollectContext, Collector } from './types.js';

const OWNER_SELECT = 'id,userType,displayName';
const OWNED_SELECT = { $select: 'id,appId,displayName', $expand: `owners($select=${OWNER_SELECT})` };
/** Graph returns at most this many objects for an expanded directory relationship, and no link to the rest. */
export const EXPANDED_OWNERS_CAP = 20;

type Owned = Record<string, unknown> & { id?: unknown; owners?: unknown };

/**
 * Applications and service principals with their owners in the same query (`$expand=owners`), never one call per
 * app. An expanded relationship stops at 20 objects without saying so, so an app that came back with 20 owners may
 * have more: its owners are then read from the relationship itself, page by page. `objectType` records which
 * collection an entry came from.
 */
export const appOwnershipCollector: Collector = {
  sections: ['appOwnership'],
  run: (ctx) =>
    timed(ctx, 'appOwnership', async () => {
      const read = async (path: '/applications' | '/servicePrincipals', objectType: 'application' | 'servicePrincipal') => {
        const variants: Query[] = [
          { path, query: { ...OWNED_SELECT, $top: 999 } },
          { path, query: { ...OWNED_SELECT, $top: 100 } },
        ];
        const items = (await listWithVariants(ctx, 'appOwnership', variants)) as Owned[];
        await readCappedOwners(ctx, path, items);
        return items.map((o) => ({ ...o, objectType }));
      };
      const apps = await read('/applications', 'application');
      const sps = await read('/servicePrincipals', 'servicePrincipal');
      const all = [...apps, ...sps];
      return { data: all, itemCount: all.length };
    }),
};

/** Every owner of the apps whose expanded owner list may have been cut at the cap. */
async function readCappedOwners(ctx: CollectContext, path: string, items: Owned[]): Promise<void> {
  const capped = items.filter((o) => typeof o.id === 'string' && Array.isArray(o.owners) && o.owners.length >= EXPANDED_OWNERS_CAP);
  await runPool(capped, 4, async (o) => {
    const owners: Record<string, unknown>[] = [];
    await ctx.graph.forEachPage(
      { version: 'v1.0', path: `${path}/${encodeURIComponent(o.id as string)}/owners`, query: { $select: OWNER_SELECT } },
      (page) => {
        for (const owner of page) owners.push(cleanGraphObject(owner));
      },
    );
    o.owners = owners;
  });
}
