import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import {
  ArraySource,
  addResource,
  emptyModel,
  loadModelDir,
  modelFromSnapshot,
  modelFromFile,
  modelToFile,
  type CollectionSource,
  type TenantModel,
} from '../../src/simulator/model.js';
import { pathMatches } from '../../src/simulator/faults.js';
import { startGraphSimulator } from '../../src/simulator/server.js';
import { readOnlyViolations, startSim } from './harness.js';

const TENANT = '11111111-2222-4333-8444-555555555555';
const auth = { Authorization: 'Bearer test-token' };

function model(): TenantModel {
  const m = emptyModel(TENANT);
  const users = Array.from({ length: 30 }, (_, i) => ({
    id: `u${i}`,
    displayName: `User ${i}`,
    userType: i % 2 ? 'Guest' : 'Member',
    mail: i === 3 ? null : `u${i}@example.com`,
    signInActivity: { lastSignInDateTime: '2026-01-01T00:00:00Z' },
    sponsors: [{ '@odata.type': '#microsoft.graph.user', id: 's1', displayName: 'Sponsor' }],
  }));
  addResource(m, '/users', {
    kind: 'collection',
    items: new ArraySource(users),
    navigations: ['sponsors'],
    selectOnly: ['signInActivity'],
  });
  addResource(m, '/groups', {
    kind: 'collection',
    items: new ArraySource([
      { id: 'g1', groupTypes: ['DynamicMembership'] },
      { id: 'g2', groupTypes: ['Unified'] },
    ]),
  });
  addResource(m, '/policies/b2bManagementPolicies', {
    kind: 'collection',
    items: new ArraySource([{ id: 'p', definition: ["{'B2BManagementPolicy':{'Version':1}}"] }]),
    versions: ['beta'],
  });
  addResource(m, '/identity/conditionalAccess/policies', { kind: 'collection', items: new ArraySource([{ id: 'ca1' }]) });
  return m;
}

async function get(url: string, headers: Record<string, string> = auth) {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
}

