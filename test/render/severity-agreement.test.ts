import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Result, Severity } from '../../src/engine/result.types.js';
import { SEVERITIES, severityRank } from '../../src/engine/severity.js';
import { packagePath } from '../../src/paths.js';
import { SECURITY_SEVERITY } from '../../src/render/sarif.js';
import { renderTerminalTable } from '../../src/render/terminal.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { tempDir } from './support.js';

/*
 * One severity model across every output. A finding has one severity; a check's headline severity is its worst
 * open finding's. Every output of a scan — result.json, report.html, report.xlsx, report.sarif (as GitHub and Azure
 * DevOps read it: the alert's severity comes from its rule's security-severity), summary.md and the terminal table —
 * must say the same, finding by finding and check by check. Run on the demo and on the tenant that fires every check
 * (where some checks grade their findings differently).
 */

interface SarifLog {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; properties: Record<string, unknown> }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      properties: { findingId: string; severity: string; aggregate?: boolean; gatehouseRule: string };
    }>;
  }>;
}

const SECURITY_TO_SEVERITY = new Map(Object.entries(SECURITY_SEVERITY).map(([k, v]) => [v, k as Severity]));

for (const fixture of ['demo', 'every-check']) {
  describe(`one severity per finding in every output (${fixture})`, () => {
    const dir = tempDir(`gatehouse-severity-${fixture}-`);
    let result: Result;
    const bySeverity = new Map<string, Severity>();

    beforeAll(async () => {
      const r = await cliInProcess([
        'scan',
        '--snapshot',
        packagePath('fixtures', 'snapshots', `${fixture}.json`),
        '--out',
        dir,
        '--as-of',
        '2026-11-27',
        '--quiet',
      ]);
      expect(r.code, r.stderr).toBeLessThan(2);
      result = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')) as Result;
      for (const f of result.findings) bySeverity.set(f.id, f.severity);
    });

    it('result.json: each check is as severe as its worst open finding', () => {
      expect(result.findings.length).toBeGreaterThan(0);
      for (const r of result.rules) {
        const open = result.findings.filter((f) => f.ruleId === r.id && f.status !== 'suppressed');
        if (!open.length) continue;
        const worst = open.map((f) => f.severity).sort((a, b) => severityRank(a) - severityRank(b))[0];
        expect(r.severity, r.id).toBe(worst);
      }
      for (const s of SEVERITIES)
        expect(result.summary.findingsBySeverity[s] ?? 0, s).toBe(
          result.findings.filter((f) => f.status !== 'suppressed' && f.severity === s).length,
        );
    });

    it('report.sarif: every alert shows its finding severity (security-severity of its rule)', () => {
      const run = (JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')) as SarifLog).runs[0]!;
      expect(run.results.length).toBeGreaterThan(0);
      for (const res of run.results) {
        const rule = run.tool.driver.rules[res.ruleIndex]!;
        expect(rule.id).toBe(res.ruleId);
        const shown = SECURITY_TO_SEVERITY.get(String(rule.properties['security-severity']));
        if (res.properties.aggregate) {
          expect(shown).toBe(res.properties.severity);
          continue;
        }
        expect(shown, res.ruleId).toBe(bySeverity.get(res.properties.findingId));
        expect(res.properties.severity).toBe(bySeverity.get(res.properties.findingId));
      }
    });

    it('report.xlsx: the Findings sheet gives each finding its severity; the Rules sheet each check its headline', () => {
      const book = XLSX.read(readFileSync(join(dir, 'report.xlsx')), { type: 'buffer', cellDates: true });
      const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Findings!);
      expect(rows).toHaveLength(result.findings.length);
      for (const row of rows) expect(row.Severity, String(row['Finding id'])).toBe(bySeverity.get(String(row['Finding id'])));
      const rules = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Rules!);
      for (const r of result.rules) expect(rules.find((x) => x.Rule === r.id)?.Severity, r.id).toBe(r.severity);
    });

    it('report.html: each listed finding sits in a card of its severity; All checks shows each headline', () => {
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      const cards = html.split('<article class="rule-card ').slice(1);
      let seen = 0;
      for (const card of cards) {
        const sev = /^sev-(\w+)/.exec(card)![1];
        const body = card.slice(0, card.indexOf('</article>'));
        for (const m of body.matchAll(/title="([0-9a-f]{64})"/g)) {
          expect(sev, m[1]).toBe(bySeverity.get(m[1]!));
          seen++;
        }
      }
      expect(seen).toBeGreaterThan(0);
      const all = html.slice(html.indexOf('<section id="rules">'));
      for (const r of result.rules) {
        const row = all.slice(all.indexOf(`<code>${r.id}</code>`) - 400, all.indexOf(`<code>${r.id}</code>`));
        expect(row.match(/badge sev-(\w+)/g)?.at(-1), r.id).toBe(`badge sev-${r.severity}`);
      }
    });

    it('summary.md: listed findings and failing checks agree, and the counts add up', () => {
      const md = readFileSync(join(dir, 'summary.md'), 'utf8');
      const byPrefix = new Map(result.findings.map((f) => [f.id.slice(0, 12), f.severity]));
      let seen = 0;
      for (const m of md.matchAll(/^\| (\w+) \| `[^`]+` \| .* \| `([0-9a-f]{12})` \|$/gm)) {
        expect(m[1], m[2]).toBe(byPrefix.get(m[2]!));
        seen++;
      }
      expect(seen).toBeGreaterThan(0);
      const failing = md.slice(md.indexOf('### Failing rules'));
      for (const r of result.rules.filter((x) => x.status === 'fail')) {
        const line = new RegExp(`^\\| (\\w+) \\| \`${r.id}\` \\| (\\d+)(?: \\(([^)]*)\\))? \\|`, 'm').exec(failing)!;
        expect(line, r.id).not.toBeNull();
        expect(line[1], r.id).toBe(r.severity);
        const open = result.findings.filter((f) => f.ruleId === r.id && f.status !== 'suppressed');
        const kinds = new Set(open.map((f) => f.severity));
        if (kinds.size > 1) for (const s of kinds) expect(line[3], r.id).toContain(`${open.filter((f) => f.severity === s).length} ${s}`);
        else expect(line[3], r.id).toBeUndefined();
      }
    });

    it('the terminal table shows each check at its headline severity', () => {
      const table = renderTerminalTable(result);
      for (const r of result.rules) expect(table, r.id).toMatch(new RegExp(`^${r.status}\\s+${r.severity}\\s+\\d+\\s+${r.id}$`, 'm'));
    });
  });
}
