import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../src/collect/collect.js';
import {
  bucketsFor,
  NULL_CREATED_FILTER,
  planRanges,
  probeEdges,
  rangeFilter,
  refineBuckets,
  type DateRange,
} from '../../src/collect/guest-split.js';
import type { CollectEvent } from '../../src/collect/types.js';
import type { FaultSpec } from '../../src/simulator/faults.js';
import { addResource, modelFromSnapshot, type CollectionSource, type TenantModel } from '../../src/simulator/model.js';
import { guestSource, tenantParts } from '../../src/synth/index.js';
import { clientFor, startSim } from '../simulator/harness.js';

/**
 * Completeness of the split guest list (opt-in `guestSplit`): against the simulator, the creation-date ranges
 * and the no-creation-date query together return every guest exactly once — including guests created exactly on
 * a range edge (returned by both neighbours, de-duplicated) and guests without a creation date.
 */
const TENANT = { seed: 424242, guests: 4_000, partners: 6, caPolicies: 4, preset: 'scale' as const, asOf: '2026-11-27T00:00:00Z' };
const NOW = new Date(TENANT.asOf);
const EDGES = probeEdges(NOW.getTime());

/** The generator's guests, with every 10th created at an unknown time and 3 in 10 created exactly on a probe-grid edge. */
function plantedSource(): CollectionSource {
  const source = guestSource(TENANT);
  return {
    size: source.size,
    at(i: number) {
      const g = { ...source.at(i) } as Record<string, unknown>;
      if (i % 10 === 0) g.createdDateTime = null;
      else if (i % 10 <= 3) g.createdDateTime = EDGES[(i * 7) % EDGES.length]!;
      return g;
    },
  };
}

function model(): TenantModel {
  const m = modelFromSnapshot(tenantParts(TENANT).snapshot);
  addResource(m, '/users', {
    kind: 'collection',
    items: plantedSource(),
    navigations: ['sponsors'],
    selectOnly: ['signInActivity'],
    maxPageSize: 999,
  });
  return m;
}

async function collect(guestSplit: number | undefined, faults: FaultSpec[] = []) {
  const sim = await startSim({ model: model(), faults, indexes: { '/users': ['userType', 'externalUserState', 'createdDateTime'] } });
  const events: CollectEvent[] = [];
  const { snapshot } = await collectSnapshot({
    graph: clientFor(sim),
    cloud: 'custom',
    validate: false,
    now: () => NOW,
    onProgress: (e) => events.push(e),
    ...(guestSplit ? { guestSplit } : {}),
  });
  const guests = snapshot.data.guests as Array<{ id: string; userType: string; createdDateTime: string | null }>;
  return { sim, events, guests, status: snapshot.sections.guests };
}

/** The `$filter` of every guest-list page request (not the probes), decoded. */
function guestFilters(log: Array<{ url: string }>): string[] {
  return log
    .filter((e) => e.url.startsWith('/v1.0/users?'))
    .map((e) => new URL(e.url, 'http://x').searchParams.get('$filter') ?? '')
    .filter((f) => f.startsWith("userType eq 'Guest'"));
}

const { truthIds, truthNullIds } = (() => {
  const s = plantedSource();
  const ids: string[] = [];
  const nullIds: string[] = [];
  for (let i = 0; i < s.size; i++) {
    const g = s.at(i);
    if (g.userType !== 'Guest') continue;
    ids.push(g.id as string);
    if (g.createdDateTime === null) nullIds.push(g.id as string);
  }
  return { truthIds: ids, truthNullIds: nullIds };
})();

