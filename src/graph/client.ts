import { Client, HTTPMessageHandler, ResponseType, type Middleware } from '@microsoft/microsoft-graph-client';
import { GraphRequestError, normaliseError } from './errors.js';
import {
  BearerTokenHandler,
  giveUpNotes,
  parsedBodies,
  ReadOnlyGuard,
  RequestTraits,
  ResilienceHandler,
  type GraphEvent,
} from './middleware.js';
import { NextLinkRefused, resolveNextLink } from './next-link.js';
import { ResourceUnitGovernor, type GovernorState, type ResourceUnitOptions } from './throttle.js';
import type { TokenSource } from './token-source.js';
import { NodeHttpHandler, type IdleTimer } from './transport.js';
import {
  DEFAULT_RETRY_POLICY,
  Pacer,
  backoffDelay,
  parseRetryAfter,
  realNow,
  realSleep,
  runPool,
  type Now,
  type RetryPolicy,
  type Sleep,
} from './timing.js';

export type GraphVersion = 'v1.0' | 'beta';

export interface GraphQuery {
  /** Path under the version root, e.g. `/users` or `/policies/authorizationPolicy`. */
  path: string;
  version: GraphVersion;
  /** OData and other query options in the order they are sent, e.g. `{ $select: 'id,displayName', $top: 999 }`. */
  query?: Readonly<Record<string, string | number | undefined>>;
  /** Pacing key: `conditionalAccess` for the 1 request/second endpoints. */
  pace?: string;
  /** Extra request headers (e.g. `ConsistencyLevel: eventual` for `$count`); carried to every page. */
  headers?: Readonly<Record<string, string>>;
}

export interface GraphTuning {
  retry?: Partial<RetryPolicy>;
  /** Minimum spacing per pacing key in ms; Conditional Access defaults to 1,050 ms (1 request/s plus a margin). */
  paceIntervals?: Record<string, number>;
  /**
   * Most pages followed for one query (a guard against endless paging). The default, 20,000, holds a million guests
   * at 100 to a page twice over, and at Graph's usual half a second per page it is about three hours: an endpoint
   * that pages on beyond it is not a directory.
   */
  maxPages?: number;
  /** Largest response body read for one request (default 64 MiB, some thirty times Graph's largest page). */
  maxResponseBytes?: number;
  /** Environment to read HTTPS_PROXY, HTTP_PROXY and NO_PROXY from (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** `$batch` requests in flight at once. */
  batchConcurrency?: number;
  /**
   * The directory's resource-unit budget for this app+tenant (Microsoft Graph throttling limits: S 3,500 / M 5,000 /
   * L 8,000 per 10 s). Without a `limit` it is inferred from Graph's `x-ms-throttle-limit-percentage`; `false` turns pacing off.
   */
  resourceUnits?: ResourceUnitOptions | false;
  /** Ask for the next page as soon as its `@odata.nextLink` arrives ahead of the page's items (default true). */
  earlyNextLink?: boolean;
  /** `node` (default): node:http(s) keep-alive connections (transport.ts); `fetch`: the SDK's own HTTPMessageHandler. */
  transport?: 'node' | 'fetch';
  /** How the `node` transport times a silent connection (default: the socket's idle timer); tests inject their own. */
  idleTimer?: IdleTimer;
  sleep?: Sleep;
  now?: Now;
  random?: () => number;
}

export interface GraphClientOptions extends GraphTuning {
  /** Graph root without version or trailing slash (`https://graph.microsoft.com`, or a loopback simulator). */
  baseUrl: string;
  tokens: TokenSource;
  onEvent?: (event: GraphEvent) => void;
}

export interface PageInfo {
  page: number;
  itemsSoFar: number;
  /** The page's request (`/v1.0/users?$select=…`), for messages about what it held. */
  request: string;
}

export interface BatchResult {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  /** For a 401: why the token was refused, naming its expiry (from the token source). */
  refusal?: string;
}

export const DEFAULT_PACE_INTERVALS: Readonly<Record<string, number>> = { conditionalAccess: 1_050 };
export const MAX_BATCH_REQUESTS = 20;
export const DEFAULT_MAX_PAGES = 20_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1_048_576;

