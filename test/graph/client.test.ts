import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphClient } from '../../src/graph/client.js';
import { CredentialTokenSource, StaticTokenSource } from '../../src/graph/credential.js';
import { AuthenticationFailure, GraphRequestError } from '../../src/graph/errors.js';
import type { GraphEvent } from '../../src/graph/middleware.js';
import { ArraySource, addResource, emptyModel, type TenantModel } from '../../src/simulator/model.js';
import { FakeCredential, FAST, VirtualClock, clientFor, startSim } from '../simulator/harness.js';

const TENANT = '11111111-2222-4333-8444-555555555555';

function usersModel(count: number): TenantModel {
  const model = emptyModel(TENANT);
  const users = Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    displayName: `User ${i}`,
    userType: i % 3 === 0 ? 'Member' : 'Guest',
    signInActivity: { lastSignInDateTime: '2026-01-01T00:00:00Z' },
  }));
  addResource(model, '/users', {
    kind: 'collection',
    items: new ArraySource(users),
    navigations: ['sponsors'],
    selectOnly: ['signInActivity'],
  });
  addResource(model, '/policies/authorizationPolicy', {
    kind: 'entity',
    value: { id: 'authorizationPolicy', allowInvitesFrom: 'everyone' },
  });
  addResource(model, '/identity/conditionalAccess/policies', {
    kind: 'collection',
    items: new ArraySource(Array.from({ length: 9 }, (_, i) => ({ id: `ca-${i}` }))),
  });
  return model;
}

/** Waits the client asked for, recorded instead of slept. */
function recordingSleep(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) await new Promise((r) => s.close(r));
});

/** A misbehaving "Graph" for cases the simulator never produces (repeated or foreign nextLinks). */
async function rogueServer(handler: (url: string, origin: string) => unknown): Promise<{ url: string; hits: string[] }> {
  const hits: string[] = [];
  let origin = '';
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(handler(req.url ?? '', origin)));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: origin, hits };
}

