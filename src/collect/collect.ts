import { CollectionError } from '../errors.js';
import type { GraphClient } from '../graph/client.js';
import { CLOUDS, type CloudName } from '../graph/cloud.js';
import { runPool } from '../graph/timing.js';
import { validateSnapshot } from '../snapshot/load.js';
import { SECTIONS, SECTION_NAMES } from '../snapshot/sections.js';
import type { SectionName, SectionStatus, Snapshot } from '../snapshot/snapshot.types.js';
import { TOOL } from '../version.js';
import { rethrowFatal } from './generic.js';
import { MAX_RANGES, type GuestSplit } from './guest-split.js';
import { COLLECTORS } from './registry.js';
import { failedStatus, isCollectionFailure, notCollectedStatus } from './status.js';
import type { CollectContext, CollectEvent, Collector, Outcomes, SectionOutcome } from './types.js';
import { sectionProblem } from './validate.js';

export interface CollectOptions {
  graph: GraphClient;
  /** Where the endpoint lives (`custom` for `--graph-url`): decides which APIs are known to be absent. */
  cloud: CloudName | 'custom';
  includeApiConnectors?: boolean;
  /**
   * Read the guest list as this many creation-date ranges side by side instead of one chain of pages; `auto` (the
   * default): as many as the guest count calls for, none below 20,000 guests; 0 or 1: one chain. See
   * src/collect/guest-split.ts.
   */
  guestSplit?: GuestSplit;
  /** Tenant id to fall back on when `GET /organization` fails: `--tenant` (if a GUID) or the token's `tid`. */
  tenantIdHints?: ReadonlyArray<string | undefined>;
  /** Independent collectors in flight at once (default 4). */
  concurrency?: number;
  onProgress?: (event: CollectEvent) => void;
  now?: () => Date;
  collectors?: readonly Collector[];
  /**
   * Validate each section against the snapshot schema as it is collected (default true; a benchmark may time
   * collection alone).
   */
  validate?: boolean;
}

export interface CollectSummary {
  ok: SectionName[];
  failed: SectionName[];
  skipped: SectionName[];
  /** Every attempted section failed with 401: the token itself was refused. */
  allUnauthorized: boolean;
  /**
   * Sections that failed because the token was refused or could not be renewed, or because Graph's answer had to be
   * refused (see `isCollectionFailure`): the run is a collection failure (exit 3), though everything else is kept.
   */
  collectionFailures: SectionName[];
}

