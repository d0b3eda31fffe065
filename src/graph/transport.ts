import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

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
 */
export const responseStreams = new WeakMap<Response, IncomingMessage>();

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

export class NodeHttpHandler implements Middleware {
  // Idle connections close after 4 s (sooner if the server's Keep-Alive header says so), before a server drops them.
  private readonly http = new HttpAgent({ keepAlive: true, scheduling: 'lifo', timeout: 4_000 });
  private readonly https = new HttpsAgent({ keepAlive: true, scheduling: 'lifo', timeout: 4_000 });

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    context.response = await this.send(url, context.options ?? {});
  }

  private send(url: string, options: RequestInit): Promise<Response> {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const body = typeof options.body === 'string' ? options.body : undefined;
    const headers = plainHeaders(options.headers);
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise<Response>((resolve, reject) => {
      const req = (secure ? httpsRequest : httpRequest)(
        target,
        { method: options.method ?? 'GET', headers, agent: secure ? this.https : this.http, ...(options.signal ? { signal: options.signal } : {}) },
        (res) => {
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
      if (body !== undefined) req.write(body);
      req.end();
    });
  }
}
