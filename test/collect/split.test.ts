import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../src/collect/collect.js';
import {
  AUTO_MIN_GUESTS,
  autoRanges,
  bucketsFor,
  MAX_RANGES,
  planRanges,
  probeEdges,
  rangeFilter,
  refineBalance,
  refineBuckets,
  type DateRange,
  type GuestSplit,
} from '../../src/collect/guest-split.js';
import type { CollectEvent } from '../../src/collect/types.js';
import type { FaultSpec } from '../../src/simulator/faults.js';
import { addResource, modelFromSnapshot, type CollectionSource, type TenantModel } from '../../src/simulator/model.js';
import { guestSource, tenantParts } from '../../src/synth/index.js';
import { clientFor, startSim } from '../simulator/harness.js';

/**
 * Completeness of the split guest list against the simulator: the creation-date ranges return every guest exactly
 * once — including guests created exactly on a range edge (returned by both neighbours, de-duplicated). Guests
 * without a creation date cannot be selected by any documented filter (the user resource lists no "eq on null
 * values" for createdDateTime: https://learn.microsoft.com/graph/api/resources/user?view=graph-rest-1.0#properties),
 * so when the guest total says some exist, the guest list is read as one chain instead — and they are all there.
 */
const TENANT = { seed: 424242, guests: 4_000, partners: 6, caPolicies: 4, preset: 'scale' as const, asOf: '2026-11-27T00:00:00Z' };
const NOW = new Date(TENANT.asOf);
const EDGES = probeEdges(NOW.getTime());
const DAY = 86_400_000;

/** The generator's guests, 3 in 10 created exactly on a probe-grid edge and (with `nulls`) every 10th at an unknown time. */
function plantedSource(nulls: boolean, tenant = TENANT): CollectionSource {
  const source = guestSource(tenant);
  return {
    size: source.size,
    at(i: number) {
      const g = { ...source.at(i) } as Record<string, unknown>;
      if (nulls && i % 10 === 0) g.createdDateTime = null;
      else if (i % 10 <= 3) g.createdDateTime = EDGES[(i * 7) % EDGES.length]!;
      return g;
    },
  };
}

function model(nulls: boolean, tenant = TENANT): TenantModel {
  const m = modelFromSnapshot(tenantParts(tenant).snapshot);
  addResource(m, '/users', {
    kind: 'collection',
    items: plantedSource(nulls, tenant),
    navigations: ['sponsors'],
    selectOnly: ['signInActivity'],
    maxPageSize: 999,
  });
  return m;
}

