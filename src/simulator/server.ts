import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { ANSWER_CHANGING_FAULTS, bearerChallenge, faultAnswer, pathMatches, type FaultKind, type FaultSpec } from './faults.js';
import { documentedFacts, graphSchema, splitRef, type GraphSchema, type MetadataCloud } from './metadata/index.js';
import { isDirectoryObject, judgeRequest, type Target } from './metadata/judge.js';
import { ArraySource, normalisePath, type CollectionResource, type GraphVersion, type ModelResource, type TenantModel } from './model.js';
import {
  compileFilter,
  ODataError,
  parseExpand,
  parseSelect,
  project,
  valueAt,
  type CompiledFilter,
  type ExpandItem,
  type FilterClause,
} from './odata.js';

/**
 * A Graph-speaking HTTP server on 127.0.0.1 for tests and demos: serves a TenantModel at Graph's paths for v1.0 and
 * beta, with Graph's response and error shapes, opaque skip-token paging, page-size maxima, the Conditional Access
 * 1 request/second limit, an optional resource-unit budget, injectable faults, and a log of every request. Anything
 * but GET (or a `$batch` of GETs) is answered 405 and recorded, so a test can prove the client only reads.
 *
 * Strict (the default): every request is first judged against Microsoft's Graph metadata for its API version and
 * the simulated cloud (src/simulator/metadata/), and refused with Graph's own 400 when a path segment, a `$select`,
 * `$expand`, `$filter` or `$orderby` name does not exist there; the documented runtime limits that change results
 * apply (an expanded directory relationship holds at most 20 objects and no nextLink; a page of directory objects
 * read with `$expand` holds at most 100).
 */

/** Directory resource units per 10 s per app+tenant by tenant size (Microsoft Graph throttling limits; "subject to change"). */
export const RESOURCE_UNIT_LIMITS = { S: 3_500, M: 5_000, L: 8_000 } as const;
export type TenantSize = keyof typeof RESOURCE_UNIT_LIMITS;

export interface ResourceUnitBudget {
  /** Tokens per window; or give `tenantSize`. */
  limit?: number;
  tenantSize?: TenantSize;
  /** Window the limit refills over (Graph: 10 s). */
  windowMs?: number;
}
export interface SimulatorOptions {
  model: TenantModel;
  /** Extra faults on top of the model's own (tests add per-case faults here or via `setFaults`). */
  faults?: FaultSpec[];
  /** When set, only these bearer tokens are accepted (others get 401 InvalidAuthenticationToken). */
  acceptTokens?: string[];
  /**
   * Response time of every answer (the benchmark uses 20 ms): each answer leaves no sooner than this after its
   * request arrived. The simulator's own work (building the page) happens inside that time, as a real service's
   * processing is part of the latency a client sees; work that takes longer is counted in `stats().latencyOverruns`.
   */
  latencyMs?: number;
  /**
   * Response time of a list page of these collections instead of `latencyMs`, by path (`{ '/users': 1500 }`): on real
   * Graph a page of 500 users with sign-in activity takes seconds, where a small object takes tens of milliseconds.
   * `$count` answers keep `latencyMs`.
   */
  pageLatencyMs?: Record<string, number>;
  /** Minimum spacing of Conditional Access requests; Graph allows about 1/s per tenant (default 1000; 0 = off). */
  conditionalAccessIntervalMs?: number;
  /**
   * Directory resource-unit budget (3,500 / 5,000 / 8,000 per 10 s by tenant size, as Graph documents it): a token
   * bucket per app (the token's `appid`/`azp` claim, else the token itself) and tenant, refilled continuously.
   * Every request except the Conditional Access ones (which have their own limit) is charged its cost.
   */
  resourceUnits?: ResourceUnitBudget;
  /**
   * Property paths to index per collection path (e.g. `{ '/users': ['userType', 'createdDateTime'] }`): `$filter` on
   * them is evaluated on cached columns, so a generated collection is not rebuilt item by item for every query
   * (building an index reads every item once; without one, a filtered page builds only the items it scans).
   */
  indexes?: Record<string, string[]>;
  /** Serve HTTPS with this key and certificate (e.g. for clients that only page https, like the SDK's PageIterator). */
  tls?: { key: string | Buffer; cert: string | Buffer };
  defaultPageSize?: number;
  maxPageSize?: number;
  /** Largest `$top` for /users when `signInActivity` is selected (Graph: 500). */
  maxSignInActivityPageSize?: number;
  /** Refuse `$expand=sponsors` together with `$select=…signInActivity` (one of the response variants a collector must survive). */
  rejectSponsorsExpandWithSignInActivity?: boolean;
  port?: number;
  /** The cloud whose Graph is simulated (its metadata decides what exists). Default `global`. */
  cloud?: MetadataCloud;
  /**
   * Judge every request by Microsoft's metadata and apply the documented runtime limits (default true). Off only for
   * tests of the simulator's own mechanics on made-up paths.
   */
  strict?: boolean;
  /**
   * Expire bearer tokens as Graph does when they outlive their lifetime: a token is refused (401
   * InvalidAuthenticationToken, "Lifetime validation failed, the token is expired.") after `afterRequests` requests
   * or `afterMs` since it was first seen, or — `honourExp` — once the simulator's clock passes its `exp` claim.
   */
  tokenLifetime?: { afterRequests?: number; afterMs?: number; honourExp?: boolean };
  /** The simulator's clock for token lifetimes, the Conditional Access and resource-unit limits and Retry-After dates (default Date.now). */
  now?: () => number;
  /** Called as each request arrives (tests advance a simulated clock here: the request's simulated latency). */
  onRequest?: (entry: LogEntry) => void;
  /** Serve Graph under this path (`/graph` → `http://127.0.0.1:P/graph/v1.0/…`), as a proxy in front of Graph might. */
  basePath?: string;
}

export interface LogEntry {
  seq: number;
  method: string;
  /** Path and query exactly as received (`/v1.0/users?$select=…`), or the inner URL for a `$batch` member. */
  url: string;
  version?: string;
  status: number;
  /** Request headers except `Authorization` (and cookies), lower-case names. */
  headers: Record<string, string>;
  authorization: 'bearer' | 'absent' | 'other';
  /** A short digest of the bearer token (never the token): tells tokens apart in tests. */
  tokenTag?: string;
  fault?: FaultKind;
  /** Sequence number of the enclosing `$batch`, for its member requests. */
  viaBatch?: number;
  /** For a `$batch`: the methods and URLs of its members. */
  batch?: Array<{ id: string; method: string; url: string }>;
  /** Why the simulator refused it: a write method, the CA/RU limits, or Microsoft's metadata (strict mode). */
  rejected?: 'method' | 'conditional-access-rate' | 'resource-units' | 'metadata';
  /** Resource units charged for this request (absent when not metered or refused before charging). */
  resourceUnits?: number;
  /** When the request arrived and when its answer was sent (ms, `performance.now()` of the simulator's process). */
  receivedAt?: number;
  answeredAt?: number;
}