describe('GraphClient: tokens and read-only guard', () => {
  it('attaches the bearer token over plain http to a loopback simulator, and the log never holds it', async () => {
    const sim = await startSim({ model: usersModel(3), acceptTokens: ['s3cret-token'] });
    const body = await clientFor(sim, { token: 's3cret-token' }).get({ version: 'v1.0', path: '/policies/authorizationPolicy' });
    expect(body.allowInvitesFrom).toBe('everyone');
    expect(sim.log[0]!.authorization).toBe('bearer');
    expect(JSON.stringify(sim.log)).not.toContain('s3cret-token');
  });

  it('gets tokens from a TokenCredential for the given scope, once for many requests', async () => {
    const sim = await startSim({ model: usersModel(250) });
    const cred = new FakeCredential('cred-token');
    const graph = new GraphClient({
      baseUrl: sim.url,
      tokens: new CredentialTokenSource(cred, 'https://graph.microsoft.com/.default'),
      ...FAST,
    });
    const users = await graph.getAll({ version: 'v1.0', path: '/users', query: { $top: 100 } });
    expect(users).toHaveLength(250);
    expect(cred.calls).toBe(1);
    expect(cred.scopes).toEqual(['https://graph.microsoft.com/.default']);
  });

  it('a credential that cannot produce a token fails with AuthenticationFailure before any request', async () => {
    const sim = await startSim({ model: usersModel(1) });
    const graph = new GraphClient({
      baseUrl: sim.url,
      tokens: new CredentialTokenSource(
        new FakeCredential('x', new Error('AADSTS7000215: Invalid client secret provided.')),
        'https://graph.microsoft.com/.default',
      ),
      ...FAST,
    });
    await expect(graph.get({ version: 'v1.0', path: '/policies/authorizationPolicy' })).rejects.toBeInstanceOf(AuthenticationFailure);
    expect(sim.log).toHaveLength(0);
  });

  it('refuses every method but GET (and $batch of GETs) inside the layer: nothing leaves the process', async () => {
    const sim = await startSim({ model: usersModel(1) });
    const graph = clientFor(sim);
    const sdk = graph.sdk;
    await expect(sdk.api('/users/x').patch({ displayName: 'x' })).rejects.toMatchObject({ code: 'ReadOnlyViolation' });
    await expect(sdk.api('/users').post({ displayName: 'x' })).rejects.toMatchObject({ code: 'ReadOnlyViolation' });
    await expect(sdk.api('/users/x').put({})).rejects.toMatchObject({ code: 'ReadOnlyViolation' });
    await expect(sdk.api('/users/x').delete()).rejects.toMatchObject({ code: 'ReadOnlyViolation' });
    await expect(sdk.api('/$batch').post({ requests: [{ id: '1', method: 'PATCH', url: '/users/x', body: {} }] })).rejects.toMatchObject({
      code: 'ReadOnlyViolation',
    });
    await expect(
      sdk.api('/$batch').post({
        requests: [
          { id: '1', method: 'GET', url: '/users' },
          { id: '2', method: 'DELETE', url: '/users/x' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'ReadOnlyViolation' });
    expect(sim.log).toHaveLength(0);
  });

  it('the public surface is reads only', () => {
    expect(
      Object.getOwnPropertyNames(GraphClient.prototype)
        .filter((n) => !['constructor', 'send', 'fromNextLink', 'pageFrom'].includes(n))
        .sort(),
    ).toEqual(['batchGet', 'forEachPage', 'forEachPageFromLink', 'get', 'getAll', 'resourceUnitState']);
  });
});

describe('GraphClient: paging', () => {
  it('follows @odata.nextLink verbatim across many pages (the simulator rejects any altered skip token)', async () => {
    const sim = await startSim({ model: usersModel(2_345) });
    const pages: number[] = [];
    const result = await clientFor(sim).forEachPage(
      { version: 'v1.0', path: '/users', query: { $filter: "userType eq 'Guest'", $select: 'id,displayName', $top: 100 } },
      (items, info) => {
        pages.push(items.length);
        expect(info.page).toBe(pages.length);
      },
    );
    const guests = Array.from({ length: 2_345 }, (_, i) => i).filter((i) => i % 3 !== 0).length;
    expect(result.items).toBe(guests);
    expect(result.pages).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(15);
    const followUps = sim.log.slice(1);
    expect(followUps.every((e) => /[?&]\$skiptoken=/.test(e.url) && e.url.includes('$filter=userType+eq+%27Guest%27'))).toBe(true);
    expect(sim.log.every((e) => e.status === 200)).toBe(true);
  });

  it('stops with an error when Graph repeats a nextLink', async () => {
    const rogue = await rogueServer((_url, origin) => ({
      value: [{ id: 'a' }],
      '@odata.nextLink': `${origin}/v1.0/users?$skiptoken=same`,
    }));
    const graph = new GraphClient({ baseUrl: rogue.url, tokens: new StaticTokenSource('t'), ...FAST });
    await expect(graph.getAll({ version: 'v1.0', path: '/users' })).rejects.toMatchObject({ code: 'RepeatedNextLink' });
    expect(rogue.hits).toHaveLength(2);
  });

  it('never follows a nextLink to another host, and never sends the token there', async () => {
    const other = await rogueServer(() => ({ value: [] }));
    const rogue = await rogueServer(() => ({ value: [{ id: 'a' }], '@odata.nextLink': `${other.url}/v1.0/users?$skiptoken=1` }));
    const graph = new GraphClient({ baseUrl: rogue.url, tokens: new StaticTokenSource('t'), ...FAST });
    await expect(graph.getAll({ version: 'v1.0', path: '/users' })).rejects.toMatchObject({ code: 'ForeignNextLink' });
    expect(other.hits).toHaveLength(0);
  });
});

describe('GraphClient: retries, backoff and timeouts', () => {
  const path = '/policies/authorizationPolicy';

  it('honours Retry-After in seconds', async () => {
    const sim = await startSim({ model: usersModel(1), faults: [{ path, kind: 'throttle', retryAfter: 2, times: 1 }] });
    const { waits, sleep } = recordingSleep();
    const events: GraphEvent[] = [];
    await clientFor(sim, { tuning: { ...FAST, sleep }, events }).get({ version: 'v1.0', path });
    expect(waits).toEqual([2000]);
    expect(events).toMatchObject([{ type: 'retry', reason: 'throttled', status: 429, waitMs: 2000, retryAfter: true }]);
    expect(sim.log.map((e) => e.status)).toEqual([429, 200]);
  });

  it('honours Retry-After as an HTTP-date', async () => {
    const sim = await startSim({
      model: usersModel(1),
      faults: [{ path, kind: 'throttle', retryAfter: 3, retryAfterFormat: 'http-date', times: 1 }],
    });
    const { waits, sleep } = recordingSleep();
    await clientFor(sim, { tuning: { ...FAST, sleep } }).get({ version: 'v1.0', path });
    expect(waits).toHaveLength(1);
    // An HTTP-date has one-second resolution: the wait is what is left of the three seconds.
    expect(waits[0]).toBeGreaterThan(1000);
    expect(waits[0]).toBeLessThanOrEqual(3000);
  });

  it('backs off exponentially with jitter when there is no Retry-After (429, 503, 504)', async () => {
    const sim = await startSim({
      model: usersModel(1),
      faults: [
        { path, kind: 'throttle-no-retry-after', times: 1 },
        { path, kind: 'unavailable', times: 1 },
        { path, kind: 'gateway-timeout', times: 1 },
      ],
    });
    const { waits, sleep } = recordingSleep();
    await clientFor(sim, { tuning: { retry: { ...FAST.retry, baseDelayMs: 100, maxDelayMs: 10_000 }, sleep, random: () => 0.5 } }).get({
      version: 'v1.0',
      path,
    });
    // Equal jitter: half the step fixed, half random (0.5 here): 100 → 75, 200 → 150, 400 → 300.
    expect(waits).toEqual([75, 150, 300]);
    expect(sim.log.map((e) => e.status)).toEqual([429, 503, 504, 200]);
  });

  it('gives up after the attempt limit and says so', async () => {
    const sim = await startSim({ model: usersModel(1), faults: [{ path, kind: 'unavailable' }] });
    const err = await clientFor(sim)
      .get({ version: 'v1.0', path })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphRequestError);
    expect(err).toMatchObject({ httpStatus: 503, code: 'serviceNotAvailable' });
    expect((err as Error).message).toMatch(/gave up after 4 attempts/);
    expect(sim.log).toHaveLength(4);
  });

  it('does not wait for a Retry-After beyond its limit, nor beyond the total wait budget', async () => {
    const sim = await startSim({ model: usersModel(1), faults: [{ path, kind: 'throttle', retryAfter: 600 }] });
    const { waits, sleep } = recordingSleep();
    const err = await clientFor(sim, { tuning: { ...FAST, sleep } })
      .get({ version: 'v1.0', path })
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/Retry-After of 600 s exceeds/);
    expect(waits).toEqual([]);

    const sim2 = await startSim({ model: usersModel(1), faults: [{ path, kind: 'throttle', retryAfter: 2 }] });
    const rec = recordingSleep();
    const err2 = await clientFor(sim2, { tuning: { retry: { ...FAST.retry, maxAttempts: 10, maxTotalWaitMs: 5_000 }, sleep: rec.sleep } })
      .get({ version: 'v1.0', path })
      .catch((e: unknown) => e);
    expect((err2 as Error).message).toMatch(/gave up after waiting 4 s in total/);
    expect(rec.waits).toEqual([2000, 2000]);
  });

  it('aborts an attempt that outlives the timeout and retries it', async () => {
    // The first answer is held far past the timeout; the retry has the whole timeout to answer, so a busy machine
    // cannot turn it into a second timeout.
    const sim = await startSim({ model: usersModel(1), faults: [{ path, kind: 'latency', latencyMs: 15_000, times: 1 }] });
    const events: GraphEvent[] = [];
    const body = await clientFor(sim, { tuning: { retry: { ...FAST.retry, timeoutMs: 3_000 } }, events }).get({ version: 'v1.0', path });
    expect(body.id).toBe('authorizationPolicy');
    expect(events.map((e) => e.type === 'retry' && e.reason)).toEqual(['timeout']);
  });

  it('retries a reset connection and a truncated body; reports them when they persist', async () => {
    for (const kind of ['reset', 'truncate'] as const) {
      const sim = await startSim({ model: usersModel(1), faults: [{ path, kind, times: 2 }] });
      const events: GraphEvent[] = [];
      expect((await clientFor(sim, { events }).get({ version: 'v1.0', path })).id).toBe('authorizationPolicy');
      expect(events.map((e) => e.type === 'retry' && e.reason)).toEqual(
        kind === 'reset' ? ['network', 'network'] : ['truncated', 'truncated'],
      );

      const always = await startSim({ model: usersModel(1), faults: [{ path, kind }] });
      const err = await clientFor(always)
        .get({ version: 'v1.0', path })
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ code: kind === 'reset' ? 'NetworkError' : 'TruncatedResponse', httpStatus: undefined });
    }
  });

  it('normalises Graph errors: HTTP status, error.code, message and request-id', async () => {
    const sim = await startSim({ model: usersModel(1), faults: [{ path, kind: 'forbidden' }] });
    const err = (await clientFor(sim)
      .get({ version: 'v1.0', path })
      .catch((e: unknown) => e)) as GraphRequestError;
    expect(err).toMatchObject({
      httpStatus: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
      path: '/v1.0/policies/authorizationPolicy',
    });
    expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(sim.log).toHaveLength(1); // 403 is not retried
  });
});

