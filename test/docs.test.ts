import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { packagePath } from '../src/paths.js';
import { CATALOG_ROWS } from '../src/frameworks/index.js';
import { rulesMarkdown, withCatalogue, withRuleOptions } from '../src/render/rules-doc.js';

const DOC = packagePath('docs', 'rules.md');
const README = packagePath('README.md');
const HOW =
  'regenerate it with `node bin/gatehouse.js rules --format md --out docs/rules.md` (after `npm run compile`) or `GATEHOUSE_UPDATE_DOCS=1 npx vitest run test/docs.test.ts`';

describe('docs/rules.md', () => {
  const generated = rulesMarkdown(RULES);
  if (process.env.GATEHOUSE_UPDATE_DOCS === '1') {
    writeFileSync(DOC, generated);
    writeFileSync(README, withCatalogue(withRuleOptions(readFileSync(README, 'utf8'), RULES), RULES));
  }

  it('is committed', () => {
    expect(existsSync(DOC), `docs/rules.md is missing: ${HOW}`).toBe(true);
  });

  it("matches the rules' metadata (fails when stale)", () => {
    const committed = readFileSync(DOC, 'utf8');
    if (committed !== generated) {
      const a = committed.split('\n');
      const b = generated.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(
        `docs/rules.md is stale (first difference at line ${line + 1}: committed ${JSON.stringify(a[line] ?? '<end>')}, generated ${JSON.stringify(b[line] ?? '<end>')}); ${HOW}`,
      );
    }
  });

  it('documents every rule with its id, severity, sections, remediation and references', () => {
    for (const r of RULES) {
      expect(generated).toContain(`### \`${r.meta.id}\``);
      for (const s of r.meta.requires) expect(generated).toContain(`\`${s}\``);
      for (const ref of r.meta.references) expect(generated).toContain(ref.url);
      for (const o of Object.keys(r.meta.options?.defaults ?? {})) expect(generated).toContain(`\`${o}\``);
    }
  });

  it('is deterministic', () => {
    expect(rulesMarkdown(RULES)).toBe(generated);
  });
});

describe('README.md rule options', () => {
  it('lists every option of every rule with its default (fails when stale)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(
      withRuleOptions(readme, RULES) === readme,
      `the rule-options block of README.md is stale: run \`GATEHOUSE_UPDATE_DOCS=1 npx vitest run test/docs.test.ts\``,
    ).toBe(true);
    for (const r of RULES)
      for (const o of Object.keys(r.meta.options?.defaults ?? {}))
        expect(readme).toContain(`[\`${r.meta.id}\`](docs/rules.md#${r.meta.id}) | \`${o}\``);
  });
});

describe('README.md catalogue', () => {
  it('lists every catalogue row with its rules, and what stays out of reach and why (fails when stale)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(
      withCatalogue(readme, RULES) === readme,
      `the catalogue block of README.md is stale: run \`GATEHOUSE_UPDATE_DOCS=1 npx vitest run test/docs.test.ts\``,
    ).toBe(true);
    for (const row of CATALOG_ROWS) expect(readme).toMatch(new RegExp(`^\\| ${row.id} \\|`, 'm'));
    expect(readme).toMatch(/^\| TM-01 \|[^\n]*out of reach: Teams external access[^\n]*no Microsoft Graph API/m);
  });
});
