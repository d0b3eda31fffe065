import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/result.types.js';
import { InputError } from '../../src/errors.js';
import { loadBrandLogo } from '../../src/render/logo.js';
import { packagePath } from '../../src/paths.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { HOSTILE, evaluateSnapshot, hostileResult, htmlReport, realisticSnapshot, tempDir } from './support.js';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

/** The inline <style>, executable <script> and JSON data block of a report. */
function parts(html: string) {
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const scripts = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)];
  const data = scripts.find((m) => m[0].startsWith('<script type="application/json" id="report-data">'))![1]!;
  const code = scripts.filter((m) => m[0].startsWith('<script>')).map((m) => m[1]!);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/
    .exec(html)![1]!
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=');
  return { style, data, code, csp, scriptCount: scripts.length };
}

describe('HTML report', () => {
  const { snapshot } = realisticSnapshot();
  const result = evaluateSnapshot(snapshot);
  const html = htmlReport(result, snapshot);

  it('templates never use triple-stash or unescaped output', () => {
    const dir = packagePath('templates');
    const files = [
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.hbs'))
        .map((f) => join(dir, f)),
      ...readdirSync(join(dir, 'partials')).map((f) => join(dir, 'partials', f)),
    ];
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toContain('{{{');
      expect(text, f).not.toMatch(/\{\{~?&/);
      // No data in event handlers, inline style attributes or javascript: URLs.
      expect(text, f).not.toMatch(/\son[a-z]+\s*=/i);
      expect(text, f).not.toMatch(/\sstyle\s*=/i);
      expect(text, f).not.toMatch(/javascript:/i);
    }
  });

  it('puts a CSP that allows nothing external right after <meta charset>, with hashes of the inline code', () => {
    expect(html).toMatch(/^<!DOCTYPE html>[\s\S]*?<head>\s*<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="/);
    const { style, code, csp, scriptCount } = parts(html);
    expect(scriptCount).toBe(2);
    expect(code).toHaveLength(1);
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual([`'sha256-${sha(code[0]!)}'`]);
    expect(directives['style-src']).toEqual([`'sha256-${sha(style)}'`]);
    expect(directives['img-src']).toEqual(['data:']);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
  });

  it('references nothing outside the file', () => {
    for (const m of html.matchAll(/\s(src|href|action|srcset|poster|data)="([^"]*)"/g)) {
      const [, attr, value] = m;
      if (attr === 'href') expect(value, m[0]).toMatch(/^(#[\w-]+|data:,|https:\/\/learn\.microsoft\.com\/)/);
      else expect(value, m[0]).toMatch(/^data:/);
    }
    const { style } = parts(html);
    expect(style).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/<(iframe|object|embed|base|form|link(?! rel="icon" href="data:,"))\b/i);
  });

  it('embeds its client data as escaped JSON that parses back', () => {
    const { data } = parts(html);
    expect(data).not.toMatch(/[<>&\u2028\u2029]/);
    const parsed = JSON.parse(data) as { cards: Array<{ id: string; rows: Array<{ id: string }> }> };
    expect(parsed.cards.length).toBeGreaterThan(0);
    for (const c of parsed.cards) {
      expect(html).toContain(`id="${c.id}"`);
      for (const r of c.rows) expect(html).toContain(`id="${r.id}"`);
    }
  });

  it('has the sections a client expects', () => {
    for (const id of ['summary', 'findings', 'coverage', 'frameworks', 'partners', 'guests', 'rules'])
      expect(html).toContain(`<section id="${id}"`);
    // The per-framework view names each framework and counts its controls by outcome.
    const fw = html.slice(html.indexOf('<section id="frameworks"'), html.indexOf('<section id="partners"'));
    expect(fw).toMatch(
      /<summary>CIS Microsoft 365 Foundations Benchmark[^<]* — \d+ controls in scope: \d+ passed, \d+ failed, \d+ not assessed/,
    );
    expect(fw).toContain('CISA SCuBA');
    expect(html).toContain('What matters most');
    expect(html).toContain('Findings by severity');
    expect(html).toContain('Guests by last sign-in');
    expect(html).toContain('Pending invitations by age');
    expect(html).toContain('Partner organisations by trust');
    // The identity providers guests can use: an inventory beside the partners, whatever the profile.
    const partners = html.slice(html.indexOf('<section id="partners"'), html.indexOf('<section id="guests"'));
    expect(partners).toContain('<h3>Identity providers guests can use</h3>');
    expect(partners).toMatch(
      /<td class="name">Microsoft Entra ID \(accounts of other organisations\)<\/td><td class="cell-(on|off|unknown)">/,
    );
    expect(html).toContain('az rest --method');
    expect(html).toContain('Microsoft Graph request');
    expect(html).toContain('report.xlsx');
    // Every failing rule has a card; every not-assessed rule is in Coverage with its reason.
    for (const r of result.rules.filter((x) => x.status === 'fail')) expect(html).toContain(`<code>${r.id}</code>`);
    const covered = html.slice(html.indexOf('<section id="coverage"'), html.indexOf('<section id="frameworks"'));
    for (const r of result.rules.filter((x) => x.status === 'not-assessed')) expect(covered).toContain(`<code>${r.id}</code>`);
  });

  it('is the same bytes for the same input', () => {
    expect(htmlReport(JSON.parse(JSON.stringify(result)) as Result, structuredClone(snapshot))).toBe(html);
  });

  it('summarises a huge tenant without growing: lists are capped and the rest points to the XLSX', () => {
    const big = fixtureSnapshot('base');
    const g0 = big.data.guests![0]!;
    const n = 100_000;
    big.data.guests = Array.from({ length: n }, (_, i) => ({
      ...g0,
      id: `7a1c0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      displayName: `Guest ${i}`,
      signInActivity: { lastSuccessfulSignInDateTime: new Date(Date.UTC(2025, 0, 1) - (i % 500) * 86_400_000).toISOString() },
    }));
    const bigResult = evaluateSnapshot(big);
    expect(bigResult.findings.length).toBeGreaterThanOrEqual(n);
    const bigHtml = htmlReport(bigResult, big);
    // The page carries a search index of the unlisted findings, bounded at about 2 MB however big the tenant.
    expect(bigHtml.length).toBeLessThan(2_600_000);
    const staleTable = bigHtml.slice(bigHtml.indexOf('Longest without a sign-in'));
    expect((staleTable.match(/<tr><td class="name">/g) ?? []).length).toBe(25);
    expect(bigHtml).toMatch(
      /Showing the 25 most pressing of 100,000; 99,975 more are in report\.xlsx \(sheet Findings, filter on rule guest-stale\), and every guest&#x27;s full record is in guests\.xlsx\./,
    );
    const { data } = parts(bigHtml);
    const parsed = JSON.parse(data) as { cards: Array<{ rows: unknown[]; more: string[] }>; indexPartial: boolean };
    for (const c of parsed.cards) expect(c.rows.length).toBeLessThanOrEqual(25);
    // Worst first: the guests longest without a sign-in are listed, not the first names in the alphabet.
    const card = bigHtml.slice(bigHtml.indexOf('Showing the 25 most pressing') - 40_000, bigHtml.indexOf('Showing the 25 most pressing'));
    expect(card).not.toContain('>Guest 0<');
    // The unlisted findings are searchable up to the budget, and the page says when the index is partial.
    const indexed = parsed.cards.reduce((n, c) => n + c.more.length, 0);
    expect(indexed).toBeGreaterThan(15_000);
    expect(parsed.indexPartial).toBe(true);
  });

  it('renders from a result alone, saying what the snapshot would add', () => {
    const alone = htmlReport(result, undefined);
    expect(alone).toContain('run gatehouse report with --snapshot');
    expect(alone).toContain('<section id="findings"');
  });

  it('shows changes since the last scan when the result carries a baseline', () => {
    const withBaseline: Result = {
      ...result,
      findings: result.findings.map((f, i) => ({ ...f, baselineState: i === 0 ? 'new' : 'unchanged' })),
      baseline: {
        source: 'previous/result.json',
        scannedAt: '2026-08-27T00:00:00Z',
        tenantId: result.tenant.id,
        counts: { new: 1, unchanged: result.findings.length - 1, updated: 0, resolved: 0 },
        resolved: [],
        ruleChanges: [],
      },
    };
    const page = htmlReport(withBaseline, snapshot);
    expect(page).toContain('id="changes-since-last-scan"');
    expect(page).toContain('Changes since the last scan (2026-08-27)');
    expect(page).toContain('href="#changes-since-last-scan"');
  });

  it('prints cleanly: details expanded, page breaks, repeated headers, controls hidden, colours kept', () => {
    const { style, code } = parts(html);
    const print = style.slice(style.indexOf('@media print'));
    expect(print).toMatch(/details::details-content\s*\{[^}]*content-visibility:\s*visible/);
    expect(print).toMatch(/section\s*\{[^}]*break-before:\s*page/);
    expect(print).toMatch(/thead\s*\{[^}]*display:\s*table-header-group/);
    expect(print).toMatch(/\.filters[^{]*\{[^}]*display:\s*none/);
    expect(print).toMatch(/print-color-adjust:\s*exact/);
    expect(code[0]).toContain("addEventListener('beforeprint'");
  });

  describe('brand logo', () => {
    const dir = tempDir();
    it('embeds an SVG only as a data: URI image, so its scripts cannot run', async () => {
      const svg = join(dir, 'logo.svg');
      writeFileSync(
        svg,
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>\n',
      );
      const logo = await loadBrandLogo(svg);
      expect(logo.dataUri).toMatch(/^data:image\/svg\+xml;base64,/);
      const page = htmlReport(result, snapshot, { brandLogo: logo, brandName: 'Contoso Consulting' });
      expect(page).toMatch(/<img class="logo" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/]+(&#x3D;)*" alt="Contoso Consulting">/);
      expect(page).not.toContain('alert(2)');
      expect(page).not.toContain('<svg xmlns="http://www.w3.org/2000/svg" width="10"');
    });
    it('accepts a real PNG by its signature', async () => {
      const png = join(dir, 'logo.png');
      writeFileSync(
        png,
        Buffer.from(
          '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ffa5d3c1a40000000049454e44ae426082',
          'hex',
        ),
      );
      expect((await loadBrandLogo(png)).dataUri).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    });
    it('rejects anything else, naming the file', async () => {
      const fake = join(dir, 'logo.png.html');
      writeFileSync(fake, '<html><script>alert(1)</script></html>');
      await expect(loadBrandLogo(fake)).rejects.toThrow(InputError);
      await expect(loadBrandLogo(fake)).rejects.toThrow(/neither a PNG .* nor an SVG/);
      await expect(loadBrandLogo(join(dir, 'missing.png'))).rejects.toThrow(/does not exist/);
      const entity = join(dir, 'entity.svg');
      writeFileSync(entity, '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>');
      await expect(loadBrandLogo(entity)).rejects.toThrow(InputError);
    });
  });

  describe('hostile strings', () => {
    const { snapshot: hs, result: hr, rules } = hostileResult();
    const page = htmlReport(hr, hs, { rules, title: HOSTILE.dq, brandName: HOSTILE.script });

    it('appear only escaped: no tag, attribute or URL from tenant data', () => {
      // Markup only: the JSON data block holds the raw strings as inert, escaped data (checked below).
      const markup = page.replace(/<script type="application\/json" id="report-data">[\s\S]*?<\/script>/, '');
      expect(markup).not.toContain('<script>window.__pwned');
      expect(markup).not.toContain('<img src=x');
      expect(markup).not.toContain('<svg/onload');
      expect(markup).not.toMatch(/\son(error|load|mouseover|focus)\s*=/i);
      expect(markup).not.toMatch(/(href|src)="javascript:/i);
      expect(page).toContain('&lt;script&gt;window.__pwned&#x3D;1;alert(1)&lt;/script&gt;');
      expect(page).toContain('&quot; onmouseover&#x3D;&quot;window.__pwned&#x3D;1&quot;');
      // Bidi overrides and XML non-characters are dropped; names are clipped.
      expect(page).not.toMatch(/[\u202e\ufffe\uffff]/);
      expect(page).not.toContain('L'.repeat(1000));
      expect(page).toContain('👩‍💻🔥 Zoë &amp; “quotes”');
      expect(parts(page).scriptCount).toBe(2);
    });

    it('keep `</script>` inside the JSON data block inert and round-trip it', () => {
      const { data } = parts(page);
      expect(data).not.toContain('<');
      const text = (JSON.parse(data) as { cards: Array<{ rows: Array<{ text: string }> }> }).cards
        .flatMap((c) => c.rows.map((r) => r.text))
        .join('\n');
      expect(text).toContain('</script><script>window.__pwned=1;alert(1)</script><!--');
      expect(text).toContain('line separator paragraph');
    });

    it('are planted in guest names and domains, partner names and domains, connector URLs and policy names', () => {
      const d = hs.data;
      for (const [key, payload] of Object.entries(HOSTILE)) {
        expect(
          d.guests!.some((g) => g.displayName === payload),
          `guest ${key}`,
        ).toBe(true);
        expect(
          d.crossTenantAccessPartners!.some((p) => p.displayName === payload),
          `partner ${key}`,
        ).toBe(true);
        expect(
          d.conditionalAccessPolicies!.some((p) => p.displayName === payload),
          `policy ${key}`,
        ).toBe(true);
        if (key !== 'long') {
          expect(
            d.guests!.some((g) => g.mail?.endsWith(`@${payload}.example`)),
            `guest domain ${key}`,
          ).toBe(true);
          expect(
            d.apiConnectors!.some((c) => c.targetUrl?.includes(payload)),
            `connector URL ${key}`,
          ).toBe(true);
        }
      }
    });

    it('make the shipped rules fail on those objects, so they reach findings without any test-only rule', () => {
      const shipped = hr.findings.filter((f) => !f.ruleId.startsWith('probe-'));
      for (const type of [
        'user',
        'identityApiConnector',
        'customAuthenticationExtension',
        'crossTenantAccessPolicyConfigurationPartner',
        'conditionalAccessPolicy',
      ]) {
        expect(
          shipped.some(
            (f) =>
              f.resource.type === type &&
              Object.values(HOSTILE).some((h) => (f.resource.displayName ?? '') === h || f.message.includes(h.slice(0, 40))),
          ),
          type,
        ).toBe(true);
      }
    });

    it('reach the report from guests, partners, connectors and policies', () => {
      const findings = page.slice(page.indexOf('<section id="findings"'), page.indexOf('<section id="coverage"'));
      for (const probe of ['probe-guest', 'probe-partner', 'probe-connector', 'probe-ca-policy'])
        expect(findings).toContain(`<code>${probe}</code>`);
      expect(findings).toContain('javascript:window.__pwned&#x3D;1;alert(1)');
    });
  });
});