describe('split guest list: completeness against the simulator', () => {
  it('every guest exactly once, as the single query reads them: nulls and guests on range edges included', async () => {
    const split = await collect(6);
    const single = await collect(undefined);
    const ids = split.guests.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length); // no duplicates
    expect(
      split.guests
        .filter((g) => g.userType === 'Guest')
        .map((g) => g.id)
        .sort(),
    ).toEqual([...truthIds].sort());
    expect([...ids].sort()).toEqual(single.guests.map((g) => g.id).sort()); // external members too
    expect(split.status).toMatchObject({ status: 'ok', itemCount: single.guests.length });

    const filters = [...new Set(guestFilters(split.sim.log))];
    expect(filters).toContain(NULL_CREATED_FILTER);
    const nulls = split.guests.filter((g) => g.userType === 'Guest' && g.createdDateTime === null);
    expect(nulls.map((g) => g.id).sort()).toEqual([...truthNullIds].sort());
    expect(nulls.length).toBeGreaterThan(300);
    // The ranges' shared edges: guests created exactly there were returned by two queries and kept once.
    const edges = new Set(filters.flatMap((f) => [...f.matchAll(/createdDateTime (?:ge|le) (\S+)/g)].map((m) => m[1]!)));
    const onEdges = split.guests.filter((g) => g.createdDateTime !== null && edges.has(g.createdDateTime));
    expect(onEdges.length).toBeGreaterThan(50);
    expect(filters.length).toBeGreaterThanOrEqual(4);
    // Only the comparisons Graph documents for createdDateTime, and no advanced-query header on the guest pages.
    expect(filters.every((f) => !/ (lt|gt|ne) /.test(f))).toBe(true);
    const pages = split.sim.log.filter((e) => e.url.startsWith('/v1.0/users?') && !e.url.includes('$count'));
    expect(pages.every((e) => !('consistencylevel' in e.headers))).toBe(true);
    const probes = split.sim.log.filter((e) => e.url.startsWith('/v1.0/users/$count'));
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.every((e) => e.headers.consistencylevel === 'eventual')).toBe(true);
  });

  it('falls back to the single query when Graph refuses the no-creation-date filter, and still returns every guest', async () => {
    const r = await collect(6, [{ path: '/users', queryIncludes: 'createdDateTime eq null', kind: 'bad-request' }]);
    expect(
      r.guests
        .filter((g) => g.userType === 'Guest')
        .map((g) => g.id)
        .sort(),
    ).toEqual([...truthIds].sort());
    expect(r.events.some((e) => e.type === 'warning' && /not split .*refused a split query/.test(e.message))).toBe(true);
    expect(guestFilters(r.sim.log)).toContain("userType eq 'Guest'");
  });

  it('falls back to the single query when $count is refused', async () => {
    const r = await collect(6, [{ path: '/users/$count', kind: 'bad-request' }]);
    expect(r.guests.filter((g) => g.userType === 'Guest')).toHaveLength(truthIds.length);
    expect(r.events.some((e) => e.type === 'warning' && /counting guests per creation date failed/.test(e.message))).toBe(true);
  });
});

describe('split guest list: the ranges', () => {
  const inRange = (t: string, r: DateRange) => (!r.from || t >= r.from) && (!r.to || t <= r.to);

  it('cover every timestamp whatever the counts, sharing edges; the first and last are open-ended', () => {
    const buckets = bucketsFor(EDGES);
    const weird = [
      buckets.map(() => 0),
      buckets.map((_, i) => (i === 3 ? 1_000 : 0)),
      buckets.map((_, i) => i * i),
      buckets.map((_, i) => (i % 2 ? 5 : 0)),
    ];
    const samples = ['1970-01-01T00:00:00Z', '1999-12-31T23:59:59Z', ...EDGES, '2026-11-26T23:59:59Z', '2031-01-01T00:00:00Z'];
    for (const counts of weird) {
      for (const ranges of [1, 2, 5, 12, 40]) {
        const planned = planRanges(buckets, counts, ranges);
        expect(planned.length).toBeLessThanOrEqual(ranges);
        expect(planned[0]!.from).toBeUndefined();
        expect(planned[planned.length - 1]!.to).toBeUndefined();
        for (let i = 1; i < planned.length; i++) expect(planned[i]!.from).toBe(planned[i - 1]!.to);
        for (const t of samples) expect(planned.some((r) => inRange(t, r))).toBe(true);
      }
    }
  });

  it('refined buckets keep their outer edges and cover their span, shared edges between neighbours', () => {
    const buckets = bucketsFor(EDGES);
    const counts = buckets.map((_, i) => (i >= buckets.length - 8 ? 10_000 : 10));
    const refined = refineBuckets(buckets, counts, 8, NOW.getTime());
    refined.forEach((sub, i) => {
      expect(sub[0]!.from).toBe(buckets[i]!.from);
      expect(sub[sub.length - 1]!.to).toBe(buckets[i]!.to);
      for (let k = 1; k < sub.length; k++) expect(sub[k]!.from).toBe(sub[k - 1]!.to);
    });
    expect(refined.some((sub) => sub.length > 1)).toBe(true);
    expect(rangeFilter({ from: '2024-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' })).toBe(
      "userType eq 'Guest' and createdDateTime ge 2024-01-01T00:00:00Z and createdDateTime le 2025-01-01T00:00:00Z",
    );
    expect(rangeFilter({})).toBe("userType eq 'Guest'");
  });
});