/** Percent-encode only what would break the query string; keep OData punctuation readable (Graph accepts both). */
function encodeQueryValue(value: string): string {
  return value.replace(/[%&#+ ]/g, (c) => (c === ' ' ? '%20' : encodeURIComponent(c)));
}

export function buildPathAndQuery(path: string, query: GraphQuery['query']): string {
  const parts = Object.entries(query ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeQueryValue(String(v))}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
}

/**
 * The one place gatehouse talks HTTP. Built on @microsoft/microsoft-graph-client with our own middleware chain;
 * exposes only reads: `get`, paged `forEachPage`/`getAll` (following `@odata.nextLink` ourselves, verbatim and only
 * on the configured endpoint) and `batchGet` (`$batch` of GETs with inner 429/503/504 retried).
 */
export class GraphClient {
  readonly baseUrl: string;
  readonly sdk: Client;
  private readonly policy: RetryPolicy;
  private readonly sleep: Sleep;
  private readonly now: Now;
  private readonly random: () => number;
  private readonly maxPages: number;
  private readonly batchConcurrency: number;
  private readonly onEvent: ((event: GraphEvent) => void) | undefined;
  private readonly governor: ResourceUnitGovernor | undefined;
  private readonly earlyNextLink: boolean;
  private readonly tokens: TokenSource;
  /** Requests sent ahead on a leading nextLink that the finished page then did not confirm (expected: none). */
  speculationMisses = 0;

  constructor(opts: GraphClientOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.policy = { ...DEFAULT_RETRY_POLICY, ...opts.retry };
    this.sleep = opts.sleep ?? realSleep;
    this.now = opts.now ?? realNow;
    this.random = opts.random ?? Math.random;
    this.maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
    this.tokens = opts.tokens;
    this.batchConcurrency = opts.batchConcurrency ?? 4;
    this.onEvent = opts.onEvent;
    const pacer = new Pacer({ ...DEFAULT_PACE_INTERVALS, ...opts.paceIntervals }, this.now, this.sleep);
    this.governor = opts.resourceUnits === false ? undefined : new ResourceUnitGovernor(opts.resourceUnits ?? {}, this.now, this.sleep);
    this.earlyNextLink = opts.earlyNextLink ?? true;
    const middleware: Middleware[] = [
      new ReadOnlyGuard(this.baseUrl),
      new ResilienceHandler({
        policy: this.policy,
        pacer,
        sleep: this.sleep,
        now: this.now,
        random: this.random,
        baseUrl: this.baseUrl,
        maxResponseChars: opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
        ...(this.governor ? { governor: this.governor } : {}),
        ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
      }),
      new BearerTokenHandler(opts.tokens, opts.onEvent, this.baseUrl),
      opts.transport === 'fetch'
        ? new HTTPMessageHandler()
        : new NodeHttpHandler({
            idleTimeoutMs: this.policy.idleTimeoutMs,
            ...(opts.idleTimer ? { idleTimer: opts.idleTimer } : {}),
            ...(opts.env ? { env: opts.env } : {}),
          }),
    ];
    this.sdk = Client.initWithMiddleware({ middleware, baseUrl: this.baseUrl, defaultVersion: 'v1.0' });
  }

  /** The resource-unit governor's view of the budget (limit configured or inferred, time spent waiting for it). */
  resourceUnitState(): GovernorState | undefined {
    return this.governor?.state();
  }

  /** GET one resource (an entity, one page of a collection, or a `$count` — returned as its text). */
  async get<T = Record<string, unknown>>(q: GraphQuery): Promise<T> {
    return (await this.send(q.version, buildPathAndQuery(q.path, q.query), { pace: q.pace, headers: q.headers })) as T;
  }

  /**
   * GET a collection page by page. `onPage` sees each page's `value` before the next is fetched (back-pressure),
   * so a large collection never has to sit in memory twice.
   */
  async forEachPage<T = Record<string, unknown>>(
    q: GraphQuery,
    onPage: (items: T[], info: PageInfo) => void | Promise<void>,
  ): Promise<{ pages: number; items: number }> {
    return this.pageFrom<T>(q.version, buildPathAndQuery(q.path, q.query), { pace: q.pace, headers: q.headers }, onPage);
  }

  /** Continue paging from an `@odata.nextLink` met elsewhere (e.g. inside a `$batch` answer). */
  async forEachPageFromLink<T = Record<string, unknown>>(
    nextLink: string,
    onPage: (items: T[], info: PageInfo) => void | Promise<void>,
  ): Promise<{ pages: number; items: number }> {
    const { version, pathAndQuery } = this.fromNextLink(nextLink, '(nextLink)');
    return this.pageFrom<T>(version, pathAndQuery, {}, onPage);
  }

  private async pageFrom<T>(
    startVersion: GraphVersion,
    startPathAndQuery: string,
    how: SendOptions,
    onPage: (items: T[], info: PageInfo) => void | Promise<void>,
  ): Promise<{ pages: number; items: number }> {
    let where = `/${startVersion}${startPathAndQuery}`;
    const seen = new Set<string>();
    let items = 0;
    /**
     * One page request. When Graph writes the page's nextLink ahead of its items, the request for the next page
     * goes out at once (`ahead`, keyed by the link), while this page is still arriving and being parsed: the chain
     * of pages is the critical path, and this takes the transfer and parsing of every page off it. The finished
     * page decides: only a request for the nextLink it actually carries is used.
     */
    const request = (version: GraphVersion, pathAndQuery: string, page: number, confirmed: boolean): PageRequest => {
      const self: PageRequest = { body: Promise.resolve(undefined), ahead: new Map(), confirmed, deferred: [] };
      const onNextLink = (link: string) => {
        // Only a confirmed page (one the chain has reached) sends ahead: one page of look-ahead, never a runaway chain.
        if (!self.confirmed) self.deferred.push(link);
        else sendAhead(self, link, page);
      };
      self.body = this.send(version, pathAndQuery, { ...how, ...(this.earlyNextLink ? { onNextLink } : {}) });
      self.body.catch(() => undefined); // handled when awaited; this only prevents an unhandled rejection meanwhile
      return self;
    };
    const sendAhead = (from: PageRequest, link: string, page: number) => {
      if (from.ahead.has(link) || seen.has(link) || page >= this.maxPages) return;
      let target: { version: GraphVersion; pathAndQuery: string };
      try {
        target = this.fromNextLink(link, where);
      } catch {
        return; // not followed ahead; the finished page reports it
      }
      from.ahead.set(link, request(target.version, target.pathAndQuery, page + 1, false));
    };
    const confirm = (r: PageRequest, page: number) => {
      r.confirmed = true;
      for (const link of r.deferred.splice(0)) sendAhead(r, link, page);
    };
    let current = request(startVersion, startPathAndQuery, 1, true);
    for (let page = 1; ; page++) {
      const pageRequest = where;
      const body = (await current.body) as { value?: unknown; '@odata.nextLink'?: unknown };
      if (!Array.isArray(body?.value))
        throw new GraphRequestError('Graph returned a page without a "value" array', 'InvalidResponseBody', 200, undefined, where);
      const next = body['@odata.nextLink'];
      const more = typeof next === 'string' && next !== '';
      const unconfirmed = [...current.ahead.keys()].filter((link) => link !== next).length;
      this.speculationMisses += unconfirmed;
      if (more) {
        if (seen.has(next))
          throw new GraphRequestError(
            'Graph returned the same @odata.nextLink twice; stopped paging to avoid an endless loop',
            'RepeatedNextLink',
            undefined,
            undefined,
            where,
          );
        if (page >= this.maxPages)
          throw new GraphRequestError(`more than ${this.maxPages} pages; stopped paging`, 'TooManyPages', undefined, undefined, where);
        seen.add(next);
        const { version, pathAndQuery } = this.fromNextLink(next, where);
        where = `/${version}${pathAndQuery}`;
        // Ask for the next page before handling this one (if it was not asked for already, on the leading link),
        // so the callback's work (cleaning, counting) overlaps the round trip instead of adding to it.
        const ahead = current.ahead.get(next);
        current = ahead ?? request(version, pathAndQuery, page + 1, true);
        if (ahead) confirm(ahead, page + 1);
      }
      items += body.value.length;
      await onPage(body.value as T[], { page, itemsSoFar: items, request: pageRequest });
      if (!more) return { pages: page, items };
    }
  }

  async getAll<T = Record<string, unknown>>(q: GraphQuery, onPage?: (info: PageInfo) => void): Promise<T[]> {
    const all: T[] = [];
    await this.forEachPage<T>(q, (items, info) => {
      for (const item of items) all.push(item);
      onPage?.(info);
    });
    return all;
  }

  /**
   * `$batch` of GETs (at most 20 per POST; more are split). Inner responses come back in any order, each with its
   * own status; inner 429/503/504 are retried (the SDK's retry handler only sees the outer response), and inner
   * 401s once, with a renewed token, as for any request. `urls` are relative to the version root (`/users/{id}/sponsors`). Results are keyed by index.
   */
  async batchGet(version: GraphVersion, urls: readonly string[]): Promise<BatchResult[]> {
    const results = new Array<BatchResult>(urls.length);
    const chunks: number[][] = [];
    for (let i = 0; i < urls.length; i += MAX_BATCH_REQUESTS) chunks.push(urls.slice(i, i + MAX_BATCH_REQUESTS).map((_, j) => i + j));
    await runPool(chunks, this.batchConcurrency, async (chunk) => {
      let pending = chunk;
      let waited = 0;
      let renewed = false;
      for (let attempt = 1; pending.length; attempt++) {
        const requests = pending.map((i) => ({ id: String(i), method: 'GET', url: urls[i]! }));
        const sent: SendOptions = {};
        const body = (await this.send(version, '/$batch', sent, { requests })) as {
          responses?: Array<{ id?: unknown; status?: unknown; headers?: Record<string, string>; body?: unknown }>;
        };
        if (!Array.isArray(body?.responses))
          throw new GraphRequestError(
            'Graph returned a $batch answer without "responses"',
            'InvalidResponseBody',
            200,
            undefined,
            `/${version}/$batch`,
          );
        const retry: number[] = [];
        const refused: number[] = [];
        let retryAfter: number | undefined;
        for (const r of body.responses) {
          const i = Number(r.id);
          if (!pending.includes(i) || typeof r.status !== 'number') continue;
          const headers = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
          if ([429, 503, 504].includes(r.status) && attempt < this.policy.maxAttempts) {
            retry.push(i);
            const ra = parseRetryAfter(headers['retry-after'], this.now());
            if (ra !== undefined) retryAfter = Math.max(retryAfter ?? 0, ra);
          }
          if (r.status === 401) refused.push(i);
          results[i] = {
            status: r.status,
            body: r.body,
            headers,
            ...(r.status === 401 && renewed && sent.sentWith ? { refusal: this.tokens.describeRefusal(sent.sentWith) } : {}),
          };
        }
        for (const i of pending) {
          results[i] ??= {
            status: 0,
            body: { error: { code: 'MissingBatchResponse', message: 'no response for this request in the $batch answer' } },
            headers: {},
          };
        }
        if (refused.length && !renewed && sent.sentWith !== undefined) {
          // The token was refused for these members: renew it once and send them again (as a lone 401 would be).
          this.tokens.refused(sent.sentWith);
          renewed = true;
          this.onEvent?.({ type: 'token-refused', path: `/${version}/$batch (${refused.length} inner)`, renewed: true });
          pending = [...refused, ...retry];
          continue;
        }
        if (!retry.length) return;
        const delay = retryAfter ?? backoffDelay(attempt, this.policy, this.random);
        if (waited + delay > this.policy.maxTotalWaitMs || (retryAfter ?? 0) > this.policy.maxRetryAfterMs) return;
        this.onEvent?.({
          type: 'retry',
          reason: 'throttled',
          status: 429,
          waitMs: delay,
          attempt,
          retryAfter: retryAfter !== undefined,
          path: `/${version}/$batch (${retry.length} inner)`,
        });
        await this.sleep(delay);
        waited += delay;
        pending = retry;
      }
    });
    return results;
  }

  /** The error an inner `$batch` response represents (undefined for 2xx). */
  static batchError(result: BatchResult, path: string): GraphRequestError | undefined {
    if (result.status >= 200 && result.status < 300) return undefined;
    const err = (result.body as { error?: { code?: unknown; message?: unknown; innerError?: Record<string, unknown> } } | undefined)?.error;
    const requestId = (err?.innerError?.['request-id'] as string | undefined) ?? result.headers['request-id'];
    const e = new GraphRequestError(
      typeof err?.message === 'string' && err.message ? err.message : `HTTP ${result.status}`,
      typeof err?.code === 'string' ? err.code : `HTTP${result.status}`,
      result.status || undefined,
      requestId,
      path,
    );
    return result.status === 401 && result.refusal ? refusedTokenError(e, result.refusal) : e;
  }

  private async send(version: GraphVersion, pathAndQuery: string, how: SendOptions, postBody?: unknown): Promise<unknown> {
    const path = `/${version}${pathAndQuery}`;
    // The SDK reads a path containing `https://` as an absolute URL and takes the host from it.
    if (pathAndQuery.includes('://'))
      throw new GraphRequestError(
        'refused a request whose path or query holds a URL; the access token is sent nowhere but the configured endpoint',
        'ForeignRequestRefused',
        undefined,
        undefined,
        path.split('?')[0]!,
      );
    const traits = new RequestTraits(how.pace, how.onNextLink);
    delete how.sentWith;
    const request = this.sdk.api(pathAndQuery).version(version).responseType(ResponseType.RAW).middlewareOptions([traits]);
    if (how.headers) request.headers({ ...how.headers });
    let response: Response;
    try {
      response = (postBody === undefined ? await request.get() : await request.post(postBody)) as Response;
    } catch (e) {
      throw normaliseError(traits.failure ?? e, path);
    } finally {
      if (traits.token !== undefined) how.sentWith = traits.token;
    }
    if (response.ok) {
      if (parsedBodies.has(response)) return parsedBodies.get(response);
      return undefined;
    }
    const error = await errorFromResponse(response, path);
    if (response.status === 401 && traits.token !== undefined) throw refusedTokenError(error, this.tokens.describeRefusal(traits.token));
    throw error;
  }

  /** Turn an `@odata.nextLink` into a request on our endpoint (see next-link.ts); refused links fail the query. */
  private fromNextLink(link: string, from: string): { version: GraphVersion; pathAndQuery: string } {
    try {
      return resolveNextLink(link, this.baseUrl);
    } catch (e) {
      if (!(e instanceof NextLinkRefused)) throw e;
      const shown = link.split('?')[0]!.slice(0, 300);
      throw new GraphRequestError(
        `Graph returned an @odata.nextLink that leads outside the configured endpoint (${shown}): ${e.reason}; not followed, and the access token was not sent`,
        'ForeignNextLink',
        undefined,
        undefined,
        from,
      );
    }
  }
}

/** A 401 that outlasted a renewed token: the authentication failure, naming why the token was refused. */
function refusedTokenError(e: GraphRequestError, refusal: string): GraphRequestError {
  return new GraphRequestError(
    `authentication failed: Graph refused the access token (HTTP 401${e.code ? ` ${e.code}` : ''}: ${e.message}); ${refusal}`,
    e.code,
    401,
    e.requestId,
    e.path,
  );
}

interface SendOptions {
  pace?: string | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  onNextLink?: (link: string) => void;
  /** Set by `send`: the token the request last carried. */
  sentWith?: string;
}

interface PageRequest {
  body: Promise<unknown>;
  /** Requests already sent for next pages, by the nextLink they follow. */
  ahead: Map<string, PageRequest>;
  /** Reached by the chain (its predecessor's finished page named it): only then may it send ahead. */
  confirmed: boolean;
  /** Leading nextLinks that arrived before the page was confirmed. */
  deferred: string[];
}

async function errorFromResponse(response: Response, path: string): Promise<GraphRequestError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // body already consumed or unreadable: status and headers still say enough
  }
  let code: string | undefined;
  let message: string | undefined;
  let requestId: string | undefined;
  try {
    const err = (
      JSON.parse(text) as {
        error?: { code?: unknown; message?: unknown; innerError?: Record<string, unknown>; innererror?: Record<string, unknown> };
      }
    ).error;
    if (typeof err?.code === 'string') code = err.code;
    if (typeof err?.message === 'string') message = err.message;
    const inner = err?.innerError ?? err?.innererror;
    if (typeof inner?.['request-id'] === 'string') requestId = inner['request-id'];
  } catch {
    // not a Graph error body (a proxy page, an empty 503): keep the status
  }
  requestId ??= response.headers.get('request-id') ?? response.headers.get('client-request-id') ?? undefined;
  const note = giveUpNotes.get(response);
  const base = message ?? `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return new GraphRequestError(note ? `${base} (${note})` : base, code ?? `HTTP${response.status}`, response.status, requestId, path);
}
