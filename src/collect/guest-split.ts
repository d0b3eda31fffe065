/**
 * Splitting the guest list into independent queries by creation date (opt-in: `guestSplit`).
 *
 * One `/users` query is one chain of `@odata.nextLink` pages: 200,000 guests at 500 a page are 400 round trips
 * one after another, however fast the client. Queries over disjoint creation-date ranges have no dependency on
 * each other, so they can run side by side:
 *
 *   userType eq 'Guest' and createdDateTime le E1
 *   userType eq 'Guest' and createdDateTime ge E1 and createdDateTime le E2
 *   …
 *   userType eq 'Guest' and createdDateTime ge Ek
 *   userType eq 'Guest' and createdDateTime eq null        (guests Graph has no creation time for)
 *
 * Coverage: every non-null timestamp t satisfies `t le E1`, or `t ge Ek`, or `ge Ei and le Ei+1` for some i —
 * whatever Graph's precision — because adjacent ranges share their edge (`le E` and `ge E` both hold at t = E).
 * A guest exactly on an edge comes back twice and is de-duplicated by id. `ge`/`le` are the comparisons Graph
 * documents for user `createdDateTime` (no `lt`/`gt`); a plain `eq`/`ge`/`le` filter needs no advanced-query
 * headers, which were seen to return an empty signInActivity for some users (reported as msgraph-sdk-powershell#1898).
 *
 * UNCONFIRMED for real Graph: `createdDateTime eq null` (the user docs list `eq` but not "eq on null values" for this
 * property) and `$count` with these filters. A refused query makes the collector fall back to the single chain,
 * so the cost of being wrong is time, not guests.
 *
 * Balance: the range edges come from `$count` probes (`ConsistencyLevel: eventual`): one round over a coarse grid
 * of creation dates, a second round splitting the buckets that hold much more than a share; contiguous buckets
 * are then grouped into ranges of about equal size. Counts only steer the split — eventual consistency can make
 * them stale, never make a guest fall outside every range.
 */

export const GUEST_TYPE_FILTER = "userType eq 'Guest'";
export const NULL_CREATED_FILTER = `${GUEST_TYPE_FILTER} and createdDateTime eq null`;

/** First-round probe buckets (a coarse grid); heavy ones are refined in a second round. */
export const PROBE_BUCKETS = 24;
/** A second-round bucket aims at this fraction of a range, so ranges can be cut within a few percent. */
const REFINE_FRACTION = 1 / 8;
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
 * Buckets holding more than an eighth of a range's share, cut into equal-width sub-buckets (the open-ended first and last
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
