import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUEST_PROPERTIES } from '../../src/collect/guests.js';
import { packagePath } from '../../src/paths.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { findComparisons } from './enums.js';
import { checkSnapshot } from './properties.js';
import { problemsOf, recordCloud } from './record.js';
import type { Collector } from '../../src/collect/types.js';
import { guestQuery } from '../../src/collect/guests.js';

/** The conformance checks catch what they exist for: a typo planted in a $select, an enum literal, a fixture property. */
describe('a planted typo turns the conformance test red, naming the name and the Graph type', () => {
  it("a misspelt $select property in a collector's request", async () => {
    // The guest collector's request with one property misspelt, recorded like the real scan.
    const typo: Collector = {
      sections: ['guests'],
      run: async (ctx) => {
        const q = guestQuery({ signIn: false, sponsors: false }, 999);
        q.query.$select = q.query.$select.replace('displayName', 'displayNmae');
        await ctx.graph.forEachPage(q, () => undefined).catch(() => undefined);
        return {};
      },
    };
    expect(GUEST_PROPERTIES).toContain('displayName');
    const rec = await recordCloud('global', { collectors: [typo], maxRounds: 1 });
    expect(problemsOf(rec, 'global')).toEqual([
      expect.stringContaining("Could not find a property named 'displayNmae' on type 'microsoft.graph.user'"),
    ]);
  });

  it('a misspelt enum literal in model code', () => {
    const file = packagePath('src', 'model', 'conditional-access.ts');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("case 'enabledforreportingbutnotenforced':");
    const planted = text.replace("case 'enabledforreportingbutnotenforced':", "case 'enabledforreportingbutnotenforcd':");
    const bad = findComparisons(new Map([[file, planted]])).filter((c) => !c.ok && c.literal === 'enabledforreportingbutnotenforcd');
    expect(bad).toEqual([
      expect.objectContaining({
        file: 'src/model/conditional-access.ts',
        verdict: 'graph-enum',
        enumName: 'microsoft.graph.conditionalAccessPolicyState',
      }),
    ]);
  });

  it('a misspelt enum literal compared directly in a rule', () => {
    const file = packagePath('rules', 'invite-domain-allowlist-missing.ts');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("allowInvitesFrom === 'none'");
    const bad = findComparisons(new Map([[file, text.replace("allowInvitesFrom === 'none'", "allowInvitesFrom === 'nnone'")]])).filter(
      (c) => !c.ok && c.literal === 'nnone',
    );
    expect(bad).toEqual([expect.objectContaining({ literal: 'nnone', enumName: 'microsoft.graph.allowInvitesFrom' })]);
  });

  it('a misspelt property in a fixture snapshot', () => {
    const snapshot = fixtureSnapshot('base');
    const guest = snapshot.data.guests![0]! as Record<string, unknown>;
    guest.externalUserStat = guest.externalUserState;
    delete guest.externalUserState;
    expect(checkSnapshot(snapshot, 'base.json').problems).toEqual([
      "base.json: $.data.guests[0].externalUserStat: Could not find a property named 'externalUserStat' on type 'microsoft.graph.user'",
    ]);
  });

  it('a gatehouse field that the schema does not mark is a problem too', () => {
    const snapshot = fixtureSnapshot('base');
    (snapshot.data.crossTenantAccessPartners![0]! as Record<string, unknown>).partnerLabel = 'added by a collector';
    expect(checkSnapshot(snapshot, 'base.json').problems).toEqual([
      "base.json: $.data.crossTenantAccessPartners[0].partnerLabel: Could not find a property named 'partnerLabel' on type 'microsoft.graph.crossTenantAccessPolicyConfigurationPartner'",
    ]);
  });
});
