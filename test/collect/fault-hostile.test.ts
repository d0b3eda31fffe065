import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectSnapshot } from '../../src/collect/collect.js';
import { scanCommand } from '../../src/cli/commands/scan.js';
import { main } from '../../src/cli/main.js';
import { DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BYTES, GraphClient } from '../../src/graph/client.js';
import { type GraphRequestError } from '../../src/graph/errors.js';
import type { IdleTimer } from '../../src/graph/transport.js';
import { cleanErrorText } from '../../src/util/secrets.js';
import { StaticTokenSource } from '../../src/graph/token-source.js';
import { DEFAULT_RETRY_POLICY } from '../../src/graph/timing.js';
import { packagePath } from '../../src/paths.js';
import { ArraySource, addResource, emptyModel, modelFromSnapshot } from '../../src/simulator/model.js';
import type { GraphSimulator } from '../../src/simulator/server.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { baseSnapshot } from '../support/fixtures.js';
import { tempDirs } from '../support/temp-dirs.js';
import { clientFor, fakeJwt, FAST, startSim } from '../simulator/harness.js';

/**
 * Hostile and broken endpoints, against the Graph simulator on 127.0.0.1: nothing an endpoint sends reaches the
 * outputs or the terminal unfiltered, the token goes nowhere but the endpoint, every read is bounded, and no crash
 * exits with anything but 70.
 */
const TENANT = baseSnapshot().tenant.id;
const TOKEN = fakeJwt({ tid: TENANT, appid: 'hostile-test' });
const tempDir = tempDirs('hostile');

