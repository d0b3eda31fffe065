import { collectSnapshot } from '../../src/collect/collect.js';
import type { Collector } from '../../src/collect/types.js';
import { GraphClient } from '../../src/graph/client.js';
import type { CloudName } from '../../src/graph/cloud.js';
import { StaticTokenSource } from '../../src/graph/credential.js';
import type { FaultSpec } from '../../src/simulator/faults.js';
import {
  ArraySource,
  addResource,
  modelFromSnapshot,
  normalisePath,
  type CollectionResource,
  type TenantModel,
} from '../../src/simulator/model.js';
import { judgeRequest, type Verdict } from '../../src/simulator/metadata/judge.js';
import { startGraphSimulator, type LogEntry } from '../../src/simulator/server.js';
import { baseSnapshot } from '../support/fixtures.js';
import { FAST, readOnlyViolations } from '../simulator/harness.js';

/**
 * What a full scan really sends, recorded rather than listed by hand: collections against the strict Graph
 * simulator in each cloud, with `--guest-split`, `--include-api-connectors`, and every fallback. Fallbacks are found
 * by refusal: after a run, every request seen so far is refused (400, in words that also read as a page-size
 * refusal) and the scan runs again, until no new request appears — so each collector walks its whole chain of
 * plainer variants, and the requests that only follow a refusal (sponsors in `$batch`, federation domains read one
 * configuration at a time, role definitions from v1.0) are recorded too.
 */

export const CLOUDS: readonly CloudName[] = ['global', 'usgov', 'usgov-dod', 'china'];

export interface Recorded {
  cloud: CloudName;
  version: 'v1.0' | 'beta';
  /** Path and query as the simulator received them (a `$batch` member's own URL). */
  url: string;
  viaBatch: boolean;
  /** The simulator refused it by Microsoft's metadata. */
  refusedByMetadata: boolean;
  /** Which exploration round first sent it (0 = the scan with nothing refused). */
  round: number;
}

