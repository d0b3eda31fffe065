import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../rules/index.js';
import { main } from '../../src/cli/main.js';
import { evaluate } from '../../src/engine/run.js';
import { modelFromSnapshot } from '../../src/simulator/model.js';
import { validateSnapshot } from '../../src/snapshot/load.js';
import { baseSnapshot } from '../support/fixtures.js';
import { fakeJwt, startSim } from '../simulator/harness.js';

// A client-secret credential double: the CLI constructs "ClientSecretCredential" itself, so the module is mocked
// here (tests never reach Entra). It hands out a token only for the right secret.
const issued = vi.hoisted(() => ({ secrets: [] as string[] }));
vi.mock('@azure/identity', async (importOriginal) => {
  const real = await importOriginal<typeof import('@azure/identity')>();
  class FakeClientSecretCredential {
    constructor(
      readonly tenantId: string,
      readonly clientId: string,
      private readonly secret: string,
    ) {
      issued.secrets.push(secret);
    }
    async getToken() {
      if (this.secret !== 'fake-client-secret-7Q~not-real') throw new Error('AADSTS7000215: Invalid client secret provided.');
      return { token: 'token-from-client-secret-credential', expiresOnTimestamp: Date.now() + 3_600_000 };
    }
  }
  return { ...real, ClientSecretCredential: FakeClientSecretCredential };
});

const TENANT = '0f0e0d0c-1b1a-4c3d-8e9f-a0b1c2d3e4f5';
const TOKEN = fakeJwt({ tid: TENANT, marker: 'SECRET-TOKEN-MARKER-5b8e' });
const AS_OF = '2026-11-27';

let out: string[] = [];
let err: string[] = [];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.GATEHOUSE_ACCESS_TOKEN;
  delete process.env.AZURE_CLIENT_SECRET;
});

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'gatehouse-cli-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const run = (...args: string[]) => main(['node', 'gatehouse', ...args]);
const stderr = () => err.join('');

