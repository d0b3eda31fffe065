import { buildPathAndQuery, type GraphQuery } from '../graph/client.js';
import { GraphRequestError, ReadOnlyViolation } from '../graph/errors.js';
import { SECTIONS } from '../snapshot/sections.js';
import type { SectionName } from '../snapshot/snapshot.types.js';
import { cleanGraphObject } from './sanitize.js';
import { failedStatus, isLicenceError, okStatus } from './status.js';
import type { CollectContext, Collector, Outcomes } from './types.js';

export type Query = Omit<GraphQuery, 'version'> & { version?: GraphQuery['version'] };

/** A refusal of the query's *shape* (400, not a licence refusal): worth trying the next, plainer variant. */
export function shapeRefused(e: unknown): boolean {
  return e instanceof GraphRequestError && e.httpStatus === 400 && !isLicenceError(e);
}

/**
 * Read every page of the first query variant Graph accepts. A variant is abandoned only when its *first* page is
 * refused as a bad request (e.g. `$expand` or `$select` not supported here); a failure after data started flowing
 * is the section's failure.
 */
export async function listWithVariants(
  ctx: CollectContext,
  section: SectionName,
  variants: readonly Query[],
  onItems?: (items: Record<string, unknown>[]) => void,
): Promise<Record<string, unknown>[]> {
  let lastError: unknown;
  for (const v of variants) {
    const items: Record<string, unknown>[] = [];
    let pages = 0;
    const query = { version: SECTIONS[section].apiVersion, ...v };
    try {
      await ctx.graph.forEachPage(query, (page, info) => {
        pages = info.page;
        for (const item of page) items.push(cleanGraphObject(item));
        onItems?.(page);
        if (info.page > 1 || page.length >= 100) ctx.progress({ type: 'page', section, page: info.page, itemsSoFar: info.itemsSoFar });
      });
      ctx.noteSource?.(section, requestText(query), items.length);
      return items;
    } catch (e) {
      lastError = e;
      if (pages > 0 || !shapeRefused(e)) throw e;
    }
  }
  throw lastError;
}

/** `GET /v1.0/path?query`, as a person would type it into Graph Explorer. */
export function requestText(q: GraphQuery): string {
  return `GET /${q.version}${buildPathAndQuery(q.path, q.query)}`;
}

/**
 * Failures that must stop the whole collection: a bug that tried to write. Everything else stays in its section —
 * also a token refused or not renewed mid-scan, so what was collected before it is kept.
 */
export function rethrowFatal(e: unknown): void {
  if (e instanceof ReadOnlyViolation) throw e;
}

export async function timed(
  ctx: CollectContext,
  section: SectionName,
  fn: () => Promise<{ data: unknown; itemCount?: number; message?: string; fallback?: string }>,
): Promise<Outcomes> {
  const start = ctx.now();
  try {
    const { data, itemCount, message, fallback } = await fn();
    const status = okStatus(section, itemCount, ctx.now() - start, message);
    return { [section]: { status: fallback ? { ...status, fallback } : status, data } };
  } catch (e) {
    rethrowFatal(e);
    return { [section]: { status: failedStatus(section, e, ctx.now() - start) } };
  }
}

/**
 * The entity in an answer. Some policy endpoints answered with a one-element collection in older API versions, and
 * some of Microsoft's documented responses wrap the entity as `{"value": {…}}`: both are read as the entity itself,
 * never stored as the wrapper. An object whose only members besides OData annotations is an object-valued `value`
 * is such a wrapper (no entity gatehouse reads has a property named `value`).
 */
export function unwrapEntity(body: Record<string, unknown>): Record<string, unknown> {
  const value = body?.value;
  if (Array.isArray(value)) return (value[0] ?? {}) as Record<string, unknown>;
  if (value && typeof value === 'object' && Object.keys(body).every((k) => k === 'value' || k.startsWith('@')))
    return value as Record<string, unknown>;
  return body;
}

/** A section that is one entity (a policy object). */
export function entityCollector(section: SectionName, query: Omit<Query, 'path'> = {}): Collector {
  return {
    sections: [section],
    run: (ctx) =>
      timed(ctx, section, async () => {
        const q = { version: SECTIONS[section].apiVersion, path: SECTIONS[section].path, ...query };
        const body = unwrapEntity(await ctx.graph.get(q));
        ctx.noteSource?.(section, requestText(q), 1);
        return { data: cleanGraphObject(body) };
      }),
  };
}

/** A section that is one collection, read in full, with plainer fallbacks when a query shape is refused. */
export function listCollector(section: SectionName, variants: readonly Query[] = [{ path: SECTIONS[section].path }]): Collector {
  return {
    sections: [section],
    run: (ctx) =>
      timed(ctx, section, async () => {
        const items = await listWithVariants(ctx, section, variants);
        return { data: items, itemCount: items.length };
      }),
  };
}
