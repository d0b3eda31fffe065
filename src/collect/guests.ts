import { GraphClient } from '../graph/client.js';
import { GraphRequestError } from '../graph/errors.js';
import { SECTIONS } from '../snapshot/sections.js';
import type { SectionStatus } from '../snapshot/snapshot.types.js';
import { requestText, rethrowFatal } from './generic.js';
import {
  autoRanges,
  bucketsFor,
  DATED_GUESTS_FILTER,
  GUEST_TYPE_FILTER,
  planRanges,
  probeEdges,
  rangeFilter,
  refineBalance,
  type DateRange,
  type GuestSplit,
} from './guest-split.js';
import { cleanGraphObject } from './sanitize.js';
import { failedStatus, isPageSizeRefusal, okStatus } from './status.js';
import type { CollectContext, Collector, Outcomes } from './types.js';

/** The guest properties rules read (Graph `user` resource). `signInActivity` and `sponsors` are added per variant. */
export const GUEST_PROPERTIES = [
  'id',
  'displayName',
  'userPrincipalName',
  'mail',
  'otherMails',
  'userType',
  'accountEnabled',
  'createdDateTime',
  'creationType',
  'externalUserState',
  'externalUserStateChangeDateTime',
  'identities',
] as const;

/** Page sizes: Graph allows 999 users per page, but only 500 when signInActivity is selected (§4). */
const TOP_WITH_SIGN_IN = 500;
const TOP_PLAIN = 999;
/** When Graph refuses the page size anyway (the limit has moved over the years), retry with this. */
const TOP_FALLBACK = 100;

interface Variant {
  signIn: boolean;
  sponsors: boolean;
}

type Guest = Record<string, unknown> & { id: string };

/** The guest list proper: a plain `eq` on userType, so no ConsistencyLevel/$count (which would blank signInActivity, §4). */
export const GUEST_FILTER = "userType eq 'Guest'";
/**
 * `userType eq 'Guest'` misses B2B *members* (external users with userType Member, §4). These two plain `eq`
 * queries (no advanced-query headers) add the invited ones, so rules such as guest-external-member can see them.
 */
export const EXTERNAL_MEMBER_FILTERS = [
  "userType eq 'Member' and externalUserState eq 'Accepted'",
  "userType eq 'Member' and externalUserState eq 'PendingAcceptance'",
];

export function guestQuery(v: Variant, top: number, filter: string = GUEST_FILTER) {
  return {
    version: 'v1.0' as const,
    path: '/users',
    query: {
      $filter: filter,
      $select: [...GUEST_PROPERTIES, ...(v.signIn ? ['signInActivity'] : [])].join(','),
      ...(v.sponsors ? { $expand: 'sponsors($select=id)' } : {}),
      $top: top,
    },
  };
}

class FirstPageRefused extends Error {
  constructor(readonly refusal: GraphRequestError) {
    super(`first page refused: ${refusal.message}`);
  }
}

/**
 * Guests in one filtered, paged query (never one call per guest), with sign-in activity and sponsors riding along.
 * When Graph refuses the full query on its first page, the collector sheds one extra at a time — sponsors (then
 * fetched in `$batch`es of 20), sign-in activity — so a missing AuditLog.Read.All or P1 licence costs only the
 * sign-in evidence, not the guest list.
 */
