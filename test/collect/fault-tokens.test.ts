import { ClientCertificateCredential, ClientSecretCredential, DeviceCodeCredential, WorkloadIdentityCredential } from '@azure/identity';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectSnapshot } from '../../src/collect/collect.js';
import { collectCommand } from '../../src/cli/commands/collect.js';
import { CollectionError } from '../../src/errors.js';
import { serveTokens } from '../../src/graph/broker.js';
import { GraphClient } from '../../src/graph/client.js';
import { createCredential, planCredential, tokenSourceFor } from '../../src/graph/credential.js';
import { CredentialTokenSource, StaticTokenSource } from '../../src/graph/token-source.js';
import { packagePath } from '../../src/paths.js';
import { modelFromSnapshot } from '../../src/simulator/model.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { baseSnapshot } from '../support/fixtures.js';
import { tempDirs } from '../support/temp-dirs.js';
import { fakeEntra } from '../workflow/support/fake-entra.js';
import { clientFor, fakeJwt, FAST, RotatingCredential, startSim, tokenTag, VirtualClock } from '../simulator/harness.js';

/**
 * Token lifetime: the token is taken as each request leaves, renewed before it expires and after Graph refuses it;
 * a refusal that persists is an authentication failure naming the token's expiry (exit 3, never "forbidden"); a
 * pre-acquired token's expiry is checked. Every case runs against the Graph simulator on 127.0.0.1, with its token
 * lifetime mode (expire after N requests, after T simulated seconds, or at the `exp` claim) and simulated clocks.
 */
const TENANT = baseSnapshot().tenant.id;
const SCOPE = 'https://graph.microsoft.com/.default';
const tempDir = tempDirs('tokens');
beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

const model = () => modelFromSnapshot(baseSnapshot());
/** The sections and data of a clean collection, to compare runs that met expiring tokens against. */
async function baselineCollection(): Promise<Snapshot> {
  const sim = await startSim({ model: model() });
  return (
    await collectSnapshot({ graph: clientFor(sim, { token: fakeJwt({ tid: TENANT }) }), cloud: 'custom', includeApiConnectors: true })
  ).snapshot;
}

