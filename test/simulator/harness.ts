import { createHash } from 'node:crypto';
import { afterAll, expect } from 'vitest';
import type { TokenCredential } from '@azure/identity';
import { GraphClient, type GraphTuning } from '../../src/graph/client.js';
import { CredentialTokenSource, StaticTokenSource } from '../../src/graph/credential.js';
import type { GraphEvent } from '../../src/graph/middleware.js';
import type { TokenSource } from '../../src/graph/token-source.js';
import { startGraphSimulator, type GraphSimulator, type LogEntry, type SimulatorOptions } from '../../src/simulator/server.js';

/**
 * Test support for everything that talks to the Graph simulator. Every simulator a test file starts is checked
 * when the file ends: it must have seen nothing but GET and `$batch`es of GETs (the read-only proof), and it is
 * closed. A test that deliberately sends a write uses `startGraphSimulator` directly instead.
 */
const started: GraphSimulator[] = [];

export async function startSim(opts: SimulatorOptions): Promise<GraphSimulator> {
  const sim = await startGraphSimulator({ conditionalAccessIntervalMs: 20, ...opts });
  started.push(sim);
  return sim;
}

/** Violations of "only GET, or POST $batch whose members are all GET" in a simulator's log. */
export function readOnlyViolations(log: readonly LogEntry[]): LogEntry[] {
  return log.filter((e) => {
    if (e.rejected === 'method') return true;
    if (e.viaBatch !== undefined) return e.method !== 'GET';
    if (e.method === 'GET') return false;
    // A simulator may serve Graph under a base path (`/graph/v1.0/$batch`).
    return !(
      e.method === 'POST' &&
      /^(\/[^?]*)?\/(v1\.0|beta)\/\$batch$/.test(e.url) &&
      (e.batch ?? []).length > 0 &&
      e.batch!.every((b) => b.method.toUpperCase() === 'GET')
    );
  });
}

afterAll(async () => {
  for (const sim of started.splice(0)) {
    expect(readOnlyViolations(sim.log), 'the simulator saw a request other than GET or a $batch of GETs').toEqual([]);
    await sim.close();
  }
});

/** Retry and pacing tuned so fault tests take milliseconds, not minutes (the logic is the same). */
export const FAST: GraphTuning = {
  retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 5_000, maxTotalWaitMs: 5_000, timeoutMs: 10_000 },
  paceIntervals: { conditionalAccess: 60 }, // three times the simulator's CA interval in tests (20 ms): no 429 from jitter
};

/** An unsigned JWT-shaped token: the claims gatehouse reads (tid, roles) without a real signature. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://graph.microsoft.com', exp: 4102444800, ...claims })}.c2lnbmF0dXJl`;
}

/** A TokenCredential double: hands out a fixed token and counts how often it was asked. */
export class FakeCredential implements TokenCredential {
  calls = 0;
  scopes: string[] = [];
  constructor(
    private readonly value: string,
    private readonly fail?: Error,
  ) {}
  async getToken(scopes: string | string[]) {
    this.calls++;
    this.scopes.push(...(Array.isArray(scopes) ? scopes : [scopes]));
    if (this.fail) throw this.fail;
    return { token: this.value, expiresOnTimestamp: Date.now() + 3_600_000 };
  }
}

export function clientFor(
  sim: GraphSimulator,
  opts: { token?: string; tokens?: TokenSource; tuning?: GraphTuning; events?: GraphEvent[] } = {},
): GraphClient {
  return new GraphClient({
    baseUrl: sim.url,
    tokens: opts.tokens ?? new StaticTokenSource(opts.token ?? 'test-token'),
    ...FAST,
    ...opts.tuning,
    ...(opts.events ? { onEvent: (e: GraphEvent) => opts.events!.push(e) } : {}),
  });
}

export { CredentialTokenSource };

/**
 * Simulated time for long-run tests: `now()` reads it, `sleep(ms)` advances it (after letting other work run once),
 * `advance(ms)` moves it on from outside (a request's simulated latency). Nothing waits in real time.
 */
export class VirtualClock {
  constructor(private t: number = Date.UTC(2026, 10, 27, 8, 0, 0)) {}
  readonly now = (): number => this.t;
  readonly sleep = async (ms: number): Promise<void> => {
    await new Promise((resolve) => setImmediate(resolve));
    this.t += Math.max(0, ms);
  };
  advance(ms: number): void {
    this.t += ms;
  }
}

/**
 * A TokenCredential double that issues a new JWT-shaped token at every call, valid for `lifetimeMs` on `clock`
 * (an `exp` claim and `expiresOnTimestamp` alike), like a credential whose cache has expired each time it is asked.
 */
export class RotatingCredential implements TokenCredential {
  issued: string[] = [];
  claimsSeen: string[] = [];
  constructor(
    private readonly claims: Record<string, unknown>,
    private readonly lifetimeMs: number,
    private readonly now: () => number = Date.now,
  ) {}
  async getToken(_scopes: string | string[], options?: { claims?: string }) {
    if (options?.claims) this.claimsSeen.push(options.claims);
    const expiresOnTimestamp = this.now() + this.lifetimeMs;
    const token = fakeJwt({ ...this.claims, n: this.issued.length + 1, exp: Math.floor(expiresOnTimestamp / 1000) });
    this.issued.push(token);
    return { token, expiresOnTimestamp };
  }
}

/** The simulator log's tag for a token (see LogEntry.tokenTag). */
export function tokenTag(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 12);
}