async function collect(
  guestSplit: GuestSplit | undefined,
  opts: { nulls?: boolean; faults?: FaultSpec[]; tenant?: typeof TENANT; countLag?: number } = {},
) {
  const sim = await startSim({
    model: model(opts.nulls ?? false, opts.tenant),
    faults: opts.faults ?? [],
    indexes: { '/users': ['userType', 'externalUserState', 'createdDateTime'] },
  });
  const events: CollectEvent[] = [];
  const graph = clientFor(sim);
  if (opts.countLag) {
    // Graph's eventually consistent index still counting guests that are gone: every $count answers that many more.
    const get = graph.get.bind(graph);
    const lag = opts.countLag;
    graph.get = (async (q: Parameters<typeof get>[0]) => {
      const answer = await get(q);
      return q.path === '/users/$count' ? Number(answer) + lag : answer;
    }) as typeof graph.get;
  }
  const { snapshot } = await collectSnapshot({
    graph,
    cloud: 'custom',
    validate: false,
    now: () => NOW,
    onProgress: (e) => events.push(e),
    ...(guestSplit !== undefined ? { guestSplit } : {}),
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

function truth(nulls: boolean, tenant = TENANT) {
  const s = plantedSource(nulls, tenant);
  const ids: string[] = [];
  const nullIds: string[] = [];
  for (let i = 0; i < s.size; i++) {
    const g = s.at(i);
    if (g.userType !== 'Guest') continue;
    ids.push(g.id as string);
    if (g.createdDateTime === null) nullIds.push(g.id as string);
  }
  return { truthIds: ids.sort(), truthNullIds: nullIds.sort() };
}

const guestIds = (r: { guests: Array<{ id: string; userType: string }> }) =>
  r.guests
    .filter((g) => g.userType === 'Guest')
    .map((g) => g.id)
    .sort();
const warnings = (r: { events: CollectEvent[] }) => r.events.flatMap((e) => (e.type === 'warning' ? [e.message] : []));

describe('split guest list: completeness against the simulator', () => {
  it('every guest exactly once, as the single query reads them: guests on range edges included', async () => {
    const { truthIds } = truth(false);
    const split = await collect(6);
    const single = await collect(1);
    const ids = split.guests.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length); // no duplicates
    expect(guestIds(split)).toEqual(truthIds);
    expect([...ids].sort()).toEqual(single.guests.map((g) => g.id).sort()); // external members too
    expect(split.status).toMatchObject({ status: 'ok', itemCount: single.guests.length });
    expect(warnings(split)).toEqual([]);

    const filters = [...new Set(guestFilters(split.sim.log))];
    // The ranges' shared edges: guests created exactly there were returned by two queries and kept once.
    const edges = new Set(filters.flatMap((f) => [...f.matchAll(/createdDateTime (?:ge|le) (\S+)/g)].map((m) => m[1]!)));
    const onEdges = split.guests.filter((g) => g.createdDateTime !== null && edges.has(g.createdDateTime));
    expect(onEdges.length).toBeGreaterThan(50);
    expect(filters.length).toBeGreaterThanOrEqual(4);
    // Only the comparisons Graph documents for createdDateTime in a default query; no null test, no advanced-query
    // header on the guest pages (https://learn.microsoft.com/graph/aad-advanced-queries?tabs=http#user-properties).
    expect(filters.every((f) => !/ (lt|gt|ne) |eq null/.test(f))).toBe(true);
    const pages = split.sim.log.filter((e) => e.url.startsWith('/v1.0/users?') && !e.url.includes('$count'));
    expect(pages.every((e) => !('consistencylevel' in e.headers))).toBe(true);
    const probes = split.sim.log.filter((e) => e.url.startsWith('/v1.0/users/$count'));
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.every((e) => e.headers.consistencylevel === 'eventual' && e.status === 200)).toBe(true);
    expect(split.sim.log.filter((e) => e.status === 400)).toEqual([]);
  });

  it('reads one chain, naming why, when some guests have no creation date — and returns them all', async () => {
    const { truthIds, truthNullIds } = truth(true);
    const r = await collect(6, { nulls: true });
    expect(guestIds(r)).toEqual(truthIds);
    const nulls = r.guests.filter((g) => g.userType === 'Guest' && g.createdDateTime === null);
    expect(nulls.map((g) => g.id).sort()).toEqual(truthNullIds);
    expect(nulls.length).toBeGreaterThan(300);
    expect(warnings(r)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^guest list not split \\(${truthNullIds.length} of ${truthIds.length} guests have no creation date .*no documented filter selects them\\)`,
        ),
      ),
    ]);
    expect([...new Set(guestFilters(r.sim.log))]).toEqual(["userType eq 'Guest'"]);
  });

  it('falls back to the single query when Graph refuses a range query, and still returns every guest', async () => {
    const { truthIds } = truth(false);
    const r = await collect(6, { faults: [{ path: '/users', queryIncludes: 'createdDateTime le', kind: 'bad-request' }] });
    expect(guestIds(r)).toEqual(truthIds);
    expect(warnings(r).some((m) => /not split .*refused a split query/.test(m))).toBe(true);
    expect(guestFilters(r.sim.log)).toContain("userType eq 'Guest'");
  });

  it('says in the guest section when the ranges read fewer guests than Graph counted (eventual counts)', async () => {
    const { truthIds } = truth(false);
    const r = await collect(6, { countLag: 2 });
    expect(guestIds(r)).toEqual(truthIds);
    const shortfall = new RegExp(
      `^the split guest list read ${truthIds.length} guests where Graph counted ${truthIds.length + 2} just before;`,
    );
    expect(warnings(r)).toEqual([expect.stringMatching(shortfall)]);
    expect(r.status?.fallback).toMatch(shortfall);
    expect(r.status?.fallback).toMatch(/--guest-split off/);
  });

  it('falls back to the single query when $count is refused', async () => {
    const { truthIds } = truth(false);
    const r = await collect(6, { faults: [{ path: '/users/$count', kind: 'bad-request' }] });
    expect(guestIds(r)).toEqual(truthIds);
    expect(warnings(r).some((m) => /counting guests per creation date failed/.test(m))).toBe(true);
  });
});

describe('split guest list: automatic size', () => {
  it('none below 20,000 guests, then one range per 12,500 up to 32', () => {
    expect(AUTO_MIN_GUESTS).toBe(20_000);
    expect(MAX_RANGES).toBe(32);
    expect([0, 1, 19_999, 20_000, 25_000, 37_500, 37_501, 200_000, 1_000_000, Number.NaN].map(autoRanges)).toEqual([
      1, 1, 1, 2, 2, 3, 4, 16, 32, 1,
    ]);
  });

  it('a small tenant: one $count of its guests, then the one chain, no probes, no warning', async () => {
    const { truthIds } = truth(false);
    const r = await collect(undefined); // the default is auto
    expect(guestIds(r)).toEqual(truthIds);
    const counts = r.sim.log.filter((e) => e.url.startsWith('/v1.0/users/$count'));
    expect(counts.map((e) => decodeURIComponent(e.url))).toEqual(["/v1.0/users/$count?$filter=userType eq 'Guest'"]);
    expect([...new Set(guestFilters(r.sim.log))]).toEqual(["userType eq 'Guest'"]);
    expect(warnings(r)).toEqual([]);
  });

  it('a guest count refused with 400 (the query shape): the one chain, naming why', async () => {
    const r = await collect('auto', { faults: [{ path: '/users/$count', kind: 'bad-request' }] });
    expect(guestIds(r)).toEqual(truth(false).truthIds);
    expect(warnings(r)).toEqual([expect.stringMatching(/^guest list not split \(counting guests failed: .*\); reading it as one query$/)]);
  });

  it('a small tenant whose $count is refused otherwise than with 400: the one chain, quietly', async () => {
    const r = await collect('auto', { faults: [{ path: '/users/$count', kind: 'forbidden' }] });
    expect(guestIds(r)).toEqual(truth(false).truthIds);
    expect(warnings(r)).toEqual([]);
  });

  it(
    'a tenant above the threshold is split by itself, sized from its guest count, and complete',
    { tags: ['slow'], timeout: 120_000 },
    async () => {
      const big = { ...TENANT, guests: 26_000 };
      const { truthIds } = truth(false, big);
      const r = await collect('auto', { tenant: big });
      expect(guestIds(r)).toEqual(truthIds);
      const ranges = [...new Set(guestFilters(r.sim.log))];
      expect(ranges.length).toBe(autoRanges(truthIds.length));
      expect(ranges.length).toBeGreaterThanOrEqual(2);
      expect(warnings(r)).toEqual([]);
    },
  );
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

  it('a clump of old guests is balanced by further refinement rounds: the longest range within 10 % of an even share', async () => {
    // 200,000 creation times, seeded: 60 % within three years of 2015–2018 (a migration), the rest spread over the
    // last eight years, more of them recent. One refinement round leaves the clump cut too coarsely.
    let seed = 12345;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const now = NOW.getTime();
    const times = Array.from({ length: 200_000 }, () =>
      next() < 0.6 ? Date.UTC(2015, 0, 1) + next() * 3 * 365 * DAY : now - next() ** 2 * 8 * 365 * DAY,
    ).sort((a, b) => a - b);
    const firstAbove = (t: number, inclusive: boolean) => {
      let lo = 0;
      let hi = times.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (inclusive ? times[mid]! <= t : times[mid]! < t) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    // What `createdDateTime ge from and le to` counts.
    const count = (r: DateRange) =>
      firstAbove(r.to ? Date.parse(r.to) : Infinity, true) - firstAbove(r.from ? Date.parse(r.from) : -Infinity, false);
    const ranges = autoRanges(times.length);
    const longest = (buckets: readonly DateRange[], counts: readonly number[]) =>
      Math.max(...planRanges(buckets, counts, ranges).map(count)) / (times.length / ranges);

    const grid = bucketsFor(probeEdges(now));
    const gridCounts = grid.map(count);
    const once = refineBuckets(grid, gridCounts, ranges, now).flat();
    expect(longest(once, once.map(count))).toBeGreaterThan(1.1);

    let probes = 0;
    const balanced = await refineBalance(grid, gridCounts, ranges, now, async (list) => {
      probes += list.length;
      return list.map(count);
    });
    expect(longest(balanced.buckets, balanced.counts)).toBeLessThanOrEqual(1.1);
    expect(balanced.counts).toEqual(balanced.buckets.map(count));
    // Bounded: a few hundred probes, not one per guest.
    expect(probes).toBeLessThan(1_000);
  });
});