describe('token lifetime: taken as each request leaves, renewed, never blamed on permissions', () => {
  it('a request retried after a Retry-After wait leaves with the token renewed during the wait, not the one it first carried', async () => {
    const clock = new VirtualClock();
    const sim = await startSim({
      model: model(),
      now: clock.now,
      tokenLifetime: { honourExp: true },
      faults: [{ path: '/policies/authorizationPolicy', kind: 'throttle', retryAfter: 120, times: 1 }],
    });
    // Tokens live 6 minutes; the source renews 5 minutes ahead, so after the 2-minute wait the first one is due.
    const cred = new RotatingCredential({ tid: TENANT }, 6 * 60_000, clock.now);
    const graph = new GraphClient({
      baseUrl: sim.url,
      tokens: new CredentialTokenSource(cred, SCOPE, clock.now),
      ...FAST,
      retry: { ...FAST.retry, maxRetryAfterMs: 600_000, maxTotalWaitMs: 600_000 },
      now: clock.now,
      sleep: clock.sleep,
    });
    await graph.get({ version: 'v1.0', path: '/policies/authorizationPolicy' });
    const tries = sim.log.filter((e) => e.url.startsWith('/v1.0/policies/authorizationPolicy'));
    expect(tries.map((e) => e.status)).toEqual([429, 200]);
    expect(tries.map((e) => e.tokenTag)).toEqual([tokenTag(cred.issued[0]!), tokenTag(cred.issued[1]!)]);
    expect(sim.log.some((e) => e.status === 401)).toBe(false);
  });

  it('tokens expired by the simulator every 12 requests: each 401 is answered by a new token and one retry; no section lost', async () => {
    const baseline = await baselineCollection();
    const sim = await startSim({ model: model(), tokenLifetime: { afterRequests: 12 } });
    const cred = new RotatingCredential({ tid: TENANT }, 3_600_000);
    const { snapshot, summary } = await collectSnapshot({
      graph: clientFor(sim, { tokens: new CredentialTokenSource(cred, SCOPE) }),
      cloud: 'custom',
      includeApiConnectors: true,
    });
    expect(summary.failed).toEqual([]);
    expect(snapshot.data).toEqual(baseline.data);
    expect(sim.stats().expiredTokens).toBeGreaterThanOrEqual(2);
    // Every refused request was sent again with a token issued after the refusal, and then succeeded.
    const refused = sim.log.filter((e) => e.status === 401 && e.viaBatch === undefined);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      const retry = sim.log.find((e) => e.seq > r.seq && e.url === r.url && e.method === r.method);
      expect(retry?.tokenTag, r.url).not.toBe(r.tokenTag);
    }
  });

  it('a claims challenge on a 401 is passed to the credential, which must then issue a new token', async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1767225600"}}}';
    const sim = await startSim({
      model: model(),
      faults: [{ path: '/policies/authorizationPolicy', kind: 'token-expired', claimsChallenge: claims, times: 1 }],
    });
    const cred = new RotatingCredential({ tid: TENANT }, 3_600_000);
    const body = await clientFor(sim, { tokens: new CredentialTokenSource(cred, SCOPE) }).get({
      version: 'v1.0',
      path: '/policies/authorizationPolicy',
    });
    expect(body.id).toBeDefined();
    expect(cred.claimsSeen).toEqual([claims]);
  });

  it('a 401 that persists after a new token was asked for is an authentication failure: exit 3 naming the expiry, never "forbidden", sections before it kept', async () => {
    // A credential whose cache keeps handing out the same token (as MSAL does until the token nears expiry).
    const token = fakeJwt({ tid: TENANT, exp: Math.floor(Date.now() / 1000) + 3000 });
    const same = { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_000_000 }) };
    const sim = await startSim({ model: model(), tokenLifetime: { afterRequests: 12 } });
    const out = join(tempDir(), 'snapshot.json');
    const run = collectCommand({ graphUrl: sim.url, credential: same, out, quiet: true, graphTuning: FAST, tenant: TENANT });
    await expect(run).rejects.toBeInstanceOf(CollectionError);
    const error = (await run.catch((e: unknown) => e)) as CollectionError;
    expect(error.exitCode).toBe(3);
    expect(error.message).toMatch(
      /^authentication failed while collecting: \d+ sections? not collected \(Graph refused the access token \(HTTP 401 InvalidAuthenticationToken: Lifetime validation failed, the token is expired\.\); the access token from Object \(valid until \d{4}-\d\d-\d\dT[\d:]+Z\) was refused even after a new one was requested/,
    );
    const snapshot = JSON.parse(readFileSync(out, 'utf8')) as Snapshot;
    const statuses = Object.values(snapshot.sections).map((s) => s!.status);
    expect(statuses).toContain('ok');
    expect(statuses).not.toContain('forbidden');
    for (const s of Object.values(snapshot.sections)) if (s!.httpStatus === 401) expect(s!.status).toBe('error');
    // Each refused request was tried exactly twice (the first refusal, then once more).
    const byUrl = new Map<string, number>();
    for (const e of sim.log.filter((x) => x.status === 401 && x.viaBatch === undefined)) byUrl.set(e.url, (byUrl.get(e.url) ?? 0) + 1);
    expect(Math.max(...byUrl.values())).toBe(2);
  });

  it('a pre-acquired token that expired before the scan is named as such: exit 3, nothing sent, nothing written', async () => {
    const sim = await startSim({ model: model() });
    const out = join(tempDir(), 'snapshot.json');
    const expired = fakeJwt({ tid: TENANT, exp: Math.floor(Date.now() / 1000) - 3600 });
    const run = collectCommand({ graphUrl: sim.url, accessToken: expired, out, quiet: true, graphTuning: FAST });
    await expect(run).rejects.toThrow(
      /^authentication failed: the access token from --access-token expired at \d{4}-[\d-]+T[\d:]+Z \(60 min ago, before the scan started\); a pre-acquired token cannot be renewed/,
    );
    await expect(run).rejects.toMatchObject({ exitCode: 3 });
    expect(sim.log).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it('a pre-acquired token that expires during the scan is named as such: exit 3, the sections collected before it kept', async () => {
    const clock = new VirtualClock();
    // Each request takes a simulated minute; the token's exp claim is 10 minutes after the start.
    const sim = await startSim({
      model: model(),
      now: clock.now,
      tokenLifetime: { honourExp: true },
      onRequest: () => clock.advance(60_000),
      conditionalAccessIntervalMs: 0,
    });
    const token = fakeJwt({ tid: TENANT, exp: Math.floor((clock.now() + 10 * 60_000) / 1000) });
    const out = join(tempDir(), 'snapshot.json');
    const run = collectCommand({
      graphUrl: sim.url,
      accessToken: token,
      out,
      quiet: true,
      now: clock.now,
      graphTuning: { ...FAST, now: clock.now, sleep: clock.sleep },
    });
    const error = (await run.catch((e: unknown) => e)) as CollectionError;
    expect(error).toBeInstanceOf(CollectionError);
    expect(error.exitCode).toBe(3);
    expect(error.message).toMatch(/the access token from --access-token expired at [\d-]+T[\d:]+Z \(\d+ (s|min) ago, during the scan\)/);
    const snapshot = JSON.parse(readFileSync(out, 'utf8')) as Snapshot;
    const ok = Object.values(snapshot.sections).filter((s) => s!.status === 'ok').length;
    expect(ok).toBeGreaterThan(0);
    expect(Object.values(snapshot.sections).some((s) => s!.status === 'forbidden')).toBe(false);
  });

  it('a pre-acquired token is sent no later than its expiry plus the usual 5-minute clock skew', async () => {
    let t = Date.UTC(2026, 0, 1);
    const source = new StaticTokenSource(fakeJwt({ exp: t / 1000 + 60 }), 'the access token from GATEHOUSE_ACCESS_TOKEN', () => t);
    await expect(source.token()).resolves.toBeTruthy();
    t += 60_000 + 5 * 60_000; // exactly at expiry + skew: still sent (Graph may still take it)
    await expect(source.token()).resolves.toBeTruthy();
    t += 1;
    await expect(source.token()).rejects.toThrow(/expired at 2026-01-01T00:01:00Z \(5 min ago, during the scan\)/);
  });
});

