import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloudAvailabilityMarkdown } from '../../src/collect/clouds.js';
import { CLOUD_NAMES } from '../../src/graph/cloud.js';
import { packagePath } from '../../src/paths.js';
import { betaAvailable, graphSchema } from '../../src/simulator/metadata/index.js';
import { judgeRequest } from '../../src/simulator/metadata/judge.js';
import { SECTIONS, SECTION_NAMES } from '../../src/snapshot/sections.js';
import { CLOUDS_WITHOUT_TENANT_RESTRICTIONS } from '../../src/xtap/resolve.js';
import { reportFigure } from './figures.js';

const README = packagePath('README.md');
const BLOCK = /<!-- national-clouds:start -->\n([\s\S]*?)<!-- national-clouds:end -->/;

/** Does Microsoft say this section's API exists in this cloud? v1.0: the cloud's metadata; beta: Learn's table. */
function offered(name: (typeof SECTION_NAMES)[number], cloud: (typeof CLOUD_NAMES)[number]): { offered: boolean | undefined; by: string } {
  const info = SECTIONS[name];
  const [path = '', query = ''] = info.path.split('?');
  if (info.apiVersion === 'beta') {
    const doc = betaAvailable(path, cloud);
    return { offered: doc?.available, by: doc?.source ?? 'no documented national-cloud table' };
  }
  const v = judgeRequest('v1.0', cloud, path.split('/'), new URLSearchParams(query));
  return { offered: v.unknown.length ? undefined : !v.refusal, by: v.refusal?.message ?? `v1.0 metadata (${cloud})` };
}

describe("per-cloud availability claims match Microsoft's metadata and Learn's national-cloud tables", () => {
  const claims: Array<{ claim: string; ok: boolean; why: string }> = [];
  for (const name of SECTION_NAMES.filter((s) => !SECTIONS[s].evidenceOf)) {
    for (const cloud of CLOUD_NAMES) {
      const claimedAbsent = SECTIONS[name].absentIn?.includes(cloud) ?? false;
      const { offered: is, by } = offered(name, cloud);
      claims.push({
        claim: `${name} ${claimedAbsent ? 'absent from' : 'offered in'} ${cloud}`,
        ok: is !== undefined && is === !claimedAbsent,
        why: is === undefined ? `not judged: ${by}` : by,
      });
    }
  }
  for (const cloud of CLOUD_NAMES) {
    const schema = graphSchema('v1.0', cloud);
    for (const type of ['crossTenantAccessPolicyConfigurationDefault', 'crossTenantAccessPolicyConfigurationPartner']) {
      const has = !!schema.member(type, 'tenantRestrictions');
      const claimedAbsent = (CLOUDS_WITHOUT_TENANT_RESTRICTIONS as readonly string[]).includes(cloud);
      claims.push({
        claim: `${type}.tenantRestrictions ${claimedAbsent ? 'absent from' : 'present in'} ${cloud}`,
        ok: has === !claimedAbsent,
        why: `v1.0 metadata (${cloud}) ${has ? 'has' : 'lacks'} it`,
      });
    }
  }

  it('the section registry (absentIn) says what each cloud offers', () => {
    expect(claims.filter((c) => !c.ok).map((c) => `${c.claim}: wrong (${c.why})`)).toEqual([]);
  });

  it('the README table of national clouds is the one the registry generates', () => {
    const generated = cloudAvailabilityMarkdown();
    if (process.env.GATEHOUSE_UPDATE_DOCS === '1')
      writeFileSync(
        README,
        readFileSync(README, 'utf8').replace(BLOCK, `<!-- national-clouds:start -->\n${generated}<!-- national-clouds:end -->`),
      );
    const block = BLOCK.exec(readFileSync(README, 'utf8'))?.[1];
    claims.push({ claim: 'README national-cloud table = registry', ok: block === generated, why: 'README.md' });
    expect(
      block,
      'README.md national-clouds block is stale: run `GATEHOUSE_UPDATE_DOCS=1 npx vitest run test/conformance/clouds.test.ts`',
    ).toBe(generated);
  });

  it('reports the figures', () => {
    reportFigure({
      kind: 'cloud claims',
      checked: claims.length,
      ok: claims.filter((c) => c.ok).length,
      detail: [
        `${SECTION_NAMES.filter((s) => !SECTIONS[s].evidenceOf).length} sections × ${CLOUD_NAMES.length} clouds against the v1.0 Fairfax/Mooncake/global metadata and Learn's beta tables; tenant restrictions per cloud; the README table`,
        ...claims.filter((c) => c.claim.includes('absent')).map((c) => `${c.claim} (${c.why})`),
      ],
    });
    expect(claims.every((c) => c.ok)).toBe(true);
  });
});
