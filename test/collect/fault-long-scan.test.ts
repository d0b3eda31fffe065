import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../src/collect/collect.js';
import { GraphClient } from '../../src/graph/client.js';
import { CredentialTokenSource } from '../../src/graph/token-source.js';
import { modelFromSnapshot } from '../../src/simulator/model.js';
import type { Snapshot, User } from '../../src/snapshot/snapshot.types.js';
import { baseSnapshot } from '../support/fixtures.js';
import { FAST, RotatingCredential, startSim, VirtualClock } from '../simulator/harness.js';

/**
 * A collection that outlives its tokens, in simulated time: every request takes 20 simulated seconds, the guest
 * list is throttled four times with a 5-minute Retry-After, and the simulator ends each token's life 38 simulated
 * minutes after it is first used (shorter than the hour the credential claims — as when a token is revoked or a clock
 * is off). The collection takes more than two simulated hours, its token expires at least three times, and it loses
 * nothing: every section and every object is what a collection without expiry returns.
 *
 * How many times exactly depends on how many requests the collection makes, which changes whenever the collector
 * does (a guest split that probes one more bucket adds 20 simulated seconds), so the count is checked against the
 * elapsed time instead: a token lives 38 minutes from its first use, and the next request after that (at most a
 * Retry-After and one request later) is refused and renews it.
 */
const HOUR = 3_600_000;
const GUESTS = 20_000;
const REQUEST_MS = 20_000;
const TOKEN_LIFE_MS = 38 * 60_000;
const RETRY_AFTER_S = 300;

function largeTenant(): Snapshot {
  const snapshot = baseSnapshot();
  const template = snapshot.data.guests![0]!;
  const guests: User[] = Array.from({ length: GUESTS }, (_, i) => ({
    ...structuredClone(template),
    id: `7a1c0000-0000-4000-9000-${String(i).padStart(12, '0')}`,
    displayName: `Guest ${i}`,
    userPrincipalName: `guest${i}_partner.example#EXT#@fabrikam.onmicrosoft.com`,
    mail: `guest${i}@partner.example`,
  }));
  snapshot.data.guests = [...snapshot.data.guests!, ...guests];
  return snapshot;
}

describe('a two-hour collection whose token expires again and again (simulated time)', () => {
  it('collects every section and object, renewing the token after each expiry', async () => {
    const tenant = largeTenant();
    const tid = tenant.tenant.id;

    // The reference: the same tenant collected with no latency, throttling or expiry.
    const reference = await startSim({ model: modelFromSnapshot(tenant), conditionalAccessIntervalMs: 0 });
    const expected = await collectSnapshot({
      graph: new GraphClient({
        baseUrl: reference.url,
        tokens: new CredentialTokenSource(new RotatingCredential({ tid }, HOUR), 'scope'),
        ...FAST,
      }),
      cloud: 'custom',
      includeApiConnectors: true,
    });

    const clock = new VirtualClock();
    const start = clock.now();
    const sim = await startSim({
      model: modelFromSnapshot(tenant),
      now: clock.now,
      conditionalAccessIntervalMs: 0,
      tokenLifetime: { afterMs: TOKEN_LIFE_MS, honourExp: true },
      onRequest: () => clock.advance(REQUEST_MS),
      faults: [{ path: '/users', queryIncludes: '$skiptoken', kind: 'throttle', retryAfter: RETRY_AFTER_S, times: 4 }],
    });
    const credential = new RotatingCredential({ tid }, HOUR, clock.now);
    const graph = new GraphClient({
      baseUrl: sim.url,
      tokens: new CredentialTokenSource(credential, 'scope', clock.now),
      ...FAST,
      retry: { ...FAST.retry, maxAttempts: 6, maxRetryAfterMs: 600_000, maxTotalWaitMs: 1_800_000 },
      now: clock.now,
      sleep: clock.sleep,
    });
    const { snapshot, summary } = await collectSnapshot({
      graph,
      cloud: 'custom',
      includeApiConnectors: true,
      now: () => new Date(clock.now()),
    });
    const elapsed = clock.now() - start;
    if (process.env.GATEHOUSE_REPORT_LONG_SCAN)
      process.stdout.write(
        `simulated ${(elapsed / 60_000).toFixed(1)} min, ${sim.stats().requests} requests, ${sim.stats().expiredTokens} token expiries, ${credential.issued.length} tokens, ${sim.log.filter((e) => e.status === 401).length} refused requests, ${summary.ok.length} sections ok\n`,
      );

    // Two hours and more of simulated time; the token expired as often as that time allows, at least three times,
    // and was renewed after each expiry.
    expect(elapsed).toBeGreaterThan(2 * HOUR);
    const expiries = sim.stats().expiredTokens;
    const longestLife = TOKEN_LIFE_MS + RETRY_AFTER_S * 1000 + REQUEST_MS;
    const context = `${(elapsed / 60_000).toFixed(1)} min, ${sim.stats().requests} requests, ${expiries} expiries`;
    expect(expiries, context).toBeGreaterThanOrEqual(3);
    expect(expiries, context).toBeGreaterThanOrEqual(Math.floor(elapsed / longestLife));
    expect(expiries, context).toBeLessThanOrEqual(Math.floor(elapsed / TOKEN_LIFE_MS));
    expect(credential.issued).toHaveLength(expiries + 1);
    expect(sim.stats().throttled).toBe(4);
    // Nothing lost: every section ok, every object as in the reference collection.
    expect(summary.failed.map((s) => `${s}: ${snapshot.sections[s]!.message}`)).toEqual([]);
    expect(summary.collectionFailures).toEqual([]);
    expect(snapshot.data.guests).toHaveLength(GUESTS + baseSnapshot().data.guests!.length);
    expect(snapshot.data).toEqual(expected.snapshot.data);
    // Each refusal was answered by one retry with the new token; no token was sent past its expiry.
    const refused = sim.log.filter((e) => e.status === 401);
    expect(refused.length).toBeGreaterThanOrEqual(3);
    for (const r of refused) {
      const retry = sim.log.find((e) => e.seq > r.seq && e.url === r.url && e.method === r.method);
      expect(retry?.status, r.url).not.toBe(401);
      expect(retry?.tokenTag).not.toBe(r.tokenTag);
    }
  });
});