export interface SimulatorStats {
  requests: number;
  byStatus: Record<number, number>;
  /** Every 429 answered (outer and `$batch` members), whatever the cause. */
  throttled: number;
  /** 429s by cause: the resource-unit budget, the Conditional Access rate, an injected fault. */
  throttledBy: { resourceUnits: number; conditionalAccess: number; fault: number };
  /** Resource units charged in total (all apps). */
  resourceUnits: number;
  resets: number;
  truncated: number;
  methodRejected: number;
  /** Answers whose own processing took longer than `latencyMs` (so the client saw more than the injected latency). */
  latencyOverruns: number;
  /** Distinct bearer tokens seen, and how many of them the token lifetime expired. */
  tokensSeen: number;
  expiredTokens: number;
}

export interface GraphSimulator {
  url: string;
  port: number;
  model: TenantModel;
  log: LogEntry[];
  /** Replace the per-test faults (the model's own faults stay). */
  setFaults(faults: FaultSpec[]): void;
  addFault(fault: FaultSpec): void;
  clearLog(): void;
  stats(): SimulatorStats;
  /** Zero the counters (and the log); budgets and the CA clock keep their state. */
  resetStats(): void;
  /** Build the column indexes for these property paths of a collection now (instead of on first use). */
  prepareIndex(path: string, properties: readonly string[]): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  body?: unknown;
  /** A plain-text body (`$count`), sent as text/plain instead of JSON. */
  text?: string;
  headers?: Record<string, string>;
  transport?: 'reset' | 'truncate' | 'silent' | 'stall' | 'oversize';
  /** For `oversize`: bytes to send, and whether to announce them in Content-Length. */
  oversize?: { bytes: number; declare: boolean };
  fault?: FaultKind;
  rejected?: LogEntry['rejected'];
  resourceUnits?: number;
}

/** Per collection: property columns, dates as numbers, and which items pass each clause and each filter. */
interface IndexCache {
  size: number;
  values: Map<string, unknown[]>;
  dates: Map<string, Float64Array>;
  clauses: Map<string, Uint8Array>;
  filters: Map<string, { bits: Uint8Array; count: number }>;
}

const COLLECTION_NAVIGATIONS = new Set(['sponsors', 'owners', 'domains', 'members', 'includetargets', 'excludetargets']);
const QUERY_OPTIONS = ['$select', '$expand', '$filter', '$orderby', '$top', '$skiptoken'];
const CA_PREFIXES = [
  '/identity/conditionalaccess',
  '/policies/conditionalaccesspolicies',
  '/identityprotection',
  '/riskyusers',
  '/riskdetections',
];
const SUCCESS_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

const FIRST_SLICE = 16 * 1024;
const WRITE_SLICE = 64 * 1024;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): Answer {
  return { status, body: { error: { code, message } }, headers };
}

