import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Logger } from '../../src/util/log.js';
import { InputError } from '../../src/errors.js';
import { portfolioExitCode, scanTenants, tenantEnv } from '../../src/pipeline/tenants.js';
import type { Portfolio } from '../../src/render/portfolio.js';
import { loadTenantsFile, slugify } from '../../src/multi/tenants-file.js';
import { packagePath } from '../../src/paths.js';
import { modelFromSnapshot } from '../../src/simulator/model.js';
import type { GraphSimulator } from '../../src/simulator/server.js';
import { FAST, fakeJwt, startSim } from '../simulator/harness.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { filesUnder, findLeaks, personalValues } from './support/leaks.js';

const DEMO = fixtureSnapshot('every-check');
const BASE = fixtureSnapshot('base');
const TOKEN_A = fakeJwt({ tid: DEMO.tenant.id, roles: [] });
const TOKEN_B = fakeJwt({ tid: BASE.tenant.id, roles: [] });

let dir: string;
let demoSim: GraphSimulator;
let baseSim: GraphSimulator;
let throttledSim: GraphSimulator;
let brokenSim: GraphSimulator;

const quiet: Logger & { lines: string[] } = Object.assign(
  { lines: [] as string[] },
  {
    info(m: string) {
      quiet.lines.push(m);
    },
    progress(m: string) {
      quiet.lines.push(m);
    },
    warn(m: string) {
      quiet.lines.push(`warning: ${m}`);
    },
  },
);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-tenants-'));
  demoSim = await startSim({ model: modelFromSnapshot(DEMO), acceptTokens: [TOKEN_A] });
  baseSim = await startSim({ model: modelFromSnapshot(BASE), acceptTokens: [TOKEN_B] });
  throttledSim = await startSim({ model: modelFromSnapshot(BASE), faults: [{ path: '/**', kind: 'throttle', retryAfter: 0 }] });
  brokenSim = await startSim({ model: modelFromSnapshot(BASE), faults: [{ path: '/**', kind: 'unavailable' }] });
});

async function tenantsYaml(name: string, text: string): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, text);
  return p;
}