describe('Graph simulator: wire format', () => {
  it('answers errors in Graph shape, with request-id in body and headers', async () => {
    const sim = await startSim({ model: model() });
    const r = await get(`${sim.url}/v1.0/nothing/here`);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      error: {
        code: 'BadRequest',
        message: "Resource not found for the segment 'nothing'.",
        innerError: { date: expect.any(String), 'request-id': expect.any(String), 'client-request-id': expect.any(String) },
      },
    });
    expect(r.headers.get('request-id')).toBe(r.body.error.innerError['request-id']);
    const anon = await get(`${sim.url}/v1.0/users`, {});
    expect(anon).toMatchObject({ status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } });
  });

  it('serves v1.0 and beta, and beta-only resources only under beta', async () => {
    const sim = await startSim({ model: model() });
    expect((await get(`${sim.url}/beta/policies/b2bManagementPolicies`)).body.value[0].definition).toEqual([
      "{'B2BManagementPolicy':{'Version':1}}",
    ]);
    expect((await get(`${sim.url}/v1.0/policies/b2bManagementPolicies`)).body.error.message).toBe(
      "Resource not found for the segment 'b2bManagementPolicies'.",
    );
    expect((await get(`${sim.url}/beta/users?$top=1`)).status).toBe(200);
  });

  it('$select projects (unset → null), selectOnly properties appear only when selected, navigations only when expanded', async () => {
    const sim = await startSim({ model: model() });
    const plain = (await get(`${sim.url}/v1.0/users?$top=1`)).body.value[0];
    expect(plain).toEqual({ id: 'u0', displayName: 'User 0', userType: 'Member', mail: 'u0@example.com' });
    const sel = (
      await get(`${sim.url}/v1.0/users?$select=id,mail,signInActivity&$expand=sponsors($select=id)&$filter=userType eq 'Guest'&$top=2`)
    ).body.value;
    expect(sel[1]).toEqual({
      id: 'u3',
      mail: null,
      signInActivity: { lastSignInDateTime: '2026-01-01T00:00:00Z' },
      sponsors: [{ '@odata.type': '#microsoft.graph.user', id: 's1' }],
    });
    expect((await get(`${sim.url}/v1.0/users/u1/sponsors?$select=id`)).body.value).toEqual([
      { '@odata.type': '#microsoft.graph.user', id: 's1' },
    ]);
    expect((await get(`${sim.url}/v1.0/users?$expand=manager`)).body.error.code).toBe('BadRequest');
  });

  it('filters the forms gatehouse sends and refuses the rest', async () => {
    const sim = await startSim({ model: model() });
    expect(
      (await get(`${sim.url}/v1.0/groups?$filter=groupTypes/any(c:c eq 'DynamicMembership')`)).body.value.map((g: { id: string }) => g.id),
    ).toEqual(['g1']);
    expect(
      (await get(`${sim.url}/v1.0/users?$filter=userType eq 'guest' and displayName eq 'User 3'`)).body.value.map(
        (u: { id: string }) => u.id,
      ),
    ).toEqual(['u3']);
    expect((await get(`${sim.url}/v1.0/users?$filter=startsWith(displayName,'U')`)).body.error.code).toBe('Request_UnsupportedQuery');
    expect((await get(`${sim.url}/v1.0/users?$count=true`)).body.error.code).toBe('Request_UnsupportedQuery');
  });

  it('enforces page-size maxima as Graph does (999; 500 with signInActivity)', async () => {
    const sim = await startSim({ model: model() });
    expect((await get(`${sim.url}/v1.0/users?$top=999`)).status).toBe(200);
    expect((await get(`${sim.url}/v1.0/users?$top=1000`)).body.error.message).toMatch(/Must be between 1 and 999/);
    expect((await get(`${sim.url}/v1.0/users?$select=id,signInActivity&$top=500`)).status).toBe(200);
    expect((await get(`${sim.url}/v1.0/users?$select=id,signInActivity&$top=501`)).body.error).toMatchObject({
      code: 'Request_UnsupportedQuery',
      message: 'Cannot query data for more than 500 users at a time',
    });
  });

  it('pages with opaque skip tokens and refuses a tampered one', async () => {
    const sim = await startSim({ model: model() });
    const first = await get(`${sim.url}/v1.0/users?$select=id&$top=10`);
    const next: string = first.body['@odata.nextLink'];
    expect(next.startsWith(`${sim.url}/v1.0/users?$select=id&$top=10&$skiptoken=`)).toBe(true);
    expect((await get(next)).body.value[0].id).toBe('u10');
    expect((await get(next.replace('$top=10', '$top=11'))).body.error.message).toMatch(/skiptoken/);
    expect(
      (await get(`${sim.url}/v1.0/users?$select=id&$top=10&$skiptoken=${Buffer.from('{"o":0,"h":"x"}').toString('base64url')}`)).status,
    ).toBe(400);
  });

  it('enforces the Conditional Access limit with 429 and no Retry-After', async () => {
    const sim = await startSim({ model: model(), conditionalAccessIntervalMs: 60_000 });
    expect((await get(`${sim.url}/v1.0/identity/conditionalAccess/policies`)).status).toBe(200);
    const second = await get(`${sim.url}/v1.0/identity/conditionalAccess/policies`);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBeNull();
    expect(sim.log[1]!.rejected).toBe('conditional-access-rate');
  });

  it('can enforce a resource-unit budget per window, with Retry-After and throttle headers', async () => {
    const sim = await startSim({ model: model(), resourceUnits: { limit: 5, windowMs: 60_000 } });
    const costs: string[] = [];
    for (const q of ['$top=50', '$top=5', '$select=id&$top=50'])
      costs.push((await get(`${sim.url}/v1.0/users?${q}`)).headers.get('x-ms-resource-unit')!);
    expect(costs).toEqual(['2', '1', '1']); // GET users = 2; $top < 20 and $select each take one off (Graph's published resource-unit costs)
    const over = await get(`${sim.url}/v1.0/users?$top=50`);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(over.headers.get('x-ms-throttle-scope')).toBeTruthy();
  });

  it('injects faults per path, optionally only for a $select, an $expand or a number of times', async () => {
    const sim = await startSim({
      model: model(),
      faults: [
        { path: '/users', selectIncludes: 'signInActivity', kind: 'licence' },
        { path: '/users/*/sponsors', kind: 'forbidden', times: 1 },
        { path: '/groups', kind: 'throttle', retryAfter: 7 },
      ],
    });
    expect((await get(`${sim.url}/v1.0/users?$select=id,signInActivity`)).body.error.code).toBe(
      'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    );
    expect((await get(`${sim.url}/v1.0/users?$select=id`)).status).toBe(200);
    expect((await get(`${sim.url}/v1.0/users/u1/sponsors`)).status).toBe(403);
    expect((await get(`${sim.url}/v1.0/users/u1/sponsors`)).status).toBe(200);
    const throttled = await get(`${sim.url}/v1.0/groups`);
    expect([throttled.status, throttled.headers.get('retry-after')]).toEqual([429, '7']);
    expect(
      pathMatches(
        '/tenantRelationships/findTenantInformationByDomainName*',
        "/tenantrelationships/findtenantinformationbydomainname(domainname='x')",
      ),
    ).toBe(true);
    expect(
      pathMatches(
        '/directory/federationConfigurations/**',
        '/directory/federationconfigurations/microsoft.graph.samlorwsfedexternaldomainfederation/1/domains',
      ),
    ).toBe(true);
  });

  it('answers $batch of GETs (at most 20, unique ids) with member responses in any order', async () => {
    const sim = await startSim({ model: model() });
    const post = (requests: unknown[]) =>
      fetch(`${sim.url}/v1.0/$batch`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ requests }),
      });
    const res = await post([
      { id: '1', method: 'GET', url: '/users/u1' },
      { id: '2', method: 'GET', url: 'users/nope' },
    ]);
    const body = (await res.json()) as { responses: Array<{ id: string; status: number }> };
    expect(body.responses.map((r) => [r.id, r.status])).toEqual([
      ['2', 404],
      ['1', 200],
    ]);
    expect((await post(Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users' })))).status).toBe(400);
    expect(
      (
        await post([
          { id: 'a', method: 'GET', url: '/users' },
          { id: 'A', method: 'GET', url: '/users' },
        ])
      ).status,
    ).toBe(400);
    expect(sim.log.filter((e) => e.viaBatch !== undefined).map((e) => e.url)).toEqual(['/users/u1', '/users/nope']);
  });

  it('answers any write with 405 and records it (this simulator is never shared with the read-only proof)', async () => {
    const sim = await startGraphSimulator({ model: model() });
    try {
      for (const method of ['PATCH', 'PUT', 'DELETE', 'POST']) {
        const res = await fetch(`${sim.url}/v1.0/users/u1`, {
          method,
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: method === 'DELETE' ? null : '{}',
        });
        expect(res.status, method).toBe(405);
      }
      const batch = await fetch(`${sim.url}/v1.0/$batch`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          requests: [
            { id: '1', method: 'GET', url: '/users' },
            { id: '2', method: 'PATCH', url: '/users/u1', body: {} },
          ],
        }),
      });
      expect(batch.status).toBe(405);
      expect(sim.stats().methodRejected).toBe(5);
      expect(readOnlyViolations(sim.log)).toHaveLength(5);
      expect(sim.log.every((e) => !('authorization' in e.headers))).toBe(true);
    } finally {
      await sim.close();
    }
  });

  it('serves 200,000+ guests from a generated source without materialising them', async () => {
    let materialised = 0;
    const source: CollectionSource = {
      size: 250_000,
      at: (i) => {
        materialised++;
        return { id: `guest-${i}`, displayName: `Guest ${i}`, userType: 'Guest' };
      },
    };
    const m = emptyModel(TENANT);
    addResource(m, '/users', { kind: 'collection', items: source });
    const sim = await startSim({ model: m, latencyMs: 0 });
    const first = await get(`${sim.url}/v1.0/users?$filter=userType eq 'Guest'&$select=id&$top=999`);
    expect(first.body.value).toHaveLength(999);
    const second = await get(first.body['@odata.nextLink']);
    expect(second.body.value[0].id).toBe('guest-999');
    expect(materialised).toBe(999 * 2);
  });
});

