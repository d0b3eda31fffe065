import type { GraphRequestError } from '../graph/errors.js';
import { SECTIONS } from '../snapshot/sections.js';
import { listWithVariants, rethrowFatal, timed } from './generic.js';
import { cleanGraphObject } from './sanitize.js';
import type { Collector } from './types.js';

/**
 * Self-service sign-up user flows. With `--include-api-connectors` each flow's attached connectors are read too
 * (that call needs IdentityUserFlow.ReadWrite.All; a refusal leaves the flows without `apiConnectorConfiguration`
 * and says so in the section message).
 */
export const userFlowsCollector: Collector = {
  sections: ['b2xUserFlows'],
  run: (ctx) =>
    timed(ctx, 'b2xUserFlows', async () => {
      const flows = await listWithVariants(ctx, 'b2xUserFlows', [{ path: SECTIONS.b2xUserFlows.path }]);
      let note: string | undefined;
      if (ctx.includeApiConnectors) {
        for (const flow of flows) {
          if (typeof flow.id !== 'string') continue;
          try {
            const config = await ctx.graph.get({
              version: 'v1.0',
              path: `/identity/b2xUserFlows/${encodeURIComponent(flow.id)}/apiConnectorConfiguration`,
              query: { $expand: 'postFederationSignup,postAttributeCollection' },
            });
            flow.apiConnectorConfiguration = cleanGraphObject(config);
          } catch (e) {
            rethrowFatal(e);
            const err = e as GraphRequestError;
            note =
              `API connectors attached to user flows not read (${err.httpStatus ?? ''} ${err.code ?? ''}); grant IdentityUserFlow.ReadWrite.All to see them`.replace(
                /\( /,
                '(',
              );
            ctx.progress({ type: 'warning', message: note });
            for (const f of flows) delete f.apiConnectorConfiguration; // all or none: a partial view would mislead
            break;
          }
        }
      }
      return { data: flows, itemCount: flows.length, ...(note ? { message: note } : {}) };
    }),
};
