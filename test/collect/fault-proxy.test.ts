import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bypassesProxy, describeProxy, proxyFor } from '../../src/graph/proxy.js';
import { modelFromSnapshot } from '../../src/simulator/model.js';
import type { GraphSimulator } from '../../src/simulator/server.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { baseSnapshot } from '../support/fixtures.js';
import { fakeJwt, startSim } from '../simulator/harness.js';
import { packagePath } from '../../src/paths.js';
import { runNode } from '../workflow/support/cli-async.js';

/**
 * Graph traffic through a corporate proxy: HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured as @azure/identity
 * honours them for sign-in. A CONNECT proxy on 127.0.0.1 counts the tunnels it opens; the Graph simulator serves
 * https as `localhost` (a host name, as Graph has) with a certificate the CLI (a child process) trusts through
 * NODE_EXTRA_CA_CERTS, as a proxy that inspects TLS would be trusted.
 */
const TENANT = baseSnapshot().tenant.id;
const TOKEN = fakeJwt({ tid: TENANT });
let dir: string;
let caFile: string;
let sim: GraphSimulator;
let proxy: Server;
let proxyPort: number;
const tunnels: string[] = [];
const sockets = new Set<Socket>();

/** A minimal CONNECT proxy: opens tunnels to this machine only (`localhost` is 127.0.0.1), and records each. */
function startConnectProxy(): Promise<Server> {
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      client.off('data', onData);
      const m = /^CONNECT (localhost|127\.0\.0\.1):(\d+) HTTP\/1\.[01]\r\n/.exec(head);
      if (!m) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      tunnels.push(`${m[1]}:${m[2]}`);
      const upstream = connect(Number(m[2]), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const rest = Buffer.from(head.slice(end + 4), 'latin1');
        if (rest.length) upstream.write(rest);
        client.pipe(upstream).pipe(client);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    };
    client.on('data', onData);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gatehouse-proxy-'));
  const key = join(dir, 'key.pem');
  caFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      caFile,
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
    ],
    { stdio: 'ignore' },
  );
  sim = await startSim({ model: modelFromSnapshot(baseSnapshot()), tls: { key: readFileSync(key), cert: readFileSync(caFile) } });
  proxy = await startConnectProxy();
  proxyPort = (proxy.address() as { port: number }).port;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => proxy.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

/** `gatehouse collect` in a child process with these proxy variables (and nothing else from this environment). */
async function collectVia(
  env: Record<string, string>,
  graphUrl = sim.url.replace('127.0.0.1', 'localhost'),
): Promise<{ code: number; stderr: string; snapshot?: Snapshot; tunnels: string[]; requests: number }> {
  tunnels.length = 0;
  sim.clearLog();
  const out = join(dir, `snapshot-${Math.random().toString(36).slice(2)}.json`);
  const r = await runNode(packagePath('bin', 'gatehouse.js'), ['collect', '--graph-url', graphUrl, '--out', out, '--verbose'], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GATEHOUSE_ACCESS_TOKEN: TOKEN, NODE_EXTRA_CA_CERTS: caFile, ...env },
    timeoutMs: 100_000,
  });
  let snapshot: Snapshot | undefined;
  try {
    snapshot = JSON.parse(readFileSync(out, 'utf8')) as Snapshot;
  } catch {
    snapshot = undefined;
  }
  return { code: r.code, stderr: r.stderr, ...(snapshot ? { snapshot } : {}), tunnels: [...tunnels], requests: sim.log.length };
}

const allOk = (s: Snapshot | undefined) => Object.values(s?.sections ?? {}).every((x) => x!.status === 'ok' || x!.status === 'skipped');

// runNode adds this process's environment; a proxy variable set here would leak into the "no proxy" cases.
const clear = {
  HTTPS_PROXY: '',
  https_proxy: '',
  HTTP_PROXY: '',
  http_proxy: '',
  ALL_PROXY: '',
  all_proxy: '',
  NO_PROXY: '',
  no_proxy: '',
};

