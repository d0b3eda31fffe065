/**
 * Splitting the guest list into independent queries by creation date (`guestSplit`: automatic by default).
 *
 * One `/users` query is one chain of `@odata.nextLink` pages: a million guests at 500 a page are 2,000 round trips
 * one after another, however fast the client — at the seconds a page of users with sign-in activity takes on real
 * Graph, most of an hour. Queries over disjoint creation-date ranges have no dependency on each other, so they can
 * run side by side:
 *
 *   userType eq 'Guest' and createdDateTime le E1
 *   userType eq 'Guest' and createdDateTime ge E1 and createdDateTime le E2
 *   …
 *   userType eq 'Guest' and createdDateTime ge Ek
 *
 * What Microsoft documents for these queries (the user resource's property notes and the advanced-query tables on
 * Learn), and what the split does with it:
 * - `createdDateTime` takes `eq`, `ge` and `le` in a default query (no advanced-query headers); `ne`, `not` and `in`
 *   only in an advanced one; no `lt`/`gt`. `userType` takes `eq` by default. So the range queries are default
 *   queries, and they must be: advanced queries do not support `$expand` (the guest query expands sponsors), and
 *   sign-in activity was reported blank for some users under advanced-query headers.
 * - `createdDateTime` is null for some users created before June 2018, and unlike other properties it lists no
 *   "eq on null values" support, in default or advanced queries: no documented filter selects those guests, and no
 *   range can hold them. So the split counts them instead of reading them: the guest total
 *   (`/users/$count?$filter=userType eq 'Guest'`) minus the guests with any creation time (DATED_GUESTS_FILTER).
 *   When any guest is left over, the guest list is read as the one chain (naming why) — never split with guests
 *   outside every range.
 * - `$count` — as a segment — is an advanced query: it needs `ConsistencyLevel: eventual`, which the probes send.
 *   Eventually consistent counts steer the balance and detect creation-date-less guests; they never decide which
 *   guest falls in which range.
 * - `signInActivity`: filtering on it cannot be combined with other properties (the split never filters on it);
 *   selecting it caps a page at 500 users. Nothing is documented against selecting it beside a `createdDateTime`
 *   range.
 *
 * Coverage of every guest with a creation time: every timestamp t satisfies `t le E1`, or `t ge Ek`, or
 * `ge Ei and le Ei+1` for some i — whatever Graph's precision — because adjacent ranges share their edge (`le E` and
 * `ge E` both hold at t = E). A guest exactly on an edge comes back twice and is de-duplicated by id. A probe or range
 * query Graph refuses (400) makes the collector fall back to the single chain, so a filter Graph stops accepting
 * costs time, never guests.
 *
 * Balance: the range edges come from `$count` probes: one round over a coarse grid of creation dates, then up to
 * REFINE_ROUNDS rounds splitting the buckets that still hold much more than a small fraction of a share; contiguous
 * buckets are then grouped into ranges of about equal size.
 *
 * Size (automatic): below AUTO_MIN_GUESTS guests the chain is short and the probes would cost more than they save;
 * above, one range per AUTO_GUESTS_PER_RANGE guests, at most MAX_RANGES. A page read with `$expand` (sponsors) holds
 * at most 100 users, so a million guests are about 10,000 pages: 32 ranges of about 310 pages each. Few enough that
 * 32 chains of directory reads (about 2 resource units a page, a page every second or two each) stay far inside a
 * large tenant's budget of 8,000 units per 10 s — the client's pacing holds them there anyway — and the client's two
 * cores keep up with the pages arriving.
 */

export const GUEST_TYPE_FILTER = "userType eq 'Guest'";
/**
 * Every guest with a creation time: no DateTimeOffset is later than its maximum, so only a guest without one fails
 * this `le` (a default-query comparison). Its count beside the guest total tells how many guests no range can hold.
 */
export const DATED_GUESTS_FILTER = `${GUEST_TYPE_FILTER} and createdDateTime le 9999-12-31T23:59:59Z`;

/** `guestSplit`: a number of ranges (1 = one chain, never split), or `auto`: sized from the guest count. */
export type GuestSplit = number | 'auto';

