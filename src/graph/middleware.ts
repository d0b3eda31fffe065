import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { AuthenticationFailure, ReadOnlyViolation, TransportError } from './errors.js';
import { estimateResourceUnits, type Reservation, type ResourceUnitGovernor } from './throttle.js';
import { responseStreams } from './transport.js';
import type { IncomingMessage } from 'node:http';
import { backoffDelay, parseRetryAfter, type Now, type Pacer, type RetryPolicy, type Sleep } from './timing.js';

/**
 * gatehouse's middleware chain for @microsoft/microsoft-graph-client (`Client.initWithMiddleware({ middleware })`):
 *
 *   ReadOnlyGuard → BearerTokenHandler → ResilienceHandler → NodeHttpHandler (transport.ts, in place of the SDK's fetch-based HTTPMessageHandler)
 *
 * Our own auth handler because the SDK's AuthenticationHandler attaches tokens only to https Graph hosts (a loopback
 * simulator got no Authorization header), and our own retry handler because we need pacing, a per-attempt timeout,
 * truncated-body detection and a bound on total waiting, none of which the SDK's RetryHandler offers
 * (graph-api.md §12).
 */

/** Per-request traits the chain reads through the SDK's middleware-options mechanism. */
export class RequestTraits implements MiddlewareOptions {
  constructor(
    /** Pacing key (e.g. `conditionalAccess`): requests sharing it are spaced out (and not metered in resource units). */
    readonly pace?: string,
    /**
     * Called with the page's `@odata.nextLink` as soon as it has arrived, when Graph writes it ahead of `value`
     * (as it does for /users): the pager can ask for the next page while this one is still downloading.
     */
    readonly onNextLink?: (link: string) => void,
  ) {}
}

export interface TokenSource {
  /** A bearer token for the Graph endpoint; throws AuthenticationFailure when none can be had. */
  token(): Promise<string>;
}

export type GraphEvent =
  | { type: 'retry'; reason: 'throttled' | 'unavailable' | 'network' | 'timeout' | 'truncated'; status?: number; waitMs: number; attempt: number; retryAfter: boolean; path: string }
  | { type: 'paced'; waitMs: number; key: string; path: string };

/** The key of `paced` events caused by the resource-unit budget. */
export const RESOURCE_UNITS_PACE_KEY = 'resourceUnits';

/** Parsed JSON of successful responses, so the body is parsed exactly once (inside the retry loop, to catch truncation). */
export const parsedBodies = new WeakMap<Response, unknown>();
/** Why the retry handler stopped retrying a throttled/unavailable response (added to the error message). */
export const giveUpNotes = new WeakMap<Response, string>();

abstract class ChainLink implements Middleware {
  protected next: Middleware | undefined;
  setNext(middleware: Middleware): void {
    this.next = middleware;
  }
  protected async forward(context: Context): Promise<void> {
    if (!this.next) throw new Error(`${this.constructor.name} has no next middleware`);
    await this.next.execute(context);
  }
  abstract execute(context: Context): Promise<void>;
}

function requestUrl(request: RequestInfo): string {
  return typeof request === 'string' ? request : request.url;
}

/** Path under the Graph root, for messages and events (never includes the host or headers). */
export function displayPath(url: string, baseUrl: string): string {
  return url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url;
}

/**
 * Lets through only GET, and POST `/$batch` whose inner requests are all GET, to the configured Graph endpoint.
 * Anything else is a bug in gatehouse and is refused before a token is even attached.
 */
export class ReadOnlyGuard extends ChainLink {
  constructor(private readonly baseUrl: string) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const url = requestUrl(context.request);
    if (!url.startsWith(`${this.baseUrl}/`)) throw new ReadOnlyViolation(`refusing a request outside the configured Graph endpoint: ${url.split('?')[0]}`);
    const method = (context.options?.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && !(method === 'POST' && this.isBatchOfGets(url, context.options?.body))) {
      throw new ReadOnlyViolation(`refusing ${method} ${displayPath(url.split('?')[0]!, this.baseUrl)}: gatehouse only reads (GET, or $batch of GETs)`);
    }
    await this.forward(context);
  }

  private isBatchOfGets(url: string, body: unknown): boolean {
    const path = displayPath(url, this.baseUrl);
    if (!/^\/(v1\.0|beta)\/\$batch$/.test(path) || typeof body !== 'string') return false;
    try {
      const parsed = JSON.parse(body) as { requests?: Array<{ method?: unknown; body?: unknown }> };
      const requests = parsed.requests;
      return Array.isArray(requests) && requests.length > 0 && requests.length <= 20 && requests.every((r) => typeof r.method === 'string' && r.method.toUpperCase() === 'GET' && r.body === undefined);
    } catch {
      return false;
    }
  }
}