export interface Collected {
  snapshot: Snapshot;
  summary: CollectSummary;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export const API_CONNECTORS_FLAG = '--include-api-connectors';

/**
 * Read every section of the snapshot from Graph, GET only. Independent collectors run concurrently; one section's
 * failure never stops the others and is recorded in its status. Returns a snapshot that satisfies the schema even
 * when most of it failed; throws CollectionError only when the tenant id cannot be known.
 */
export async function collectSnapshot(opts: CollectOptions): Promise<Collected> {
  const now = opts.now ?? (() => new Date());
  const progress = opts.onProgress ?? (() => {});
  const sources = new Map<SectionName, Array<{ request: string; count: number }>>();
  const ctx: CollectContext = {
    graph: opts.graph,
    cloud: opts.cloud,
    includeApiConnectors: Boolean(opts.includeApiConnectors),
    guestSplit:
      opts.guestSplit === undefined || opts.guestSplit === 'auto' ? 'auto' : Math.min(MAX_RANGES, Math.max(1, Math.floor(opts.guestSplit))),
    progress,
    now: () => now().getTime(),
    noteSource: (section, request, count) => {
      const list = sources.get(section) ?? [];
      list.push({ request, count });
      sources.set(section, list);
    },
  };
  const validate = opts.validate !== false;
  const outcomes: Outcomes = {};
  const plan: Collector[] = [];
  for (const c of opts.collectors ?? COLLECTORS) {
    const main = c.sections[0]!;
    const info = SECTIONS[main];
    if (info.optIn && !ctx.includeApiConnectors) {
      for (const s of c.sections)
        outcomes[s] = {
          status: notCollectedStatus(
            s,
            'skipped',
            `not requested: pass ${API_CONNECTORS_FLAG} to read it (Graph offers only the write-scoped ${info.permissions.join(' + ')} for it)`,
          ),
        };
      continue;
    }
    if (opts.cloud !== 'custom' && info.absentIn?.includes(opts.cloud)) {
      for (const s of c.sections)
        outcomes[s] = {
          status: notCollectedStatus(
            s,
            'not-available',
            `${info.title} does not exist in Microsoft Graph for ${CLOUDS[opts.cloud].title}; not requested`,
          ),
        };
      continue;
    }
    plan.push(c);
  }

  await runPool(plan, opts.concurrency ?? 4, async (c) => {
    progress({ type: 'section-start', sections: c.sections });
    const start = ctx.now();
    let result: Outcomes;
    try {
      result = await c.run(ctx);
    } catch (e) {
      rethrowFatal(e);
      // A bug in one collector must not cost the others; its sections say what happened.
      result = Object.fromEntries(
        c.sections.map((s) => [
          s,
          { status: failedStatus(s, e, ctx.now() - start, { status: 'error', note: 'internal error while collecting' }) },
        ]),
      );
    }
    if (validate) checkAgainstSchema(c, result, sources, ctx.now() - start);
    for (const s of c.sections) {
      const r = result[s] ?? { status: failedStatus(s, new Error('collector returned no result'), ctx.now() - start, { status: 'error' }) };
      outcomes[s] = r;
      progress({ type: 'section-done', section: s, status: r.status });
    }
  });

  const sections: Record<string, SectionStatus> = {};
  const data: Record<string, unknown> = {};
  const summary: CollectSummary = { ok: [], failed: [], skipped: [], allUnauthorized: false, collectionFailures: [] };
  for (const name of SECTION_NAMES) {
    const o = outcomes[name];
    if (!o) continue;
    sections[name] = o.status;
    if (o.status.status === 'ok') {
      summary.ok.push(name);
      if (o.data !== undefined) data[name] = o.data;
    } else if (o.status.status === 'skipped' || (o.status.status === 'not-available' && !o.status.httpStatus)) summary.skipped.push(name);
    else summary.failed.push(name);
    if (isCollectionFailure(o.status)) summary.collectionFailures.push(name);
  }
  summary.allUnauthorized =
    summary.ok.length === 0 && summary.failed.length > 0 && summary.failed.every((s) => sections[s]!.httpStatus === 401);

  const org = data.organization as
    { id?: string; displayName?: string | null; verifiedDomains?: Array<{ name: string; isDefault?: boolean | null }> } | undefined;
  const tenantId = [org?.id, ...(opts.tenantIdHints ?? [])].find((t): t is string => typeof t === 'string' && GUID.test(t));
  if (!tenantId) {
    throw new CollectionError(
      `could not determine the tenant id: GET /organization ${sections.organization?.status === 'ok' ? 'returned no id' : `failed (${sections.organization?.message ?? 'not collected'})`}, and no tenant id (GUID) was given; pass --tenant <tenant id>`,
    );
  }
  const defaultDomain = org?.verifiedDomains?.find((d) => d.isDefault)?.name;
  const snapshot: Snapshot = {
    schemaVersion: 1,
    tool: { ...TOOL },
    tenant: {
      id: tenantId,
      ...(typeof org?.displayName === 'string' ? { displayName: org.displayName } : {}),
      ...(defaultDomain ? { defaultDomain } : {}),
      cloud: opts.cloud,
    },
    collectedAt: now().toISOString(),
    graphBaseUrl: opts.graph.baseUrl,
    sections,
    data,
  };
  if (validate) {
    // The sections' data was checked one by one as it came in; this checks the rest (tenant, statuses, and that
    // every ok section has its data) without walking a million guests a second time.
    const skeleton = { ...snapshot, data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Array.isArray(v) ? [] : v])) };
    validateSnapshot(skeleton, 'collected snapshot');
  }
  return { snapshot, summary };
}

/** Where the object at `index` of a section's data came from (the request its collector noted), else its main request. */
function sourceOf(
  section: SectionName,
  index: number | undefined,
  sources: ReadonlyMap<SectionName, ReadonlyArray<{ request: string; count: number }>>,
): string {
  const list = sources.get(section) ?? [];
  let end = 0;
  for (const s of list) {
    end += s.count;
    if (index === undefined || index < end) return s.request;
  }
  return list[0]?.request ?? SECTIONS[section].requests[0] ?? `GET /${SECTIONS[section].apiVersion}${SECTIONS[section].path}`;
}

/**
 * Check each ok section a collector returned against its schema. A section holding an object the schema cannot hold
 * becomes `error`, naming the JSON path and the request that brought it; the evidence that rides on it (sign-in
 * activity and sponsors on the guest list) goes with it. Every other section is kept.
 */
function checkAgainstSchema(
  c: Collector,
  result: Outcomes,
  sources: ReadonlyMap<SectionName, ReadonlyArray<{ request: string; count: number }>>,
  elapsed: number,
): void {
  for (const s of c.sections) {
    const o = result[s];
    if (o?.status.status !== 'ok' || o.data === undefined) continue;
    const problem = sectionProblem(s, o.data);
    if (!problem) continue;
    const message = `Graph returned an object the snapshot schema cannot hold: ${problem.path} ${problem.reason} (request: ${sourceOf(s, problem.index, sources)}); the section is not used`;
    result[s] = { status: rejectedStatus(s, message, elapsed) };
    for (const e of c.sections) {
      if (SECTIONS[e].evidenceOf === s && result[e]?.status.status === 'ok')
        result[e] = {
          status: rejectedStatus(e, `not usable: the ${SECTIONS[s].title.toLowerCase()} it belongs to was rejected (${message})`, elapsed),
        };
    }
  }
}

function rejectedStatus(section: SectionName, message: string, elapsed: number): SectionOutcome['status'] {
  return { ...failedStatus(section, new Error(message), elapsed, { status: 'error' }), errorCode: 'SchemaViolation' };
}