export async function startGraphSimulator(opts: SimulatorOptions): Promise<GraphSimulator> {
  const model = opts.model;
  let faults: FaultSpec[] = [...(opts.faults ?? [])];
  const fired = new WeakMap<FaultSpec, number>();
  const log: LogEntry[] = [];
  const freshStats = (): SimulatorStats => ({
    requests: 0,
    byStatus: {},
    throttled: 0,
    throttledBy: { resourceUnits: 0, conditionalAccess: 0, fault: 0 },
    resourceUnits: 0,
    resets: 0,
    truncated: 0,
    methodRejected: 0,
    latencyOverruns: 0,
    tokensSeen: 0,
    expiredTokens: 0,
  });
  const clock = opts.now ?? Date.now;
  const basePath = (opts.basePath ?? '').replace(/\/+$/, '');
  const tokenState = new Map<string, { first: number; count: number; expired: boolean }>();
  let stats = freshStats();
  const secret = randomBytes(16);
  const keyIndexes = new WeakMap<CollectionResource, Map<string, number>>();
  const caInterval = opts.conditionalAccessIntervalMs ?? 1000;
  let caLast = -Infinity;
  const ruLimit = opts.resourceUnits ? (opts.resourceUnits.limit ?? RESOURCE_UNIT_LIMITS[opts.resourceUnits.tenantSize ?? 'L']) : undefined;
  const ruWindowMs = opts.resourceUnits?.windowMs ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const indexes = new WeakMap<CollectionResource, IndexCache>();
  let seq = 0;
  let origin = '';
  const sockets = new Set<Socket>();
  const strict = opts.strict ?? true;
  const pageLatency = new Map(Object.entries(opts.pageLatencyMs ?? {}).map(([path, ms]) => [normalisePath(path), ms]));
  const cloud: MetadataCloud = opts.cloud ?? 'global';
  const limits = documentedFacts().limits;
  const schemaFor = (version: string): GraphSchema => graphSchema(version === 'beta' ? 'beta' : 'v1.0', cloud);

  const resourceKeys = () => [...model.resources.keys()];

  function activeFaults(): FaultSpec[] {
    return [...model.faults, ...faults];
  }

  /** Faults that apply to this request, in order, not yet used up. Only the ones actually applied count as fired. */
  function matchFault(
    version: string,
    path: string,
    select: string[] | undefined,
    expand: ExpandItem[] | undefined,
    rawQuery: string,
  ): FaultSpec[] {
    return activeFaults().filter((f) => {
      if (f.queryIncludes && !rawQuery.includes(f.queryIncludes)) return false;
      if (f.version && f.version !== version) return false;
      if (!pathMatches(f.path, path)) return false;
      if (f.selectIncludes && !select?.some((s) => s.toLowerCase() === f.selectIncludes!.toLowerCase())) return false;
      if (f.expandIncludes && !expand?.some((e) => e.name.toLowerCase() === f.expandIncludes!.toLowerCase())) return false;
      return f.times === undefined || (fired.get(f) ?? 0) < f.times;
    });
  }

  function fire(f: FaultSpec): void {
    fired.set(f, (fired.get(f) ?? 0) + 1);
  }

  function skipHash(params: URLSearchParams): string {
    const canonical = [...params.entries()]
      .filter(([k]) => k.toLowerCase() !== '$skiptoken')
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join('&');
    return createHmac('sha256', secret).update(canonical).digest('base64url').slice(0, 16);
  }

  function encodeSkipToken(offset: number, params: URLSearchParams): string {
    return Buffer.from(JSON.stringify({ o: offset, h: skipHash(params) })).toString('base64url');
  }

  function decodeSkipToken(token: string, params: URLSearchParams): number {
    try {
      const v = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; h?: unknown };
      if (typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0 && v.h === skipHash(params)) return v.o;
    } catch {
      // fall through
    }
    throw new ODataError(400, 'Request_BadRequest', 'Invalid or modified $skiptoken: follow @odata.nextLink exactly as returned.');
  }

  /** Graph-style nextLink: the same path and query options, values encoded, `+` for spaces, an opaque `$skiptoken`. */
  function nextLink(version: string, rawPath: string, params: URLSearchParams, offset: number): string {
    const kept = [...params.entries()].filter(([k]) => k.toLowerCase() !== '$skiptoken');
    const q = kept.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%20/g, '+')}`);
    q.push(`$skiptoken=${encodeSkipToken(offset, params)}`);
    return `${origin}/${version}${rawPath}?${q.join('&')}`;
  }

  function unknownSegment(segments: string[]): string {
    const keys = resourceKeys();
    for (let i = segments.length; i > 0; i--) {
      const prefix = segments.slice(0, i).join('/');
      if (keys.some((k) => k === prefix || k.startsWith(`${prefix}/`))) return segments[i] ?? segments[i - 1] ?? '';
    }
    return segments[1] ?? '';
  }

  function indexOfKey(res: CollectionResource, key: string): number | undefined {
    let idx = keyIndexes.get(res);
    if (!idx) {
      idx = new Map();
      const field = res.key ?? 'id';
      for (let i = 0; i < res.items.size; i++) {
        const v = res.items.at(i)[field];
        if (typeof v === 'string') idx.set(v.toLowerCase(), i);
      }
      keyIndexes.set(res, idx);
    }
    return idx.get(key.toLowerCase());
  }

  /**
   * How many related objects an `$expand` of this navigation returns (strict mode): Graph caps expanded directory
   * relationships (owners, members, sponsors, …) and sends no nextLink for the rest.
   */
  function expandCap(version: string, target: Target | undefined, navigation: string): number {
    if (!strict || !target) return Infinity;
    const schema = schemaFor(version);
    const nav = schema.member(target.type, navigation, ['navigation']);
    if (!nav || nav === 'unknown') return Infinity;
    return isDirectoryObject(schema, splitRef(nav.member.type).element) ? limits.expandedDirectoryObjects.value : Infinity;
  }

  /** Lower-case names a type declares (with its bases), per version; undefined when the metadata cannot say. */
  const declaredCache = new Map<string, Set<string> | undefined>();
  function declaredNames(version: string, type: string): Set<string> | undefined {
    const key = `${version}|${type.toLowerCase()}`;
    if (!declaredCache.has(key)) {
      const { chain, unknownBase } = schemaFor(version).lineage(type);
      declaredCache.set(
        key,
        unknownBase || !chain.length ? undefined : new Set(chain.flatMap((t) => [...t.properties.keys(), ...t.navigations.keys()])),
      );
    }
    return declaredCache.get(key);
  }

  /**
   * What Graph would send of a model object (strict mode): only what its type declares in this API version — the
   * type its `@odata.type` names, else the declared type — so a v1.0 answer never carries a beta-only property and a
   * service principal no user property. An object of unknown type (directoryObject without `@odata.type`) is sent whole.
   */
  function conform(version: string, declared: string | undefined, obj: Record<string, unknown>): Record<string, unknown> {
    if (!strict || !declared) return obj;
    const named = typeof obj['@odata.type'] === 'string' ? (obj['@odata.type'] as string).replace(/^#?microsoft\.graph\./, '') : undefined;
    const type = named && schemaFor(version).type(named) ? named : declared;
    if (!named && type.toLowerCase() === 'directoryobject') return obj;
    const names = declaredNames(version, type);
    if (!names) return obj;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) if (k === '@odata.type' || names.has(k.toLowerCase())) out[k] = v;
    return out;
  }

  function navigationType(version: string, target: Target | undefined, name: string): string | undefined {
    if (!strict || !target) return undefined;
    const nav = schemaFor(version).member(target.type, name, ['navigation']);
    return nav && nav !== 'unknown' ? splitRef(nav.member.type).element : undefined;
  }

  function renderItem(
    res: CollectionResource,
    item: Record<string, unknown>,
    select: string[] | undefined,
    expand: ExpandItem[] | undefined,
    caps?: Map<string, number>,
    version = 'v1.0',
    target?: Target,
  ): Record<string, unknown> {
    const hidden = new Set<string>([...(res.navigations ?? []), ...(res.selectOnly ?? [])]);
    const out = conform(version, target?.type, project(item, select, hidden));
    for (const e of expand ?? []) {
      const v = item[e.name];
      const cap = caps?.get(e.name) ?? Infinity;
      const type = navigationType(version, target, e.name);
      const child = (x: unknown) =>
        x && typeof x === 'object' ? conform(version, type, project(x as Record<string, unknown>, e.select, new Set())) : x;
      out[e.name] = Array.isArray(v)
        ? v.slice(0, cap).map(child)
        : v && typeof v === 'object'
          ? child(v)
          : COLLECTION_NAVIGATIONS.has(e.name.toLowerCase())
            ? []
            : null;
    }
    return out;
  }

  function ruCost(path: string, select: unknown, expand: unknown, top: number | undefined): number {
    let cost = /^\/(users|applications)(\/|$)/.test(path)
      ? 2
      : /\/transitivemembers$/.test(path)
        ? 5
        : /^\/groups\/[^/]+\/members$/.test(path)
          ? 3
          : 1;
    if (select) cost -= 1;
    if (expand) cost += 1;
    if (top !== undefined && top < 20) cost -= 1;
    return Math.max(1, cost);
  }

  /** The app a token belongs to (`appid` for v1 tokens, `azp` for v2), else a digest of the token: the RU budget is per app. */
  function appKey(token: string): string {
    try {
      const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { appid?: unknown; azp?: unknown };
      const app = claims.appid ?? claims.azp;
      if (typeof app === 'string' && app) return app;
    } catch {
      // not a JWT: the token itself identifies the caller
    }
    return createHash('sha256').update(token).digest('hex').slice(0, 16);
  }

  /**
   * Charge `cost` resource units to the app+tenant's token bucket (capacity `ruLimit`, refilled continuously over
   * the window). Refused requests are not charged. Returns the headers to send, or the 429 to answer.
   */
  function chargeResourceUnits(token: string, cost: number): { headers: Record<string, string> } | { refused: Answer } {
    const headers: Record<string, string> = { 'x-ms-resource-unit': String(cost) };
    if (ruLimit === undefined) return { headers };
    const key = `${appKey(token)}|${model.tenantId}`;
    const now = clock();
    const rate = ruLimit / ruWindowMs;
    const b = buckets.get(key) ?? { tokens: ruLimit, at: now };
    b.tokens = Math.min(ruLimit, b.tokens + (now - b.at) * rate);
    b.at = now;
    buckets.set(key, b);
    if (b.tokens < cost) {
      const retryAfter = Math.max(1, Math.ceil((cost - b.tokens) / rate / 1000));
      return {
        refused: {
          ...graphError(429, 'TooManyRequests', 'Too many requests.', {
            'Retry-After': String(retryAfter),
            'x-ms-throttle-scope': 'Tenant_Application/ReadWrite/All',
            'x-ms-throttle-information': 'ResourceUnitLimitExceeded',
          }),
          rejected: 'resource-units',
        },
      };
    }
    b.tokens -= cost;
    stats.resourceUnits += cost;
    const pct = Math.round(((ruLimit - b.tokens) / ruLimit) * 100);
    if (pct > 80) headers['x-ms-throttle-limit-percentage'] = String(pct);
    return { headers };
  }

  /** The index of a collection (rebuilt when its size changes). */
  function indexFor(res: CollectionResource): IndexCache {
    let cache = indexes.get(res);
    if (!cache || cache.size !== res.items.size) {
      cache = { size: res.items.size, values: new Map(), dates: new Map(), clauses: new Map(), filters: new Map() };
      indexes.set(res, cache);
    }
    return cache;
  }

  /** Values of property paths for every item (one pass over the items for all missing paths). */
  function ensureColumns(res: CollectionResource, paths: readonly string[]): IndexCache {
    const cache = indexFor(res);
    const missing = [...new Set(paths)].filter((p) => !cache.values.has(p));
    if (missing.length) {
      const cols = missing.map(() => new Array<unknown>(res.items.size));
      for (let i = 0; i < res.items.size; i++) {
        const item = res.items.at(i);
        for (let k = 0; k < missing.length; k++) cols[k]![i] = valueAt(item, missing[k]!);
      }
      missing.forEach((p, k) => cache.values.set(p, cols[k]!));
      // Date properties also as numbers, so range filters compare numbers (NaN for null never matches).
      for (const p of missing) {
        if (!/DateTime$/.test(p)) continue;
        const values = cache.values.get(p)!;
        const ms = new Float64Array(values.length);
        for (let i = 0; i < values.length; i++) ms[i] = typeof values[i] === 'string' ? Date.parse(values[i] as string) : Number.NaN;
        cache.dates.set(p, ms);
      }
    }
    return cache;
  }

  /** Which items pass one clause (cached per clause, so the 48 date buckets of a split share their `userType` work). */
  function clauseBits(res: CollectionResource, clause: FilterClause): Uint8Array {
    const cache = ensureColumns(res, [clause.path]);
    let bits = cache.clauses.get(clause.key);
    if (!bits) {
      bits = new Uint8Array(cache.size);
      const ms = clause.dateBound ? cache.dates.get(clause.path) : undefined;
      if (ms && clause.dateBound) {
        const bound = clause.dateBound.ms;
        if (clause.dateBound.op === 'ge') for (let i = 0; i < ms.length; i++) bits[i] = ms[i]! >= bound ? 1 : 0;
        else for (let i = 0; i < ms.length; i++) bits[i] = ms[i]! <= bound ? 1 : 0;
      } else {
        const values = cache.values.get(clause.path)!;
        for (let i = 0; i < values.length; i++) bits[i] = clause.test(values[i]) ? 1 : 0;
      }
      cache.clauses.set(clause.key, bits);
    }
    return bits;
  }

  /** Which items pass a whole filter, and how many (cached per filter text). */
  function filterBits(res: CollectionResource, filter: CompiledFilter): { bits: Uint8Array; count: number } {
    const cache = indexFor(res);
    const key = filter.clauses.map((c) => c.key).join(' and ');
    let hit = cache.filters.get(key);
    if (!hit) {
      const parts = filter.clauses.map((c) => clauseBits(res, c));
      const bits = new Uint8Array(cache.size);
      let count = 0;
      for (let i = 0; i < bits.length; i++) {
        let ok = 1;
        for (let k = 0; k < parts.length && ok; k++) ok = parts[k]![i]!;
        bits[i] = ok;
        count += ok;
      }
      if (cache.filters.size >= 256) cache.filters.clear(); // bounded: a long-running simulator sees many filters
      hit = { bits, count };
      cache.filters.set(key, hit);
    }
    return hit;
  }

  function prepareIndex(resourcePath: string, properties: readonly string[]): void {
    const res = model.resources.get(normalisePath(resourcePath));
    if (res?.kind !== 'collection') throw new Error(`no collection at ${resourcePath} to index`);
    ensureColumns(res, properties);
  }

  function indexed(res: CollectionResource, path: string): boolean {
    return indexes.has(res) || Object.keys(opts.indexes ?? {}).some((p) => normalisePath(p) === path);
  }

  /** Index i of the collection passes the filter? Indexed collections answer from bitmaps, without building item i. */
  function matcher(
    res: CollectionResource,
    path: string,
    filter: CompiledFilter | undefined,
  ): ((i: number, item?: Record<string, unknown>) => boolean) | undefined {
    if (!filter) return undefined;
    if (!indexed(res, path)) return (i, item = res.items.at(i)) => filter.test((p) => valueAt(item, p));
    const { bits } = filterBits(res, filter);
    return (i) => bits[i] === 1;
  }

  /** `GET /{collection}/$count`: an advanced query, so Graph wants `ConsistencyLevel: eventual`; answers text/plain. */
  function serveCount(res: CollectionResource, path: string, params: URLSearchParams, consistencyLevel: string | undefined): Answer {
    if ((consistencyLevel ?? '').toLowerCase() !== 'eventual') {
      // Graph's documented answer to a `$count` segment without the header.
      return graphError(400, 'Request_BadRequest', '$count is not currently supported.');
    }
    const filter = compileFilter(params.get('$filter'));
    if (filter && indexed(res, path)) return { status: 200, text: String(filterBits(res, filter).count) };
    const test = matcher(res, path, filter);
    let n = 0;
    for (let i = 0; i < res.items.size; i++) if (!test || test(i)) n++;
    return { status: 200, text: String(n) };
  }

  /** Item positions in `$orderby` order (nulls first, strings without regard to case), or undefined for model order. */
  function orderOf(res: CollectionResource, orderby: string | null): number[] | undefined {
    if (orderby === null) return undefined;
    const keys = orderby.split(',').map((part) => {
      const [path = '', dir = 'asc'] = part.trim().split(/\s+/);
      if (!/^(asc|desc)$/i.test(dir)) throw new ODataError(400, 'BadRequest', `Syntax error in $orderby: '${part.trim()}'.`);
      return { path, sign: dir.toLowerCase() === 'desc' ? -1 : 1 };
    });
    const rank = (v: unknown): [number, string | number] =>
      v === null || v === undefined
        ? [0, 0]
        : typeof v === 'number'
          ? [1, v]
          : typeof v === 'boolean'
            ? [1, v ? 1 : 0]
            : [2, String(v).toLowerCase()];
    const cols = keys.map((k) => Array.from({ length: res.items.size }, (_, i) => rank(valueAt(res.items.at(i), k.path))));
    const order = Array.from({ length: res.items.size }, (_, i) => i);
    order.sort((a, b) => {
      for (let k = 0; k < keys.length; k++) {
        const [ta, va] = cols[k]![a]!;
        const [tb, vb] = cols[k]![b]!;
        const c = ta !== tb ? ta - tb : va < vb ? -1 : va > vb ? 1 : 0;
        if (c) return c * keys[k]!.sign;
      }
      return a - b;
    });
    return order;
  }

  function serveCollection(
    res: CollectionResource,
    version: string,
    rawPath: string,
    path: string,
    params: URLSearchParams,
    select: string[] | undefined,
    expand: ExpandItem[] | undefined,
    target?: Target,
  ): Answer {
    for (const e of expand ?? []) {
      if (!(res.navigations ?? []).some((n) => n.toLowerCase() === e.name.toLowerCase())) {
        return graphError(
          400,
          'BadRequest',
          `Parsing OData Select and Expand failed: Could not find a property named '${e.name}' on type 'microsoft.graph.entity'.`,
        );
      }
    }
    const selectsSignIn = select?.some((s) => s === 'signInActivity') && (res.selectOnly ?? []).includes('signInActivity');
    if (selectsSignIn && opts.rejectSponsorsExpandWithSignInActivity && expand?.some((e) => e.name === 'sponsors')) {
      return graphError(400, 'Request_UnsupportedQuery', "The property 'signInActivity' does not support $expand on the same request.");
    }
    const test = matcher(res, path, compileFilter(params.get('$filter')));
    const topRaw = params.get('$top');
    let top: number | undefined;
    if (topRaw !== null) {
      top = Number(topRaw);
      if (!Number.isInteger(top) || top < 1) return graphError(400, 'Request_BadRequest', `Invalid page size specified: '${topRaw}'.`);
      const max = selectsSignIn ? (opts.maxSignInActivityPageSize ?? 500) : (res.maxPageSize ?? opts.maxPageSize ?? 999);
      if (top > max) {
        return selectsSignIn
          ? graphError(400, 'Request_UnsupportedQuery', `Cannot query data for more than ${max} users at a time`)
          : graphError(400, 'Request_BadRequest', `Invalid page size specified: '${top}'. Must be between 1 and ${max} inclusive.`);
      }
    }
    // Graph fills a page of directory objects read with $expand with at most 100 items, whatever $top asks for.
    const withExpand =
      strict && expand?.length && target && isDirectoryObject(schemaFor(version), target.type) ? limits.pageWithExpand.value : Infinity;
    const pageSize = Math.min(top ?? res.defaultPageSize ?? opts.defaultPageSize ?? 100, withExpand);
    const caps = new Map((expand ?? []).map((e) => [e.name, expandCap(version, target, e.name)]));
    const order = orderOf(res, params.get('$orderby'));
    const at = (k: number) => (order ? order[k]! : k);
    const token = params.get('$skiptoken');
    let i = token === null ? 0 : decodeSkipToken(token, params);
    const value: Record<string, unknown>[] = [];
    const size = res.items.size;
    const useIndex = test !== undefined && indexed(res, path);
    while (i < size && value.length < pageSize) {
      const pos = at(i++);
      if (useIndex) {
        if (test(pos)) value.push(renderItem(res, res.items.at(pos), select, expand, caps, version, target));
        continue;
      }
      const item = res.items.at(pos); // built once, tested and rendered
      if (!test || test(pos, item)) value.push(renderItem(res, item, select, expand, caps, version, target));
    }
    // With an index, skip to the next match cheaply, so a filtered list's last page carries no nextLink to an empty page.
    if (useIndex) while (i < size && !test(at(i))) i++;
    // Graph writes the nextLink before the value (observed on /users), so a client can follow it before the page ends.
    const body: Record<string, unknown> = { '@odata.context': `${origin}/${version}/$metadata#${path.slice(1)}` };
    if (i < size) body['@odata.nextLink'] = nextLink(version, rawPath, params, i);
    body.value = value;
    return { status: 200, body };
  }

  function entityBody(
    version: string,
    path: string,
    value: Record<string, unknown>,
    select: string[] | undefined,
    hidden: Set<string> = new Set(),
    target?: Target,
  ): Answer {
    return {
      status: 200,
      body: {
        '@odata.context': `${origin}/${version}/$metadata#${path.slice(1)}/$entity`,
        ...conform(version, target?.type, project(value, select, hidden)),
      },
    };
  }

  function serveFunction(segment: string): Answer | undefined {
    let m = /^findTenantInformationByDomainName\(domainName='((?:[^']|'')*)'\)$/i.exec(segment);
    if (m) {
      const domain = m[1]!.replace(/''/g, "'");
      const info = model.tenantsByDomain.get(domain.toLowerCase());
      if (!info) return graphError(404, 'Request_ResourceNotFound', `Tenant information for domain '${domain}' was not found.`);
      return {
        status: 200,
        body: {
          '@odata.context': `${origin}/v1.0/$metadata#microsoft.graph.tenantInformation`,
          tenantId: info.tenantId,
          federationBrandName: info.federationBrandName ?? null,
          displayName: info.displayName ?? null,
          defaultDomainName: info.defaultDomainName ?? null,
        },
      };
    }
    m = /^findTenantInformationByTenantId\(tenantId='((?:[^']|'')*)'\)$/i.exec(segment);
    if (m) {
      const info = model.tenantsById.get(m[1]!.toLowerCase());
      if (!info) return graphError(404, 'Request_ResourceNotFound', `Tenant information for tenant '${m[1]}' was not found.`);
      return {
        status: 200,
        body: {
          '@odata.context': `${origin}/v1.0/$metadata#microsoft.graph.tenantInformation`,
          tenantId: info.tenantId,
          federationBrandName: info.federationBrandName ?? null,
          displayName: info.displayName ?? null,
          defaultDomainName: info.defaultDomainName ?? null,
        },
      };
    }
    return undefined;
  }

  function available(res: ModelResource, version: string): boolean {
    return !res.versions || res.versions.includes(version as GraphVersion);
  }

  /** One GET, from the outside or inside a `$batch`. */
  /** `headers`: the request's headers with lower-case names (ConsistencyLevel matters for `$count`). */
  /** The token's lifetime check (`tokenLifetime`): a 401 when it has expired, counting this request against it. */
  function expiredToken(token: string): Answer | undefined {
    const lifetime = opts.tokenLifetime;
    if (!lifetime) return undefined;
    const now = clock();
    let state = tokenState.get(token);
    if (!state) {
      state = { first: now, count: 0, expired: false };
      tokenState.set(token, state);
      stats.tokensSeen++;
    }
    state.count++;
    let exp: unknown;
    try {
      exp = (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    } catch {
      exp = undefined;
    }
    const expired =
      (lifetime.afterRequests !== undefined && state.count > lifetime.afterRequests) ||
      (lifetime.afterMs !== undefined && now - state.first >= lifetime.afterMs) ||
      (lifetime.honourExp === true && typeof exp === 'number' && now >= exp * 1000);
    if (!expired) return undefined;
    if (!state.expired) stats.expiredTokens++;
    state.expired = true;
    return graphError(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.', {
      'WWW-Authenticate': bearerChallenge(),
    });
  }

  async function handleGet(
    version: string,
    rawPath: string,
    params: URLSearchParams,
    authHeader: string | undefined,
    headers: Record<string, string> = {},
    inner = false,
  ): Promise<Answer> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authHeader ?? '');
    if (!bearer) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (opts.acceptTokens && !opts.acceptTokens.includes(bearer[1]!))
      return graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
    // A `$batch`'s members ride on its token, checked once for the batch.
    const lapsed = inner ? undefined : expiredToken(bearer[1]!);
    if (lapsed) return lapsed;

    let segments: string[];
    try {
      segments = rawPath.split('/').map((s) => decodeURIComponent(s));
    } catch {
      return graphError(400, 'BadRequest', 'Malformed path.');
    }
    const path = normalisePath(segments.join('/'));
    const select = parseSelect(params.get('$select'));
    const expand = parseExpand(params.get('$expand'));
    for (const k of params.keys()) {
      if (k.startsWith('$') && !QUERY_OPTIONS.includes(k.toLowerCase())) {
        return graphError(400, 'Request_UnsupportedQuery', `Query option '${k}' is not supported by the simulator.`);
      }
    }
    // Graph's OData layer refuses what its metadata does not have before anything else looks at the request.
    let target: Target | undefined;
    if (strict) {
      // Advanced-query parameters: `ConsistencyLevel: eventual` with `$count` (as a segment or `$count=true`).
      const advanced =
        (headers['consistencylevel'] ?? '').toLowerCase() === 'eventual' &&
        (segments[segments.length - 1]?.toLowerCase() === '$count' || params.get('$count') === 'true');
      const verdict = judgeRequest(version === 'beta' ? 'beta' : 'v1.0', cloud, segments, params, advanced);
      if (verdict.refusal)
        return { ...graphError(verdict.refusal.status, verdict.refusal.code, verdict.refusal.message), rejected: 'metadata' };
      target = verdict.target;
    }

    let change: FaultSpec | undefined;
    for (const f of matchFault(version, path, select, expand, [...params.entries()].map(([k, v]) => `${k}=${v}`).join('&'))) {
      fire(f);
      if (f.latencyMs) await sleep(f.latencyMs);
      if (f.kind === 'latency') continue;
      if (f.kind === 'reset') return { status: 200, transport: 'reset', fault: 'reset' };
      if (f.kind === 'silent') return { status: 200, transport: 'silent', fault: 'silent' };
      if (ANSWER_CHANGING_FAULTS.has(f.kind)) {
        change = f; // answer normally, then change the answer (below)
        break;
      }
      const a = faultAnswer(f, segments[segments.length - 1] ?? '', clock())!;
      if (f.echoAuthorization)
        return {
          ...graphError(a.status, a.code, `${a.message} (received Authorization: ${authHeader})`, {
            ...a.headers,
            'request-id': authHeader ?? '',
          }),
          fault: f.kind,
        };
      return { ...graphError(a.status, a.code, a.message, a.headers), fault: f.kind };
    }

    const conditionalAccess = CA_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
    if (conditionalAccess && caInterval > 0) {
      const now = clock();
      if (now - caLast < caInterval)
        return {
          ...graphError(429, 'TooManyRequests', 'Too many requests for this tenant. Please try again later.'),
          rejected: 'conditional-access-rate',
        };
      caLast = now;
    }

    const topRaw = params.get('$top');
    const cost = ruCost(path, select, expand, topRaw === null ? undefined : Number(topRaw));
    let ruHeaders: Record<string, string> = {};
    // Conditional Access belongs to the identity-protection service with its own limit, not the directory budget.
    if (!conditionalAccess) {
      const charged = chargeResourceUnits(bearer[1]!, cost);
      if ('refused' in charged) return charged.refused;
      ruHeaders = charged.headers;
    }

    if (segments[segments.length - 1]?.toLowerCase() === '$count') {
      const res = model.resources.get(normalisePath(segments.slice(0, -1).join('/')));
      if (res?.kind === 'collection' && available(res, version)) {
        const answer = serveCount(res, normalisePath(segments.slice(0, -1).join('/')), params, headers['consistencylevel']);
        answer.headers = { ...answer.headers, ...ruHeaders };
        if (!conditionalAccess) answer.resourceUnits = cost;
        return answer;
      }
    }

    const answer = route(version, rawPath, path, segments, params, select, expand, target);
    answer.headers = { ...answer.headers, ...ruHeaders };
    if (!conditionalAccess) answer.resourceUnits = cost;
    if (change) changeAnswer(answer, change);
    return answer;
  }

  /** Apply a fault that changes a normal answer: cut it, stall it, blow it up, or make its content hostile. */
  function changeAnswer(answer: Answer, f: FaultSpec): void {
    answer.fault = f.kind;
    const body = answer.body as Record<string, unknown> | undefined;
    switch (f.kind) {
      case 'truncate':
      case 'stall':
        answer.transport = f.kind;
        return;
      case 'oversize':
        answer.transport = 'oversize';
        answer.oversize = { bytes: f.bytes ?? 2 * 1_048_576, declare: Boolean(f.declareLength) };
        return;
      case 'next-link':
        if (body && Array.isArray(body.value)) {
          const value = body.value;
          delete body.value; // the nextLink goes before the value, as Graph writes it
          body['@odata.nextLink'] = (f.nextLink ?? '').replace(/\{origin\}/g, origin);
          body.value = value;
        }
        return;
      case 'corrupt': {
        const target = body && Array.isArray(body.value) ? (body.value[0] as Record<string, unknown> | undefined) : body;
        if (!target || !f.property) return;
        if (f.value === undefined) delete target[f.property];
        else target[f.property] = f.value;
        return;
      }
      case 'wrap-entity':
        if (body && !Array.isArray(body.value)) {
          const { '@odata.context': context, ...entity } = body;
          answer.body = { ...(context !== undefined ? { '@odata.context': context } : {}), value: entity };
        }
        return;
      default:
        return;
    }
  }

  function route(
    version: string,
    rawPath: string,
    path: string,
    segments: string[],
    params: URLSearchParams,
    select: string[] | undefined,
    expand: ExpandItem[] | undefined,
    target?: Target,
  ): Answer {
    const last = segments[segments.length - 1] ?? '';
    if (segments[1]?.toLowerCase() === 'tenantrelationships' && segments.length === 3) {
      const fn = serveFunction(last);
      if (fn) return fn;
    }
    const exact = model.resources.get(path);
    if (exact) {
      if (!available(exact, version)) return graphError(400, 'BadRequest', `Resource not found for the segment '${last}'.`);
      return exact.kind === 'entity'
        ? entityBody(version, path, exact.value, select, new Set(), target)
        : serveCollection(exact, version, rawPath, path, params, select, expand, target);
    }
    // /{collection}/{key} and /{collection}/{key}/{navigation}
    for (const tail of [1, 2]) {
      if (segments.length <= tail + 1) continue;
      const base = normalisePath(segments.slice(0, segments.length - tail).join('/'));
      const res = model.resources.get(base);
      if (!res || res.kind !== 'collection' || !available(res, version)) continue;
      const key = segments[segments.length - tail]!;
      const index = indexOfKey(res, key);
      if (index === undefined)
        return graphError(
          404,
          'Request_ResourceNotFound',
          `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
        );
      const item = res.items.at(index);
      if (tail === 1)
        return entityBody(version, path, item, select, new Set([...(res.navigations ?? []), ...(res.selectOnly ?? [])]), target);
      const navName = Object.keys(item).find((k) => k.toLowerCase() === last.toLowerCase()) ?? last;
      const known = (res.navigations ?? []).some((n) => n.toLowerCase() === last.toLowerCase()) || navName in item;
      if (!known) return graphError(400, 'BadRequest', `Resource not found for the segment '${last}'.`);
      const v = item[navName];
      if (Array.isArray(v) || (v === undefined && COLLECTION_NAVIGATIONS.has(last.toLowerCase()))) {
        // A relationship read on its own is paged like any collection (100 per page unless $top says otherwise).
        const items = (Array.isArray(v) ? v : []) as Record<string, unknown>[];
        return serveCollection(
          { kind: 'collection', items: new ArraySource(items) },
          version,
          rawPath,
          path,
          params,
          select,
          undefined,
          target,
        );
      }
      if (v && typeof v === 'object') return entityBody(version, path, v as Record<string, unknown>, select, new Set(), target);
      return graphError(404, 'Request_ResourceNotFound', `Resource '${last}' does not exist.`);
    }
    return graphError(400, 'BadRequest', `Resource not found for the segment '${unknownSegment(path.split('/'))}'.`);
  }

  async function handleBatch(version: string, bodyText: string, req: IncomingMessage, entry: LogEntry): Promise<Answer> {
    let parsed: { requests?: Array<{ id?: unknown; method?: unknown; url?: unknown; headers?: unknown }> };
    try {
      parsed = JSON.parse(bodyText) as typeof parsed;
    } catch {
      return graphError(400, 'BadRequest', 'Invalid batch payload: not JSON.');
    }
    const requests = parsed?.requests;
    if (!Array.isArray(requests) || requests.length === 0)
      return graphError(400, 'BadRequest', 'Invalid batch payload: "requests" must be a non-empty array.');
    entry.batch = requests.map((r) => ({ id: String(r.id), method: String(r.method), url: String(r.url) }));
    if (requests.some((r) => typeof r.method !== 'string' || r.method.toUpperCase() !== 'GET')) {
      return {
        ...graphError(405, 'MethodNotAllowed', 'This Graph simulator only answers GET; the $batch holds another method.'),
        rejected: 'method',
      };
    }
    if (requests.length > 20) return graphError(400, 'BadRequest', 'The number of requests in the batch exceeds the limit of 20.');
    const ids = requests.map((r) => String(r.id).toLowerCase());
    if (new Set(ids).size !== ids.length) return graphError(400, 'BadRequest', 'Batch request ids must be unique.');
    const auth = req.headers.authorization;
    const outer = /^Bearer\s+(\S+)$/i.exec(auth ?? '');
    if (!outer) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const lapsed = expiredToken(outer[1]!);
    if (lapsed) return lapsed;
    const responses: unknown[] = [];
    for (const r of requests) {
      const rel = String(r.url ?? '').replace(/^\/+/, '');
      const url = new URL(`/${version}/${rel}`, origin);
      const rawPath = url.pathname.slice(version.length + 1);
      let answer: Answer;
      try {
        const innerHeaders: Record<string, string> = {};
        if (r.headers && typeof r.headers === 'object')
          for (const [k, v] of Object.entries(r.headers)) innerHeaders[k.toLowerCase()] = String(v);
        answer = await handleGet(version, rawPath, url.searchParams, auth, innerHeaders, true);
      } catch (e) {
        answer =
          e instanceof ODataError ? graphError(e.status, e.code, e.message) : graphError(500, 'generalException', (e as Error).message);
      }
      if (answer.transport)
        answer = { ...graphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable.'), fault: answer.fault! };
      const decorated = decorate(answer, undefined);
      const inner: LogEntry = {
        seq: ++seq,
        method: 'GET',
        url: `/${rel}`,
        version,
        status: answer.status,
        headers: {},
        authorization: 'bearer',
        viaBatch: entry.seq,
        ...(answer.fault ? { fault: answer.fault } : {}),
        ...(answer.rejected ? { rejected: answer.rejected } : {}),
        ...(answer.resourceUnits !== undefined ? { resourceUnits: answer.resourceUnits } : {}),
      };
      log.push(inner);
      count(answer);
      responses.push({ id: String(r.id), status: answer.status, headers: decorated.headers, body: answer.text ?? decorated.body });
    }
    // Graph returns members in any order; reversing makes clients that assume order fail loudly.
    return { status: 200, body: { responses: responses.reverse() } };
  }

  function decorate(answer: Answer, clientRequestId: string | undefined): { headers: Record<string, string>; body: unknown } {
    const requestId = answer.headers?.['request-id'] ?? randomUUID();
    const headers: Record<string, string> = {
      'request-id': requestId,
      'client-request-id': clientRequestId ?? requestId,
      ...(answer.headers ?? {}),
    };
    let body = answer.body;
    const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
    if (error && answer.status >= 400) {
      body = {
        error: {
          ...error,
          innerError: {
            date: new Date().toISOString().replace(/\.\d+Z$/, ''),
            'request-id': requestId,
            'client-request-id': clientRequestId ?? requestId,
          },
        },
      };
      headers['Content-Type'] = 'application/json';
    } else {
      headers['Content-Type'] = answer.text !== undefined ? 'text/plain' : SUCCESS_TYPE;
    }
    return { headers, body };
  }

  function count(answer: Answer): void {
    stats.byStatus[answer.status] = (stats.byStatus[answer.status] ?? 0) + 1;
    if (answer.status !== 429) return;
    stats.throttled++;
    if (answer.rejected === 'resource-units') stats.throttledBy.resourceUnits++;
    else if (answer.rejected === 'conditional-access-rate') stats.throttledBy.conditionalAccess++;
    else stats.throttledBy.fault++;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = performance.now();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bodyText = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (k !== 'authorization' && k !== 'cookie' && v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const auth = req.headers.authorization;
    const bearerToken = /^Bearer\s+(\S+)$/i.exec(auth ?? '')?.[1];
    const entry: LogEntry = {
      seq: ++seq,
      method,
      url: rawUrl,
      status: 0,
      headers,
      authorization: auth === undefined ? 'absent' : /^Bearer\s/i.test(auth) ? 'bearer' : 'other',
      ...(bearerToken ? { tokenTag: createHash('sha256').update(bearerToken).digest('hex').slice(0, 12) } : {}),
      receivedAt: arrived,
    };
    log.push(entry);
    stats.requests++;
    opts.onRequest?.(entry);
    const url = new URL(rawUrl, origin);
    const underBase = !basePath || url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
    const m = underBase ? /^\/(v1\.0|beta)(\/.*)?$/i.exec(url.pathname.slice(basePath.length)) : null;
    let answer: Answer;
    try {
      if (!m)
        answer = underBase
          ? graphError(400, 'BadRequest', `Invalid version: '${url.pathname.slice(basePath.length).split('/')[1] ?? ''}'.`)
          : graphError(404, 'NotFound', `Nothing is served at ${url.pathname.split('/').slice(0, 3).join('/')}.`);
      else {
        const version = m[1]!.toLowerCase() === 'beta' ? 'beta' : 'v1.0';
        entry.version = version;
        const rest = m[2] ?? '/';
        if (method === 'POST' && rest === '/$batch') answer = await handleBatch(version, bodyText, req, entry);
        else if (method !== 'GET')
          answer = {
            ...graphError(405, 'MethodNotAllowed', `This Graph simulator only answers GET (and $batch of GETs); got ${method}.`),
            rejected: 'method',
          };
        else answer = await handleGet(version, rest, url.searchParams, auth, headers);
      }
    } catch (e) {
      answer =
        e instanceof ODataError
          ? graphError(e.status, e.code, e.message)
          : graphError(500, 'generalException', `simulator error: ${(e as Error).message}`);
    }
    entry.status = answer.status;
    if (answer.fault) entry.fault = answer.fault;
    if (answer.rejected) entry.rejected = answer.rejected;
    if (answer.resourceUnits !== undefined) entry.resourceUnits = answer.resourceUnits;
    if (answer.rejected === 'method') stats.methodRejected++;
    count(answer);
    const { headers: out, body } = decorate(answer, req.headers['client-request-id'] as string | undefined);
    const payload = Buffer.from(answer.text ?? (body === undefined ? '' : JSON.stringify(body)), 'utf8');
    // The injected latency is the answer's response time; the work above happened inside it.
    const latencyMs = (m && pageLatency.get(normalisePath(m[2] ?? '/'))) || opts.latencyMs;
    if (latencyMs) {
      const due = arrived + latencyMs;
      if (performance.now() >= due) stats.latencyOverruns++;
      else {
        // Timers run on a millisecond loop clock and may fire up to 1 ms early: sleep the whole milliseconds, then
        // yield until the latency has really passed, so no answer ever leaves sooner than latencyMs.
        await sleep(Math.floor(due - performance.now()) - 1);
        while (performance.now() < due) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    entry.answeredAt = performance.now();
    if (answer.transport === 'reset') {
      stats.resets++;
      entry.status = 0;
      req.socket.destroy();
      return;
    }
    if (answer.transport === 'truncate') {
      // Promise the whole body, send half, hang up: what a dropped connection looks like to the client.
      stats.truncated++;
      res.writeHead(answer.status, { ...out, 'Content-Length': String(payload.length) });
      res.write(payload.subarray(0, Math.floor(payload.length / 2)), () => req.socket.destroy());
      return;
    }
    if (answer.transport === 'silent') return; // never answer: the connection stays open and quiet until closed
    if (answer.transport === 'stall') {
      // Promise the whole body, send half, then nothing more — the connection stays open.
      res.writeHead(answer.status, { ...out, 'Content-Length': String(payload.length) });
      res.write(payload.subarray(0, Math.floor(payload.length / 2)));
      return;
    }
    if (answer.transport === 'oversize') {
      await writeOversize(res, out, answer.oversize!);
      return;
    }
    res.writeHead(answer.status, { ...out, 'Content-Length': String(payload.length) });
    // A large answer goes out in slices, yielding between them, the first one small: its headers and leading
    // nextLink reach the client at once, and the client's next request (sent on that nextLink) is taken in while
    // the rest is still being written, instead of waiting behind the encryption of the whole page.
    let at = 0;
    for (let slice = FIRST_SLICE; payload.length - at > slice; slice = WRITE_SLICE) {
      res.write(payload.subarray(at, at + slice));
      at += slice;
      await new Promise((resolve) => setImmediate(resolve));
    }
    res.end(payload.subarray(at));
  }

  /** A well-formed JSON page of `bytes` bytes (mostly padding), written in slices; stops when the client hangs up. */
  async function writeOversize(
    res: ServerResponse,
    headers: Record<string, string>,
    o: { bytes: number; declare: boolean },
  ): Promise<void> {
    const head = '{"value":[],"padding":"';
    const tail = '"}';
    const fill = Math.max(0, o.bytes - head.length - tail.length);
    res.on('error', () => undefined);
    res.writeHead(200, { ...headers, ...(o.declare ? { 'Content-Length': String(head.length + fill + tail.length) } : {}) });
    res.write(head);
    const slice = Buffer.alloc(WRITE_SLICE, 'x');
    for (let left = fill; left > 0 && !res.destroyed; left -= WRITE_SLICE) {
      const ok = res.write(left >= WRITE_SLICE ? slice : slice.subarray(0, left));
      if (!ok)
        await new Promise<void>((resolve) => {
          res.once('drain', resolve);
          res.once('close', resolve);
        });
    }
    if (!res.destroyed) res.end(tail);
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'generalException', message: String(e) } }));
    });
  };
  const server = opts.tls ? createTlsServer({ key: opts.tls.key, cert: opts.tls.cert }, listener) : createServer(listener);
  // Keep connections open between requests as Graph does, so clients reuse them (and a paging chain pays no handshake).
  server.keepAliveTimeout = 60_000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}${basePath}`;
  for (const [path, props] of Object.entries(opts.indexes ?? {})) prepareIndex(path, props);

  return {
    url: origin,
    port,
    model,
    log,
    setFaults: (f) => {
      faults = [...f];
    },
    addFault: (f) => {
      faults.push(f);
    },
    clearLog: () => {
      log.length = 0;
    },
    stats: () => structuredClone(stats),
    resetStats: () => {
      stats = freshStats();
      log.length = 0;
    },
    prepareIndex,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