function setHeader(context: Context, name: string, value: string): void {
  context.options ??= {};
  const headers = context.options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) headers.push([name, value]);
  else context.options.headers = { ...(headers as Record<string, string> | undefined), [name]: value };
}

/** Attaches `Authorization: Bearer …` from a TokenSource (an @azure/identity credential or a pre-acquired token). */
export class BearerTokenHandler extends ChainLink {
  constructor(private readonly tokens: TokenSource) {
    super();
  }

  async execute(context: Context): Promise<void> {
    let token: string;
    try {
      token = await this.tokens.token();
    } catch (e) {
      throw e instanceof AuthenticationFailure ? e : new AuthenticationFailure(`could not get an access token: ${(e as Error)?.message ?? String(e)}`);
    }
    setHeader(context, 'Authorization', `Bearer ${token}`);
    await this.forward(context);
  }
}

const RETRY_STATUSES = new Set([429, 503, 504]);
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export interface ResilienceDeps {
  policy: RetryPolicy;
  pacer: Pacer;
  sleep: Sleep;
  now: Now;
  random: () => number;
  baseUrl: string;
  /** Client-side pacing for the directory's resource-unit budget (requests without a pacing key). */
  governor?: ResourceUnitGovernor;
  onEvent?: (event: GraphEvent) => void;
}

/**
 * Retries 429/503/504 and transport failures (reset, timeout, truncated body) with bounded attempts and a bounded
 * total wait, honouring Retry-After (seconds or HTTP-date) and otherwise backing off exponentially with jitter.
 * Each attempt gets its own timeout (AbortController). The body is read here, inside the loop, so a connection cut
 * mid-body is retried instead of surfacing as a parse error.
 */