// Each case runs the CLI in a child process (a few seconds each, more on a busy machine).
describe('Graph traffic honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (CONNECT proxy on 127.0.0.1)', { timeout: 240_000 }, () => {
  it('with HTTPS_PROXY every Graph request goes through CONNECT tunnels to the endpoint, and the collection is complete', async () => {
    const run = await collectVia({ ...clear, HTTPS_PROXY: `http://127.0.0.1:${proxyPort}` });
    expect(run.code, run.stderr).toBe(0);
    expect(allOk(run.snapshot)).toBe(true);
    expect(run.tunnels.length).toBeGreaterThan(0);
    expect(new Set(run.tunnels)).toEqual(new Set([`localhost:${sim.port}`]));
    expect(run.requests).toBeGreaterThan(20);
    expect(run.stderr).toContain(`Graph requests go through the proxy http://127.0.0.1:${proxyPort}`);
  });

  it('lower-case https_proxy, and HTTP_PROXY alone, are honoured too (as @azure/identity reads them)', async () => {
    for (const env of [
      { ...clear, https_proxy: `http://127.0.0.1:${proxyPort}` },
      { ...clear, HTTP_PROXY: `http://127.0.0.1:${proxyPort}` },
    ]) {
      const run = await collectVia(env);
      expect(run.code, run.stderr).toBe(0);
      expect(run.tunnels.length, JSON.stringify(env)).toBeGreaterThan(0);
    }
  });

  it('NO_PROXY naming the endpoint host sends Graph directly: no tunnel', async () => {
    const run = await collectVia({ ...clear, HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: 'localhost' });
    expect(run.code, run.stderr).toBe(0);
    expect(allOk(run.snapshot)).toBe(true);
    expect(run.tunnels).toEqual([]);
  });

  it('a plain-http endpoint on this machine is never sent through a proxy (it would see the token in clear)', async () => {
    const plain = await startSim({ model: modelFromSnapshot(baseSnapshot()) });
    const run = await collectVia(
      { ...clear, HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`, HTTP_PROXY: `http://127.0.0.1:${proxyPort}` },
      plain.url,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.tunnels).toEqual([]);
    expect(plain.log.length).toBeGreaterThan(20);
  });
});

describe('proxy selection, as @azure/identity selects for sign-in', () => {
  const https = new URL('https://graph.microsoft.com/v1.0/users');
  it('HTTPS_PROXY, then ALL_PROXY, then HTTP_PROXY, upper case before lower case', () => {
    expect(proxyFor(https, { HTTPS_PROXY: 'http://a:1', ALL_PROXY: 'http://b:2', HTTP_PROXY: 'http://c:3' })?.host).toBe('a:1');
    expect(proxyFor(https, { ALL_PROXY: 'http://b:2', HTTP_PROXY: 'http://c:3' })?.host).toBe('b:2');
    expect(proxyFor(https, { HTTP_PROXY: 'http://c:3' })?.host).toBe('c:3');
    expect(proxyFor(https, { HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2' })?.host).toBe('upper:1');
    expect(proxyFor(https, {})).toBeUndefined();
  });

  it('NO_PROXY: a host matches itself; a leading dot matches the domain and every host under it; nothing else', () => {
    expect(bypassesProxy('graph.microsoft.com', ['graph.microsoft.com'])).toBe(true);
    expect(bypassesProxy('graph.microsoft.com', ['.microsoft.com'])).toBe(true);
    expect(bypassesProxy('microsoft.com', ['.microsoft.com'])).toBe(true);
    expect(bypassesProxy('evilmicrosoft.com', ['.microsoft.com'])).toBe(false);
    expect(bypassesProxy('graph.microsoft.com', ['microsoft.com'])).toBe(false);
    expect(bypassesProxy('GRAPH.microsoft.com', [' graph.microsoft.com'.trim()])).toBe(true);
    expect(proxyFor(https, { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'login.microsoftonline.com, .microsoft.com' })).toBeUndefined();
  });

  it('a plain-http target is never proxied, and a proxy is shown without its credentials', () => {
    expect(proxyFor(new URL('http://127.0.0.1:4321/v1.0/users'), { HTTPS_PROXY: 'http://p:1', HTTP_PROXY: 'http://p:1' })).toBeUndefined();
    expect(describeProxy(new URL('http://user:secret@proxy.corp:3128'))).toBe('http://proxy.corp:3128');
  });
});