export const guestsCollector: Collector = {
  sections: ['guests', 'guestSignInActivity', 'guestSponsors'],
  async run(ctx) {
    const start = ctx.now();
    const variants: Variant[] = [
      { signIn: true, sponsors: true },
      { signIn: true, sponsors: false },
      { signIn: false, sponsors: true },
      { signIn: false, sponsors: false },
    ];
    let signInFailure: unknown;
    let guests: Guest[] | undefined;
    let used: Variant | undefined;
    let lastFailure: unknown;
    let memberNote: string | undefined;
    const splitNotes: string[] = [];
    // The split's plan does not depend on the variant: probed once, reused if a variant is refused.
    let plan: Promise<SplitPlan> | undefined;
    const split = ctx.guestSplit ?? 1;
    const planned = () => (plan ??= planSplit(ctx, split));
    for (const v of variants) {
      // The external-member queries run beside the guest chain (same shape), so they add no time to it.
      const members = EXTERNAL_MEMBER_FILTERS.map((f) =>
        readGuests(ctx, v, f).then(
          (list) => ({ list }),
          (e: unknown) => ({ error: e }),
        ),
      );
      try {
        splitNotes.length = 0;
        guests =
          split === 'auto' || split > 1 ? await readGuestsSplit(ctx, v, planned, splitNotes) : await readGuests(ctx, v, GUEST_FILTER);
        used = v;
        ctx.noteSource?.('guests', requestText(guestQuery(v, v.signIn ? TOP_WITH_SIGN_IN : TOP_PLAIN)), guests.length);
        const seen = new Set(guests.map((g) => g.id));
        for (const [k, m] of (await Promise.all(members)).entries()) {
          if ('error' in m) {
            rethrowFatal(m.error);
            const err = m.error instanceof FirstPageRefused ? m.error.refusal : (m.error as Error);
            memberNote ??= `external members (userType Member) not collected: ${err.message}`;
            continue;
          }
          const before = guests.length;
          for (const g of m.list)
            if (!seen.has(g.id)) {
              seen.add(g.id);
              guests.push(g);
            }
          ctx.noteSource?.(
            'guests',
            requestText(guestQuery(v, v.signIn ? TOP_WITH_SIGN_IN : TOP_PLAIN, EXTERNAL_MEMBER_FILTERS[k])),
            guests.length - before,
          );
        }
        break;
      } catch (e) {
        await Promise.all(members);
        rethrowFatal(e);
        if (!(e instanceof FirstPageRefused)) {
          // Failed after data began to flow: the query shape is fine, the service is not. Every guest section
          // shares the failure.
          lastFailure = e;
          break;
        }
        lastFailure = e.refusal;
        // Refused even without sponsors: sign-in activity is what this app or tenant may not read.
        if (v.signIn && !v.sponsors) signInFailure = e.refusal;
      }
    }
    const elapsed = () => ctx.now() - start;
    if (!guests || !used) {
      const status = failedStatus('guests', lastFailure, elapsed());
      const carry = (name: 'guestSignInActivity' | 'guestSponsors'): SectionStatus => {
        const own = failedStatus(name, lastFailure, elapsed());
        // The evidence rides on the guest query: its fix includes the guest list's permission.
        return {
          ...own,
          requiredPermissions: [...new Set([...SECTIONS.guests.permissions, ...(own.requiredPermissions ?? [])])],
          message: `not collected because the guest query failed: ${status.message ?? ''}`,
        };
      };
      return {
        guests: { status },
        guestSignInActivity: { status: carry('guestSignInActivity') },
        guestSponsors: { status: carry('guestSponsors') },
      };
    }

    const out: Outcomes = {};
    out.guestSignInActivity = used.signIn
      ? { status: okStatus('guestSignInActivity', undefined, elapsed()) }
      : {
          status: failedStatus('guestSignInActivity', signInFailure, elapsed(), { note: 'guests were collected without sign-in activity' }),
        };
    if (!used.signIn)
      ctx.progress({
        type: 'warning',
        message: `guest sign-in activity not collected (${out.guestSignInActivity.status.status}): ${out.guestSignInActivity.status.message ?? ''}`,
      });

    if (used.sponsors) {
      out.guestSponsors = { status: okStatus('guestSponsors', undefined, elapsed()) };
    } else {
      const batchFailure = await sponsorsByBatch(ctx, guests);
      if (batchFailure === undefined) {
        out.guestSponsors = {
          status: okStatus(
            'guestSponsors',
            undefined,
            elapsed(),
            'sponsors read with $batch because $expand=sponsors was refused on the guest query',
          ),
        };
      } else {
        for (const g of guests) delete g.sponsors;
        out.guestSponsors = { status: failedStatus('guestSponsors', batchFailure, elapsed()) };
        ctx.progress({ type: 'warning', message: `guest sponsors not collected (${out.guestSponsors.status.status})` });
      }
    }
    if (memberNote) ctx.progress({ type: 'warning', message: memberNote });
    // A shortfall of the split is listed under coverage in every report (a fallback that may cost evidence).
    const status = okStatus('guests', guests.length, elapsed(), memberNote);
    out.guests = { status: splitNotes.length ? { ...status, fallback: splitNotes.join('; ') } : status, data: guests };
    return out;
  },
};

/** Page progress summed over the queries that make up the guest list (one, or one per split range). */
class GuestProgress {
  private pages = 0;
  private items = 0;
  constructor(private readonly ctx: CollectContext) {}
  page(items: number): void {
    this.pages++;
    this.items += items;
    this.ctx.progress({ type: 'page', section: 'guests', page: this.pages, itemsSoFar: this.items });
  }
}

