import type { Now, Sleep } from './timing.js';

/**
 * Client-side pacing for the directory's resource-unit budget (Microsoft Graph throttling limits, identity and
 * access service): Graph meters every app+tenant
 * with a token bucket of 3,500 / 5,000 / 8,000 resource units per 10 s (tenant size S / M / L), reports each
 * request's cost in `x-ms-resource-unit`, adds `x-ms-throttle-limit-percentage` once the bucket is more than 80 %
 * used, and answers 429 with Retry-After beyond it. This governor keeps a local estimate of that bucket so gatehouse
 * slows down *before* Graph refuses, instead of retrying a storm of 429s:
 *
 * - Budget known (`limit` given): requests wait for tokens; the bucket refills continuously.
 * - Budget unknown: requests run freely until Graph reports more than 80 % used. The limit L is then inferred
 *   from what this client spent: Graph's usage P·L is at least the last window's spending S less one window of
 *   refill, so L ≥ S ÷ (1 + P); from two reports Δt apart, usage changed by P₂L − P₁L = spent − L·Δt/W, so
 *   L ≥ spent ÷ (P₂ − P₁ + Δt/W). Both are lower bounds (other clients of the same app+tenant only make the true
 *   limit look smaller), so pacing errs on the slow side.
 * - `x-ms-throttle-limit-percentage: P` lowers the local bucket to at most limit × (1 − P/100); an answer without
 *   it means Graph was at most 80 % used, so the local bucket is at least 20 % full — in both cases less whatever
 *   Graph may have charged since (requests let through later, or still unanswered when this one went out).
 *   Together these track Graph's bucket around the 80 % mark, where Graph still has headroom.
 * - Graph charges a request when it arrives, the local bucket when it leaves: a round trip's worth of refill is
 *   kept in reserve so the two clocks cannot drift apart.
 * - A 429 pauses every metered request until its Retry-After has passed (one wait, not one per request).
 */
export interface ResourceUnitOptions {
  /** Resource units per window for this app+tenant, when known (S 3,500 / M 5,000 / L 8,000). */
  limit?: number;
  /** Refill window (Graph: 10 s). */
  windowMs?: number;
}

export const DEFAULT_RU_WINDOW_MS = 10_000;
/** Graph adds x-ms-throttle-limit-percentage above this fraction of the budget. */
const REPORTING_THRESHOLD = 0.8;

export interface GovernorState {
  limit: number | undefined;
  /** Whether `limit` was inferred from Graph's headers rather than configured. */
  inferred: boolean;
  tokens: number | undefined;
  /** Total time requests waited for tokens or a pause. */
  waitedMs: number;
}

/** One reservation: what `acquire` took, in the order requests were let through. */
export interface Reservation {
  readonly seq: number;
  readonly units: number;
  /** How many answers had been settled when this one was let through. */
  readonly settledBefore: number;
  /** When it was let through (after its wait). */
  readonly at: number;
  /** How long the request waited for the budget or a pause. */
  readonly waited: number;
}

export class ResourceUnitGovernor {
  private limit: number | undefined;
  private inferred = false;
  private tokens = 0;
  private updated: number;
  private pausedUntil = 0;
  private waitedMs = 0;
  private seq = 0;
  /** Answers settled so far: orders settlements against the moments reservations were let through. */
  private settledCount = 0;
  /**
   * Reservations still open, and settled ones an open reservation may still need: Graph may have processed a
   * request after another if it was let through later, or was still unanswered when the other was let through.
   */
  private readonly issued: Array<{ seq: number; units: number; settledBefore: number; settledAt?: number }> = [];
  /** Confirmed charges in the last window, for inferring the limit. */
  private readonly recent: Array<{ at: number; units: number }> = [];
  /** Units charged since the start, and the last percentage report used for inference. */
  private spentTotal = 0;
  private anchor: { at: number; fraction: number; spent: number } | undefined;
  private readonly windowMs: number;
  /** Recent round trips: Graph charges a request somewhere between letting it through and its answer. */
  private readonly roundTrips: number[] = [];

  constructor(
    opts: ResourceUnitOptions,
    private readonly now: Now,
    private readonly sleep: Sleep,
  ) {
    this.windowMs = opts.windowMs ?? DEFAULT_RU_WINDOW_MS;
    this.limit = opts.limit && opts.limit > 0 ? opts.limit : undefined;
    this.tokens = this.limit ?? 0;
    this.updated = now();
  }

  state(): GovernorState {
    this.refill();
    return {
      limit: this.limit,
      inferred: this.inferred,
      tokens: this.limit === undefined ? undefined : this.tokens,
      waitedMs: this.waitedMs,
    };
  }

  /**
   * Reserve `units` and wait until they may be spent: the bucket may go into debt, and each request waits for the
   * debt ahead of it to be refilled, so concurrent requests queue up in order without polling the clock. A request
   * retried after its own 429 is `exempt` from the pause (its retry loop already waited the Retry-After).
   */
  async acquire(units: number, exempt = false): Promise<Reservation> {
    const now = this.now();
    this.refill();
    let wait = exempt ? 0 : Math.max(0, this.pausedUntil - now);
    if (this.limit !== undefined) {
      const rate = this.limit / this.windowMs;
      // Tokens at the end of the pause, then the time until there are enough for this request. The local bucket
      // refills from the moment a request is let through, Graph's only from when it charges it (up to a round
      // trip later): keeping a round trip's worth of refill in reserve keeps the two from drifting apart.
      const available = this.tokens + wait * rate;
      const needed = Math.min(units + rate * Math.max(0, ...this.roundTrips), this.limit);
      if (available < needed) wait += Math.ceil((needed - available) / rate);
      this.tokens -= units;
    }
    const reservation = { seq: ++this.seq, units, waited: wait, settledBefore: this.settledCount, at: now + wait };
    this.issued.push({ seq: reservation.seq, units, settledBefore: this.settledCount });
    if (wait > 0) {
      this.waitedMs += wait;
      await this.sleep(wait);
    }
    return reservation;
  }