describe('GraphClient: Conditional Access pacing', () => {
  it('paces CA pages so the 1 request/second limit is never hit', async () => {
    // One simulated clock for the client's waits and the simulator's limit: the spacing Graph sees is exactly the
    // spacing the pacer chose, however slowly a loaded machine runs the requests.
    const clock = new VirtualClock();
    const sim = await startSim({ model: usersModel(1), conditionalAccessIntervalMs: 100, now: clock.now });
    const events: GraphEvent[] = [];
    const items = await clientFor(sim, {
      tuning: { paceIntervals: { conditionalAccess: 200 }, now: clock.now, sleep: clock.sleep },
      events,
    }).getAll({ version: 'v1.0', path: '/identity/conditionalAccess/policies', query: { $top: 2 }, pace: 'conditionalAccess' });
    expect(items).toHaveLength(9);
    expect(sim.stats().throttled).toBe(0);
    expect(events.filter((e) => e.type === 'paced').length).toBeGreaterThanOrEqual(4);
  });

  it('without pacing, the simulator answers 429 with no Retry-After and the client backs off until it gets through', async () => {
    const clock = new VirtualClock(); // no simulated time passes between pages unless the client waits
    const sim = await startSim({ model: usersModel(1), conditionalAccessIntervalMs: 100, now: clock.now });
    const events: GraphEvent[] = [];
    const items = await clientFor(sim, {
      tuning: {
        retry: { ...FAST.retry, maxAttempts: 8, baseDelayMs: 60, maxDelayMs: 200 },
        paceIntervals: { conditionalAccess: 0 },
        now: clock.now,
        sleep: clock.sleep,
      },
      events,
    }).getAll({ version: 'v1.0', path: '/identity/conditionalAccess/policies', query: { $top: 5 }, pace: 'conditionalAccess' });
    expect(items).toHaveLength(9);
    expect(sim.stats().throttled).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'retry' && e.status === 429 && !e.retryAfter)).toBe(true);
  });
});

describe('GraphClient: $batch', () => {
  it('splits into batches of 20, maps answers given in any order, and retries inner 429s', async () => {
    const sim = await startSim({
      model: usersModel(45),
      faults: [{ path: '/users/00000000-0000-4000-8000-000000000007', kind: 'throttle', retryAfter: 0, times: 2 }],
    });
    const urls = Array.from(
      { length: 45 },
      (_, i) => `/users/00000000-0000-4000-8000-${String(i).padStart(12, '0')}?$select=id,displayName`,
    );
    const results = await clientFor(sim).batchGet('v1.0', urls);
    expect(results.map((r) => r.status)).toEqual(urls.map(() => 200));
    expect(results.map((r) => (r.body as { displayName: string }).displayName)).toEqual(urls.map((_, i) => `User ${i}`));
    const posts = sim.log.filter((e) => e.method === 'POST');
    // Three batches (20 + 20 + 5), then the throttled member alone, twice.
    expect(posts.map((p) => p.batch!.length).sort((a, b) => b - a)).toEqual([20, 20, 5, 1, 1]);
  });
});