/** The guest list's plan: the range queries' filters, or one chain (with the reason to warn about, if any). */
type SplitPlan = { filters: string[]; total: number } | { single: string | undefined };

/** `GET /users/$count?$filter=…`: an advanced query, so with `ConsistencyLevel: eventual`. */
async function countUsers(ctx: CollectContext, filter: string): Promise<number> {
  const n = Number(
    await ctx.graph.get<unknown>({
      version: 'v1.0',
      path: '/users/$count',
      query: { $filter: filter },
      headers: { ConsistencyLevel: 'eventual' },
    }),
  );
  if (!Number.isFinite(n))
    throw new GraphRequestError(
      'Graph answered $count with something other than a number',
      'InvalidResponseBody',
      200,
      undefined,
      '/v1.0/users/$count',
    );
  return n;
}

/**
 * Plans the split (see guest-split.ts): the guest total, then `$count` probes over a grid of creation dates (further
 * rounds for the heavy buckets), grouped into ranges of about equal size. One chain instead when the automatic size is
 * 1, when any guest has no creation date (total above what the buckets hold: no range could return it), or when a
 * count fails — the last two with a warning naming why. In automatic mode a failed total count that is not a refusal
 * of the query (400) stays quiet: the chain that follows meets the same trouble and reports it.
 */
async function planSplit(ctx: CollectContext, split: GuestSplit): Promise<SplitPlan> {
  const single = (why: string): SplitPlan => {
    ctx.progress({ type: 'warning', message: `guest list not split (${why}); reading it as one query` });
    return { single: why };
  };
  const counts = (list: readonly DateRange[]) => Promise.all(list.map((b) => countUsers(ctx, rangeFilter(b))));
  let buckets = bucketsFor(probeEdges(ctx.now()));
  let total: number;
  let dated: number;
  let ranges: number;
  let bucketCounts: number[];
  try {
    if (split === 'auto') {
      try {
        total = await countUsers(ctx, GUEST_TYPE_FILTER);
      } catch (e) {
        rethrowFatal(e);
        if (e instanceof GraphRequestError && e.httpStatus === 400) return single(`counting guests failed: ${e.message}`);
        return { single: undefined };
      }
      ranges = autoRanges(total);
      if (ranges < 2) return { single: undefined };
      [dated, ...bucketCounts] = await Promise.all([
        countUsers(ctx, DATED_GUESTS_FILTER),
        ...buckets.map((b) => countUsers(ctx, rangeFilter(b))),
      ]);
    } else {
      ranges = split;
      [total, dated, ...bucketCounts] = await Promise.all([
        countUsers(ctx, GUEST_TYPE_FILTER),
        countUsers(ctx, DATED_GUESTS_FILTER),
        ...buckets.map((b) => countUsers(ctx, rangeFilter(b))),
      ]);
    }
    // Not the buckets' sum: neighbouring buckets share an edge, so a guest created exactly on it counts twice.
    if (total > dated)
      return single(
        `${total - dated} of ${total} guests have no creation date (Graph leaves it empty for some users created before June 2018) and no documented filter selects them`,
      );
    ({ buckets, counts: bucketCounts } = await refineBalance(buckets, bucketCounts, ranges, ctx.now(), counts));
  } catch (e) {
    rethrowFatal(e);
    return single(`counting guests per creation date failed: ${(e as Error).message}`);
  }
  return { filters: planRanges(buckets, bucketCounts, ranges).map(rangeFilter), total };
}

/**
 * The guest list as independent creation-date ranges read side by side (see guest-split.ts), de-duplicated by id.
 * Falls back to the single query when the plan says so, or when Graph refuses a range query's shape (400), so an
 * unsupported filter costs time, never guests; any other failure is the guest list's failure, as for the single query.
 */
