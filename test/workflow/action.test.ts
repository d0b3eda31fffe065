import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fetchGitHubOidcToken } from '../../src/graph/github-oidc.js';
import { readInputs, runAction, scanArgs, spawnCli } from '../../src/action/entry.js';
import { packagePath } from '../../src/paths.js';
import { modelFromSnapshot } from '../../src/simulator/model.js';
import type { GraphSimulator } from '../../src/simulator/server.js';
import { fakeJwt, startSim, tokenTag } from '../simulator/harness.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { runNode } from './support/cli-async.js';
import { fakeEntra } from './support/fake-entra.js';

/*
 * The action's entry in a simulated GitHub environment: INPUT_* variables, a step-summary file, a GITHUB_OUTPUT
 * file, the OIDC token endpoint (a local server) and the Entra token endpoint (a fake HttpClient), scanning the
 * Graph simulator. Nothing leaves 127.0.0.1.
 */

const DEMO = fixtureSnapshot('every-check');
const ACCESS_TOKEN = fakeJwt({ tid: DEMO.tenant.id, roles: [], appid: 'gh-app' });
const CLIENT_ID = '0a1b2c3d-0000-4000-8000-00000000c11e';
let dir: string;
let sim: GraphSimulator;
let oidc: Server;
let oidcUrl: string;
const oidcRequests: Array<{ url: string; authorization: string | undefined }> = [];
let issued: string | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-action-'));
  sim = await startSim({ model: modelFromSnapshot(DEMO), acceptTokens: [ACCESS_TOKEN] });
  // GitHub's OIDC token endpoint: a bearer-protected GET that returns {"value": "<jwt>"} for the requested audience.
  oidc = createServer((req, res) => {
    oidcRequests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    const audience = new URL(req.url ?? '/', 'http://x').searchParams.get('audience');
    if (req.headers.authorization !== 'Bearer runtime-request-token') {
      res.writeHead(403).end();
      return;
    }
    issued = fakeJwt({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:contoso/entra-audit:ref:refs/heads/main',
      aud: audience,
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: issued }));
  });
  await new Promise<void>((r) => oidc.listen(0, '127.0.0.1', r));
  oidcUrl = `http://127.0.0.1:${(oidc.address() as AddressInfo).port}/_apis/token?api-version=2.0`;
});

afterAll(async () => {
  await new Promise<void>((r) => oidc.close(() => r()));
});

/** A fresh simulated GitHub job environment: workspace, summary and output files, inputs. */
async function githubEnv(name: string, inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const workspace = await mkdtemp(join(dir, `${name}-`));
  const summary = join(workspace, 'step-summary.md');
  const output = join(workspace, 'github-output.txt');
  await writeFile(summary, '');
  await writeFile(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: workspace,
    // As the runner sets them for a JavaScript action: upper case, hyphens kept (INPUT_TENANT-ID).
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extra,
  };
  return { workspace, summary, output, env };
}

