import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../src/collect/collect.js';
import { GraphClient } from '../../src/graph/client.js';
import { StaticTokenSource } from '../../src/graph/credential.js';
import { ResourceUnitGovernor, estimateResourceUnits } from '../../src/graph/throttle.js';
import { ArraySource, addResource, emptyModel, modelFromSnapshot, type TenantModel } from '../../src/simulator/model.js';
import { RESOURCE_UNIT_LIMITS } from '../../src/simulator/server.js';
import { guestSource, tenantParts } from '../../src/synth/index.js';
import { FAST, clientFor, fakeJwt, startSim, VirtualClock } from '../simulator/harness.js';

/**
 * Throttling realism: the simulator meters Graph's resource-unit budget per app+tenant and the Conditional Access
 * rate; gatehouse's client stays inside the budget (known, or inferred from x-ms-throttle-limit-percentage)
 * instead of retrying a storm of 429s. Correctness only — no timing is asserted, and no real time decides anything:
 * the simulator and the client share one virtual clock.
 */
const TENANT = '9d1c0000-0000-4000-8000-00000000aa01';

function usersModel(n: number): TenantModel {
  const m = emptyModel(TENANT);
  addResource(m, '/users', {
    kind: 'collection',
    items: new ArraySource(Array.from({ length: n }, (_, i) => ({ id: `u${i}`, userType: 'Guest', displayName: `User ${i}` }))),
  });
  addResource(m, '/identity/conditionalAccess/policies', { kind: 'collection', items: new ArraySource([{ id: 'ca-1' }]) });
  return m;
}