async function readGuestsSplit(ctx: CollectContext, v: Variant, planned: () => Promise<SplitPlan>, notes: string[]): Promise<Guest[]> {
  const plan = await planned();
  if ('single' in plan) return readGuests(ctx, v, GUEST_FILTER);
  const single = (why: string) => {
    ctx.progress({ type: 'warning', message: `guest list not split (${why}); reading it as one query` });
    return readGuests(ctx, v, GUEST_FILTER);
  };
  const filters = plan.filters;
  const progress = new GuestProgress(ctx);
  const results = await Promise.allSettled(filters.map((f) => readGuests(ctx, v, f, progress)));
  const refusedShape = results.find(
    (r): r is PromiseRejectedResult =>
      r.status === 'rejected' && r.reason instanceof FirstPageRefused && r.reason.refusal.httpStatus === 400,
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (refusedShape) {
    rethrowFatal(refusedShape.reason);
    return single(`Graph refused a split query: ${(refusedShape.reason as FirstPageRefused).refusal.message}`);
  }
  if (failed) throw failed.reason;
  const guests: Guest[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    for (const g of (r as PromiseFulfilledResult<Guest[]>).value) {
      if (seen.has(g.id)) continue; // on a range edge: returned by both neighbours
      seen.add(g.id);
      guests.push(g);
    }
  }
  // The one residual risk of splitting: counts are eventually consistent, so a guest without a creation date (which
  // no range returns) could hide behind a guest created between the two counts of the plan. Fewer guests read than
  // counted is said in the section's status, where the auditor sees it, rather than trusted away.
  if (guests.length < plan.total) {
    const note = `the split guest list read ${guests.length} guests where Graph counted ${plan.total} just before; counts are eventually consistent, so guests deleted meanwhile can explain it, but so could guests without a creation date, which only one chain reads (--guest-split off)`;
    ctx.progress({ type: 'warning', message: note });
    notes.push(note);
  }
  return guests;
}

async function readGuests(ctx: CollectContext, v: Variant, filter: string, shared?: GuestProgress): Promise<Guest[]> {
  const main = filter === GUEST_FILTER || shared !== undefined;
  const progress = main ? (shared ?? new GuestProgress(ctx)) : undefined;
  let top = v.signIn ? TOP_WITH_SIGN_IN : TOP_PLAIN;
  for (;;) {
    const guests: Guest[] = [];
    let pages = 0;
    try {
      await ctx.graph.forEachPage<Guest>(guestQuery(v, top, filter), (page, info) => {
        pages = info.page;
        for (const g of page) {
          cleanGraphObject(g);
          if (!v.signIn) delete g.signInActivity;
          guests.push(g);
        }
        progress?.page(page.length);
      });
      return guests;
    } catch (e) {
      if (pages > 0) throw e;
      if (isPageSizeRefusal(e) && top > TOP_FALLBACK) {
        if (main)
          ctx.progress({ type: 'warning', message: `Graph refused $top=${top} for guests; retrying with ${TOP_FALLBACK} per page` });
        top = TOP_FALLBACK;
        continue;
      }
      // Refused before any data flowed — a permission, a licence, a query shape, or trouble (5xx, throttling,
      // transport) that outlasted the retries on this query only: the caller sheds an extra and tries again.
      if (e instanceof GraphRequestError) throw new FirstPageRefused(e);
      throw e;
    }
  }
}

/** Sponsors for guests the expand could not cover: `$batch` of `GET /users/{id}/sponsors`, 20 per POST. */
async function sponsorsByBatch(ctx: CollectContext, guests: Guest[]): Promise<GraphRequestError | undefined> {
  if (!guests.length) return undefined;
  const urls = guests.map((g) => `/users/${encodeURIComponent(g.id)}/sponsors?$select=id`);
  let results;
  try {
    results = await ctx.graph.batchGet('v1.0', urls);
  } catch (e) {
    rethrowFatal(e);
    return e instanceof GraphRequestError ? e : new GraphRequestError(String(e), 'BatchFailed', undefined, undefined, '/v1.0/$batch');
  }
  for (let i = 0; i < guests.length; i++) {
    const r = results[i]!;
    const err = GraphClient.batchError(r, `/v1.0${urls[i]!}`);
    if (err) return err;
    const body = r.body as { value?: unknown; '@odata.nextLink'?: unknown };
    const sponsors = Array.isArray(body?.value) ? [...(body.value as Record<string, unknown>[])] : [];
    if (typeof body?.['@odata.nextLink'] === 'string') {
      try {
        await ctx.graph.forEachPageFromLink(body['@odata.nextLink'], (more) => {
          sponsors.push(...more);
        });
      } catch (e) {
        rethrowFatal(e);
        return e as GraphRequestError;
      }
    }
    guests[i]!.sponsors = cleanGraphObject(sponsors);
  }
  return undefined;
}
