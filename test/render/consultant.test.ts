import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import type { Finding, Result } from '../../src/engine/result.types.js';
import { packagePath } from '../../src/paths.js';
import { accentShades, contrastRatio, parseHexColour } from '../../src/render/accent.js';
import { coverFacts } from '../../src/render/cover.js';
import { readableDate } from '../../src/util/dates.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { ruleDocs } from '../../src/render/model.js';
import { actionsIntro, rankFailingChecks, topActions } from '../../src/render/priorities.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { evaluateSnapshot, htmlReport, tempDir, xlsxReport } from './support.js';
import { read, rows } from './xlsx-read.js';

// The consultant's touches: the cover, the accent colour and the executive summary's three actions.

const demo = evaluateSnapshot(fixtureSnapshot('demo'));
const docs = ruleDocs(RULES);

/** The demo's result with only the named checks failing (their findings kept), every other check passing. */
function onlyFailing(ids: readonly string[], base: Result = demo): Result {
  const keep = new Set(ids);
  return {
    ...base,
    rules: base.rules.map((r) =>
      keep.has(r.id) ? r : { ...r, status: r.status === 'fail' ? 'pass' : r.status, findingCount: keep.has(r.id) ? r.findingCount : 0 },
    ),
    findings: base.findings.filter((f) => keep.has(f.ruleId)),
  };
}