export const MAX_RANGES = 32;
/** Automatic split: no split below this many guests (the chain is then at most 40 pages of 500). */
export const AUTO_MIN_GUESTS = 20_000;
/** Automatic split: one range per this many guests (25 pages of 500). */
export const AUTO_GUESTS_PER_RANGE = 12_500;

/** How many ranges the automatic split reads `total` guests in (1: not split). */
export function autoRanges(total: number): number {
  if (!Number.isFinite(total) || total < AUTO_MIN_GUESTS) return 1;
  return Math.min(MAX_RANGES, Math.max(2, Math.ceil(total / AUTO_GUESTS_PER_RANGE)));
}

/** First-round probe buckets (a coarse grid); heavy ones are refined in further rounds. */
export const PROBE_BUCKETS = 24;
/**
 * A refined bucket aims at this fraction of a range, so ranges can be cut within a few percent. On the synthetic
 * million-guest tenant (a clump of old guests created within three years), the longest of 32 ranges held 27 % more
 * than an even share with one round at 1/8, 10 % with rounds at 1/8 and 5 % with rounds at 1/16 (851 `$count`
 * probes, against 235): a few seconds of probes for minutes of the longest chain.
 */
const REFINE_FRACTION = 1 / 16;
/** Refinement rounds at most: a heavy bucket is cut into at most MAX_REFINE parts a round. */
const REFINE_ROUNDS = 3;
/** At most this many sub-buckets per heavy bucket. */
const MAX_REFINE = 32;
/** The grid reaches back to here; anything older falls in the first, open-ended range. */
const GRID_START_MS = Date.UTC(2000, 0, 1);
/** The youngest edge: this long before now (everything newer, and any clock skew, is in the last, open range). */
const GRID_MIN_AGE_MS = 6 * 3_600_000;

/** Whole-second UTC, as Graph writes timestamps: `2024-05-01T00:00:00Z`. */
export function odataDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * The interior edges of the probe grid (at most PROBE_BUCKETS − 1), ordered oldest first: ages spaced
 * geometrically from 6 hours to back to 2000, so every bucket spans about the same fraction of its age (about a
 * fifth) — fine near now, where tenants add guests fastest, coarse in the distant past.
 */
export function probeEdges(nowMs: number, buckets: number = PROBE_BUCKETS): string[] {
  const maxAge = Math.max(GRID_MIN_AGE_MS * 2, nowMs - GRID_START_MS);
  const ratio = maxAge / GRID_MIN_AGE_MS;
  const edges: string[] = [];
  for (let i = buckets - 1; i >= 1; i--) {
    const age = GRID_MIN_AGE_MS * ratio ** ((i - 1) / (buckets - 2));
    const edge = odataDate(nowMs - age);
    if (edges[edges.length - 1] !== edge) edges.push(edge);
  }
  return edges;
}

/** A creation-date range: open below when `from` is absent, open above when `to` is absent. */
export interface DateRange {
  from?: string;
  to?: string;
}

export function rangeFilter(r: DateRange): string {
  return [GUEST_TYPE_FILTER, ...(r.from ? [`createdDateTime ge ${r.from}`] : []), ...(r.to ? [`createdDateTime le ${r.to}`] : [])].join(
    ' and ',
  );
}

/** The buckets between consecutive edges, the first and last open-ended: together they cover every timestamp. */
export function bucketsFor(edges: readonly string[]): DateRange[] {
  const out: DateRange[] = [];
  for (let i = 0; i <= edges.length; i++)
    out.push({ ...(i > 0 ? { from: edges[i - 1]! } : {}), ...(i < edges.length ? { to: edges[i]! } : {}) });
  return out;
}

/**
 * Buckets holding more than REFINE_FRACTION of a range's share, cut into equal-width sub-buckets (the open-ended first and last
 * stay open-ended). Returns, per bucket, its replacement (itself when light enough).
 */
