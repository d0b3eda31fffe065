import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Portfolio } from '../../src/render/portfolio.js';
import { packagePath } from '../../src/paths.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { tempDirs } from '../support/temp-dirs.js';

/*
 * `gatehouse portfolio`: the portfolio built from result.json files that separate scans wrote (one CI job per
 * tenant, each uploading its folder as an artifact), judged the same as `scan --tenants` judges one run of many.
 */

const tmp = tempDirs('portfolio');
const snapshot = (name: string) => packagePath('fixtures', 'snapshots', `${name}.json`);
const AS_OF = '2026-11-27';
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

async function tenantsFile(dir: string): Promise<string> {
  const file = join(dir, 'tenants.yaml');
  await writeFile(
    file,
    `tenants:
  - label: Contoso Pharma
    tenant: ${fixtureSnapshot('demo').tenant.id}
  - label: Fabrikam
    snapshot: ${snapshot('base')}
  - label: Litware (job never ran)
    tenant: litware.onmicrosoft.com
`,
  );
  return file;
}

describe('gatehouse portfolio: from the results of separate scans', () => {
  let dir: string;
  let jobs: string;
  let portfolio: Portfolio;
  let run: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    dir = tmp();
    jobs = join(dir, 'artifacts');
    // A third tenant: the hostile fixture under a tenant id of its own (the fixtures share two tenant ids).
    const hostile = fixtureSnapshot('hostile');
    const third = join(dir, 'third.json');
    await writeFile(third, JSON.stringify({ ...hostile, tenant: { ...hostile.tenant, id: '33334444-5555-4666-8777-888899990000' } }));
    // Three jobs, each its own scan and folder, as a CI matrix's downloaded artifacts look.
    for (const [file, folder] of [
      [snapshot('demo'), 'gatehouse-contoso-pharma'],
      [snapshot('base'), 'gatehouse-fabrikam'],
      [third, 'some-other-job'],
    ] as const) {
      const r = await cliInProcess(['scan', '--snapshot', file, '--as-of', AS_OF, '--out', join(jobs, folder), '--quiet']);
      expect(r.code, r.stderr).toBeLessThan(2);
    }
    run = await cliInProcess([
      'portfolio',
      jobs,
      '--tenants',
      await tenantsFile(dir),
      '--out',
      join(dir, 'portfolio'),
      '--fail-on',
      'high',
      '--quiet',
    ]);
    expect(run.stderr).toBe('');
    portfolio = readJson<Portfolio>(join(dir, 'portfolio', 'portfolio.json'));
  }, 120_000);

  it('lists every tenant of the tenants file in its order, then the others; a tenant without a result is failed (exit 3)', () => {
    expect(run.stderr).toBe('');
    expect(portfolio.tenants.map((t) => [t.label, t.status])).toEqual([
      // The demo was scanned without API connectors and the federation look-ups: complete it is not.
      ['Contoso Pharma', 'incomplete'],
      ['Fabrikam', 'ok'],
      ['Litware (job never ran)', 'failed'],
      [fixtureSnapshot('hostile').tenant.displayName, expect.any(String)],
    ]);
    expect(portfolio.tenants[2]).toMatchObject({ exitCode: 3, reason: expect.stringMatching(/no result\.json for this tenant/) });
    expect(run.code).toBe(3);
    expect(portfolio.exitCode).toBe(3);
  });

  it("judges each result again with --fail-on, and copies each job's reports into the portfolio folder", () => {
    const contoso = portfolio.tenants[0]!;
    expect(contoso.exitCode).toBe(1);
    expect(contoso.source).toEqual({ kind: 'result', file: expect.stringMatching(/gatehouse-contoso-pharma[/\\]result\.json$/) });
    expect(contoso.files.map((f) => f.replace(/\\/g, '/')).sort()).toEqual(
      ['guests.xlsx', 'report.html', 'report.sarif', 'report.xlsx', 'result.json', 'summary.md'].map((f) => `contoso-pharma/${f}`),
    );
    for (const f of contoso.files) expect(existsSync(join(dir, 'portfolio', f)), f).toBe(true);
    const html = readFileSync(join(dir, 'portfolio', 'index.html'), 'utf8');
    expect(html).toContain('Contoso Pharma');
    expect(html).not.toContain('<img src=x');
    const book = XLSX.read(readFileSync(join(dir, 'portfolio', 'portfolio.xlsx')));
    expect(book.SheetNames.length).toBeGreaterThan(0);
  });

  it('gives the same verdicts as scanning the same tenants in one run (scan --tenants)', async () => {
    const file = join(dir, 'snapshots.yaml');
    await writeFile(
      file,
      `tenants:\n  - label: Contoso Pharma\n    snapshot: ${snapshot('demo')}\n  - label: Fabrikam\n    snapshot: ${snapshot('base')}\n`,
    );
    const r = await cliInProcess([
      'scan',
      '--tenants',
      file,
      '--as-of',
      AS_OF,
      '--format',
      'json',
      '--fail-on',
      'high',
      '--out',
      join(dir, 'one-run'),
      '--quiet',
    ]);
    expect(r.code, r.stderr).toBe(1);
    const oneRun = readJson<Portfolio>(join(dir, 'one-run', 'portfolio.json'));
    const verdicts = (p: Portfolio) =>
      p.tenants.slice(0, 2).map((t) => ({ label: t.label, status: t.status, exitCode: t.exitCode, rules: t.rules, summary: t.summary }));
    expect(verdicts(portfolio)).toEqual(verdicts(oneRun));
    expect(portfolio.rules).toEqual(oneRun.rules);
  });

  it('a second run over the same artifacts, into a folder inside them, does not read its own copies', async () => {
    const out = join(jobs, 'portfolio');
    expect((await cliInProcess(['portfolio', jobs, '--out', out, '--quiet'])).code).toBe(0);
    const again = await cliInProcess(['portfolio', jobs, '--out', out, '--quiet']);
    expect(again.stderr).toBe('');
    expect(readJson<Portfolio>(join(out, 'portfolio.json')).tenants).toHaveLength(3);
  });

  it('bad input: one clear line, exit 2, nothing written', async () => {
    const twice = join(dir, 'twice');
    await mkdir(twice);
    for (const f of ['a', 'b'])
      await cliInProcess([
        'scan',
        '--snapshot',
        snapshot('base'),
        '--as-of',
        AS_OF,
        '--format',
        'json',
        '--out',
        join(twice, f),
        '--quiet',
      ]);
    for (const [args, message] of [
      [[twice], /two results for tenant .*keep one/],
      [[join(dir, 'missing')], /missing does not exist/],
      [[join(dir, 'tenants.yaml')], /invalid result .*tenants\.yaml/],
    ] as const) {
      const out = join(dir, `bad-${readdirSync(dir).length}`);
      const r = await cliInProcess(['portfolio', ...args, '--out', out]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('gatehouse matrix: the tenants file as one CI job per tenant', () => {
  it('github: {include: [...]} of the tenants to collect, with the slug their artifact is named by', async () => {
    const r = await cliInProcess(['matrix', await tenantsFile(tmp())]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/"Fabrikam" is a snapshot file/);
    const m = JSON.parse(r.stdout) as { include: { label: string; slug: string; tenant: string }[] };
    expect(m.include.map((l) => [l.label, l.slug, l.tenant])).toEqual([
      ['Contoso Pharma', 'contoso-pharma', fixtureSnapshot('demo').tenant.id],
      ['Litware (job never ran)', 'litware-job-never-ran', 'litware.onmicrosoft.com'],
    ]);
  });

  it('azure: legs keyed by a name Azure Pipelines accepts', async () => {
    const r = await cliInProcess(['matrix', await tenantsFile(tmp()), '--for', 'azure']);
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual(['contoso_pharma', 'litware_job_never_ran']);
    expect((await cliInProcess(['matrix', 'nope.yaml', '--for', 'gitlab'])).code).toBe(2);
  });
});
