/** Clock, sleep and backoff arithmetic, injectable so tests can check every computed wait without waiting. */
export type Sleep = (ms: number) => Promise<void>;
export type Now = () => number;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
export const realNow: Now = () => Date.now();

export interface RetryPolicy {
  /** Attempts per request including the first. */
  maxAttempts: number;
  /** First backoff step when the server gives no Retry-After; doubles per attempt. */
  baseDelayMs: number;
  /** Cap of one computed backoff step. */
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the request fails instead. */
  maxRetryAfterMs: number;
  /** Cap of all waiting for one request (its page), across attempts. */
  maxTotalWaitMs: number;
  /** Each attempt is aborted after this long, however steadily its body trickles in (the whole-request timeout). */
  timeoutMs: number;
  /** An attempt whose connection carries no byte for this long is aborted (connect, headers, or a stalled body). */
  idleTimeoutMs: number;
  /** Attempts for a request that timed out (a silent server is rarely less silent the next time). */
  maxTimeoutAttempts: number;
  /** Attempts when no connection could be made at all (refused, unknown host, no route). */
  maxConnectAttempts: number;
}

/**
 * Graph answers most GETs within seconds; a large page with `$expand` over a slow link may take tens of seconds to
 * arrive, but never goes half a minute without a byte. So: 30 s of silence ends an attempt, 120 s ends any attempt,
 * and a timed-out or refused request is tried twice, not six times — one silent request costs about a minute, a
 * closed port a second, instead of several minutes each.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 180_000,
  maxTotalWaitMs: 300_000,
  timeoutMs: 120_000,
  idleTimeoutMs: 30_000,
  maxTimeoutAttempts: 2,
  maxConnectAttempts: 2,
};

/** `Retry-After` as milliseconds: delta-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Exponential backoff with "equal jitter": half the step is fixed, half random, so waits spread but never collapse to zero. */
export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * Spaces requests that share a key at least `intervalMs` apart, measured from when each was sent. Conditional Access
 * allows about one request per second per tenant and answers 429 *without* Retry-After, so the
 * only polite way is not to exceed it.
 */
export class Pacer {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly intervals: Readonly<Record<string, number>>,
    private readonly now: Now,
    private readonly sleep: Sleep,
  ) {}

  interval(key: string): number {
    return this.intervals[key] ?? 0;
  }

  /** Wait for this key's turn; returns how long it waited. */
  async acquire(key: string): Promise<number> {
    const interval = this.interval(key);
    if (interval <= 0) return 0;
    const now = this.now();
    const slot = Math.max(now, this.next.get(key) ?? 0);
    this.next.set(key, slot + interval);
    const wait = slot - now;
    if (wait > 0) await this.sleep(wait);
    return wait;
  }

  /** After a throttled answer, push this key's next slot out. */
  defer(key: string, ms: number): void {
    this.next.set(key, Math.max(this.next.get(key) ?? 0, this.now() + ms));
  }
}

/** Run tasks with at most `limit` in flight; results keep the input order. */
export async function runPool<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let nextIndex = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    for (;;) {
      const i = nextIndex++;
      if (i >= items.length) return;
      results[i] = await task(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return results;
}
