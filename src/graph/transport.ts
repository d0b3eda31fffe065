import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { proxyFor } from './proxy.js';

/**
 * The last link of gatehouse's middleware chain: sends the request with node:http(s) over keep-alive connections,
 * in place of the SDK's HTTPMessageHandler (which calls the global `fetch`). The SDK's middleware design makes the
 * final handler replaceable; this one is used because a collection is a long chain of dependent pages, and on it
 * every fraction of a millisecond per request is paid hundreds of times: node's own client reaches the response
 * headers about half a millisecond sooner than `fetch` and reads a 400 KB page with less work.
 *
 * The response is a standard `Response` (status, headers) whose body is not attached: the retry handler reads it
 * from the node stream (`responseStreams`), so it can act on a page's leading nextLink while the rest arrives.
 * Redirects are never followed (a token must not be replayed to wherever a 3xx points).
 *
 * Requests to https endpoints go through the proxy named by HTTPS_PROXY / HTTP_PROXY unless NO_PROXY exempts the
 * host (proxy.ts), tunnelled with CONNECT by https-proxy-agent — the agent @azure/identity itself uses for sign-in.
 * A connection that carries no byte for `idleTimeoutMs` is cut (connect, waiting for headers, or a stalled body).
 */
export const responseStreams = new WeakMap<Response, IncomingMessage>();

/** The code of the error a request fails with when its connection stayed silent too long. */
export const IDLE_TIMEOUT_CODE = 'GATEHOUSE_IDLE_TIMEOUT';
const stalled = new WeakSet<IncomingMessage>();

/** Was this response's body cut because the connection went silent? */
export function idleTimedOut(res: IncomingMessage): boolean {
  return stalled.has(res);
}

/** Drop a response's body unread (a refused token's 401, an answer over the size cap). */
export function discardBody(response: Response): void {
  const stream = responseStreams.get(response);
  if (stream) stream.destroy();
  else void response.body?.cancel().catch(() => undefined);
}

/**
 * Arms the silence timer of one request: `onSilent` is to be called once its connection has carried no byte for `ms`.
 * The transport's own is the socket's timer; a test hands in a scheduler of its own, so that whether the silence
 * fell before the response headers or in the middle of the body never depends on how busy the machine is.
 */
export type IdleTimer = (request: ClientRequest, ms: number, onSilent: () => void) => void;

const socketIdleTimer: IdleTimer = (request, ms, onSilent) => void request.setTimeout(ms, onSilent);

export interface TransportOptions {
  idleTimeoutMs?: number;
  /** How each request's silence is timed (default: the socket's idle timer). */
  idleTimer?: IdleTimer;
  /** Environment to read HTTPS_PROXY, HTTP_PROXY and NO_PROXY from (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function plainHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (headers instanceof Headers) headers.forEach((v, k) => (out[k] = v));
  else if (Array.isArray(headers)) for (const [k, v] of headers as Array<[string, string]>) out[k] = v;
  else for (const [k, v] of Object.entries(headers as Record<string, unknown>)) if (v !== undefined) out[k] = String(v);
  return out;
}

function webHeaders(res: IncomingMessage): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(res.headers)) {
    if (v === undefined) continue;
    h.set(k, Array.isArray(v) ? v.join(', ') : v);
  }
  return h;
}

// Idle pooled connections close after 4 s (sooner if the server's Keep-Alive header says so), before a server drops them.
const POOL = { keepAlive: true, scheduling: 'lifo', timeout: 4_000 } as const;

export class NodeHttpHandler implements Middleware {
  private readonly http = new HttpAgent(POOL);
  private readonly https = new HttpsAgent(POOL);
  /** One tunnelling agent per proxy URL, keeping its tunnels alive like the direct agents. */
  private readonly viaProxy = new Map<string, HttpsProxyAgent<string>>();
  private readonly idleTimeoutMs: number;
  private readonly idleTimer: IdleTimer;
  private readonly env: Readonly<Record<string, string | undefined>>;

  constructor(opts: TransportOptions = {}) {
    this.idleTimeoutMs = opts.idleTimeoutMs ?? 30_000;
    this.idleTimer = opts.idleTimer ?? socketIdleTimer;
    this.env = opts.env ?? process.env;
  }

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    context.response = await this.send(url, context.options ?? {});
  }

  private agentFor(target: URL): HttpAgent {
    if (target.protocol !== 'https:') return this.http;
    const proxy = proxyFor(target, this.env);
    if (!proxy) return this.https;
    let agent = this.viaProxy.get(proxy.href);
    if (!agent) {
      agent = new HttpsProxyAgent(proxy.href, POOL);
      this.viaProxy.set(proxy.href, agent);
    }
    return agent;
  }

  private send(url: string, options: RequestInit): Promise<Response> {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const body = typeof options.body === 'string' ? options.body : undefined;
    const headers = plainHeaders(options.headers);
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise<Response>((resolve, reject) => {
      let incoming: IncomingMessage | undefined;
      const req = (secure ? httpsRequest : httpRequest)(
        target,
        { method: options.method ?? 'GET', headers, agent: this.agentFor(target), ...(options.signal ? { signal: options.signal } : {}) },
        (res) => {
          incoming = res;
          const status = res.statusCode ?? 0;
          let response: Response;
          try {
            response = new Response(null, { status, statusText: res.statusMessage ?? '', headers: webHeaders(res) });
          } catch (e) {
            res.destroy();
            reject(e);
            return;
          }
          if (NULL_BODY_STATUSES.has(status)) res.resume();
          else responseStreams.set(response, res);
          resolve(response);
        },
      );
      req.on('error', reject);
      // Silence on the socket — before the headers or in the middle of the body — ends the attempt.
      this.idleTimer(req, this.idleTimeoutMs, () => {
        if (incoming) stalled.add(incoming);
        req.destroy(Object.assign(new Error(`no data for ${this.idleTimeoutMs} ms`), { code: IDLE_TIMEOUT_CODE }));
      });
      if (body !== undefined) req.write(body);
      req.end();
    });
  }
}
