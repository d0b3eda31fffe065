import { listWithVariants, timed, type Query } from './generic.js';
import type { Collector } from './types.js';

const OWNED_SELECT = { $select: 'id,appId,displayName', $expand: 'owners($select=id,userType,displayName)' };

/**
 * Applications and service principals with their owners in the same query (`$expand=owners`), never one call per
 * app. `objectType` records which collection an entry came from.
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
        return (await listWithVariants(ctx, 'appOwnership', variants)).map((o) => ({ ...o, objectType }));
      };
      const apps = await read('/applications', 'application');
      const sps = await read('/servicePrincipals', 'servicePrincipal');
      const all = [...apps, ...sps];
      return { data: all, itemCount: all.length };
    }),
};
