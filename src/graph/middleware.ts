import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { AuthenticationFailure, GraphRequestError, ReadOnlyViolation, TransportError, type TransportFailure } from './errors.js';
import { estimateResourceUnits, type Reservation, type ResourceUnitGovernor } from './throttle.js';
import type { TokenSource } from './token-source.js';
import { discardBody, IDLE_TIMEOUT_CODE, idleTimedOut, responseStreams } from './transport.js';
import type { IncomingMessage } from 'node:http';
import { StringDecoder } from 'node:string_decoder';
import { backoffDelay, parseRetryAfter, type Now, type Pacer, type RetryPolicy, type Sleep } from './timing.js';

/**
 * gatehouse's middleware chain for @microsoft/microsoft-graph-client (`Client.initWithMiddleware({ middleware })`):
 *
 *   ReadOnlyGuard → ResilienceHandler → BearerTokenHandler → NodeHttpHandler (transport.ts, in place of the SDK's fetch-based HTTPMessageHandler)
 *
 * Our own auth handler because the SDK's AuthenticationHandler attaches tokens only to https Graph hosts (a loopback
 * simulator got no Authorization header), and our own retry handler because we need pacing, a per-attempt timeout,
 * truncated-body detection, a response size cap and a bound on total waiting, none of which the SDK's RetryHandler
 * offers. The token is attached *after* the retry handler, so every attempt takes it at the moment it leaves — after
 * any pacing or Retry-After wait — and a token that expired during a wait is never sent.
 */

