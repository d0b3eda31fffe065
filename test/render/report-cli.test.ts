import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/result.types.js';
import { packagePath } from '../../src/paths.js';
import { FORMATS as DEFAULT_FORMATS, parseFormats } from '../../src/render/formats.js';
import { MANIFEST_FILE } from '../../src/util/output-folder.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { tempDir } from './support.js';

// The CLI's entry point run in process (same parsing, pipeline and exit codes as bin/gatehouse.js).

const fixture = (name: string) => packagePath('fixtures', 'snapshots', `${name}.json`);
const ALL_FILES = ['guests.xlsx', 'report.html', 'report.sarif', 'report.xlsx', 'result.json', 'summary.md'];
/** The reports in a folder (its hidden record of what gatehouse wrote there left out). */
const reports = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f !== MANIFEST_FILE)
    .sort();

describe('gatehouse scan / report (in process)', () => {
  const dir = tempDir('gatehouse-report-cli-');
  const scanned = join(dir, 'scan');

  beforeAll(async () => {
    const r = await cliInProcess(['scan', '--snapshot', fixture('hostile'), '--out', scanned, '--as-of', '2026-11-27', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('scan writes every format by default', async () => {
    expect(DEFAULT_FORMATS).toEqual(['json', 'md', 'html', 'xlsx', 'sarif']);
    expect(parseFormats(undefined)).toEqual(['json', 'md', 'html', 'xlsx', 'sarif']);
    expect(reports(scanned)).toEqual(ALL_FILES);
  });

  it('scan --help documents the formats and the branding options', async () => {
    const help = (await cliInProcess(['scan', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--format <list> .*html, xlsx, sarif, or all \(default: all/);
    for (const flag of ['--title', '--brand-name', '--brand-logo', '--sarif-omit-pii']) expect(help).toContain(flag);
  });

  it('report re-renders from result.json and the snapshot, with branding', async () => {
    const out = join(dir, 'report');
    const logo = join(dir, 'logo.svg');
    writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#1f3a5f"/></svg>');
    const r = await cliInProcess([
      'report',
      '--result',
      join(scanned, 'result.json'),
      '--snapshot',
      fixture('hostile'),
      '--out',
      out,
      '--title',
      'Quarterly review',
      '--brand-name',
      'Contoso Consulting',
      '--brand-logo',
      logo,
      '--sarif-omit-pii',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(reports(out)).toEqual(ALL_FILES);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h1><bdi>Quarterly review</bdi></h1>');
    expect(html).toContain('Contoso Consulting');
    expect(html).toContain('src="data:image/svg+xml;base64,');
    expect(html).toContain('guest accounts as of'); // snapshot detail present (hostile mail domains are not domains, so no domain table)
    const sarif = readFileSync(join(out, 'report.sarif'), 'utf8');
    expect(sarif).not.toMatch(/hostile\d+@/);
    // The same result re-rendered gives the same SARIF as the scan wrote (without --sarif-omit-pii).
    const again = join(dir, 'again');
    expect((await cliInProcess(['report', '--result', join(scanned, 'result.json'), '--format', 'sarif', '--out', again])).code).toBe(0);
    expect(readFileSync(join(again, 'report.sarif'), 'utf8')).toBe(readFileSync(join(scanned, 'report.sarif'), 'utf8'));
  });

  it('report --format picks formats; json is always written', async () => {
    const out = join(dir, 'md-only');
    expect((await cliInProcess(['report', '--result', join(scanned, 'result.json'), '--format', 'md', '--out', out, '--quiet'])).code).toBe(
      0,
    );
    expect(reports(out)).toEqual(['result.json', 'summary.md']);
  });

  const bad: Array<[string, (d: string) => string[], RegExp]> = [
    ['no --result', () => [], /report needs --result/],
    ['missing result file', (d) => ['--result', join(d, 'nope.json')], /result .*nope\.json does not exist/],
    [
      'result that is not JSON',
      (d) => (writeFileSync(join(d, 'x.json'), '{oops'), ['--result', join(d, 'x.json')]),
      /invalid result .*x\.json at \$: not valid JSON/,
    ],
    [
      'result failing the schema (path and reason)',
      (d) => {
        const r = JSON.parse(readFileSync(join(scanned, 'result.json'), 'utf8')) as Result;
        (r.findings[0] as unknown as { severity: string }).severity = 'catastrophic';
        writeFileSync(join(d, 'bad-schema.json'), JSON.stringify(r));
        return ['--result', join(d, 'bad-schema.json')];
      },
      /invalid result .*bad-schema\.json at \$\.findings\[0\]\.severity: must be one of "critical", "high", "medium", "low", "info"/,
    ],
    [
      'a snapshot of another tenant',
      (d) => ['--result', join(scanned, 'result.json'), '--snapshot', (writeOther(d), join(d, 'other.json'))],
      /is of tenant .* but result .* is of tenant/,
    ],
    [
      'an invalid snapshot',
      (d) => (
        writeFileSync(join(d, 'bad-snap.json'), '{"schemaVersion":1}'),
        ['--result', join(scanned, 'result.json'), '--snapshot', join(d, 'bad-snap.json')]
      ),
      /invalid snapshot .*bad-snap\.json at \$\.tool: is required/,
    ],
    [
      'a logo that is neither PNG nor SVG',
      (d) => (
        writeFileSync(join(d, 'logo.gif'), 'GIF89a'),
        ['--result', join(scanned, 'result.json'), '--brand-logo', join(d, 'logo.gif')]
      ),
      /--brand-logo .*logo\.gif is neither a PNG/,
    ],
    ['an unknown format', () => ['--result', join(scanned, 'result.json'), '--format', 'pdf'], /unknown format "pdf"/],
  ];
  for (const [name, args, message] of bad) {
    it(`report with ${name}: exit 2, one line, nothing written`, async () => {
      const d = tempDir('gatehouse-report-bad-');
      const out = join(d, 'out');
      const r = await cliInProcess(['report', ...args(d), '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('scan with a bad logo writes nothing', async () => {
    const d = tempDir('gatehouse-scan-bad-');
    writeFileSync(join(d, 'logo.png'), '<html></html>');
    const r = await cliInProcess(['scan', '--snapshot', fixture('base'), '--out', join(d, 'out'), '--brand-logo', join(d, 'logo.png')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--brand-logo .* is neither a PNG/);
    expect(existsSync(join(d, 'out'))).toBe(false);
  });
});

function writeOther(d: string): void {
  const s = JSON.parse(readFileSync(fixture('base'), 'utf8')) as { tenant: { id: string } };
  s.tenant.id = '11111111-2222-4333-8444-555555555555';
  writeFileSync(join(d, 'other.json'), JSON.stringify(s));
}

describe('large result.json', () => {
  it('is read finding by finding and equals the whole-file read', async () => {
    const { loadResultFile } = await import('../../src/engine/result-file.js');
    const { evaluate } = await import('../../src/engine/run.js');
    const { writeResultJson } = await import('../../src/render/json.js');
    const { RULES } = await import('../../rules/index.js');
    const { fixtureSnapshot } = await import('../support/fixtures.js');
    const { mkdtemp, writeFile: write } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join: joinPath } = await import('node:path');
    const result = evaluate(fixtureSnapshot('every-check'), {
      rules: RULES,
      snapshotSha256: 'd'.repeat(64),
      now: new Date('2026-11-27T00:00:00Z'),
    });
    const dir = await mkdtemp(joinPath(tmpdir(), 'gatehouse-bigresult-'));
    const file = joinPath(dir, 'result.json');
    await writeResultJson(result, file);
    expect(await loadResultFile(file, { streamThresholdBytes: 0 })).toEqual(await loadResultFile(file));
    const broken = joinPath(dir, 'broken.json');
    const bad = JSON.parse(JSON.stringify(result)) as typeof result;
    (bad.findings[3] as { severity: string }).severity = 'urgent';
    await write(broken, JSON.stringify(bad));
    await expect(loadResultFile(broken, { streamThresholdBytes: 0 })).rejects.toThrow(/at \$\.findings\[3\]\.severity: must be one of/);
  });
});