export function refineBuckets(buckets: readonly DateRange[], counts: readonly number[], ranges: number, nowMs: number): DateRange[][] {
  const total = counts.reduce((s, c) => s + Math.max(0, c), 0);
  const share = total / Math.max(1, ranges);
  return buckets.map((b, i) => {
    const c = counts[i] ?? 0;
    if (c <= share * REFINE_FRACTION) return [b];
    const from = b.from ? Date.parse(b.from) : GRID_START_MS - 30 * 365 * DAY_MS;
    const to = b.to ? Date.parse(b.to) : nowMs + DAY_MS;
    const parts = Math.min(MAX_REFINE, Math.ceil(c / (share * REFINE_FRACTION)));
    const edges: string[] = [];
    for (let k = 1; k < parts; k++) {
      const edge = odataDate(from + ((to - from) * k) / parts);
      if (edge !== edges[edges.length - 1] && (!b.from || edge > b.from) && (!b.to || edge < b.to)) edges.push(edge);
    }
    const sub = bucketsFor(edges);
    // Keep the bucket's own outer edges (or its openness).
    sub[0] = { ...(b.from ? { from: b.from } : {}), ...(sub[0]!.to ? { to: sub[0]!.to } : b.to ? { to: b.to } : {}) };
    const last = sub.length - 1;
    sub[last] = { ...(sub[last]!.from ? { from: sub[last]!.from } : b.from ? { from: b.from } : {}), ...(b.to ? { to: b.to } : {}) };
    return sub;
  });
}

const DAY_MS = 86_400_000;

/**
 * The refinement rounds: each round cuts the buckets that still hold more than REFINE_FRACTION of a range's share
 * and counts the new sub-buckets (`count`: one `$count` probe per bucket); at most REFINE_ROUNDS rounds. A clump of
 * guests (a migration, a bulk invitation) can need more than one round before a cut can fall inside it.
 */
export async function refineBalance(
  buckets: readonly DateRange[],
  counts: readonly number[],
  ranges: number,
  nowMs: number,
  count: (buckets: readonly DateRange[]) => Promise<readonly number[]>,
): Promise<{ buckets: DateRange[]; counts: number[] }> {
  let current = [...buckets];
  let known = [...counts];
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    const refined = refineBuckets(current, known, ranges, nowMs);
    const again = refined.flatMap((sub) => (sub.length > 1 ? sub : []));
    if (!again.length) break;
    const subCounts = await count(again);
    let k = 0;
    const next: number[] = [];
    refined.forEach((sub, i) => {
      if (sub.length > 1) for (let j = 0; j < sub.length; j++) next.push(subCounts[k++]!);
      else next.push(known[i]!);
    });
    current = refined.flat();
    known = next;
  }
  return { buckets: current, counts: known };
}

/**
 * Group contiguous buckets into at most `ranges` ranges of about equal count. Coverage never depends on the
 * counts: the ranges always run from the first bucket (open below) to the last (open above), each starting on
 * the edge the previous one ends on.
 */
export function planRanges(buckets: readonly DateRange[], counts: readonly number[], ranges: number): DateRange[] {
  // Cut where the running total is closest to k/ranges of the whole, so the rounding error does not pile up in
  // the last range.
  const prefix = [0];
  for (let i = 0; i < buckets.length; i++) prefix.push(prefix[i]! + Math.max(0, counts[i] ?? 0));
  const total = prefix[buckets.length]!;
  const cuts: number[] = [];
  for (let k = 1; k < ranges && total > 0; k++) {
    const want = (k * total) / ranges;
    let best = -1;
    for (let j = (cuts[cuts.length - 1] ?? 0) + 1; j < buckets.length; j++) {
      if (best < 0 || Math.abs(prefix[j]! - want) < Math.abs(prefix[best]! - want)) best = j;
    }
    if (best > 0 && prefix[best]! > prefix[cuts[cuts.length - 1] ?? 0]!) cuts.push(best);
  }
  const out: DateRange[] = [];
  let start = 0;
  for (const end of [...cuts, buckets.length]) {
    out.push({
      ...(buckets[start]!.from ? { from: buckets[start]!.from } : {}),
      ...(buckets[end - 1]!.to ? { to: buckets[end - 1]!.to } : {}),
    });
    start = end;
  }
  return out;
}