/** GITHUB_OUTPUT in the heredoc form the entry writes. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\w-]+)<<(\S+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

const baseInputs = () => ({
  'tenant-id': DEMO.tenant.id,
  'client-id': CLIENT_ID,
  'graph-url': sim.url,
  format: 'json,md,sarif,html',
  'fail-on': 'high',
  redact: 'false',
});

describe('workload identity federation (GitHub OIDC → Entra → Graph), no client secret', () => {
  it(
    'runs the scan with the exchanged token: summary appended, outputs set, exit code 1 for high findings',
    { tags: ['slow'] },
    async () => {
      const gh = await githubEnv('oidc', baseInputs(), {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-request-token',
      });
      const entra = fakeEntra({ expectedAssertion: () => issued, accessToken: ACCESS_TOKEN });
      const lines: string[] = [];
      const childEnvs: Array<Record<string, string | undefined>> = [];
      const code = await runAction({
        env: gh.env,
        credentialOptions: { httpClient: entra.httpClient },
        write: (l) => lines.push(l),
        runCli: async (args, env, cwd, serve) => {
          childEnvs.push(env);
          let out = '';
          const code = await spawnCli(args, env, cwd, serve, (_stream, text) => (out += text));
          lines.push(out);
          return code;
        },
      });
      expect(code, lines.join('\n')).toBe(1);
      // OIDC: requested with the runtime bearer token, for Entra's token-exchange audience.
      expect(oidcRequests.at(-1)!.authorization).toBe('Bearer runtime-request-token');
      expect(new URL(oidcRequests.at(-1)!.url, 'http://x').searchParams.get('audience')).toBe('api://AzureADTokenExchange');
      // Entra: a client-credentials grant with the OIDC token as client assertion, never a secret.
      const tokenCall = entra.requests.find((r) => r.method === 'POST')!;
      expect(tokenCall.url).toContain(`/${DEMO.tenant.id}/oauth2/v2.0/token`);
      expect(tokenCall.form).toMatchObject({
        client_id: CLIENT_ID,
        grant_type: 'client_credentials',
        scope: 'https://graph.microsoft.com/.default',
        client_assertion: issued,
      });
      expect(tokenCall.form.client_secret).toBeUndefined();
      // The token is masked first and reaches Graph; the child asks the parent for tokens (never holding one in its
      // environment) and cannot mint OIDC tokens.
      expect(lines[0]).toBe(`::add-mask::${ACCESS_TOKEN}`);
      expect(sim.log.length).toBeGreaterThan(0);
      expect(sim.log.every((e) => e.authorization === 'bearer' && e.status !== 401)).toBe(true);
      expect(childEnvs[0]!.ACTIONS_ID_TOKEN_REQUEST_TOKEN).toBeUndefined();
      expect(childEnvs[0]!.GATEHOUSE_ACCESS_TOKEN).toBeUndefined();
      expect(childEnvs[0]!.GATEHOUSE_TOKEN_BROKER).toBe('ipc');
      // Job summary and outputs.
      const summary = readFileSync(gh.summary, 'utf8');
      expect(summary).toMatch(/^## gatehouse — /);
      expect(summary).toMatch(/gatehouse exit code \*\*1\*\*: findings at or above the fail-on threshold/);
      const outputs = readOutputs(gh.output);
      expect(outputs['exit-code']).toBe('1');
      expect(outputs.sarif).toBe(join(gh.workspace, 'gatehouse-reports', 'report.sarif'));
      expect(existsSync(outputs.sarif!)).toBe(true);
      expect(existsSync(outputs.result!)).toBe(true);
      expect(JSON.parse(readFileSync(outputs.sarif!, 'utf8')).runs[0].results.length).toBeGreaterThan(0);
      expect(lines.join('\n')).toContain('::error title=gatehouse::findings at or above the fail-on threshold');
      // The token appears nowhere in what the step printed (after the mask command) or wrote.
      expect(lines.slice(1).join('\n')).not.toContain(ACCESS_TOKEN);
      expect(summary + readFileSync(outputs.result!, 'utf8') + readFileSync(outputs.sarif!, 'utf8')).not.toContain(ACCESS_TOKEN);
    },
  );

  it('the OIDC credential stays refreshable for the whole run: the scan asks the parent for each token, every one masked first', async () => {
    // Entra answers with tokens inside MSAL's 5-minute renewal margin, so each token the scan asks for is a new exchange.
    let n = 0;
    const entra = fakeEntra({
      expectedAssertion: () => issued,
      accessToken: () => fakeJwt({ tid: DEMO.tenant.id, roles: [], appid: 'gh-app', n: ++n }),
      expiresIn: 240,
    });
    const graph = await startSim({ model: modelFromSnapshot(DEMO) });
    const gh = await githubEnv(
      'refresh',
      { ...baseInputs(), 'graph-url': graph.url },
      { ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-request-token' },
    );
    const lines: string[] = [];
    const code = await runAction({
      env: gh.env,
      credentialOptions: { httpClient: entra.httpClient },
      write: (l) => lines.push(l),
      runCli: (args, env, cwd, serve) => spawnCli(args, env, cwd, serve, () => undefined),
    });
    expect(code).toBe(1);
    const seen = new Set(graph.log.filter((e) => e.viaBatch === undefined).map((e) => e.tokenTag));
    expect(seen.size).toBeGreaterThan(1);
    const masked = lines.filter((l) => l.startsWith('::add-mask::')).map((l) => tokenTag(l.slice('::add-mask::'.length)));
    for (const tag of seen) expect(masked).toContain(tag);
    expect(graph.log.some((e) => e.status === 401)).toBe(false);
    expect(entra.requests.filter((r) => r.method === 'POST').length).toBeGreaterThan(2);
  });

  it('an app registration without a matching federated credential → exit 3 with the fix', async () => {
    const gh = await githubEnv('nomatch', baseInputs(), {
      ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-request-token',
    });
    const entra = fakeEntra({ expectedAssertion: () => 'some other subject', accessToken: ACCESS_TOKEN });
    const lines: string[] = [];
    const code = await runAction({
      env: gh.env,
      credentialOptions: { httpClient: entra.httpClient },
      write: (l) => lines.push(l),
      runCli: async () => {
        throw new Error('must not run');
      },
    });
    expect(code).toBe(3);
    expect(lines.join('\n')).toMatch(
      /::error title=gatehouse::workload identity federation failed .*issuer https:\/\/token\.actions\.githubusercontent\.com.*audience api:\/\/AzureADTokenExchange/,
    );
    expect(readFileSync(gh.summary, 'utf8')).toMatch(/The scan did not complete[\s\S]*exit code \*\*3\*\*/);
    expect(readOutputs(gh.output)).toMatchObject({ 'exit-code': '3' });
    expect(readOutputs(gh.output).sarif).toBeUndefined();
  });

  it('a job without `permissions: id-token: write` → exit 2 saying so', async () => {
    const gh = await githubEnv('noperm', baseInputs());
    const lines: string[] = [];
    const code = await runAction({ env: gh.env, write: (l) => lines.push(l), runCli: async () => 0 });
    expect(code).toBe(2);
    expect(lines.join('\n')).toMatch(/permissions: id-token: write/);
  });

  it('oidc-audience: the OIDC token is requested for the audience the federated credential lists', async () => {
    const gh = await githubEnv(
      'audience',
      { ...baseInputs(), 'oidc-audience': 'api://AzureADTokenExchangeUSGov' },
      { ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-request-token' },
    );
    const entra = fakeEntra({ expectedAssertion: () => issued, accessToken: ACCESS_TOKEN });
    const code = await runAction({
      env: gh.env,
      credentialOptions: { httpClient: entra.httpClient },
      write: () => undefined,
      runCli: async () => 0,
    });
    expect(code).toBe(0);
    expect(new URL(oidcRequests.at(-1)!.url, 'http://x').searchParams.get('audience')).toBe('api://AzureADTokenExchangeUSGov');
  });

  it('auth access-token without GATEHOUSE_ACCESS_TOKEN → exit 2 naming the variable; an unknown auth → exit 2', async () => {
    for (const [auth, expected] of [
      ['access-token', /reads the token from GATEHOUSE_ACCESS_TOKEN/],
      ['secret', /input auth "secret" must be oidc or access-token/],
    ] as const) {
      const gh = await githubEnv(
        `auth-${auth}`,
        { ...baseInputs(), auth },
        { ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-request-token' },
      );
      const lines: string[] = [];
      expect(await runAction({ env: gh.env, write: (l) => lines.push(l), runCli: async () => 0 })).toBe(2);
      expect(lines.join('\n')).toMatch(expected);
    }
  });

  it('redaction is on by default: a key made for the run is masked before the scan, and the reports hold pseudonyms', async () => {
    const { redact: _omit, ...inputs } = baseInputs();
    const gh = await githubEnv('redact', { ...inputs, format: 'json,md,html' }, { GATEHOUSE_ACCESS_TOKEN: ACCESS_TOKEN });
    const lines: string[] = [];
    const childEnvs: Array<Record<string, string | undefined>> = [];
    const code = await runAction({
      env: gh.env,
      write: (l) => lines.push(l),
      runCli: (args, env, cwd, serve) => {
        childEnvs.push(env);
        return spawnCli(args, env, cwd, serve, (_s, text) => lines.push(text));
      },
    });
    expect(code).toBe(1);
    const key = childEnvs[0]!.GATEHOUSE_REDACT_KEY!;
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(lines.indexOf(`::add-mask::${key}`)).toBeGreaterThanOrEqual(0);
    expect(lines.filter((l) => l.includes(key)).every((l) => l === `::add-mask::${key}`)).toBe(true);
    const someGuest = DEMO.data.guests!.find((g) => g.mail)!;
    const reports = ['result.json', 'summary.md', 'report.html', 'report.sarif']
      .map((f) => readFileSync(join(gh.workspace, 'gatehouse-reports', f), 'utf8'))
      .join('\n');
    expect(reports).not.toContain(someGuest.mail!);
    expect(reports).not.toContain(someGuest.displayName!);
  });

  it('the OIDC request carries the audience and the runtime bearer token; a refusal is reported', async () => {
    await expect(fetchGitHubOidcToken({ ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' })).rejects.toThrow(
      /HTTP 403/,
    );
    expect(
      await fetchGitHubOidcToken({ ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-request-token' }),
    ).toBe(issued);
  });
});

describe('scripts/action-entry.mjs in a child process (simulated GitHub environment, access token)', () => {
  it('writes the summary and outputs; exit code follows --fail-on', { tags: ['slow'] }, async () => {
    const gh = await githubEnv('child', { ...baseInputs(), 'fail-on': 'critical' }, { GATEHOUSE_ACCESS_TOKEN: ACCESS_TOKEN });
    const r = await runNode(packagePath('scripts', 'action-entry.mjs'), [], { env: gh.env, replaceEnv: true, cwd: gh.workspace });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${ACCESS_TOKEN}`);
    const outputs = readOutputs(gh.output);
    expect(outputs['exit-code']).toBe('0');
    for (const k of ['sarif', 'result', 'summary', 'reports-dir']) expect(outputs[k], k).toBeTruthy();
    expect(readFileSync(gh.summary, 'utf8')).toMatch(/gatehouse exit code \*\*0\*\*/);
    expect(existsSync(join(gh.workspace, 'gatehouse-reports', 'report.html'))).toBe(true);
    // The SARIF keeps guests' UPNs and mail out by default (alerts are visible to everyone with code scanning access).
    const sarif = readFileSync(outputs.sarif!, 'utf8');
    const someGuest = DEMO.data.guests!.find((g) => g.mail)!;
    expect(sarif).not.toContain(someGuest.mail!);
  });

  it('missing tenant-id → exit 2, the summary says the scan did not complete, exit-code output set', async () => {
    const gh = await githubEnv('bad', { 'client-id': CLIENT_ID });
    const r = await runNode(packagePath('scripts', 'action-entry.mjs'), [], { env: gh.env, replaceEnv: true, cwd: gh.workspace });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/::error title=gatehouse::input tenant-id is required/);
    expect(readOutputs(gh.output)['exit-code']).toBe('2');
  });
});

describe('bundle/action.mjs (what action.yml runs) in a child process, inputs as the runner sets them', () => {
  it(
    'runs the bundled scan against the simulator: outputs with counts, job summary, exit code by fail-on',
    { tags: ['slow'] },
    async () => {
      const gh = await githubEnv(
        'bundle',
        { ...baseInputs(), 'fail-on': 'critical', 'oidc-audience': 'api://AzureADTokenExchange' },
        { GATEHOUSE_ACCESS_TOKEN: ACCESS_TOKEN },
      );
      const r = await runNode(packagePath('bundle', 'action.mjs'), [], { env: gh.env, replaceEnv: true, cwd: gh.workspace });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/DeprecationWarning|internal error/);
      const outputs = readOutputs(gh.output);
      expect(outputs['exit-code']).toBe('0');
      expect(Number(outputs.high)).toBeGreaterThan(0);
      expect(readFileSync(gh.summary, 'utf8')).toMatch(/^## gatehouse — [\s\S]*gatehouse exit code \*\*0\*\*/);
      expect(existsSync(join(gh.workspace, 'gatehouse-reports', 'report.html'))).toBe(true);
    },
  );
});

describe('inputs', () => {
  it('defaults: fail-on high, all formats (Markdown and SARIF always), PII kept out of SARIF', () => {
    const i = readInputs({ INPUT_TENANT_ID: 't' });
    expect(i).toMatchObject({ failOn: 'high', out: 'gatehouse-reports', cloud: 'global', sarifOmitPii: true, strict: false });
    expect(i.formats).toEqual(expect.arrayContaining(['json', 'md', 'html', 'xlsx', 'sarif']));
    expect(readInputs({ INPUT_TENANT_ID: 't', INPUT_FORMAT: 'json' }).formats).toEqual(['json', 'md', 'sarif']);
    expect(
      scanArgs(readInputs({ INPUT_TENANT_ID: 't', INPUT_BASELINE: 'prev/result.json', INPUT_EXCEPTIONS: 'ex.yaml', INPUT_STRICT: 'true' })),
    ).toEqual(
      expect.arrayContaining([
        '--baseline',
        'prev/result.json',
        '--exceptions',
        'ex.yaml',
        '--strict',
        '--sarif-omit-pii',
        '--tenant',
        't',
      ]),
    );
  });

  it.each([
    [{ INPUT_TENANT_ID: 't', INPUT_FAIL_ON: 'severe' }, /--fail-on "severe"/],
    [{ INPUT_TENANT_ID: 't', INPUT_STRICT: 'maybe' }, /input strict "maybe" must be true or false/],
    [{ INPUT_TENANT_ID: 't', INPUT_GRAPH_URL: 'http://graph.example.com' }, /plain http to a host other than this machine/],
    [{ INPUT_TENANT_ID: 't', INPUT_FORMAT: 'pdf' }, /unknown format "pdf"/],
  ])('rejects %o', (env, expected) => {
    expect(() => readInputs(env)).toThrow(expected);
  });
});

describe('action.yml and the CI examples', () => {
  const action = parseYaml(readFileSync(packagePath('action.yml'), 'utf8')) as {
    inputs: Record<string, { required?: boolean; default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; main: string };
  };

  it('is a JavaScript action on node24 that runs the committed bundle; every input is read, every output written', async () => {
    expect(action.runs.using).toBe('node24');
    expect(action.runs.main).toBe('bundle/action.mjs');
    expect(existsSync(packagePath(action.runs.main))).toBe(true);
    for (const name of [
      'tenant-id',
      'client-id',
      'auth',
      'oidc-audience',
      'fail-on',
      'profile',
      'format',
      'out',
      'baseline',
      'exceptions',
      'redact',
    ])
      expect(action.inputs[name], name).toBeDefined();
    expect(action.inputs.redact!.default).toBe('true');
    // The entry reads every input action.yml declares.
    const entry = readFileSync(packagePath('src', 'action', 'entry.ts'), 'utf8');
    for (const name of Object.keys(action.inputs)) expect(entry, name).toContain(`'${name}'`);
    const gh = await githubEnv(
      'outputs',
      { 'tenant-id': DEMO.tenant.id, format: 'json,md,sarif,html,xlsx', 'fail-on': 'none', 'graph-url': sim.url },
      { GATEHOUSE_ACCESS_TOKEN: ACCESS_TOKEN },
    );
    const code = await runAction({
      env: gh.env,
      write: () => undefined,
      runCli: (args, env, cwd, serve) => spawnCli(args, env, cwd, serve, () => undefined),
    });
    expect(code).toBe(0);
    const outputs = readOutputs(gh.output);
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(action.outputs).sort());
    const result = JSON.parse(readFileSync(outputs.result!, 'utf8')) as { summary: { findingsBySeverity: Record<string, number> } };
    expect(outputs.high).toBe(String(result.summary.findingsBySeverity.high));
    expect(Number(outputs.findings)).toBe(Object.values(result.summary.findingsBySeverity).reduce((a, b) => a + b, 0));
    expect(JSON.stringify(action)).not.toMatch(/client-secret|AZURE_CLIENT_SECRET/i);
  });

  it('docs/ci/github-actions.yml: schedule, OIDC + code scanning permissions, SARIF upload with category, reports artifact', () => {
    const wf = parseYaml(readFileSync(packagePath('docs', 'ci', 'github-actions.yml'), 'utf8')) as {
      on: { schedule: Array<{ cron: string }> };
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string>; if?: string; id?: string }> }>;
    };
    expect(wf.on.schedule[0]!.cron).toMatch(/\S+ \S+ \S+ \S+ \S+/);
    expect(wf.permissions).toMatchObject({ 'id-token': 'write', 'security-events': 'write', contents: 'read' });
    const steps = Object.values(wf.jobs)[0]!.steps;
    const scan = steps.find((s) => s.id === 'gatehouse')!;
    expect(scan.with).toMatchObject({ 'tenant-id': expect.stringContaining('vars.'), 'client-id': expect.stringContaining('vars.') });
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.with!.sarif_file).toContain('steps.gatehouse.outputs.sarif');
    expect(upload.with!.category).toBeTruthy();
    expect(upload.if).toMatch(/always\(\)/);
    expect(steps.some((s) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true);
  });

  it('docs/ci/azure-pipelines.yml publishes the SARIF as the CodeAnalysisLogs artifact', () => {
    const text = readFileSync(packagePath('docs', 'ci', 'azure-pipelines.yml'), 'utf8');
    const pipeline = parseYaml(text) as { schedules: unknown[]; steps: Array<{ task?: string; inputs?: Record<string, string> }> };
    expect(pipeline.schedules.length).toBeGreaterThan(0);
    const publish = pipeline.steps.filter((s) => s.task?.startsWith('Publish'));
    expect(publish.some((s) => s.inputs?.ArtifactName === 'CodeAnalysisLogs' || s.inputs?.artifact === 'CodeAnalysisLogs')).toBe(true);
    expect(pipeline.steps.some((s) => s.task === 'AzureCLI@2')).toBe(true);
    expect(text).not.toMatch(/AZURE_CLIENT_SECRET|clientSecret/);
  });
});

describe('many tenants in CI and the container recipe', () => {
  it('docs/ci/github-actions-matrix.yml: one job per tenant from `gatehouse matrix`, SARIF category and artifact per tenant, then `gatehouse portfolio`', () => {
    type Step = { uses?: string; with?: Record<string, string | number>; run?: string; id?: string };
    const wf = parseYaml(readFileSync(packagePath('docs', 'ci', 'github-actions-matrix.yml'), 'utf8')) as {
      jobs: Record<string, { needs?: string; strategy?: { matrix: string; 'fail-fast': boolean }; steps: Step[] }>;
    };
    expect(wf.jobs.plan!.steps.some((s) => s.run?.includes('matrix tenants.yaml'))).toBe(true);
    expect(wf.jobs.scan!.strategy).toMatchObject({
      matrix: expect.stringContaining('fromJSON(needs.plan.outputs.matrix)'),
      'fail-fast': false,
    });
    const scan = wf.jobs.scan!.steps;
    expect(scan.find((s) => s.id === 'gatehouse')!.with).toMatchObject({
      'tenant-id': '${{ matrix.tenant }}',
      'client-id': '${{ matrix.clientId }}',
    });
    expect(scan.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!.with!.category).toContain('matrix.slug');
    expect(scan.find((s) => s.uses?.startsWith('actions/upload-artifact'))!.with!.name).toBe('gatehouse-${{ matrix.slug }}');
    const portfolio = wf.jobs.portfolio!.steps;
    expect(portfolio.find((s) => s.uses?.startsWith('actions/download-artifact'))!.with).toMatchObject({
      pattern: 'gatehouse-*',
      path: 'artifacts',
    });
    expect(portfolio.some((s) => s.run?.includes('portfolio artifacts --tenants tenants.yaml'))).toBe(true);
  });

  it('docs/ci/azure-pipelines-matrix.yml: a strategy matrix from the tenants file, the container signing in with workload identity', () => {
    const text = readFileSync(packagePath('docs', 'ci', 'azure-pipelines-matrix.yml'), 'utf8');
    const pipeline = parseYaml(text) as { jobs: Array<{ job: string; strategy?: { matrix: string } }> };
    expect(pipeline.jobs.map((j) => j.job)).toEqual(['plan', 'scan', 'portfolio']);
    expect(pipeline.jobs[1]!.strategy!.matrix).toBe("$[ dependencies.plan.outputs['tenants.legs'] ]");
    expect(text).toContain('matrix tenants.yaml --for azure');
    expect(text).toContain('--auth workload-identity');
    expect(text).toContain('artifact: gatehouse-$(slug)');
    expect(text).not.toMatch(/AZURE_CLIENT_SECRET|clientSecret/);
  });

  it('Dockerfile: the bundle only, a non-root user, the bundle as entry point; the build context holds nothing else', () => {
    const dockerfile = readFileSync(packagePath('Dockerfile'), 'utf8');
    const copied = [...dockerfile.matchAll(/^COPY (?:--\S+ )*(.+) (\S+)$/gm)].flatMap((m) => m[1]!.split(' '));
    expect(copied.sort()).toEqual(['LICENSE', 'bundle/THIRD-PARTY-NOTICES.txt', 'bundle/gatehouse.mjs']);
    for (const f of copied) expect(existsSync(packagePath(f)), f).toBe(true);
    expect(dockerfile).toMatch(/^USER 65532:65532$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["\/nodejs\/bin\/node", "\/opt\/gatehouse\/gatehouse\.mjs"\]$/m);
    const ignore = readFileSync(packagePath('.dockerignore'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(ignore[0]).toBe('*');
    expect(ignore.slice(1).sort()).toEqual(copied.map((f) => `!${f}`).sort());
  });
});