let stderr = '';
beforeEach(() => {
  vi.restoreAllMocks();
  stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

const model = () => modelFromSnapshot(baseSnapshot());

/** Everything a scan wrote into `dir`, as text (workbooks read cell by cell with SheetJS). */
function writtenText(dir: string): string {
  return readdirSync(dir)
    .map((f) => {
      const path = join(dir, f);
      if (!f.endsWith('.xlsx')) return readFileSync(path, 'utf8');
      const wb = XLSX.read(readFileSync(path));
      return wb.SheetNames.map((n) => JSON.stringify(XLSX.utils.sheet_to_json(wb.Sheets[n]!, { header: 1 }))).join('\n');
    })
    .join('\n');
}

describe('nothing from the endpoint reaches the outputs unfiltered', () => {
  it('an endpoint echoing the Authorization header in error bodies and request ids: the token is in no output and not on stderr', async () => {
    const sim = await startSim({
      model: model(),
      faults: [
        { path: '/groups', queryIncludes: 'DynamicMembership', kind: 'forbidden', echoAuthorization: true },
        { path: '/identity/conditionalAccess/policies', kind: 'server-error', echoAuthorization: true },
      ],
    });
    const out = tempDir();
    const code = await scanCommand({
      graphUrl: sim.url,
      accessToken: TOKEN,
      out,
      format: 'all',
      asOf: '2026-11-27',
      verbose: true,
      includeApiConnectors: true,
      graphTuning: FAST,
      exceptions: false,
    });
    expect(code).toBe(0);
    const snapshot = JSON.parse(readFileSync(join(out, 'snapshot.json'), 'utf8')) as Snapshot;
    expect(snapshot.sections.dynamicGroups!.message).toContain('Authorization: Bearer [redacted]');
    expect(snapshot.sections.dynamicGroups!.requestId).toBe('Bearer [redacted]');
    const everything = writtenText(out) + stderr;
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(TOKEN.split('.')[1]!);
  });

  it('a token the endpoint puts into collected data is not stored', async () => {
    const sim = await startSim({
      model: model(),
      faults: [
        { path: '/groups', queryIncludes: 'DynamicMembership', kind: 'corrupt', property: 'displayName', value: `echo ${TOKEN} echo` },
      ],
    });
    const { snapshot } = await collectSnapshot({ graph: clientFor(sim, { token: TOKEN }), cloud: 'custom' });
    expect(snapshot.data.dynamicGroups![0]!.displayName).toBe('echo [redacted] echo');
    expect(JSON.stringify(snapshot)).not.toContain(TOKEN);
  });

  it('bearer values and JWTs of any client are removed from error text, and cleaning twice changes nothing', () => {
    const other = fakeJwt({ appid: 'someone-else' });
    const cleaned = cleanErrorText(`denied for Authorization: Bearer abc.def-123 (token ${other})`);
    expect(cleaned).toBe('denied for Authorization: Bearer [redacted] (token [redacted])');
    expect(cleanErrorText(cleaned)).toBe(cleaned);
  });

  it('control characters, escape sequences and line breaks in Graph error codes and messages never reach the terminal; no stderr line is a workflow command', async () => {
    const hostile =
      'denied\n::error::forged annotation\r\n::add-mask::x \u001b[31mred\u001b[0m \u001b]0;title\u0007 \u009b31m \u2028::warning::sep \u202eevil\u0000';
    const sim = await startSim({
      model: model(),
      faults: [
        { path: '/groups', queryIncludes: 'DynamicMembership', kind: 'forbidden', code: 'Denied\n::error::code', message: hostile },
        { path: '/identity/conditionalAccess/policies', kind: 'server-error', message: hostile },
      ],
    });
    const out = join(tempDir(), 'snapshot.json');
    const code = await main(['node', 'gatehouse', 'collect', '--graph-url', sim.url, '--access-token', TOKEN, '--out', out, '--verbose']);
    expect(code).toBe(0);
    expect(stderr).toContain('(HTTP 403 Denied ::error::code)');
    for (const line of stderr.split('\n')) expect(line, line).not.toMatch(/^\s*::/);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
    const sections = (JSON.parse(readFileSync(out, 'utf8')) as Snapshot).sections;
    for (const s of [sections.dynamicGroups!, sections.conditionalAccessPolicies!]) {
      expect(`${s.errorCode} ${s.message}`).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
    }
    expect(sections.dynamicGroups!.errorCode).toBe('Denied ::error::code');
  });
});

describe('the token goes nowhere but the endpoint: nextLinks compared in normalised form', () => {
  let sim: GraphSimulator;
  let port: number;

  const variants = (): Array<[string, string]> => {
    const o = `http://127.0.0.1:${port}`;
    return [
      ['dot segments', `${o}/graph/v1.0/../../evil/v1.0/groups`],
      ['percent-encoded dot segments', `${o}/graph/v1.0/%2e%2e/%2E%2e/evil/v1.0/groups`],
      ['mixed dot segments', `${o}/graph/v1.0/.%2E/%2e./evil/v1.0/groups`],
      ['another host', `http://127.0.0.2:${port}/graph/v1.0/groups`],
      ['another port', `http://127.0.0.1:${port + 1}/graph/v1.0/groups`],
      ['another scheme', `https://127.0.0.1:${port}/graph/v1.0/groups`],
      ['a URL in the query', `${o}/graph/v1.0/groups?$skiptoken=x&next=https://beta/users`],
      ['user information', `http://evil@127.0.0.1:${port}/graph/v1.0/groups`],
      ['backslashes', `${o}/graph/v1.0\\..\\..\\evil\\v1.0\\groups`],
      ['encoded slashes', `${o}/graph/v1.0/groups%2F..%2F..%2F..%2Fevil`],
      ['a line break', `${o}/graph/v1.0/gro\nups`],
      ['a sibling path sharing the prefix', `${o}/graphx/v1.0/groups`],
      ['no Graph version', `${o}/graph/v2.0/groups`],
      ['a scheme-relative link', `//127.0.0.2:${port}/graph/v1.0/groups`],
    ];
  };

  it.each([...Array(14).keys()])(
    'refused nextLink variant %i: that section fails naming why, the rest is kept, nothing leaves the endpoint path',
    async (i) => {
      sim ??= await startSim({ model: model(), basePath: '/graph' });
      port = sim.port;
      const [name, link] = variants()[i]!;
      sim.setFaults([{ path: '/groups', queryIncludes: 'DynamicMembership', kind: 'next-link', nextLink: link }]);
      sim.clearLog();
      const { snapshot, summary } = await collectSnapshot({
        graph: clientFor(sim, { token: TOKEN }),
        cloud: 'custom',
        includeApiConnectors: true,
      });
      expect(
        summary.failed.map((f) => `${f}: ${snapshot.sections[f]!.message}`),
        name,
      ).toEqual([expect.stringMatching(/^dynamicGroups: /)]);
      expect(summary.collectionFailures).toEqual(['dynamicGroups']);
      expect(snapshot.sections.dynamicGroups).toMatchObject({ status: 'error', errorCode: 'ForeignNextLink' });
      expect(snapshot.sections.dynamicGroups!.message).toMatch(
        /@odata\.nextLink that leads outside the configured endpoint .*; not followed, and the access token was not sent/,
      );
      expect(
        sim.log.filter((e) => e.viaBatch === undefined && !/^\/graph\/(v1\.0|beta)\//.test(e.url)),
        name,
      ).toEqual([]);
    },
  );

  it('a nextLink that is the endpoint written differently (encoded unreserved characters, a single-dot segment) is followed in normalised form', async () => {
    sim ??= await startSim({ model: model(), basePath: '/graph' });
    sim.setFaults([
      {
        path: '/groups',
        queryIncludes: 'DynamicMembership',
        kind: 'next-link',
        nextLink: `http://127.0.0.1:${sim.port}/%67raph/v1.0/./gr%6Fups?$select=id,displayName`,
        times: 1,
      },
    ]);
    sim.clearLog();
    const { summary } = await collectSnapshot({ graph: clientFor(sim, { token: TOKEN }), cloud: 'custom', includeApiConnectors: true });
    expect(summary.failed).toEqual([]);
    expect(sim.log.some((e) => e.url === '/graph/v1.0/groups?$select=id,displayName')).toBe(true);
  });

  it('paging that repeats a nextLink, or goes on past the page cap, fails that section only (the cap defaults to 20,000 pages)', async () => {
    expect(DEFAULT_MAX_PAGES).toBe(20_000);
    const repeat = await startSim({
      model: model(),
      faults: [
        {
          path: '/groups',
          queryIncludes: 'DynamicMembership',
          kind: 'next-link',
          nextLink: "{origin}/v1.0/groups?$filter=groupTypes/any(c:c%20eq%20'DynamicMembership')&$top=999&again=1",
        },
      ],
    });
    const { snapshot, summary } = await collectSnapshot({ graph: clientFor(repeat, { token: TOKEN }), cloud: 'custom' });
    expect(snapshot.sections.dynamicGroups).toMatchObject({ status: 'error', errorCode: 'RepeatedNextLink' });
    expect(summary.collectionFailures).toEqual(['dynamicGroups']);
    expect(summary.ok.length).toBeGreaterThan(20);

    const m = emptyModel(TENANT);
    addResource(m, '/users', {
      kind: 'collection',
      items: new ArraySource(Array.from({ length: 10 }, (_, i) => ({ id: `u${i}`, userType: 'Guest' }))),
    });
    const paged = await startSim({ model: m });
    const graph = clientFor(paged, { token: TOKEN, tuning: { maxPages: 3 } });
    await expect(graph.getAll({ version: 'v1.0', path: '/users', query: { $top: 2 } })).rejects.toMatchObject({
      code: 'TooManyPages',
      message: 'more than 3 pages; stopped paging',
    });
  });
});

describe('bounded everything', () => {
  it(`a page larger than the default cap (${DEFAULT_MAX_RESPONSE_BYTES / 1_048_576} MiB, sent without Content-Length) fails that section with a clear error; nothing crashes`, async () => {
    const sim = await startSim({
      model: model(),
      faults: [
        { path: '/groups', queryIncludes: 'DynamicMembership', kind: 'oversize', bytes: DEFAULT_MAX_RESPONSE_BYTES + 4 * 1_048_576 },
      ],
    });
    const graph = new GraphClient({ baseUrl: sim.url, tokens: new StaticTokenSource(TOKEN), ...FAST, maxResponseBytes: undefined });
    const { snapshot, summary } = await collectSnapshot({ graph, cloud: 'custom' });
    expect(summary.failed).toEqual(['dynamicGroups']);
    expect(snapshot.sections.dynamicGroups).toMatchObject({ status: 'error', errorCode: 'ResponseTooLarge' });
    expect(snapshot.sections.dynamicGroups!.message).toMatch(
      /larger than the 64 MiB gatehouse reads for one request \(the body went on past it\); not read/,
    );
  });

  it('an answer announcing a Content-Length over the cap is refused before its body is read', async () => {
    const sim = await startSim({
      model: model(),
      faults: [{ path: '/groups', kind: 'oversize', bytes: 3 * 1_048_576, declareLength: true }],
    });
    const graph = clientFor(sim, { token: TOKEN, tuning: { maxResponseBytes: 1_048_576 } });
    await expect(graph.get({ version: 'v1.0', path: '/groups' })).rejects.toMatchObject({
      code: 'ResponseTooLarge',
      message: expect.stringMatching(/it announced 3,145,7\d\d bytes/),
    });
  });

  it('the defaults: 30 s of silence ends an attempt, 120 s any attempt, and a timed-out or refused request is tried twice', () => {
    expect(DEFAULT_RETRY_POLICY).toMatchObject({
      idleTimeoutMs: 30_000,
      timeoutMs: 120_000,
      maxTimeoutAttempts: 2,
      maxConnectAttempts: 2,
      maxAttempts: 6,
    });
  });

  it('a server that never answers costs two attempts of the idle timeout, not six of the whole-request timeout', async () => {
    const sim = await startSim({ model: model(), faults: [{ path: '/policies/authorizationPolicy', kind: 'silent' }] });
    const waits: number[] = [];
    const graph = clientFor(sim, {
      token: TOKEN,
      tuning: { retry: { ...FAST.retry, maxAttempts: 6, idleTimeoutMs: 150, timeoutMs: 60_000 }, sleep: async (ms) => void waits.push(ms) },
    });
    const failure = (await graph
      .get({ version: 'v1.0', path: '/policies/authorizationPolicy' })
      .catch((e: unknown) => e)) as GraphRequestError;
    expect(failure).toMatchObject({ code: 'RequestTimeout' });
    expect(failure.message).toBe('no response: the connection was silent for 150 ms (gave up after 2 attempts)');
    expect(sim.log.filter((e) => e.url.startsWith('/v1.0/policies/authorizationPolicy'))).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  /** Read a policy from an endpoint that sends the headers and half the body, then nothing: its silence timed by `idleTimer`. */
  async function readStalled(idleTimer: IdleTimer): Promise<unknown> {
    const sim = await startSim({ model: model(), faults: [{ path: '/policies/authorizationPolicy', kind: 'stall' }] });
    const graph = clientFor(sim, {
      token: TOKEN,
      tuning: { retry: { ...FAST.retry, idleTimeoutMs: 2_000 }, idleTimer, sleep: async () => undefined },
    });
    return graph.get({ version: 'v1.0', path: '/policies/authorizationPolicy' }).catch((e: unknown) => e);
  }

  it('a body that stalls midway is cut by the idle timeout', async () => {
    // The silence is timed by the test's own scheduler, not the socket's clock: it falls once the response headers
    // are in, so no pause of this process on a busy machine can turn the stalled body into a connection that never
    // answered.
    const armed: number[] = [];
    const silentAfterHeaders: IdleTimer = (request, ms, onSilent) => {
      armed.push(ms);
      request.once('response', () => setImmediate(onSilent));
    };
    expect(await readStalled(silentAfterHeaders)).toMatchObject({
      code: 'RequestTimeout',
      message: 'response body stalled: no data for 2 s (gave up after 2 attempts)',
    });
    expect(armed).toEqual([2_000, 2_000]);
  });

  it('silence before the response headers is a connection that never answered, whatever the endpoint would have sent', async () => {
    expect(await readStalled((_request, _ms, onSilent) => onSilent())).toMatchObject({
      code: 'RequestTimeout',
      message: 'no response: the connection was silent for 2 s (gave up after 2 attempts)',
    });
  });

  it('a closed port: each request is tried twice, the run waits a few seconds in all (not minutes) and exits 3 with nothing collected', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const waits: number[] = [];
    const run = scanCommand({
      graphUrl: `http://127.0.0.1:${port}`,
      accessToken: TOKEN,
      out: tempDir(),
      format: 'json',
      quiet: true,
      exceptions: false,
      graphTuning: { ...FAST, retry: { ...DEFAULT_RETRY_POLICY }, sleep: async (ms) => void waits.push(ms) },
    });
    await expect(run).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringMatching(
        /nothing could be collected: every section failed .*connection failed: ECONNREFUSED \(gave up after 2 attempts\)/,
      ),
    });
    // One backoff per request (two attempts each), each at most the first backoff step of 1 s.
    expect(Math.max(...waits)).toBeLessThanOrEqual(1_000);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThan(60_000);
  });
});

describe('every crash path exits 70, never 1', () => {
  const guard = packagePath('dist', 'src', 'cli', 'crash-guard.js');
  const run = (code: string) => spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: 30_000 });

  it('an exception thrown where nothing catches it (a RangeError in an event handler) exits 70 with the report hint', () => {
    const r = run(
      `import { installCrashGuard } from ${JSON.stringify(guard)}; installCrashGuard(); setTimeout(() => { throw new RangeError('Invalid string length'); }, 0);`,
    );
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/^gatehouse: internal error: RangeError: Invalid string length/);
    expect(r.stderr).toMatch(/please report it/);
  });

  it('a promise rejected with nobody awaiting it exits 70', () => {
    const r = run(`import { installCrashGuard } from ${JSON.stringify(guard)}; installCrashGuard(); Promise.reject(new Error('lost'));`);
    expect(r.status).toBe(70);
  });

  it('the CLI entry installs the guard before it runs a command', () => {
    // The first write to stdout (the rule list) schedules an uncaught RangeError, as a runaway allocation would throw.
    const preload = `const w=process.stdout.write.bind(process.stdout);let once=false;process.stdout.write=(...a)=>{if(!once){once=true;setImmediate(()=>{throw new RangeError('Invalid string length')})}return w(...a)}`;
    const r = spawnSync(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(preload)}`, packagePath('bin', 'gatehouse.js'), 'rules'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/internal error: RangeError: Invalid string length/);
  });

  it('the Action entry installs the guard too', () => {
    expect(readFileSync(packagePath('scripts', 'action-entry.mjs'), 'utf8')).toMatch(/installCrashGuard\(\);\s*await main\(\);/);
  });
});