export class ResilienceHandler extends ChainLink {
  constructor(private readonly deps: ResilienceDeps) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const { policy, pacer, sleep, now, random, onEvent, governor } = this.deps;
    const traits = context.middlewareControl?.getMiddlewareOptions(RequestTraits) as RequestTraits | undefined;
    const path = displayPath(requestUrl(context.request), this.deps.baseUrl);
    const metered = governor && !traits?.pace ? estimateRequestUnits(path, context.options?.body) : 0;
    let waited = 0;
    let throttled = false;
    for (let attempt = 1; ; attempt++) {
      if (traits?.pace) {
        const paced = await pacer.acquire(traits.pace);
        if (paced > 0) onEvent?.({ type: 'paced', waitMs: paced, key: traits.pace, path });
      }
      let reservation: Reservation | undefined;
      if (metered) {
        reservation = await governor!.acquire(metered, throttled);
        if (reservation.waited > 0) onEvent?.({ type: 'paced', waitMs: reservation.waited, key: RESOURCE_UNITS_PACE_KEY, path });
      }
      const outcome = await this.attempt(context, traits?.onNextLink);
      if (reservation) this.account(governor!, reservation, outcome.response);
      let reason: 'throttled' | 'unavailable' | 'network' | 'timeout' | 'truncated';
      let retryAfterMs: number | undefined;
      let status: number | undefined;
      if (outcome.response) {
        status = outcome.response.status;
        if (!RETRY_STATUSES.has(status)) {
          context.response = outcome.response;
          return;
        }
        reason = status === 429 ? 'throttled' : 'unavailable';
        throttled = status === 429;
        retryAfterMs = parseRetryAfter(outcome.response.headers.get('retry-after'), now());
      } else {
        const err = outcome.error!;
        reason = err.kind === 'RequestTimeout' ? 'timeout' : err.kind === 'TruncatedResponse' ? 'truncated' : 'network';
      }
      const delay = retryAfterMs ?? backoffDelay(attempt, policy, random);
      const giveUp =
        attempt >= policy.maxAttempts ? `gave up after ${attempt} attempts`
        : retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs ? `Retry-After of ${Math.round(retryAfterMs / 1000)} s exceeds the ${Math.round(policy.maxRetryAfterMs / 1000)} s gatehouse waits`
        : waited + delay > policy.maxTotalWaitMs ? `gave up after waiting ${Math.round(waited / 1000)} s in total`
        : undefined;
      if (giveUp) {
        if (outcome.response) {
          giveUpNotes.set(outcome.response, giveUp);
          context.response = outcome.response;
          return;
        }
        throw new TransportError(outcome.error!.kind, `${outcome.error!.message} (${giveUp})`);
      }
      if (traits?.pace && status === 429) pacer.defer(traits.pace, delay);
      onEvent?.({ type: 'retry', reason, ...(status !== undefined ? { status } : {}), waitMs: delay, attempt, retryAfter: retryAfterMs !== undefined, path });
      await sleep(delay);
      waited += delay;
    }
  }

  /** Tell the governor what Graph charged (`x-ms-resource-unit`, inner ones for a `$batch`) and how full it is. */
  private account(governor: ResourceUnitGovernor, reservation: Reservation, response: Response | undefined): void {
    if (!response) {
      governor.settle(reservation, undefined, undefined); // no answer: keep the reservation as spent
      return;
    }
    const headerSets: Array<(name: string) => string | null | undefined> = [(n) => response.headers.get(n)];
    const batch = parsedBodies.get(response) as { responses?: Array<{ headers?: Record<string, unknown>; status?: unknown }> } | undefined;
    let innerThrottle: number | undefined;
    if (Array.isArray(batch?.responses)) {
      for (const r of batch.responses) {
        const h = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
        headerSets.push((n) => h[n]);
        if (r.status === 429) innerThrottle = Math.max(innerThrottle ?? 0, parseRetryAfter(h['retry-after'], this.deps.now()) ?? 0);
      }
    }
    if (response.status === 429 || innerThrottle !== undefined) {
      const retryAfter = response.status === 429 ? parseRetryAfter(response.headers.get('retry-after'), this.deps.now()) : innerThrottle;
      if (response.status === 429) {
        governor.pause(reservation, retryAfter ?? 0);
        return;
      }
      governor.pause({ ...reservation, units: 0 }, retryAfter ?? 0); // inner 429s: pause, then settle what was charged
    }
    let charged: number | undefined;
    let percentage: number | undefined;
    for (const get of headerSets) {
      const units = Number(get('x-ms-resource-unit'));
      if (get('x-ms-resource-unit') != null && Number.isFinite(units)) charged = (charged ?? 0) + units;
      const pct = Number(get('x-ms-throttle-limit-percentage'));
      if (get('x-ms-throttle-limit-percentage') != null && Number.isFinite(pct)) percentage = Math.max(percentage ?? 0, pct);
    }
    governor.settle(reservation, charged, percentage);
  }

  /** One attempt: send, read the whole body, parse JSON on success. Transport failures come back as TransportError. */
  private async attempt(context: Context, onNextLink?: (link: string) => void): Promise<{ response?: Response; error?: TransportError }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.deps.policy.timeoutMs);
    // Never follow redirects: a bearer token must not be replayed to wherever a 3xx points.
    context.options = { ...context.options, signal: controller.signal, redirect: 'manual' };
    context.response = undefined;
    try {
      try {
        await this.forward(context);
      } catch (e) {
        if (controller.signal.aborted) return { error: new TransportError('RequestTimeout', `no response within ${this.deps.policy.timeoutMs} ms`) };
        if (e instanceof AuthenticationFailure || e instanceof ReadOnlyViolation) throw e;
        const cause = (e as { cause?: { code?: string; message?: string } }).cause ?? (e as { code?: string; message?: string });
        return { error: new TransportError('NetworkError', `connection failed: ${cause?.code ?? cause?.message ?? (e as Error).message}`) };
      }
      const raw = context.response as Response | undefined;
      if (!raw) return { error: new TransportError('NetworkError', 'no response') };
      let text: string;
      try {
        const stream = responseStreams.get(raw);
        text = stream ? await readNodeBody(stream, raw.ok ? onNextLink : undefined) : raw.ok && onNextLink && raw.body ? await readWatchingHead(raw.body, onNextLink) : await raw.text();
      } catch (e) {
        if (controller.signal.aborted) return { error: new TransportError('RequestTimeout', `response body not complete within ${this.deps.policy.timeoutMs} ms`) };
        const cause = (e as { cause?: { code?: string; message?: string } }).cause ?? (e as { code?: string; message?: string });
        return { error: new TransportError('TruncatedResponse', `response body cut off (${cause?.code ?? cause?.message ?? (e as Error).message})`) };
      }
      // A success's body is handed on parsed (parsedBodies), so the Response carries no copy of a page's text:
      // re-encoding hundreds of kilobytes per page into a new body costs more than parsing it.
      const keepText = !raw.ok && !NULL_BODY_STATUSES.has(raw.status);
      const response = new Response(keepText ? text : null, { status: raw.status, statusText: raw.statusText, headers: raw.headers });
      if (raw.ok && raw.status !== 204 && text.length === 0) return { error: new TransportError('TruncatedResponse', 'empty response body') };
      if (raw.ok && raw.status !== 204 && /^text\/plain\b/i.test(raw.headers.get('content-type') ?? '')) {
        parsedBodies.set(response, text.replace(/^\uFEFF/, '').trim()); // `$count` answers a bare number as text
      } else if (raw.ok && raw.status !== 204) {
        try {
          parsedBodies.set(response, JSON.parse(text));
        } catch {
          return { error: new TransportError('TruncatedResponse', `response body of ${text.length} characters is not complete JSON`) };
        }
      }
      return { response };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Resource units a request will probably cost: its own estimate, or the sum of a `$batch`'s members. */
function estimateRequestUnits(path: string, body: unknown): number {
  if (/^\/(v1\.0|beta)\/\$batch$/.test(path) && typeof body === 'string') {
    try {
      const requests = (JSON.parse(body) as { requests?: Array<{ url?: unknown }> }).requests ?? [];
      return requests.reduce((sum, r) => sum + estimateResourceUnits(`/${String(r.url ?? '').replace(/^\/+/, '')}`), 0) || 1;
    } catch {
      return 1;
    }
  }
  return estimateResourceUnits(path);
}

/**
 * Read a node response body to the end as text, calling `onNextLink` as soon as a leading `@odata.nextLink` has
 * arrived. Rejects when the connection closes before the body is complete (a truncated answer).
 */
function readNodeBody(res: IncomingMessage, onNextLink?: (link: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    // Decoded chunk by chunk and joined once (measured faster than decoding the concatenated bytes, because a page
    // with a few non-ASCII names then costs a two-byte copy of only some chunks until the join).
    res.setEncoding('utf8');
    const parts: string[] = [];
    let head = '';
    let watching = onNextLink !== undefined;
    res.on('data', (chunk: string) => {
      parts.push(chunk);
      if (!watching) return;
      head += chunk;
      const link = leadingNextLink(head);
      if (link !== undefined || head.length > HEAD_LIMIT) watching = false;
      if (typeof link === 'string') onNextLink!(link);
    });
    res.on('end', () => resolve(parts.join('')));
    res.on('error', reject);
    res.on('close', () => {
      if (!res.complete) reject(Object.assign(new Error('connection closed before the response body was complete'), { code: 'ECONNRESET' }));
    });
  });
}