describe('gatehouse collect', () => {
  it('writes a valid snapshot of the tenant (exit 0)', async () => {
    const sim = await startSim({ model: modelFromSnapshot(baseSnapshot()) });
    const file = join(tmp(), 'snap.json');
    expect(await run('collect', '--out', file, '--graph-url', sim.url, '--access-token', TOKEN, '--include-api-connectors')).toBe(0);
    const snap = validateSnapshot(JSON.parse(readFileSync(file, 'utf8')));
    expect(snap.tenant).toMatchObject({ id: TENANT, cloud: 'custom' });
    expect(Object.values(snap.sections).every((s) => s!.status === 'ok')).toBe(true);
    expect(snap.graphBaseUrl).toBe(sim.url);
    expect(out.join('')).toBe('');
    expect(stderr()).toMatch(/Collected 36 of 36 sections/);
  });

  it('--strict: exit 4 when a section could not be collected (0 without it); the snapshot is written either way', async () => {
    const sim = await startSim({
      model: modelFromSnapshot(baseSnapshot()),
      faults: [{ path: '/identityGovernance/accessReviews/definitions', kind: 'forbidden' }],
    });
    const file = join(tmp(), 'snap.json');
    expect(await run('collect', '--out', file, '--graph-url', sim.url, '--access-token', TOKEN)).toBe(0);
    expect(await run('collect', '--out', file, '--graph-url', sim.url, '--access-token', TOKEN, '--strict')).toBe(4);
    const snap = validateSnapshot(JSON.parse(readFileSync(file, 'utf8')));
    expect(snap.sections.accessReviewDefinitions).toMatchObject({ status: 'forbidden', requiredPermissions: ['AccessReview.Read.All'] });
    expect(snap.sections.apiConnectors).toMatchObject({ status: 'skipped' });
    expect(stderr()).toMatch(/forbidden\s+accessReviewDefinitions: grant AccessReview\.Read\.All/);
  });

  it('exit 3 when Graph refuses the token everywhere (authentication failed)', async () => {
    const sim = await startSim({ model: modelFromSnapshot(baseSnapshot()), acceptTokens: ['some-other-token'] });
    expect(await run('collect', '--out', join(tmp(), 's.json'), '--graph-url', sim.url, '--access-token', TOKEN)).toBe(3);
    expect(stderr()).toMatch(/gatehouse: authentication failed: Graph refused the access token \(HTTP 401\)/);
  });

  it('exit 3 when nothing at all could be collected', async () => {
    const sim = await startSim({ model: modelFromSnapshot(baseSnapshot()), faults: [{ path: '/**', kind: 'forbidden' }] });
    expect(await run('collect', '--out', join(tmp(), 's.json'), '--graph-url', sim.url, '--access-token', TOKEN)).toBe(3);
    expect(stderr()).toMatch(/gatehouse: nothing could be collected: every section failed/);
  });

  it('exit 3 when the credential cannot authenticate, before any request; the secret never printed', async () => {
    const sim = await startSim({ model: modelFromSnapshot(baseSnapshot()) });
    process.env.AZURE_CLIENT_SECRET = 'wrong-secret-ZZ9';
    expect(
      await run(
        'collect',
        '--out',
        join(tmp(), 's.json'),
        '--graph-url',
        sim.url,
        '--auth',
        'client-secret',
        '--tenant',
        TENANT,
        '--client-id',
        '99999999-8888-4777-8666-555555555555',
      ),
    ).toBe(3);
    expect(stderr()).toMatch(/authentication failed \(.*\): AADSTS7000215/);
    expect(stderr()).not.toContain('wrong-secret-ZZ9');
    expect(sim.log).toHaveLength(0);
  });

  it("warns before collecting when the token's roles do not cover some sections, naming rules and permissions", async () => {
    const sim = await startSim({ model: modelFromSnapshot(baseSnapshot()) });
    const roles = [
      'Organization.Read.All',
      'Policy.Read.All',
      'User.Read.All',
      'AuditLog.Read.All',
      'Policy.Read.B2BManagementPolicy',
      'Domain.Read.All',
      'IdentityProvider.Read.All',
      'CrossTenantInformation.ReadBasic.All',
      'IdentityUserFlow.Read.All',
      'CustomAuthenticationExtension.Read.All',
      'EventListener.Read.All',
      'EntitlementManagement.Read.All',
      'GroupSettings.Read.All',
      'RoleManagement.Read.Directory',
      'Application.Read.All',
      'Group.Read.All',
      'SharePointTenantSettings.Read.All',
      'PrivilegedEligibilitySchedule.Read.AzureADGroup',
      'IdentityRiskyUser.Read.All',
      'NetworkAccess.Read.All',
    ];
    const token = fakeJwt({ tid: TENANT, roles });
    expect(await run('collect', '--out', join(tmp(), 's.json'), '--graph-url', sim.url, '--access-token', token)).toBe(0);
    const warning = err.find((l) => l.startsWith('warning: the token'))!;
    // Email OTP needs Policy.Read.AuthenticationMethod, but Policy.Read.All covers it: only access reviews are missing.
    expect(warning).toMatch(/do not cover 1 section: accessReviewDefinitions\./);
    expect(warning).toMatch(/rules not assessed: access-review-guests-missing/);
    expect(warning).toMatch(/Grant AccessReview\.Read\.All/);
    expect(err.indexOf(warning)).toBeLessThan(err.findIndex((l) => l.startsWith('Collected')));
  });

  it('progress on stderr only with --verbose when not a terminal (section, pages, guests so far)', async () => {
    const sim = await startSim({ model: modelFromSnapshot(baseSnapshot()) });
    await run('collect', '--out', join(tmp(), 's.json'), '--graph-url', sim.url, '--access-token', TOKEN);
    expect(stderr()).not.toMatch(/guests so far/);
    err = [];
    await run('collect', '--out', join(tmp(), 's.json'), '--graph-url', sim.url, '--access-token', TOKEN, '--verbose');
    expect(stderr()).toMatch(/collecting guests, guestSignInActivity, guestSponsors/);
    expect(stderr()).toMatch(/guests: page 1, 3 guests so far/);
    expect(stderr()).toMatch(/ok\s+conditionalAccessPolicies \(3\)/);
  });

  it('refuses plain http to another machine and bad flags with exit 2', async () => {
    expect(await run('collect', '--out', join(tmp(), 's.json'), '--graph-url', 'http://graph.example.com', '--access-token', TOKEN)).toBe(
      2,
    );
    expect(await run('collect', '--out', join(tmp(), 's.json'), '--cloud', 'mars', '--access-token', TOKEN)).toBe(2);
    expect(await run('collect', '--out', join(tmp(), 's.json'), '--auth', 'client-secret', '--tenant', TENANT, '--client-id', 'x')).toBe(2);
    expect(stderr()).toMatch(/AZURE_CLIENT_SECRET/);
  });
});

