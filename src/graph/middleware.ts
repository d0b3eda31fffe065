import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { AuthenticationFailure, ReadOnlyViolation, TransportError } from './errors.js';
import { backoffDelay, parseRetryAfter, type Now, type Pacer, type RetryPolicy, type Sleep } from './timing.js';

/**
 * gatehouse's middleware chain for @microsoft/microsoft-graph-client (`Client.initWithMiddleware({ middleware })`):
 *
 *   ReadOnlyGuard → BearerTokenHandler → ResilienceHandler → HTTPMessageHandler (the SDK's own)
 *
 * Our own auth handler because the SDK's AuthenticationHandler attaches tokens only to https Graph hosts (a loopback
 * simulator got no Authorization header), and our own retry handler because we need pacing, a per-attempt timeout,
 * truncated-body detection and a bound on total waiting, none of which the SDK's RetryHandler offers
 * (graph-api.md §12).
 */

/** Per-request traits the chain reads through the SDK's middleware-options mechanism. */
export class RequestTraits implements MiddlewareOptions {
  constructor(
    /** Pacing key (e.g. `conditionalAccess`): requests sharing it are spaced out. */
    readonly pace?: string,
  ) {}
}

export interface TokenSource {
  /** A bearer token for the Graph endpoint; throws AuthenticationFailure when none can be had. */
  token(): Promise<string>;
}

export type GraphEvent =
  | { type: 'retry'; reason: 'throttled' | 'unavailable' | 'network' | 'timeout' | 'truncated'; status?: number; waitMs: number; attempt: number; retryAfter: boolean; path: string }
  | { type: 'paced'; waitMs: number; key: string; path: string };

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
    const { policy, pacer, sleep, now, random, onEvent } = this.deps;
    const traits = context.middlewareControl?.getMiddlewareOptions(RequestTraits) as RequestTraits | undefined;
    const path = displayPath(requestUrl(context.request), this.deps.baseUrl);
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      if (traits?.pace) {
        const paced = await pacer.acquire(traits.pace);
        if (paced > 0) onEvent?.({ type: 'paced', waitMs: paced, key: traits.pace, path });
      }
      const outcome = await this.attempt(context);
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

  /** One attempt: send, read the whole body, parse JSON on success. Transport failures come back as TransportError. */
  private async attempt(context: Context): Promise<{ response?: Response; error?: TransportError }> {
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
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        return { error: new TransportError('NetworkError', `connection failed: ${cause?.code ?? cause?.message ?? (e as Error).message}`) };
      }
      const raw = context.response as Response | undefined;
      if (!raw) return { error: new TransportError('NetworkError', 'no response') };
      let text: string;
      try {
        text = await raw.text();
      } catch (e) {
        if (controller.signal.aborted) return { error: new TransportError('RequestTimeout', `response body not complete within ${this.deps.policy.timeoutMs} ms`) };
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        return { error: new TransportError('TruncatedResponse', `response body cut off (${cause?.code ?? cause?.message ?? (e as Error).message})`) };
      }
      const response = new Response(NULL_BODY_STATUSES.has(raw.status) ? null : text, { status: raw.status, statusText: raw.statusText, headers: raw.headers });
      if (raw.ok && raw.status !== 204 && text.length === 0) return { error: new TransportError('TruncatedResponse', 'empty response body') };
      if (raw.ok && raw.status !== 204) {
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