describe('Graph simulator: tenant models', () => {
  it('turns any snapshot into the Graph it came from, failed sections into their faults', () => {
    const degraded = JSON.parse(readFileSync(packagePath('fixtures', 'snapshots', 'degraded.json'), 'utf8'));
    const m = modelFromSnapshot(degraded);
    const failed = Object.entries(degraded.sections as Record<string, { status: string }>).filter(
      ([, s]) => !['ok', 'skipped'].includes(s.status),
    );
    expect(failed.length).toBeGreaterThan(0);
    expect(m.faults.length).toBeGreaterThanOrEqual(failed.length);
  });

  it('round-trips through model.json and loads fixtures/graph/<tenant>/', async () => {
    const base = JSON.parse(readFileSync(packagePath('fixtures', 'snapshots', 'base.json'), 'utf8'));
    const file = modelToFile(modelFromSnapshot(base));
    expect(modelToFile(modelFromFile(JSON.parse(JSON.stringify(file))))).toEqual(file);
    const unlicensed = loadModelDir(packagePath('fixtures', 'graph', 'unlicensed'));
    expect(unlicensed.faults.map((f) => f.kind)).toContain('licence');
    const sim = await startSim({ model: unlicensed });
    expect((await get(`${sim.url}/v1.0/users?$select=id,signInActivity&$filter=userType eq 'Guest'`)).status).toBe(403);
    expect((await get(`${sim.url}/v1.0/users?$select=id&$filter=userType eq 'Guest'`)).body.value).toHaveLength(3);
  });
});
