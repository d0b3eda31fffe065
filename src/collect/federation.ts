import { GraphClient } from '../graph/client.js';
import { SECTIONS } from '../snapshot/sections.js';
import type { DomainTenantLookup, SamlOrWsFedExternalDomainFederation } from '../snapshot/snapshot.types.js';
import { listWithVariants, rethrowFatal } from './generic.js';
import { cleanGraphObject } from './sanitize.js';
import { classifyFailure, failedStatus, okStatus } from './status.js';
import type { CollectContext, Collector, Outcomes } from './types.js';

const LIST_PATH = SECTIONS.federationConfigurations.path;
/** The `/domains` sub-list is documented with the `microsoft.graph.` cast prefix. */
const domainsPath = (id: string) =>
  `/directory/federationConfigurations/microsoft.graph.samlOrWsFedExternalDomainFederation/${encodeURIComponent(id)}/domains`;

export const lookupUrl = (domain: string) =>
  `/tenantRelationships/findTenantInformationByDomainName(domainName='${encodeURIComponent(domain.replace(/'/g, "''"))}')`;

type Federation = SamlOrWsFedExternalDomainFederation & Record<string, unknown>;

/**
 * SAML/WS-Fed direct federation, then each federated domain's tenant. `domains` is a containment navigation: it
 * may come inline, with `$expand=domains`, or only from `/{id}/domains` — all three are handled. A domain with no
 * Entra tenant answers 404 (outcome `no-tenant`); other per-domain failures are recorded as outcome `error`, and a
 * permission or licence refusal marks the whole look-up section.
 */
export const federationCollector: Collector = {
  sections: ['federationConfigurations', 'federationDomainLookups'],
  async run(ctx) {
    const start = ctx.now();
    let configs: Federation[];
    try {
      configs = (await listWithVariants(ctx, 'federationConfigurations', [
        { path: LIST_PATH, query: { $expand: 'domains' } },
        { path: LIST_PATH },
      ])) as Federation[];
      for (const c of configs) {
        if (Array.isArray(c.domains)) continue;
        const domains: Array<{ id: string }> = [];
        await ctx.graph.forEachPage<{ id: string }>({ version: 'v1.0', path: domainsPath(c.id) }, (page) => {
          for (const d of page) domains.push(cleanGraphObject(d));
        });
        c.domains = domains;
      }
    } catch (e) {
      rethrowFatal(e);
      const status = failedStatus('federationConfigurations', e, ctx.now() - start);
      // The look-ups depend on the configurations: same status, and the fix is the configurations' permission.
      const dependent = {
        ...failedStatus('federationDomainLookups', e, ctx.now() - start),
        requiredPermissions: [...SECTIONS.federationConfigurations.permissions],
        message: `not looked up because the federation configurations could not be read: ${status.message ?? ''}`,
      };
      return { federationConfigurations: { status }, federationDomainLookups: { status: dependent } };
    }
    const out: Outcomes = {
      federationConfigurations: { status: okStatus('federationConfigurations', configs.length, ctx.now() - start), data: configs },
    };
    const lookupStart = ctx.now();
    const domains = [
      ...new Set(configs.flatMap((c) => (c.domains ?? []).map((d) => d.id)).filter((d): d is string => typeof d === 'string' && d !== '')),
    ];
    try {
      const lookups = await lookUpDomains(ctx, domains);
      out.federationDomainLookups = { status: okStatus('federationDomainLookups', lookups.length, ctx.now() - lookupStart), data: lookups };
    } catch (e) {
      rethrowFatal(e);
      out.federationDomainLookups = { status: failedStatus('federationDomainLookups', e, ctx.now() - lookupStart) };
    }
    return out;
  },
};

async function lookUpDomains(ctx: CollectContext, domains: readonly string[]): Promise<DomainTenantLookup[]> {
  if (!domains.length) return [];
  const urls = domains.map(lookupUrl);
  const results = await ctx.graph.batchGet('v1.0', urls);
  return domains.map((domainName, i) => {
    const r = results[i]!;
    if (r.status === 404) return { domainName, outcome: 'no-tenant', httpStatus: 404 };
    const err = GraphClient.batchError(r, `/v1.0${urls[i]!}`);
    if (!err) {
      const info = cleanGraphObject({ ...(r.body as Record<string, unknown>) });
      return {
        domainName,
        outcome: 'tenant',
        httpStatus: r.status,
        tenantInformation: {
          tenantId: str(info.tenantId),
          displayName: str(info.displayName),
          defaultDomainName: str(info.defaultDomainName),
          federationBrandName: str(info.federationBrandName),
        },
      };
    }
    // No permission or no licence is the section's problem, not this domain's: stop and mark the section.
    const kind = classifyFailure(err);
    if (kind === 'forbidden' || kind === 'not-licensed' || (kind === 'not-available' && err.httpStatus === 400)) throw err;
    ctx.progress({ type: 'warning', message: `tenant look-up of federated domain ${domainName} failed: ${err.code}` });
    return { domainName, outcome: 'error', ...(err.httpStatus !== undefined ? { httpStatus: err.httpStatus } : {}), errorCode: err.code };
  });
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
