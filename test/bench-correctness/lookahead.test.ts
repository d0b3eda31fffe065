import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphClient } from '../../src/graph/client.js';
import { StaticTokenSource } from '../../src/graph/credential.js';
import { leadingNextLink } from '../../src/graph/middleware.js';
import { FAST } from '../simulator/harness.js';

/**
 * Paging ahead on a leading nextLink: Graph writes `@odata.nextLink` before `value` (observed on /users), so the
 * client asks for page n+1 while page n is still arriving — but only the nextLink of the page it finally parses is
 * ever followed.
 */
describe('leadingNextLink', () => {
  it('finds a nextLink written before value, however the text is cut', () => {
    const body =
      '{"@odata.context":"https://g/v1.0/$metadata#users","@odata.nextLink":"https://g/v1.0/users?$skiptoken=a\\"b","value":[{"id":"1"}]}';
    expect(leadingNextLink(body)).toBe('https://g/v1.0/users?$skiptoken=a"b');
    for (let cut = 0; cut < body.indexOf('skiptoken=a') + 14; cut++) expect(leadingNextLink(body.slice(0, cut))).toBeUndefined();
  });

  it('gives up when value comes first, or the start is not a plain object of scalars', () => {
    expect(leadingNextLink('{"value":[],"@odata.nextLink":"x"}')).toBeNull();
    expect(leadingNextLink('{"@odata.count":12,"@odata.nextLink":"x","value":[]}')).toBe('x');
    expect(leadingNextLink('{"meta":{"a":1},"@odata.nextLink":"x"}')).toBeNull();
    expect(leadingNextLink('[1,2]')).toBeNull();
    expect(leadingNextLink('  {  "@odata.nextLink" :  "y" ')).toBe('y');
  });
});

const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) await new Promise((r) => s.close(r));
});

/**
 * Pages 0..2 of a list: each writes its head (with the nextLink) at once, and holds its items until the request for
 * the following page has arrived — so a client that pages ahead is seen doing so whatever the machine's load. A
 * client that does not page ahead never sends that request while it waits: the items are then released after
 * `releaseAfterMs`, a bound on how long the test waits, never a window any verdict depends on.
 */
async function slowBodyServer(opts: { releaseAfterMs: number; trailingLink?: (page: number, origin: string) => string | undefined }) {
  const events: string[] = [];
  const arrived = new Map<number, () => void>();
  const requested = (page: number) => new Promise<void>((resolve) => arrived.set(page, resolve));
  let origin = '';
  const server = createServer((req, res) => {
    const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('$skiptoken') ?? '0');
    events.push(`request ${page}`);
    arrived.get(page)?.();
    const next = page < 2 ? `${origin}/v1.0/users?$skiptoken=${page + 1}` : undefined;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write(`{"@odata.context":"${origin}/v1.0/$metadata#users"${next ? `,"@odata.nextLink":"${next}"` : ''},"value":[`);
    const gate = next && !events.includes(`request ${page + 1}`) ? requested(page + 1) : Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    void Promise.race([gate, new Promise<void>((r) => (timer = setTimeout(r, opts.releaseAfterMs)))]).then(() => {
      clearTimeout(timer);
      events.push(`body ${page} done`);
      const trailing = opts.trailingLink?.(page, origin);
      res.end(`{"id":"p${page}"}]${trailing ? `,"@odata.nextLink":"${trailing}"` : ''}}`);
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: origin, events };
}

describe('paging ahead', () => {
  it('asks for the next page before the current page has finished arriving', async () => {
    const s = await slowBodyServer({ releaseAfterMs: 20_000 });
    const graph = new GraphClient({ baseUrl: s.url, tokens: new StaticTokenSource('t'), ...FAST });
    const items = await graph.getAll<{ id: string }>({ version: 'v1.0', path: '/users' });
    expect(items.map((i) => i.id)).toEqual(['p0', 'p1', 'p2']);
    // Request 1 went out while page 0 was still being written; request 2 only once page 0 was complete (one page
    // of look-ahead, never a runaway chain of unconfirmed pages).
    expect(s.events.indexOf('request 1')).toBeLessThan(s.events.indexOf('body 0 done'));
    expect(s.events.indexOf('request 2')).toBeGreaterThan(s.events.indexOf('body 0 done'));
    expect(graph.speculationMisses).toBe(0);
  });

  it('follows the nextLink of the page as parsed when it differs from the leading one (and never pages further ahead)', async () => {
    // Page 0 names page 1 up front but ends with a second nextLink to page 2 (JSON keeps the last of duplicate keys).
    const s = await slowBodyServer({
      releaseAfterMs: 20_000,
      trailingLink: (page, origin) => (page === 0 ? `${origin}/v1.0/users?$skiptoken=2` : undefined),
    });
    const graph = new GraphClient({ baseUrl: s.url, tokens: new StaticTokenSource('t'), ...FAST });
    const items = await graph.getAll<{ id: string }>({ version: 'v1.0', path: '/users' });
    expect(items.map((i) => i.id)).toEqual(['p0', 'p2']);
    expect(graph.speculationMisses).toBe(1);
    // The look-ahead request for page 1 was sent, but page 1 was never confirmed, so it sent nothing further itself.
    expect(s.events.filter((e) => e.startsWith('request'))).toEqual(['request 0', 'request 1', 'request 2']);
  });

  it('can be turned off', async () => {
    const s = await slowBodyServer({ releaseAfterMs: 100 });
    const graph = new GraphClient({ baseUrl: s.url, tokens: new StaticTokenSource('t'), ...FAST, earlyNextLink: false });
    await graph.getAll({ version: 'v1.0', path: '/users' });
    expect(s.events.indexOf('request 1')).toBeGreaterThan(s.events.indexOf('body 0 done'));
  });
});
