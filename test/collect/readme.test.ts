import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { costTableMarkdown, permissionRows, sectionsMissingFor } from '../../src/collect/permissions.js';
import { CLOUD_NAMES } from '../../src/graph/cloud.js';
import { AUTH_MODES } from '../../src/graph/credential.js';
import { packagePath } from '../../src/paths.js';
import { SECTIONS, SECTION_NAMES } from '../../src/snapshot/sections.js';

const readme = readFileSync(packagePath('README.md'), 'utf8');

describe('README: collecting from a tenant', () => {
  it('"What each missing permission or licence costs" is the table the registry and rules generate', () => {
    const block = /<!-- permission-costs:start -->\n([\s\S]*?)<!-- permission-costs:end -->/.exec(readme)?.[1];
    expect(block, 'README markers').toBeDefined();
    // Out of date? Regenerate: node bin/gatehouse.js permissions --format markdown
    expect(block).toBe(costTableMarkdown(RULES));
  });

  it('documents every auth mode and every national cloud', () => {
    for (const mode of AUTH_MODES) expect(readme, mode).toContain(`| \`${mode}\``);
    for (const cloud of CLOUD_NAMES) expect(readme, cloud).toContain(`| \`${cloud}\``);
    expect(readme).toContain('GATEHOUSE_ACCESS_TOKEN');
    expect(readme).toContain('--graph-url');
  });
});

describe('section registry', () => {
  it('every section declares its requests, API version and least permission; write scopes are opt-in', () => {
    for (const s of SECTION_NAMES) {
      const info = SECTIONS[s];
      expect(info.requests.length, s).toBeGreaterThan(0);
      expect(info.permissions.length, s).toBeGreaterThan(0);
      if (!info.evidenceOf) expect(info.requests[0], s).toMatch(new RegExp(`^(GET|POST) /${info.apiVersion.replace('.', '\\.')}/`));
      if (info.writeScopeOnly) expect(info.optIn, s).toBe(true);
      for (const p of info.permissions) expect(p.includes('ReadWrite') ? Boolean(info.writeScopeOnly) : true, `${s}: ${p}`).toBe(true);
    }
    expect(
      permissionRows()
        .filter((r) => r.writeScope)
        .every((r) => r.optional),
    ).toBe(true);
  });

  it('the roles check knows the full set is enough and names what is missing otherwise', () => {
    const all = permissionRows()
      .filter((r) => !r.optional)
      .map((r) => r.permission);
    expect(sectionsMissingFor(all)).toEqual([]);
    expect(sectionsMissingFor(all.filter((p) => p !== 'AuditLog.Read.All'))).toEqual(['guestSignInActivity']);
    expect(sectionsMissingFor(all.filter((p) => p !== 'User.Read.All'))).toEqual(['guests', 'guestSignInActivity', 'guestSponsors']);
    expect(sectionsMissingFor(['Directory.Read.All'])).toContain('authorizationPolicy');
    expect(sectionsMissingFor(['Directory.Read.All'])).not.toContain('guests');
    expect(sectionsMissingFor(all, { includeApiConnectors: true })).toEqual(['apiConnectors']);
  });
});