  /**
   * A metered request came back: `charged` is the sum of its `x-ms-resource-unit` (undefined when Graph did not
   * say), `percentage` the highest `x-ms-throttle-limit-percentage` on it. What Graph reports describes its bucket
   * when it answered this request; everything let through after it may since have been charged as well.
   */
  settle(r: Reservation, charged: number | undefined, percentage: number | undefined): void {
    const after = this.close(r);
    this.refill();
    const now = this.now();
    this.roundTrips.push(Math.max(0, now - r.at));
    if (this.roundTrips.length > 32) this.roundTrips.shift();
    if (charged !== undefined) {
      if (this.limit !== undefined) this.tokens -= charged - r.units;
      this.recent.push({ at: now, units: charged });
      this.spentTotal += charged;
    }
    while (this.recent.length && this.recent[0]!.at <= now - this.windowMs) this.recent.shift();
    if (percentage !== undefined && percentage > 0) {
      const fraction = Math.min(1, percentage / 100);
      if (this.limit === undefined || this.inferred) this.infer(now, fraction);
      this.tokens = Math.min(this.tokens, this.limit! * (1 - fraction) - after);
    } else if (charged !== undefined && this.limit !== undefined) {
      // No percentage header: Graph's bucket was at least 20 % full then, less what went out after this request.
      this.tokens = Math.max(this.tokens, this.limit * (1 - REPORTING_THRESHOLD) - after);
    }
  }

  private infer(now: number, fraction: number): void {
    const windowSpent = this.recent.reduce((s, r) => s + r.units, 0);
    let estimate = windowSpent / (1 + fraction);
    const a = this.anchor;
    if (a && now - a.at >= 1_000) {
      const denominator = fraction - a.fraction + (now - a.at) / this.windowMs;
      if (denominator > 0) estimate = Math.max(estimate, (this.spentTotal - a.spent) / denominator);
    }
    if (!a || now - a.at >= 1_000) this.anchor = { at: now, fraction, spent: this.spentTotal };
    estimate = Math.max(1, Math.floor(estimate));
    if (this.limit === undefined) this.tokens = estimate * (1 - fraction);
    // Estimates only rise: each is a lower bound of the true limit.
    this.limit = Math.max(this.limit ?? 0, estimate);
    this.inferred = true;
  }

  /** A metered request was refused (429): nothing more goes out until `ms` from now. */
  pause(r: Reservation, ms: number): void {
    this.close(r);
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    if (this.limit !== undefined) {
      // The reservation was not charged, but Graph's bucket is empty now whatever the local estimate said.
      this.refill();
      this.tokens = Math.min(this.tokens + r.units, 0);
    }
  }

  /**
   * Mark a reservation answered. Returns the units of every other request Graph may have charged after it: those
   * not yet answered, and those answered only after this one was let through.
   */
  private close(r: Reservation): number {
    let after = 0;
    for (const e of this.issued) {
      if (e.seq === r.seq) e.settledAt ??= ++this.settledCount;
      else if (e.settledAt === undefined || e.settledAt > r.settledBefore) after += e.units;
    }
    // Forget settled reservations that every open one was let through after.
    const oldestOpen = Math.min(...this.issued.filter((e) => e.settledAt === undefined).map((e) => e.settledBefore));
    while (this.issued.length && this.issued[0]!.settledAt !== undefined && this.issued[0]!.settledAt <= oldestOpen) this.issued.shift();
    return after;
  }

  private refill(): void {
    const now = this.now();
    if (this.limit !== undefined && now > this.updated)
      this.tokens = Math.min(this.limit, this.tokens + ((now - this.updated) * this.limit) / this.windowMs);
    this.updated = now;
  }
}

/**
 * What Graph will charge for a GET, from its path and query (Microsoft's published resource-unit costs): `users` and `applications` 2,
 * `groups/{id}/members` 3, `transitiveMembers` 5, anything else 1; `$select` −1, `$expand` +1, `$top` < 20 −1,
 * never below 1. An estimate to reserve before sending; the `x-ms-resource-unit` header is what counts.
 */
export function estimateResourceUnits(pathAndQuery: string): number {
  const q = pathAndQuery.indexOf('?');
  const path = (q < 0 ? pathAndQuery : pathAndQuery.slice(0, q)).replace(/^\/(v1\.0|beta)(?=\/)/i, '').toLowerCase();
  const params = new URLSearchParams(q < 0 ? '' : pathAndQuery.slice(q + 1));
  let cost = /^\/(users|applications)(\/|$)/.test(path)
    ? 2
    : /\/transitivemembers$/.test(path)
      ? 5
      : /^\/groups\/[^/]+\/members$/.test(path)
        ? 3
        : 1;
  if (params.has('$select')) cost -= 1;
  if (params.has('$expand')) cost += 1;
  const top = params.get('$top');
  if (top !== null && Number(top) < 20) cost -= 1;
  return Math.max(1, cost);
}