/** Per-request traits the chain reads through the SDK's middleware-options mechanism. */
export class RequestTraits implements MiddlewareOptions {
  /** The token the last attempt carried (for the refusal message). */
  token: string | undefined;
  /**
   * The error a link of the chain failed with. The SDK re-wraps anything thrown in a middleware as a GraphError
   * keeping only name and message; the client takes the original from here.
   */
  failure: Error | undefined;

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

export type { TokenSource };

export type GraphEvent =
  | {
      type: 'retry';
      reason: 'throttled' | 'unavailable' | 'network' | 'timeout' | 'truncated';
      status?: number;
      waitMs: number;
      attempt: number;
      retryAfter: boolean;
      path: string;
    }
  | { type: 'paced'; waitMs: number; key: string; path: string }
  | { type: 'token-refused'; path: string; renewed: boolean };

/** The key of `paced` events caused by the resource-unit budget. */
export const RESOURCE_UNITS_PACE_KEY = 'resourceUnits';

/** Parsed JSON of successful responses, so the body is parsed exactly once (inside the retry loop, to catch truncation). */
export const parsedBodies = new WeakMap<Response, unknown>();
/** Why the retry handler stopped retrying a throttled/unavailable response (added to the error message). */
export const giveUpNotes = new WeakMap<Response, string>();

function traitsOf(context: Context): RequestTraits | undefined {
  return context.middlewareControl?.getMiddlewareOptions(RequestTraits) as RequestTraits | undefined;
}

/** Fail the request with `error`, kept for the client whatever the SDK makes of the throw. */
function fail(context: Context, error: Error): never {
  const traits = traitsOf(context);
  if (traits) traits.failure ??= error;
  throw error;
}

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
    const method = (context.options?.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && !(method === 'POST' && this.isBatchOfGets(url, context.options?.body))) {
      fail(
        context,
        new ReadOnlyViolation(
          `refusing ${method} ${displayPath(url.split('?')[0]!, this.baseUrl)}: gatehouse only reads (GET, or $batch of GETs)`,
        ),
      );
    }
    // A URL elsewhere comes from data (a nextLink the pager let through by mistake): that request fails, not the run.
    if (!url.startsWith(`${this.baseUrl}/`))
      fail(
        context,
        new GraphRequestError(
          `refused a request outside the configured Graph endpoint (${url.split('?')[0]}); the access token is sent nowhere else`,
          'ForeignRequestRefused',
          undefined,
          undefined,
          url.split('?')[0]!,
        ),
      );
    await this.forward(context);
  }

  private isBatchOfGets(url: string, body: unknown): boolean {
    const path = displayPath(url, this.baseUrl);
    if (!/^\/(v1\.0|beta)\/\$batch$/.test(path) || typeof body !== 'string') return false;
    try {
      const parsed = JSON.parse(body) as { requests?: Array<{ method?: unknown; body?: unknown }> };
      const requests = parsed.requests;
      return (
        Array.isArray(requests) &&
        requests.length > 0 &&
        requests.length <= 20 &&
        requests.every((r) => typeof r.method === 'string' && r.method.toUpperCase() === 'GET' && r.body === undefined)
      );
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

/** The `claims` of a claims challenge (`WWW-Authenticate: Bearer … claims="<base64>"`), decoded, if Graph sent one. */
export function challengeClaims(header: string | null | undefined): string | undefined {
  const m = /\bclaims="([^"]+)"/i.exec(header ?? '');
  if (!m) return undefined;
  try {
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    return decoded.trim().startsWith('{') ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Attaches `Authorization: Bearer …` from a TokenSource (an @azure/identity credential or a pre-acquired token), at
 * the moment the attempt leaves. A 401 means the token was refused (expired early, revoked, or a claims challenge):
 * the source is told, a token is taken again and the request is sent once more; a second 401 is the answer.
 */
export class BearerTokenHandler extends ChainLink {
  constructor(
    private readonly tokens: TokenSource,
    private readonly onEvent?: (event: GraphEvent) => void,
    private readonly baseUrl = '',
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const traits = traitsOf(context);
    const first = await this.attach(context);
    await this.forward(context);
    const refused = context.response as Response | undefined;
    if (refused?.status !== 401) return;
    this.tokens.refused(first, challengeClaims(refused.headers.get('www-authenticate')));
    discardBody(refused);
    const second = await this.attach(context);
    this.onEvent?.({ type: 'token-refused', path: displayPath(requestUrl(context.request), this.baseUrl), renewed: second !== first });
    context.response = undefined;
    await this.forward(context);
    if (traits) traits.token = second;
  }

  private async attach(context: Context): Promise<string> {
    let token: string;
    try {
      token = await this.tokens.token();
    } catch (e) {
      fail(
        context,
        e instanceof AuthenticationFailure
          ? e
          : new AuthenticationFailure(`could not get an access token: ${(e as Error)?.message ?? String(e)}`),
      );
    }
    setHeader(context, 'Authorization', `Bearer ${token}`);
    const traits = traitsOf(context);
    if (traits) traits.token = token;
    return token;
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
  /** Largest response body read for one request, in characters; a larger one fails the request (never retried). */
  maxResponseChars: number;
  onEvent?: (event: GraphEvent) => void;
}

/**
 * Retries 429/503/504 and transport failures (reset, timeout, truncated body) with bounded attempts and a bounded
 * total wait, honouring Retry-After (seconds or HTTP-date) and otherwise backing off exponentially with jitter.
 * Each attempt gets its own timeout (AbortController); a silent connection is cut sooner by the transport's idle
 * timeout. Timeouts and refused connections are tried fewer times than resets (`maxTimeoutAttempts`,
 * `maxConnectAttempts`): a server that is silent or absent once usually is again, and each try costs the whole wait.
 * The body is read here, inside the loop, so a connection cut mid-body is retried instead of surfacing as a parse
 * error; a body over the size cap fails the request at once.
 */
export class ResilienceHandler extends ChainLink {
  constructor(private readonly deps: ResilienceDeps) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const { policy, pacer, sleep, now, random, onEvent, governor } = this.deps;
    const traits = traitsOf(context);
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
        if (err.kind === 'ResponseTooLarge') fail(context, err);
        reason = err.kind === 'RequestTimeout' ? 'timeout' : err.kind === 'TruncatedResponse' ? 'truncated' : 'network';
      }
      const allowed =
        outcome.error?.kind === 'RequestTimeout'
          ? Math.min(policy.maxAttempts, policy.maxTimeoutAttempts)
          : outcome.error?.kind === 'ConnectFailed'
            ? Math.min(policy.maxAttempts, policy.maxConnectAttempts)
            : policy.maxAttempts;
      const delay = retryAfterMs ?? backoffDelay(attempt, policy, random);
      const giveUp =
        attempt >= allowed
          ? `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}`
          : retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs
            ? `Retry-After of ${Math.round(retryAfterMs / 1000)} s exceeds the ${Math.round(policy.maxRetryAfterMs / 1000)} s gatehouse waits`
            : waited + delay > policy.maxTotalWaitMs
              ? `gave up after waiting ${Math.round(waited / 1000)} s in total`
              : undefined;
      if (giveUp) {
        if (outcome.response) {
          giveUpNotes.set(outcome.response, giveUp);
          context.response = outcome.response;
          return;
        }
        fail(context, new TransportError(outcome.error!.kind, `${outcome.error!.message} (${giveUp})`));
      }
      if (traits?.pace && status === 429) pacer.defer(traits.pace, delay);
      onEvent?.({
        type: 'retry',
        reason,
        ...(status !== undefined ? { status } : {}),
        waitMs: delay,
        attempt,
        retryAfter: retryAfterMs !== undefined,
        path,
      });
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
    const { policy, maxResponseChars } = this.deps;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
    // Never follow redirects: a bearer token must not be replayed to wherever a 3xx points.
    context.options = { ...context.options, signal: controller.signal, redirect: 'manual' };
    context.response = undefined;
    try {
      try {
        await this.forward(context);
      } catch (e) {
        if (controller.signal.aborted)
          return { error: new TransportError('RequestTimeout', `no response within ${seconds(policy.timeoutMs)}`) };
        if (e instanceof AuthenticationFailure || e instanceof ReadOnlyViolation) throw e;
        const cause = (e as { cause?: { code?: string; message?: string } }).cause ?? (e as { code?: string; message?: string });
        if (cause?.code === IDLE_TIMEOUT_CODE)
          return {
            error: new TransportError('RequestTimeout', `no response: the connection was silent for ${seconds(policy.idleTimeoutMs)}`),
          };
        const kind: TransportFailure = CONNECT_FAILURES.has(cause?.code ?? '') ? 'ConnectFailed' : 'NetworkError';
        return { error: new TransportError(kind, `connection failed: ${cause?.code ?? cause?.message ?? (e as Error).message}`) };
      }
      const raw = context.response as Response | undefined;
      if (!raw) return { error: new TransportError('NetworkError', 'no response') };
      const declared = Number(raw.headers.get('content-length') ?? NaN);
      if (declared > maxResponseChars) {
        discardBody(raw);
        return { error: tooLarge(maxResponseChars, `it announced ${declared.toLocaleString('en-US')} bytes`) };
      }
      let text: string;
      const stream = responseStreams.get(raw);
      try {
        text = stream
          ? await readNodeBody(stream, maxResponseChars, raw.ok ? onNextLink : undefined)
          : await readWebBody(raw.body, maxResponseChars, raw.ok ? onNextLink : undefined);
      } catch (e) {
        if ((e as { code?: string }).code === TOO_LARGE_CODE) return { error: tooLarge(maxResponseChars, 'the body went on past it') };
        if (controller.signal.aborted)
          return { error: new TransportError('RequestTimeout', `response body not complete within ${seconds(policy.timeoutMs)}`) };
        if (stream && idleTimedOut(stream))
          return { error: new TransportError('RequestTimeout', `response body stalled: no data for ${seconds(policy.idleTimeoutMs)}`) };
        const cause = (e as { cause?: { code?: string; message?: string } }).cause ?? (e as { code?: string; message?: string });
        return {
          error: new TransportError(
            'TruncatedResponse',
            `response body cut off (${cause?.code ?? cause?.message ?? (e as Error).message})`,
          ),
        };
      }
      // A success's body is handed on parsed (parsedBodies), so the Response carries no copy of a page's text:
      // re-encoding hundreds of kilobytes per page into a new body costs more than parsing it.
      const keepText = !raw.ok && !NULL_BODY_STATUSES.has(raw.status);
      const response = new Response(keepText ? text : null, { status: raw.status, statusText: raw.statusText, headers: raw.headers });
      if (raw.ok && raw.status !== 204 && text.length === 0)
        return { error: new TransportError('TruncatedResponse', 'empty response body') };
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

/** Errors that mean no connection could be made at all (nothing listening, no such host, no route). */
const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const TOO_LARGE_CODE = 'GATEHOUSE_RESPONSE_TOO_LARGE';

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function mib(n: number): string {
  return n >= 1_048_576 ? `${Math.round((n / 1_048_576) * 10) / 10} MiB` : `${Math.round(n / 1024)} KiB`;
}

function tooLarge(limit: number, how: string): TransportError {
  return new TransportError(
    'ResponseTooLarge',
    `Graph's answer is larger than the ${mib(limit)} gatehouse reads for one request (${how}); not read. Raise GraphTuning.maxResponseBytes if this endpoint really sends pages that large`,
  );
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

/** Watches the first bytes of a body for a leading `@odata.nextLink` (see `leadingNextLink`). */
class HeadWatcher {
  private head = '';
  private watching: boolean;
  constructor(private readonly onNextLink: ((link: string) => void) | undefined) {
    this.watching = onNextLink !== undefined;
  }
  /** Look at the next decoded chunk; true when it announced a nextLink. */
  see(chunk: string): boolean {
    if (!this.watching) return false;
    this.head += chunk;
    const link = leadingNextLink(this.head);
    if (link !== undefined || this.head.length > HEAD_LIMIT) {
      this.watching = false;
      this.head = '';
    }
    if (typeof link !== 'string') return false;
    this.onNextLink!(link);
    return true;
  }
}

function tooLargeError(): Error {
  return Object.assign(new Error('response body over the size cap'), { code: TOO_LARGE_CODE });
}

/**
 * Read a node response body to the end as text (at most `maxBytes`), calling `onNextLink` as soon as a leading
 * `@odata.nextLink` has arrived. Rejects when the connection closes before the body is complete (a truncated answer)
 * or the body outgrows the cap (the connection is then dropped: nothing more is read).
 */
function readNodeBody(res: IncomingMessage, maxBytes: number, onNextLink?: (link: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    // Decoded chunk by chunk and joined once (measured faster than decoding the concatenated bytes, because a page
    // with a few non-ASCII names then costs a two-byte copy of only some chunks until the join).
    const decoder = new StringDecoder('utf8');
    const parts: string[] = [];
    const watch = new HeadWatcher(onNextLink);
    let bytes = 0;
    let settled = false;
    const failWith = (e: unknown) => {
      if (settled) return;
      settled = true;
      reject(e);
    };
    res.on('data', (buf: Buffer) => {
      if (settled) return;
      bytes += buf.length;
      if (bytes > maxBytes) {
        failWith(tooLargeError());
        res.destroy();
        return;
      }
      const chunk = decoder.write(buf);
      parts.push(chunk);
      watch.see(chunk);
    });
    res.on('end', () => {
      if (settled) return;
      settled = true;
      try {
        parts.push(decoder.end());
        resolve(parts.join(''));
      } catch (e) {
        reject(e); // an event handler must never throw: it would crash the process
      }
    });
    res.on('error', failWith);
    res.on('close', () => {
      if (!res.complete)
        failWith(Object.assign(new Error('connection closed before the response body was complete'), { code: 'ECONNRESET' }));
    });
  });
}

/** How much of a body's start is searched for a leading `@odata.nextLink`. */
const HEAD_LIMIT = 16_384;

/** Read a fetch body to the end (at most `maxBytes`), calling `onNextLink` as soon as a leading `@odata.nextLink` has arrived. */
async function readWebBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  onNextLink?: (link: string) => void,
): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  const watch = new HeadWatcher(onNextLink);
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLargeError();
    }
    const chunk = decoder.decode(value, { stream: true });
    parts.push(chunk);
    // Let the next page's request leave the process before this page's remaining bytes are read and parsed.
    if (watch.see(chunk)) await new Promise((resolve) => setImmediate(resolve));
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