describe('scan --tenants: many tenants, one failing never stops the others', () => {
  let portfolio: Portfolio;
  let out: string;

  beforeAll(async () => {
    out = join(dir, 'portfolio');
    const file = await tenantsYaml(
      'tenants.yaml',
      `defaults:
  auth: { mode: access-token, accessTokenEnv: TOKEN_A }
tenants:
  - label: Contoso Pharma (demo)
    tenant: ${DEMO.tenant.id}
    graphUrl: ${demoSim.url}
  - label: Fabrikam
    tenant: ${BASE.tenant.id}
    graphUrl: ${baseSim.url}
    auth: { mode: access-token, accessTokenEnv: TOKEN_B }
  - label: Fabrikam with a stale token
    tenant: ${BASE.tenant.id}
    graphUrl: ${baseSim.url}
  - label: Throttled tenant
    tenant: ${BASE.tenant.id}
    graphUrl: ${throttledSim.url}
  - label: Tenant answering 503
    tenant: ${BASE.tenant.id}
    graphUrl: ${brokenSim.url}
  - label: Secret not exported
    tenant: ${BASE.tenant.id}
    graphUrl: ${baseSim.url}
    auth: { mode: access-token, accessTokenEnv: NOT_EXPORTED }
  - label: '<img src=x onerror=alert(1)> =HYPERLINK("http://x")'
    snapshot: ${packagePath('fixtures', 'snapshots', 'hostile.json')}
`,
    );
    const entries = await loadTenantsFile(file);
    portfolio = await scanTenants({
      entries,
      out,
      formats: ['json', 'md', 'html', 'xlsx', 'sarif'],
      concurrency: 2,
      failOn: 'high',
      asOf: new Date('2026-11-27T00:00:00Z'),
      log: quiet,
      env: { TOKEN_A, TOKEN_B, GATEHOUSE_ACCESS_TOKEN: TOKEN_B },
      graphTuning: FAST,
      now: () => new Date('2026-11-27T00:00:00Z'),
    });
  }, 120_000);

  const byLabel = (label: string) => portfolio.tenants.find((t) => t.label === label)!;

  it('the healthy tenants are scanned, each into its own folder with every report', () => {
    for (const label of ['Contoso Pharma (demo)', 'Fabrikam']) {
      const t = byLabel(label);
      expect(t.status, `${label}: ${t.reason}`).toBe('ok');
      for (const f of ['result.json', 'summary.md', 'report.html', 'report.xlsx', 'guests.xlsx', 'report.sarif', 'snapshot.json'])
        expect(existsSync(join(out, t.slug, f)), `${t.slug}/${f}`).toBe(true);
    }
    expect(byLabel('Contoso Pharma (demo)').slug).toBe('contoso-pharma-demo');
    expect(byLabel('Contoso Pharma (demo)').tenantId).toBe(DEMO.tenant.id);
    expect(byLabel('Fabrikam').exitCode).toBe(0);
    expect(byLabel('Contoso Pharma (demo)').exitCode).toBe(1);
  });

  it('authentication, throttling and 5xx failures are recorded as failed with their reason', () => {
    expect(byLabel('Fabrikam with a stale token')).toMatchObject({
      status: 'failed',
      exitCode: 3,
      reason: expect.stringMatching(/authentication failed.*401/),
    });
    expect(byLabel('Throttled tenant')).toMatchObject({
      status: 'failed',
      exitCode: 3,
      reason: expect.stringMatching(/nothing could be collected/),
    });
    expect(byLabel('Tenant answering 503')).toMatchObject({
      status: 'failed',
      exitCode: 3,
      reason: expect.stringMatching(/nothing could be collected/),
    });
    expect(byLabel('Secret not exported')).toMatchObject({
      status: 'failed',
      exitCode: 2,
      reason: expect.stringMatching(/NOT_EXPORTED .* is not set/),
    });
    // The stale-token tenant asked the simulator with the default token, not the GATEHOUSE_ACCESS_TOKEN of the environment.
    expect(baseSim.log.some((e) => e.status === 401)).toBe(true);
  });

  it('each tenant used only its own credential', () => {
    expect(demoSim.log.length).toBeGreaterThan(0);
    expect(demoSim.log.every((e) => e.status !== 401)).toBe(true);
  });

  it('overall exit code: a failed tenant (3) outranks findings (1)', () => {
    expect(portfolio.exitCode).toBe(3);
    expect(portfolioExitCode([{ exitCode: 0 }, { exitCode: 1 }, { exitCode: 4 }])).toBe(1);
    expect(portfolioExitCode([{ exitCode: 0 }, { exitCode: 4 }])).toBe(4);
    expect(portfolioExitCode([{ exitCode: 0 }])).toBe(0);
  });

  it('index.html: self-contained, CSP, no script, every tenant with status and reason, hostile label escaped', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/
      .exec(html)?.[1]
      ?.replace(/&#x27;/g, "'")
      .replace(/&#x3D;/g, '=');
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+='; img-src data:/);
    // The hash is of the exact inline stylesheet, so the page's only style is allowed and nothing else.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    for (const t of portfolio.tenants.filter((x) => !x.label.startsWith('<')))
      expect(html).toContain(t.label.replace(/&/g, '&amp;').replace(/\(/g, '('));
    expect(html).toContain('authentication failed');
    expect(html).toContain('href="contoso-pharma-demo/report.html"');
    expect(html).toContain('<th scope="col">Check</th>');
  });

  it('portfolio.xlsx compares the tenants side by side (read back independently)', () => {
    const book = XLSX.read(readFileSync(join(out, 'portfolio.xlsx')), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Tenants', 'Checks by tenant']);
    const tenants = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Tenants!);
    expect(tenants).toHaveLength(portfolio.tenants.length);
    const demo = tenants.find((r) => r.Tenant === 'Contoso Pharma (demo)')!;
    expect(demo.Status).toBe('ok');
    expect(demo.High).toBe(portfolio.tenants[0]!.summary!.findingsBySeverity.high);
    expect(tenants.find((r) => r.Tenant === 'Throttled tenant')!.Status).toBe('failed');
    // A label that looks like a formula stays text.
    const hostile = book.Sheets.Tenants!.A8!;
    expect(hostile.t).toBe('s');
    expect(hostile.f).toBeUndefined();
    const matrix = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Checks by tenant']!);
    expect(matrix.length).toBe(portfolio.rules.length);
    const mfa = matrix.find((r) => r.Check === 'xtap-default-mfa-trust')!;
    expect(mfa.Fabrikam).toBe('pass');
    expect(mfa['Throttled tenant']).toBe('not scanned');
  });

  it('portfolio.json has everything the other two show', () => {
    const json = JSON.parse(readFileSync(join(out, 'portfolio.json'), 'utf8')) as Portfolio;
    expect(json.tenants.map((t) => t.status)).toEqual(portfolio.tenants.map((t) => t.status));
    expect(json.exitCode).toBe(3);
  });
});

describe('scan --tenants --redact', () => {
  it('every tenant is evaluated from a redacted copy; one key for all, no original name in any output', async () => {
    const file = await tenantsYaml(
      'redacted.yaml',
      `tenants:\n  - label: Demo A\n    snapshot: ${packagePath('fixtures', 'snapshots', 'every-check.json')}\n  - label: Demo B\n    snapshot: ${packagePath('fixtures', 'snapshots', 'every-check.json')}\n`,
    );
    const out = join(dir, 'redacted-portfolio');
    const p = await scanTenants({
      entries: await loadTenantsFile(file),
      out,
      formats: ['json', 'md', 'html', 'xlsx', 'sarif'],
      concurrency: 2,
      failOn: 'none',
      asOf: new Date('2026-11-27T00:00:00Z'),
      redact: { redact: true, key: { key: 'portfolio-key-0123456789', generated: false, source: 'test' } },
      log: quiet,
    });
    expect(p.tenants.map((t) => t.status)).toEqual(['ok', 'ok']);
    expect(p.tenants[0]!.files).toContain('demo-a/snapshot.redacted.json');
    // Same key: both tenants' redacted snapshots are identical.
    expect(readFileSync(join(out, 'demo-a', 'snapshot.redacted.json'), 'utf8')).toBe(
      readFileSync(join(out, 'demo-b', 'snapshot.redacted.json'), 'utf8'),
    );
    expect(findLeaks(personalValues(DEMO), filesUnder(out))).toEqual([]);
  }, 120_000);
});

describe('tenants file', () => {
  it('rejects secret values with the path, and names the right key to use', async () => {
    const f = await tenantsYaml(
      'secret.yaml',
      'tenants:\n  - label: A\n    tenant: a.example\n    auth: { mode: client-secret, clientId: x, clientSecret: "s3cr3t" }\n',
    );
    await expect(loadTenantsFile(f)).rejects.toThrow(
      /at \$\.tenants\[0\]\.auth\.clientSecret: secrets never go in the tenants file.*"clientSecretEnv"/,
    );
  });

  it.each([
    ['neither tenant nor snapshot', 'tenants:\n  - label: A\n', /at \$\.tenants\[0\]: needs "tenant"/],
    ['both', 'tenants:\n  - label: A\n    tenant: x\n    snapshot: y.json\n', /give either "tenant" or "snapshot"/],
    ['no label', 'tenants:\n  - tenant: x\n', /at \$\.tenants\[0\]\.label: is required but missing/],
    [
      'bad env name',
      'tenants:\n  - label: A\n    tenant: x\n    auth: { mode: client-secret, clientSecretEnv: "MY-SECRET" }\n',
      /at \$\.tenants\[0\]\.auth\.clientSecretEnv: must match pattern/,
    ],
    [
      'unknown auth mode',
      'tenants:\n  - label: A\n    tenant: x\n    auth: { mode: password }\n',
      /at \$\.tenants\[0\]\.auth\.mode: must be one of/,
    ],
    ['empty list', 'tenants: []\n', /at \$\.tenants: must NOT have fewer than 1 items/],
    ['typo', 'tenants:\n  - label: A\n    tenant: x\n    graphURL: http://x\n', /at \$\.tenants\[0\]\.graphURL: unknown property/],
  ])('%s → InputError with the path', async (_n, text, expected) => {
    const f = await tenantsYaml(`bad-${Math.random().toString(36).slice(2)}.yaml`, text);
    const err = await loadTenantsFile(f).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(expected);
  });

  it('unique slugs, paths relative to the file, defaults merged', async () => {
    const f = await tenantsYaml(
      'slugs.yaml',
      'defaults:\n  profile: strict\n  cloud: usgov\ntenants:\n  - label: Zoë & Co\n    snapshot: snaps/a.json\n  - label: "Zoë & Co"\n    tenant: b\n    profile: baseline\n',
    );
    const [a, b] = await loadTenantsFile(f);
    expect(a!.slug).toBe('zoe-co');
    expect(b!.slug).toBe('zoe-co-2');
    expect(a!.snapshot).toBe(join(dir, 'snaps', 'a.json'));
    expect(a!.profile).toBe('strict');
    expect(b!.profile).toBe('baseline');
    expect(b!.cloud).toBe('usgov');
    expect(slugify('***')).toBe('tenant');
  });

  it("a tenant's environment holds its own secrets only", () => {
    const env = tenantEnv(
      { index: 0, label: 'A', slug: 'a', tenant: 'x', auth: { mode: 'client-secret', clientId: 'c', clientSecretEnv: 'A_SECRET' } },
      { A_SECRET: 'aaa', AZURE_CLIENT_SECRET: 'someone-else', GATEHOUSE_ACCESS_TOKEN: 'tok', PATH: '/bin' },
    );
    expect(env.AZURE_CLIENT_SECRET).toBe('aaa');
    expect(env.GATEHOUSE_ACCESS_TOKEN).toBeUndefined();
    expect(env.PATH).toBe('/bin');
  });
});

describe('scan --tenants: a tenant whose token is refused midway', () => {
  it('keeps and reports what was collected, and counts as a collection failure (exit 3)', async () => {
    const midway = await startSim({
      model: modelFromSnapshot(BASE),
      faults: [{ path: '/groups', queryIncludes: 'DynamicMembership', kind: 'unauthorized' }],
    });
    const file = await tenantsYaml(
      'midway.yaml',
      `tenants:\n  - label: Refused midway\n    tenant: ${BASE.tenant.id}\n    graphUrl: ${midway.url}\n    auth: { mode: access-token, accessTokenEnv: TOKEN_B }\n`,
    );
    const out = join(dir, 'midway-portfolio');
    const result = await scanTenants({
      entries: await loadTenantsFile(file),
      out,
      formats: ['json', 'html'],
      concurrency: 1,
      failOn: 'high',
      asOf: new Date('2026-11-27T00:00:00Z'),
      log: quiet,
      env: { TOKEN_B },
      graphTuning: FAST,
      now: () => new Date('2026-11-27T00:00:00Z'),
    });
    const t = result.tenants[0]!;
    expect(t).toMatchObject({
      status: 'incomplete',
      exitCode: 3,
      reason: expect.stringMatching(
        /^authentication failed while collecting: 1 section not collected \(Graph refused the access token \(HTTP 401/,
      ),
    });
    expect(existsSync(join(out, t.slug, 'report.html'))).toBe(true);
    expect(result.exitCode).toBe(3);
  });
});

describe('gatehouse scan --tenants (child process)', () => {
  it('two simulators, one refusing the token: exit 3, both in the portfolio', async () => {
    const file = await tenantsYaml(
      'cli-tenants.yaml',
      `tenants:
  - label: Fabrikam
    tenant: ${BASE.tenant.id}
    graphUrl: ${baseSim.url}
    auth: { mode: access-token, accessTokenEnv: TOKEN_B }
  - label: Contoso refused
    tenant: ${DEMO.tenant.id}
    graphUrl: ${demoSim.url}
    auth: { mode: access-token, accessTokenEnv: TOKEN_B }
`,
    );
    const out = join(dir, 'cli-portfolio');
    const r = await cliInProcess(
      ['scan', '--tenants', file, '--concurrency', '2', '--out', out, '--format', 'json,html', '--as-of', '2026-11-27', '--no-exceptions'],
      { env: { TOKEN_B } },
    );
    expect(r.code, r.stderr).toBe(3);
    expect(r.stdout).toMatch(/Fabrikam\s+ok\s+exit 0/);
    expect(r.stdout).toMatch(/Contoso refused\s+failed\s+exit 3\s+authentication failed/);
    expect(existsSync(join(out, 'fabrikam', 'report.html'))).toBe(true);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'portfolio.xlsx'))).toBe(true);
    // Secrets never reach the output.
    for (const f of ['portfolio.json', 'index.html']) expect(readFileSync(join(out, f), 'utf8')).not.toContain(TOKEN_B);
    expect(r.stdout + r.stderr).not.toContain(TOKEN_B);
  });

  it('usage errors: --tenants with --snapshot, a bad --concurrency, --concurrency without --tenants', async () => {
    const file = await tenantsYaml(
      'u.yaml',
      `tenants:\n  - label: A\n    snapshot: ${packagePath('fixtures', 'snapshots', 'base.json')}\n`,
    );
    expect((await cliInProcess(['scan', '--tenants', file, '--snapshot', 'x.json', '--out', join(dir, 'u1')])).code).toBe(2);
    const bad = await cliInProcess(['scan', '--tenants', file, '--concurrency', '0', '--out', join(dir, 'u2')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--concurrency "0" must be a whole number from 1 to 16/);
    expect(
      (
        await cliInProcess([
          'scan',
          '--snapshot',
          packagePath('fixtures', 'snapshots', 'base.json'),
          '--concurrency',
          '2',
          '--out',
          join(dir, 'u3'),
        ])
      ).code,
    ).toBe(2);
  });
});
