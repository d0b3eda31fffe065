import { GraphRequestError } from '../graph/errors.js';
import { listWithVariants, timed } from './generic.js';
import type { Collector } from './types.js';

/** `/organization` is a collection of one: the tenant's id, name and verified domains. */
export const organizationCollector: Collector = {
  sections: ['organization'],
  run: (ctx) =>
    timed(ctx, 'organization', async () => {
      const items = await listWithVariants(ctx, 'organization', [
        { path: '/organization', query: { $select: 'id,displayName,tenantType,verifiedDomains' } },
        { path: '/organization' },
      ]);
      const org = items[0];
      // An object without a usable id is the schema check's to name (JSON path and request), like any other.
      if (!org)
        throw new GraphRequestError('Graph returned no organization object', 'EmptyOrganization', 200, undefined, '/v1.0/organization');
      return { data: org };
    }),
};