async function get(url: string, token: string) {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe('simulator: resource-unit token bucket per app+tenant', () => {
  it('charges each request its cost, reports more than 80 % used, refuses beyond with Retry-After, per app', async () => {
    const sim = await startSim({ model: usersModel(50), resourceUnits: { limit: 10, windowMs: 600_000 }, now: new VirtualClock().now });
    const appA = fakeJwt({ appid: 'app-a' });
    const appB = fakeJwt({ appid: 'app-b' });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await get(`${sim.url}/v1.0/users?$top=50`, appA)); // 2 RU each
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(answers.slice(0, 5).map((a) => a.headers.get('x-ms-resource-unit'))).toEqual(['2', '2', '2', '2', '2']);
    expect(answers.map((a) => a.headers.get('x-ms-throttle-limit-percentage'))).toEqual([null, null, null, null, '100', null]);
    expect(answers[3]!.headers.get('x-ms-throttle-limit-percentage')).toBeNull(); // 80 % is not "above 80 %"
    expect(Number(answers[5]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(answers[5]!.headers.get('x-ms-throttle-information')).toBe('ResourceUnitLimitExceeded');
    // Another app has its own budget for the same tenant.
    expect((await get(`${sim.url}/v1.0/users?$top=50`, appB)).status).toBe(200);
    // Conditional Access is not charged to the directory budget (it has its own 1 request/s limit).
    const ca = await get(`${sim.url}/v1.0/identity/conditionalAccess/policies`, appA);
    expect(ca.status).toBe(200);
    expect(sim.stats()).toMatchObject({
      throttled: 1,
      throttledBy: { resourceUnits: 1, conditionalAccess: 0, fault: 0 },
      resourceUnits: 12,
    });
  });

  it('refills continuously: a spent budget comes back over its window', async () => {
    const clock = new VirtualClock();
    const sim = await startSim({ model: usersModel(5), resourceUnits: { limit: 4, windowMs: 200 }, now: clock.now });
    const token = fakeJwt({ appid: 'app-a' });
    expect((await get(`${sim.url}/v1.0/users?$top=50`, token)).status).toBe(200);
    expect((await get(`${sim.url}/v1.0/users?$top=50`, token)).status).toBe(200);
    expect((await get(`${sim.url}/v1.0/users?$top=50`, token)).status).toBe(429);
    clock.advance(99); // 1.98 RU back: still short of a 2 RU request
    expect((await get(`${sim.url}/v1.0/users?$top=50`, token)).status).toBe(429);
    clock.advance(1);
    expect((await get(`${sim.url}/v1.0/users?$top=50`, token)).status).toBe(200);
  });

  it('the documented tenant sizes', () => {
    expect(RESOURCE_UNIT_LIMITS).toEqual({ S: 3_500, M: 5_000, L: 8_000 });
  });
});

describe('client: staying inside the budget', () => {
  /**
   * A small synthetic tenant whose collection costs about 90 RU against a budget of 20 RU refilled at 20 RU/s:
   * paced, it takes a few seconds of waiting; unpaced, it asks for far more than the refill in that time.
   */
  function tenantModel(): TenantModel {
    const opts = { seed: 77, guests: 10_000, partners: 6, caPolicies: 4, preset: 'scale' as const, asOf: '2026-11-27T00:00:00Z' };
    const m = modelFromSnapshot(tenantParts(opts).snapshot);
    addResource(m, '/users', {
      kind: 'collection',
      items: guestSource(opts),
      navigations: ['sponsors'],
      selectOnly: ['signInActivity'],
      maxPageSize: 999,
    });
    return m;
  }
  const BUDGET = { limit: 20, windowMs: 1_000 };

  it('without pacing the collection runs into the budget (the scenario binds)', async () => {
    const clock = new VirtualClock();
    const sim = await startSim({ model: tenantModel(), resourceUnits: BUDGET, now: clock.now });
    const { summary } = await collectSnapshot({
      graph: clientFor(sim, { tuning: { ...FAST, resourceUnits: false, now: clock.now, sleep: clock.sleep } }),
      cloud: 'custom',
      validate: false,
    });
    expect(sim.stats().throttledBy.resourceUnits).toBeGreaterThan(0);
    expect(sim.stats().resourceUnits).toBeGreaterThan(BUDGET.limit);
    expect(summary.ok).toContain('guests');
  });

  it('with the budget known, the whole collection gets no 429', async () => {
    const clock = new VirtualClock();
    const sim = await startSim({ model: tenantModel(), resourceUnits: BUDGET, now: clock.now });
    const graph = clientFor(sim, { tuning: { ...FAST, resourceUnits: BUDGET, now: clock.now, sleep: clock.sleep } });
    const { summary, snapshot } = await collectSnapshot({ graph, cloud: 'custom', validate: false });
    expect(sim.stats().throttled).toBe(0);
    expect(sim.stats().resourceUnits).toBeGreaterThan(BUDGET.limit);
    expect(summary.failed).toEqual([]);
    expect(snapshot.data.guests).toHaveLength(10_000);
    expect(graph.resourceUnitState()!.waitedMs).toBeGreaterThan(0);
  });

  it('with the budget unknown, it is inferred from x-ms-throttle-limit-percentage and no request is refused', async () => {
    // One simulated clock for the simulator's bucket and the client's pacing: the bucket refills only while the
    // client waits, so how fast a busy machine serves the pages changes nothing.
    const clock = new VirtualClock();
    const sim = await startSim({ model: usersModel(4_000), resourceUnits: { limit: 100, windowMs: 1_000 }, now: clock.now });
    const graph = new GraphClient({ baseUrl: sim.url, tokens: new StaticTokenSource('t'), ...FAST, now: clock.now, sleep: clock.sleep });
    // Four chains side by side, 1 RU a page ($select), 160 pages: well over the budget of 100.
    const chains = [0, 1, 2, 3].map(() =>
      graph.forEachPage({ version: 'v1.0', path: '/users', query: { $select: 'id', $top: 100 } }, () => undefined),
    );
    const results = await Promise.all(chains);
    expect(results.map((r) => r.items)).toEqual([4_000, 4_000, 4_000, 4_000]);
    expect(sim.stats().throttled).toBe(0);
    const state = graph.resourceUnitState()!;
    expect(state.inferred).toBe(true);
    expect(state.limit).toBeGreaterThan(0);
    expect(state.limit).toBeLessThanOrEqual(100); // a lower bound of the true budget
  });
});

describe('governor arithmetic (injected clock)', () => {
  function clock() {
    let t = 0;
    const waits: number[] = [];
    return { now: () => t, sleep: async (ms: number) => void (waits.push(ms), (t += ms)), waits, advance: (ms: number) => (t += ms) };
  }

  it('a known budget: requests beyond it wait for the refill, in order', async () => {
    const c = clock();
    const g = new ResourceUnitGovernor({ limit: 10, windowMs: 1_000 }, c.now, c.sleep);
    for (let i = 0; i < 5; i++) await g.acquire(2);
    expect(c.waits).toEqual([]);
    expect((await g.acquire(2)).waited).toBe(200); // bucket empty: 2 RU at 10 RU/s = 200 ms
    expect((await g.acquire(2)).waited).toBe(200); // and the next waits behind it
    expect(c.waits).toEqual([200, 200]);
  });

  it('a 429 pauses every request for its Retry-After, but not the retry of the refused request itself', async () => {
    const c = clock();
    const g = new ResourceUnitGovernor({}, c.now, c.sleep);
    g.pause(await g.acquire(1), 3_000);
    expect((await g.acquire(1, true)).waited).toBe(0);
    expect((await g.acquire(1)).waited).toBe(3_000);
  });

  it('infers a lower bound of the limit from the percentage header, then paces', async () => {
    const c = clock();
    const g = new ResourceUnitGovernor({}, c.now, c.sleep);
    for (let i = 0; i < 90; i++) g.settle(await g.acquire(1), 1, undefined);
    expect(g.state().limit).toBeUndefined();
    g.settle(await g.acquire(1), 1, 91); // 91 units spent in the window, Graph says 91 %: limit ≥ 91 / 1.91
    const s = g.state();
    expect(s.inferred).toBe(true);
    expect(s.limit).toBeGreaterThanOrEqual(47);
    expect(s.limit).toBeLessThanOrEqual(100);
    expect((await g.acquire(10)).waited).toBeGreaterThan(0);
  });

  it("a late answer's report does not undo what was let through after it", async () => {
    const c = clock();
    const g = new ResourceUnitGovernor({ limit: 10, windowMs: 1_000 }, c.now, c.sleep);
    const first = await g.acquire(2);
    const later = [];
    for (let i = 0; i < 4; i++) later.push(await g.acquire(2)); // bucket now empty
    // As Graph would report them: 40, 60, 80 % (no header at 80 % or less), then 100 %.
    later.forEach((r, i) => g.settle(r, 2, i === 3 ? 100 : undefined));
    g.settle(first, 2, undefined); // arrives last: "at most 80 % used" — but that was before the other four
    expect(g.state().tokens).toBeLessThanOrEqual(0);
    expect((await g.acquire(2)).waited).toBeGreaterThan(0);
  });

  it("estimates costs as Microsoft's throttling guidance lists them", () => {
    expect(estimateResourceUnits('/v1.0/users?$filter=x')).toBe(2);
    expect(estimateResourceUnits('/v1.0/users?$select=id&$expand=sponsors')).toBe(2);
    expect(estimateResourceUnits('/v1.0/users?$select=id&$top=5')).toBe(1);
    expect(estimateResourceUnits('/v1.0/groups/g1/members')).toBe(3);
    expect(estimateResourceUnits('/v1.0/groups/g1/transitiveMembers')).toBe(5);
    expect(estimateResourceUnits('/beta/policies/b2bManagementPolicies')).toBe(1);
  });
});