describe('gatehouse scan without --snapshot', () => {
  it('collects, keeps snapshot.json beside the reports, evaluates: same result as scanning the snapshot', async () => {
    const sim = await startSim({ model: modelFromSnapshot(baseSnapshot()) });
    const dir = tmp();
    process.env.GATEHOUSE_ACCESS_TOKEN = TOKEN;
    expect(await run('scan', '--graph-url', sim.url, '--out', dir, '--format', 'json', '--as-of', AS_OF, '--include-api-connectors')).toBe(
      0,
    );
    const result = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'));
    const snap = validateSnapshot(JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8')));
    const direct = evaluate(baseSnapshot(), { rules: RULES, asOf: new Date(AS_OF), snapshotSha256: '0'.repeat(64) });
    expect(result.rules.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual(direct.rules.map((r) => [r.id, r.status]));
    expect(snap.tenant.id).toBe(TENANT);
  });

  it('a redacted live scan keeps no unredacted snapshot beside the reports', async () => {
    const sim = await startSim({ model: modelFromSnapshot(baseSnapshot()) });
    const dir = tmp();
    process.env.GATEHOUSE_REDACT_KEY = 'k'.repeat(32);
    try {
      expect(
        await run('scan', '--graph-url', sim.url, '--access-token', TOKEN, '--out', dir, '--format', 'json', '--as-of', AS_OF, '--redact'),
      ).toBe(0);
    } finally {
      delete process.env.GATEHOUSE_REDACT_KEY;
    }
    expect(readdirSync(dir)).not.toContain('snapshot.json');
    expect(readdirSync(dir).some((f) => /redacted/.test(f))).toBe(true);
    expect(
      readdirSync(dir)
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join(''),
    ).not.toContain('Partner User 1');
  });

  it('--snapshot with live-collection flags is a usage error', async () => {
    expect(await run('scan', '--snapshot', 'fixtures/snapshots/base.json', '--graph-url', 'http://127.0.0.1:1', '--out', tmp())).toBe(2);
    expect(stderr()).toMatch(/--graph-url only apply when collecting live/);
  });

  it('--strict: exit 4 when a rule is not assessed because a section failed', async () => {
    const sim = await startSim({
      model: modelFromSnapshot(baseSnapshot()),
      faults: [{ path: '/policies/crossTenantAccessPolicy/default', kind: 'forbidden' }],
    });
    expect(
      await run('scan', '--graph-url', sim.url, '--access-token', TOKEN, '--out', tmp(), '--format', 'json', '--as-of', AS_OF, '--strict'),
    ).toBe(4);
  });
});

/** Every byte gatehouse wrote: files (xlsx unzipped), stdout, stderr. */
async function allOutput(dir: string): Promise<string> {
  const parts = [out.join(''), err.join('')];
  const walk = async (d: string): Promise<void> => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) await walk(p);
      else if (name.endsWith('.xlsx')) {
        const zip = await JSZip.loadAsync(readFileSync(p));
        for (const f of Object.values(zip.files)) if (!f.dir) parts.push(await f.async('string'));
      } else parts.push(readFileSync(p, 'latin1'));
    }
  };
  await walk(dir);
  return parts.join('\n');
}

describe('secret hygiene', () => {
  it('the access token and the client secret appear in no output, report, snapshot or simulator log', async () => {
    const sim = await startSim({ model: modelFromSnapshot(baseSnapshot()), acceptTokens: [TOKEN, 'token-from-client-secret-credential'] });
    const secret = 'fake-client-secret-7Q~not-real';
    process.env.AZURE_CLIENT_SECRET = secret;
    const viaToken = tmp();
    process.env.GATEHOUSE_ACCESS_TOKEN = TOKEN;
    const tokenExit = await run(
      'scan',
      '--graph-url',
      sim.url,
      '--out',
      viaToken,
      '--format',
      'all',
      '--as-of',
      AS_OF,
      '--verbose',
      '--include-api-connectors',
    );
    delete process.env.GATEHOUSE_ACCESS_TOKEN;
    const viaSecret = tmp();
    const secretExit = await run(
      'scan',
      '--graph-url',
      sim.url,
      '--auth',
      'client-secret',
      '--tenant',
      TENANT,
      '--client-id',
      '99999999-8888-4777-8666-555555555555',
      '--out',
      viaSecret,
      '--format',
      'all',
      '--as-of',
      AS_OF,
      '--verbose',
    );
    expect([tokenExit, secretExit]).toEqual([0, 0]);
    expect(issued.secrets).toContain(secret); // the secret did reach the credential, from the environment
    const everything = (await allOutput(viaToken)) + (await allOutput(viaSecret)) + JSON.stringify(sim.log);
    expect(readdirSync(viaToken).sort()).toEqual(expect.arrayContaining(['result.json', 'snapshot.json']));
    for (const needle of [TOKEN, TOKEN.split('.')[1]!, 'SECRET-TOKEN-MARKER-5b8e', 'token-from-client-secret-credential', secret]) {
      expect(everything.includes(needle), needle.slice(0, 12)).toBe(false);
    }
    expect(sim.log.every((e) => e.authorization === 'bearer')).toBe(true);
  });
});

describe('gatehouse permissions', () => {
  it('lists least-privileged application permissions and a ready az sequence', async () => {
    expect(await run('permissions', '--app-id', '99999999-8888-4777-8666-555555555555')).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/Policy\.Read\.All\s+authorizationPolicy, crossTenantAccessPolicy/);
    expect(text).toMatch(/APIConnectors\.ReadWrite\.All\s+apiConnectors\s+\[optional; write scope: Graph has no read-only one\]/);
    expect(text).toMatch(
      /az ad app permission add --id 99999999-8888-4777-8666-555555555555 --api "\$GRAPH" --api-permissions "\$\(role AuditLog\.Read\.All\)=Role"/,
    );
    expect(text).toMatch(/az ad app permission admin-consent --id 99999999-8888-4777-8666-555555555555/);
    expect(text).not.toMatch(/role APIConnectors\.ReadWrite\.All/); // opt-in only
    out = [];
    expect(await run('permissions', '--include-api-connectors')).toBe(0);
    expect(out.join('')).toMatch(/role APIConnectors\.ReadWrite\.All\)=Role" {2}# write scope/);
    out = [];
    expect(await run('permissions', '--format', 'json')).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json.sections.guests.requests[0]).toMatch(/\$filter=userType eq 'Guest'/);
    expect(await run('permissions', '--format', 'yaml')).toBe(2);
  });
});