/** How much of a body's start is searched for a leading `@odata.nextLink`. */
const HEAD_LIMIT = 16_384;

/** Read a body to the end, calling `onNextLink` as soon as a leading `@odata.nextLink` has arrived. */
async function readWatchingHead(body: ReadableStream<Uint8Array>, onNextLink: (link: string) => void): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let head = '';
  let watching = true;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const chunk = decoder.decode(value, { stream: true });
    parts.push(chunk);
    if (watching) {
      head += chunk;
      const link = leadingNextLink(head);
      if (link !== undefined || head.length > HEAD_LIMIT) watching = false;
      if (typeof link === 'string') {
        onNextLink(link);
        // Let the next page's request leave the process before this page's remaining bytes are read and parsed.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return i;
}

/** The JSON string starting at `text[i]` (a quote): its value and the index after it; undefined when cut off. */
function jsonString(text: string, i: number): { value: string; end: number } | undefined {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '"') return { value: JSON.parse(text.slice(i, j + 1)) as string, end: j + 1 };
  }
  return undefined;
}

/**
 * The `@odata.nextLink` of a Graph collection page whose start is `text`, if it comes before `value`: a string when
 * found, `null` when it is not ahead of `value` (or the start is not a plain object of scalar members), `undefined`
 * when more text is needed. Only a hint: the pager still checks it against the parsed page.
 */
export function leadingNextLink(text: string): string | null | undefined {
  let i = skipSpace(text, 0);
  if (i >= text.length) return undefined;
  if (text[i] !== '{') return null;
  i++;
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return undefined;
    if (text[i] !== '"') return null;
    const key = jsonString(text, i);
    if (!key) return undefined;
    i = skipSpace(text, key.end);
    if (i >= text.length) return undefined;
    if (text[i] !== ':') return null;
    i = skipSpace(text, i + 1);
    if (i >= text.length) return undefined;
    if (key.value === 'value') return null;
    if (text[i] === '"') {
      const v = jsonString(text, i);
      if (!v) return undefined;
      if (key.value === '@odata.nextLink') return v.value;
      i = v.end;
    } else {
      const m = /^(?:-?[0-9][0-9.eE+-]*|true|false|null)/.exec(text.slice(i, i + 64));
      if (!m) return null; // an object or array member: stop looking
      i += m[0].length;
    }
    i = skipSpace(text, i);
    if (i >= text.length) return undefined;
    if (text[i] !== ',') return null;
    i++;
  }
}