describe('the three most important actions', () => {
  it('on the demo: by worst severity, then objects affected, then check id', () => {
    const actions = topActions(rankFailingChecks(demo), docs);
    expect(actions.map((a) => [a.ruleId, a.severity, a.count])).toEqual([
      ['guest-in-privileged-role', 'high', 2],
      ['guest-stale', 'medium', 19],
      ['federation-signing-cert-expiring', 'medium', 1],
    ]);
    expect(actions[0]!.action).toBe('Remove guests from privileged administrator roles.');
    expect(actions[0]!.today).toMatch(/^2 affected objects; the most pressing: Guest .+ holds the privileged role/);
    // One affected object: the finding's own words.
    expect(actions[2]!.today).toMatch(/^The token-signing certificate of federation Alpine Biologics/);
    expect(actions.every((a) => a.why.length > 20)).toBe(true);
  });

  it('ties fall by check id, whatever order the result lists them in', () => {
    // invite-allowed-from-everyone and federation-signing-cert-expiring: both medium, one object each.
    const ids = ['invite-allowed-from-everyone', 'federation-signing-cert-expiring'];
    const r = onlyFailing(ids);
    const reversed = { ...r, rules: [...r.rules].reverse(), findings: [...r.findings].reverse() };
    for (const x of [r, reversed])
      expect(rankFailingChecks(x).map((p) => p.rule.id)).toEqual(['federation-signing-cert-expiring', 'invite-allowed-from-everyone']);
  });

  it.each([
    [0, [], 'No check found a problem, so there is no action to take.'],
    [1, ['guest-stale'], 'Only one check found a problem; this is the action to take.'],
    [
      2,
      ['guest-stale', 'guest-in-privileged-role'],
      'Only two checks found problems; these are the actions to take, most important first.',
    ],
  ] as const)('%i failing checks: says so, and invents nothing', (n, ids, intro) => {
    const r = onlyFailing(ids);
    const ranked = rankFailingChecks(r);
    expect(ranked).toHaveLength(n);
    expect(actionsIntro(ranked.length)).toBe(intro);
    expect(topActions(ranked, docs)).toHaveLength(n);
    const html = htmlReport(r, fixtureSnapshot('demo'));
    expect(html).toContain(intro);
    expect(html.match(/<li><p class="what">/g) ?? []).toHaveLength(n);
    const md = renderMarkdown(r, { rules: RULES });
    expect(md).toContain(intro.replace(/[.,;]/g, (c) => (c === '.' ? '\\.' : c)));
  });

  it('suppressed findings are not actions', () => {
    const r = onlyFailing(['guest-stale']);
    const all: Result = { ...r, findings: r.findings.map((f): Finding => ({ ...f, status: 'suppressed' })) };
    expect(rankFailingChecks(all)).toEqual([]);
  });

  it('every rule has an action: one imperative sentence', () => {
    for (const r of RULES) {
      expect(r.meta.action, r.meta.id).toMatch(/^[A-Z][^.]+(\.[^.]+)*\.$/);
      expect(r.meta.action!.length, r.meta.id).toBeLessThanOrEqual(160);
    }
  });

  it('the same three actions in the HTML, summary.md and the workbook view', () => {
    const html = htmlReport(demo, fixtureSnapshot('demo'));
    const md = renderMarkdown(demo, { rules: RULES });
    for (const a of topActions(rankFailingChecks(demo), docs)) {
      expect(html).toContain(a.action.replace(/'/g, '&#x27;'));
      expect(md).toContain(`\`${a.ruleId}\``);
    }
  });
});

describe('report.xlsx Summary', () => {
  it('carries the client, who prepared it, the dates and the same three actions', async () => {
    const file = join(tempDir('gatehouse-cover-xlsx-'), 'report.xlsx');
    await xlsxReport(demo, fixtureSnapshot('demo'), file, { cover: { client: '=HYPERLINK("x")', preparedBy: 'Northwind' } });
    const summary = rows(read(file).Sheets.Summary!);
    const item = (k: string) => summary.find((r) => r[0]?.v === k)?.[1];
    // A client name that looks like a formula stays text (the workbook's sanitiser makes it inert).
    expect(item('Prepared for')?.t).toBe('s');
    expect(String(item('Prepared for')?.v)).toContain('HYPERLINK');
    expect(summary.some((r) => r.some((c) => c?.f))).toBe(false);
    expect(item('Prepared by')?.v).toBe('Northwind');
    expect(item('Assessment date (UTC)')?.t).toBe('n');
    const actions = topActions(rankFailingChecks(demo), docs);
    actions.forEach((a, i) =>
      expect(String(item(`Most important action ${i + 1} (${a.severity})`)?.v)).toBe(`${a.action} Found: ${a.today}`),
    );
  });
});

describe('cover', () => {
  it('falls back to the tenant name and leaves out "prepared by" when not given', () => {
    const html = htmlReport(demo, fixtureSnapshot('demo'));
    expect(html).toContain('Prepared for <strong><bdi>Contoso Pharma</bdi></strong>');
    expect(html).not.toContain('<dt>Prepared by</dt>');
    expect(html).not.toMatch(/<dd>\s*<\/dd>/);
  });

  it('shows client, prepared by, scope and readable dates', () => {
    const html = htmlReport(demo, fixtureSnapshot('demo'), { cover: { client: 'Fabrikam <b>AG</b>', preparedBy: 'Jane & Co' } });
    expect(html).toContain('Prepared for <strong><bdi>Fabrikam &lt;b&gt;AG&lt;/b&gt;</bdi></strong>');
    expect(html).toContain('<dt>Prepared by</dt><dd><bdi>Jane &amp; Co</bdi></dd>');
    expect(html).toContain('<dt>Assessment date</dt><dd>27 November 2026');
    expect(html).toMatch(/<dt>Scope<\/dt><dd>External identities in Microsoft Entra ID: guest invitations, cross-tenant access/);
  });

  it('assessment date: the snapshot collection without --as-of, the --as-of date with it', () => {
    const collected = { ...demo, asOf: '2026-12-06T10:00:00.000Z', scannedAt: '2026-12-06T10:00:00.000Z' };
    collected.snapshot = { ...demo.snapshot, collectedAt: '2026-11-26T12:00:00Z' };
    expect(coverFacts(collected)).toMatchObject({ assessmentDate: '26 November 2026', reportDate: '6 December 2026' });
    expect(coverFacts({ ...collected, asOf: '2026-11-01T00:00:00.000Z' }).assessmentDate).toBe('1 November 2026');
    expect(readableDate('2025-03-01T00:00:00Z')).toBe('1 March 2025');
  });
});

describe('accent colour', () => {
  it('accepts #rgb and #rrggbb only', () => {
    expect(parseHexColour('#FA0')).toBe('#ffaa00');
    expect(parseHexColour('#1F3a5f')).toBe('#1f3a5f');
    for (const bad of ['red', '#ff', '#ffff', '#1234567', 'ff0000', '#ff000g', '#ff0000;', 'url(x)', '#ff0000 ', '#ff0000\n'])
      expect(parseHexColour(bad), bad).toBeUndefined();
  });

  it('keeps text readable: a light accent is darkened to 4.5:1 for text and 3:1 for bars', () => {
    const yellow = accentShades('#ffee00');
    expect(yellow.colour).toBe('#ffee00');
    expect(contrastRatio(yellow.ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(yellow.strong, '#ffffff')).toBeGreaterThanOrEqual(3);
    // A dark accent is used as given.
    expect(accentShades('#1f3a5f')).toEqual({ colour: '#1f3a5f', strong: '#1f3a5f', ink: '#1f3a5f' });
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('reaches the page through a hashed style element: the CSP allows exactly the page styles, nothing inline', () => {
    const html = htmlReport(demo, fixtureSnapshot('demo'), { brandColor: '#e3b505' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/
      .exec(html)![1]!
      .replace(/&#x27;/g, "'")
      .replace(/&#x3D;/g, '=');
    expect(csp).not.toContain('unsafe-inline');
    const styleSrc = /style-src ([^;]+)/.exec(csp)![1]!.split(' ');
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(2);
    expect(styles[1]).toBe(':root{--accent:#e3b505;--accent-strong:#b18d04;--accent-ink:#8d7003}');
    const hashes = styles.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
    expect(styleSrc.sort()).toEqual(hashes.sort());
    expect(html).not.toMatch(/\sstyle="/);
    // Without an accent the page carries its one stylesheet.
    const plain = htmlReport(demo, fixtureSnapshot('demo'));
    expect([...plain.matchAll(/<style>/g)]).toHaveLength(1);
  });
});

describe('cover and accent options on the command line', () => {
  const fixture = packagePath('fixtures', 'snapshots', 'base.json');
  const bad: Array<[string, string[], RegExp]> = [
    ['a colour name', ['--brand-color', 'red'], /^--brand-color must be a hex colour/],
    ['a colour without #', ['--brand-color', '1f3a5f'], /^--brand-color must be a hex colour/],
    ['CSS after the colour', ['--brand-color', '#fff;}body{display:none'], /^--brand-color must be a hex colour/],
    ['four hex digits', ['--brand-color', '#ffff'], /^--brand-color must be a hex colour/],
    [
      'a line break in the client',
      ['--client', 'Contoso\nEvil'],
      /^--client must not contain control or text-direction characters \(found U\+000A\)/,
    ],
    ['a right-to-left override', ['--prepared-by', 'Jane \u202eevil'], /^--prepared-by must not contain control .*U\+202E/],
    ['an escape character', ['--scope', 'x\u001b[31m'], /^--scope must not contain control .*U\+001B/],
    ['a client too long', ['--client', 'A'.repeat(121)], /^--client is 121 characters long; at most 120 are allowed/],
    ['an empty prepared-by', ['--prepared-by', '  '], /^--prepared-by must not be empty/],
  ];
  for (const [name, flags, message] of bad)
    it(`scan with ${name}: exit 2, one line, nothing written`, async () => {
      const out = join(tempDir('gatehouse-cover-bad-'), 'out');
      const r = await cliInProcess(['scan', '--snapshot', fixture, '--out', out, '--quiet', ...flags]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.replace(/^gatehouse: (error: )?/i, '')).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });

  it('scan writes the cover facts into every summary', async () => {
    const out = join(tempDir('gatehouse-cover-'), 'out');
    const r = await cliInProcess(
      ['scan', '--snapshot', fixture, '--out', out, '--quiet', '--as-of', '2026-11-27', '--format', 'md,html'].concat([
        '--client',
        'Fabrikam AG',
        '--prepared-by',
        'Northwind Consulting',
        '--brand-color',
        '#0a6',
      ]),
    );
    expect(r.code, r.stderr).toBe(0);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Prepared for <strong><bdi>Fabrikam AG</bdi></strong>');
    expect(html).toContain('--accent:#00aa66');
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain('Prepared for **Fabrikam AG** by **Northwind Consulting**');
  });
});