/** An application with more owners than an expanded relationship returns, so the paged owners read is exercised. */
export function recordingModel(): TenantModel {
  const model = modelFromSnapshot(baseSnapshot());
  const apps = model.resources.get(normalisePath('/applications')) as CollectionResource | undefined;
  const owners = Array.from({ length: 25 }, (_, i) => ({
    '@odata.type': '#microsoft.graph.user',
    id: `0a0e0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    userType: 'Member',
    displayName: `Owner ${i}`,
  }));
  const many = {
    id: '0a0e0000-0000-4000-8000-aaaaaaaaaaaa',
    appId: '0a0e0000-0000-4000-8000-bbbbbbbbbbbb',
    displayName: 'Many owners',
    owners,
  };
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < (apps?.items.size ?? 0); i++) items.push(apps!.items.at(i));
  addResource(model, '/applications', {
    kind: 'collection',
    items: new ArraySource([...items, many]),
    navigations: ['owners'],
    maxPageSize: 999,
  });
  // A sign-up user flow, so the read of its attached API connectors is exercised.
  const flow = {
    id: 'B2X_1_partner_signup',
    userFlowType: 'signUpOrSignIn',
    userFlowTypeVersion: 1,
    apiConnectorConfiguration: { postFederationSignup: null, postAttributeCollection: null },
  };
  addResource(model, '/identity/b2xUserFlows', {
    kind: 'collection',
    items: new ArraySource([flow]),
    navigations: ['apiConnectorConfiguration'],
  });
  return model;
}

/** A request's identity for exploration: version, path and query without the paging token. */
function requestKey(e: Pick<LogEntry, 'version' | 'url'>): string {
  const [path = '', query = ''] = e.url.split('?');
  const params = new URLSearchParams(query);
  params.delete('$skiptoken');
  return `${e.version ?? ''} ${path.replace(/^\/(v1\.0|beta)/, '')}?${[...params.entries()].map(([k, v]) => `${k}=${v}`).join('&')}`;
}

function refusalOf(key: string): FaultSpec {
  const space = key.indexOf(' ');
  const version = key.slice(0, space) as 'v1.0' | 'beta';
  const [path = '', query = ''] = key.slice(space + 1).split('?');
  // Raw path segments may carry percent-escapes; fault paths match the decoded path.
  const decoded = path
    .split('/')
    .map((s) => decodeURIComponent(s))
    .join('/')
    .replace(/[*]/g, '');
  return {
    path: decoded,
    version,
    ...(query ? { queryIncludes: query } : {}),
    kind: 'bad-request',
    message: 'Invalid page size specified: the query is refused to explore the next variant.',
  };
}

export interface Recording {
  requests: Recorded[];
  runs: number;
  /** Requests other than GET or a `$batch` of GETs (must be none). */
  writes: LogEntry[];
}

/** Record every request a full scan sends in one cloud, exploring fallbacks until nothing new appears. */
export async function recordCloud(
  cloud: CloudName,
  opts: { collectors?: readonly Collector[]; maxRounds?: number } = {},
): Promise<Recording> {
  const seen = new Map<string, Recorded>();
  const writes: LogEntry[] = [];
  let refused: string[] = [];
  let runs = 0;
  for (let round = 0; round < (opts.maxRounds ?? 12); round++) {
    const sim = await startGraphSimulator({
      model: recordingModel(),
      cloud,
      conditionalAccessIntervalMs: 0,
      faults: refused.map(refusalOf),
    });
    try {
      await collectSnapshot({
        graph: new GraphClient({
          baseUrl: sim.url,
          tokens: new StaticTokenSource('conformance'),
          ...FAST,
          paceIntervals: { conditionalAccess: 0 },
        }),
        cloud,
        includeApiConnectors: true,
        guestSplit: 4,
        tenantIdHints: ['0f0e0d0c-1b1a-4c3d-8e9f-a0b1c2d3e4f5'],
        now: () => new Date('2026-11-27T00:00:00Z'),
        validate: false,
        ...(opts.collectors ? { collectors: opts.collectors } : {}),
      });
    } finally {
      runs++;
      writes.push(...readOnlyViolations(sim.log));
      await sim.close();
    }
    let fresh = 0;
    for (const e of sim.log) {
      if (e.method !== 'GET' || !e.version) continue;
      const key = requestKey(e);
      const url = e.url.replace(/^\/(v1\.0|beta)(?=\/)/, '').replace(/[?&]\$skiptoken=[^&]*/, '');
      const id = `${e.version} ${url}`;
      if (!seen.has(id)) {
        seen.set(id, {
          cloud,
          version: e.version as 'v1.0' | 'beta',
          url,
          viaBatch: e.viaBatch !== undefined,
          refusedByMetadata: e.rejected === 'metadata',
          round,
        });
      }
      if (!refused.includes(key)) {
        refused = [...refused, key];
        fresh++;
      }
    }
    if (!fresh) break;
  }
  return { requests: [...seen.values()], runs, writes };
}

/** A recorded URL judged against Microsoft's metadata for its version and cloud. */
export function judgeRecorded(r: Pick<Recorded, 'version' | 'url'>, cloud: CloudName): Verdict {
  const [path = '', query = ''] = r.url.split('?');
  // A `$count` segment is an advanced query: the collector sends it with `ConsistencyLevel: eventual` (and the
  // simulator refuses it without), so its `$filter` is judged as one.
  return judgeRequest(
    r.version,
    cloud,
    path.split('/').map((s) => decodeURIComponent(s)),
    new URLSearchParams(query),
    /\/\$count$/i.test(path),
  );
}

/** Each problem as one line naming the request, the name and the Graph type. */
export function problemsOf(recording: Recording, cloud: CloudName): string[] {
  const out: string[] = [];
  for (const r of recording.requests) {
    const v = judgeRecorded(r, cloud);
    if (v.refusal) out.push(`${cloud} ${r.version} ${r.url}: ${v.refusal.message}`);
    for (const u of v.unknown) out.push(`${cloud} ${r.version} ${r.url}: not judged (${u})`);
    if (r.refusedByMetadata && !v.refusal) out.push(`${cloud} ${r.version} ${r.url}: the simulator refused it`);
  }
  return out;
}
