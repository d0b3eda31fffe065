import { describe, expect, it } from 'vitest';
import type { Finding, Result } from '../../src/engine/result.types.js';
import { summarise } from '../../src/engine/run.js';
import { MARKDOWN_BUDGET_BYTES, mdCode, mdText, renderMarkdown } from '../../src/render/markdown.js';
import { HOSTILE, evaluateSnapshot, hostileResult, realisticSnapshot } from './support.js';

describe('Markdown summary', () => {
  const { snapshot } = realisticSnapshot();
  const result = evaluateSnapshot(snapshot);

  it('summarises counts, failing rules, coverage gaps with their fix, and the worst findings', () => {
    const md = renderMarkdown(result);
    expect(md).toMatch(/^## gatehouse — /);
    expect(md).toContain('| critical | high | medium | low | info | suppressed |');
    for (const r of result.rules.filter((x) => x.status === 'fail')) expect(md).toContain(`\`${r.id}\``);
    for (const r of result.rules.filter((x) => x.status === 'not-assessed')) expect(md).toContain(`\`${r.id}\``);
    if (result.rules.some((r) => r.status === 'not-assessed' && r.fix?.permissions?.length)) expect(md).toContain('**Fix:** grant');
    expect(md).toContain('report.xlsx');
  });

  it('stays under 1 MiB whatever the result holds', () => {
    const huge: Finding[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: i.toString(16).padStart(64, '0'),
      ruleId: 'guest-stale',
      status: 'fail',
      severity: 'medium',
      resource: { type: 'user', id: String(i) },
      messageId: 'm',
      message: 'x'.repeat(5000),
    }));
    const rules = Array.from({ length: 5000 }, (_, i) => ({
      id: `rule-${i}`,
      title: 'T'.repeat(300),
      severity: 'high' as const,
      category: 'guests',
      status: (i % 2 ? 'fail' : 'not-assessed') as 'fail' | 'not-assessed',
      reason: 'R'.repeat(500),
      findingCount: 1,
    }));
    const big: Result = { ...result, rules, findings: huge, summary: summarise(rules, huge) };
    const md = renderMarkdown(big, { maxFindings: 20_000 });
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MARKDOWN_BUDGET_BYTES);
    expect(md).toMatch(/cut to stay under 1 MiB|left out to keep this summary under 1 MiB/);
  });

  it('neutralises hostile strings: no HTML, links, mentions, references, table breaks or bidi tricks', () => {
    const { result: hr } = hostileResult();
    const md = renderMarkdown(hr, { maxFindings: 500 });
    expect(md).not.toMatch(/<(script|img|svg)/i);
    expect(md).not.toContain('](javascript:');
    expect(md).not.toMatch(/@everyone/);
    expect(md).not.toMatch(/(^|[^\\])#1\b/);
    expect(md).not.toMatch(/https?:\/\//);
    expect(md).not.toMatch(/[\u202e\u2028\u2029\ufffe\uffff]/);
    // Every table row still has exactly its columns: no pipe from tenant data splits a cell.
    for (const line of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|---'))) {
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      expect([4, 6]).toContain(cells);
    }
    expect(mdText(HOSTILE.markdown)).toBe('\\[click\\]\\(javascript:alert\\(1\\)\\) @\u200beveryone \\#\u200b1 \\`code\\` \\| pipe');
    expect(mdCode('a`b\nc')).toBe('`a b c`');
  });
});