describe('every auth mode renews its token for the whole run', () => {
  const AUTHORITY = 'https://login.microsoftonline.com';
  const CLIENT = '99999999-8888-4777-8666-555555555555';

  it('each constructible --auth mode yields a credential-backed, renewing token source; only a pre-acquired token is fixed', () => {
    const dir = tempDir();
    const key = join(dir, 'key.pem');
    const crt = join(dir, 'cert.crt');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', crt, '-days', '2', '-subj', '/CN=gatehouse-test'],
      { stdio: 'ignore' },
    );
    const pem = join(dir, 'both.pem');
    writeFileSync(pem, readFileSync(key, 'utf8') + readFileSync(crt, 'utf8'));
    const env = {
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT,
      AZURE_CLIENT_SECRET: 'fake-secret',
      AZURE_FEDERATED_TOKEN_FILE: join(dir, 'federated-token'),
    };
    // DefaultAzureCredential, the Azure CLI and managed identity are never constructed in tests (they probe the
    // network or spawn `az`); they are @azure/identity credentials like these, renewed the same way.
    const cases: Array<[string, Record<string, string>, unknown]> = [
      ['client-secret', {}, ClientSecretCredential],
      ['client-certificate', { certificate: pem }, ClientCertificateCredential],
      ['device-code', {}, DeviceCodeCredential],
      ['workload-identity', {}, WorkloadIdentityCredential],
    ];
    for (const [auth, flags, type] of cases) {
      const plan = planCredential({ auth, ...flags }, AUTHORITY, env);
      expect(createCredential(plan as never, env), auth).toBeInstanceOf(type);
      expect(tokenSourceFor(plan, SCOPE, env), auth).toBeInstanceOf(CredentialTokenSource);
    }
    expect(tokenSourceFor(planCredential({ accessToken: 'x' }, AUTHORITY, {}), SCOPE, {})).toBeInstanceOf(StaticTokenSource);
  });

  it('workload identity reads the federated token file when it needs an assertion, not when it is built, and renews its token', async () => {
    const dir = tempDir();
    const file = join(dir, 'federated-token');
    const env = { AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_FEDERATED_TOKEN_FILE: file };
    let n = 0;
    // Entra answers with tokens that expire within MSAL's 5-minute renewal margin, so every request is a new exchange.
    const entra = fakeEntra({
      expectedAssertion: () => readFileSync(file, 'utf8'),
      accessToken: () => `graph-token-${++n}`,
      expiresIn: 240,
    });
    const credential = createCredential(planCredential({ auth: 'workload-identity' }, AUTHORITY, env) as never, env, undefined, {
      httpClient: entra.httpClient,
    });
    writeFileSync(file, 'federated-assertion-1'); // written after the credential was built
    const first = await credential.getToken(SCOPE);
    const second = await credential.getToken(SCOPE);
    expect(first?.token).toBe('graph-token-1');
    expect(second?.token).toBe('graph-token-2');
    expect(entra.requests.filter((r) => r.method === 'POST').every((r) => r.form.client_assertion === 'federated-assertion-1')).toBe(true);
  });

  it('a scan in a child process gets every token from its parent over IPC (the Action): expired tokens renewed, no section lost', async () => {
    const sim = await startSim({ model: model(), tokenLifetime: { afterRequests: 12 } });
    const cred = new RotatingCredential({ tid: TENANT }, 3_600_000);
    const handedOut: string[] = [];
    const out = join(tempDir(), 'snapshot.json');
    const child = spawn(
      process.execPath,
      [packagePath('bin', 'gatehouse.js'), 'collect', '--graph-url', sim.url, '--tenant', TENANT, '--out', out, '--include-api-connectors'],
      {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GATEHOUSE_TOKEN_BROKER: 'ipc' },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      },
    );
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout!.resume();
    serveTokens(child, cred, { scope: SCOPE, onIssued: (t) => handedOut.push(t) });
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    expect(code, stderr).toBe(0);
    const snapshot = JSON.parse(readFileSync(out, 'utf8')) as Snapshot;
    expect(
      Object.entries(snapshot.sections)
        .filter(([, s]) => s!.status !== 'ok')
        .map(([n, s]) => `${n}: ${s!.message}`),
    ).toEqual([]);
    expect(sim.stats().expiredTokens).toBeGreaterThanOrEqual(2);
    // Every token Graph saw came from the parent, which saw it first; none travelled in the environment.
    const seen = new Set(sim.log.filter((e) => e.viaBatch === undefined).map((e) => e.tokenTag));
    expect([...seen].every((tag) => handedOut.some((t) => tokenTag(t) === tag))).toBe(true);
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it("the broker refuses a token for any scope but the Graph endpoint's", async () => {
    const sent: unknown[] = [];
    let onMessage: ((m: unknown) => void) | undefined;
    const child = {
      connected: true,
      send: (m: unknown) => void sent.push(m),
      on: (_: string, f: (m: unknown) => void) => void (onMessage = f),
    };
    serveTokens(child as never, new RotatingCredential({}, 3_600_000), { scope: SCOPE });
    onMessage!({ type: 'gatehouse:token-request', id: 1, scope: 'https://management.azure.com/.default' });
    await new Promise((r) => setImmediate(r));
    expect(sent).toEqual([{ type: 'gatehouse:token', id: 1, error: `this parent issues tokens for ${SCOPE} only` }]);
  });
});
