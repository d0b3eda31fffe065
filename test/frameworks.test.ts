import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { CATALOG_ROWS, FRAMEWORK_IDS, FRAMEWORKS, findControl, unknownMappings } from '../src/frameworks/index.js';

describe('framework catalogues', () => {
  it('every framework id a rule maps to exists in its catalogue (all rules in RULES)', () => {
    const problems = RULES.flatMap((r) => unknownMappings(r.meta.frameworks).map((m) => `${r.meta.id} → ${m}`));
    expect(problems).toEqual([]);
  });

  it('rules map only to known framework keys', () => {
    for (const r of RULES)
      for (const key of Object.keys(r.meta.frameworks ?? {})) expect(FRAMEWORK_IDS, `${r.meta.id}: ${key}`).toContain(key);
  });

  it('ids are unique within each catalogue and titles are short summaries of our own', () => {
    for (const f of FRAMEWORK_IDS) {
      const ids = FRAMEWORKS[f].controls.map((c) => c.id);
      expect(new Set(ids).size, f).toBe(ids.length);
      for (const c of FRAMEWORKS[f].controls) {
        expect(c.title.length, `${f}:${c.id}`).toBeGreaterThan(5);
        // Benchmark recommendations start with "Ensure …"; our titles state the control instead of copying them.
        expect(c.title, `${f}:${c.id}`).not.toMatch(/^Ensure\b/);
        expect(c.title.length, `${f}:${c.id}`).toBeLessThanOrEqual(100);
      }
    }
  });

  it('the merged catalogue holds the 31 rows merged from peer tools, then the rows gatehouse added', () => {
    const ids = CATALOG_ROWS.filter((r) => !r.addedByGatehouse).map((r) => r.id);
    expect(ids).toHaveLength(31);
    const expected = [
      ...Array.from({ length: 10 }, (_, i) => `EI-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 8 }, (_, i) => `XT-0${i + 1}`),
      ...Array.from({ length: 7 }, (_, i) => `LC-0${i + 1}`),
      'PR-01',
      'PR-02',
      ...Array.from({ length: 4 }, (_, i) => `CA-0${i + 1}`),
    ];
    expect(ids).toEqual(expected);
    // Added rows come after the merged ones, under prefixes of their own areas, and say what they are.
    const added = CATALOG_ROWS.filter((r) => r.addedByGatehouse);
    expect(CATALOG_ROWS.slice(31)).toEqual(added);
    for (const r of added) expect(r.id, r.id).toMatch(/^(EI|XT|LC|PR|CA|SP|TM|WL)-\d{2}$/);
    expect(new Set(CATALOG_ROWS.map((r) => r.id)).size).toBe(CATALOG_ROWS.length);
  });

  it('a row gatehouse cannot judge says why, and no rule maps to it', () => {
    for (const row of CATALOG_ROWS.filter((r) => r.outOfScope)) {
      expect(row.outOfScope!.length, row.id).toBeGreaterThan(20);
      expect(
        RULES.filter((r) => r.meta.frameworks?.catalog?.includes(row.id)).map((r) => r.meta.id),
        row.id,
      ).toEqual([]);
    }
    for (const row of CATALOG_ROWS.filter((r) => !r.outOfScope)) {
      expect(
        RULES.some((r) => r.meta.frameworks?.catalog?.includes(row.id)),
        `${row.id} has no rule`,
      ).toBe(true);
    }
  });

  it("every catalogue row's peer ids resolve in the peer catalogues", () => {
    const problems = CATALOG_ROWS.flatMap((row) => unknownMappings(row.peers).map((m) => `${row.id} → ${m}`));
    expect(problems).toEqual([]);
  });

  it('lookup is exact: case and version suffix matter', () => {
    expect(findControl('eidsca', 'EIDSCA.AP04')?.id).toBe('EIDSCA.AP04');
    expect(findControl('eidsca', 'eidsca.ap04')).toBeUndefined();
    expect(findControl('cisa-scuba', 'MS.AAD.8.2v1')).toBeDefined();
    expect(findControl('cisa-scuba', 'MS.AAD.8.2')).toBeUndefined();
    expect(unknownMappings({ 'cis-m365': ['5.1.6.3', '9.9.9'], nonsense: ['x'] })).toEqual(['cis-m365:9.9.9', 'nonsense:x']);
  });

  it('every rule that maps to a peer control also names its catalogue row, when the catalogue has one', () => {
    for (const r of RULES) {
      const fw = r.meta.frameworks ?? {};
      const peers = Object.entries(fw).filter(([k]) => k !== 'catalog');
      if (!peers.length) continue;
      const rows = fw.catalog ?? [];
      const rowPeerIds = new Set(rows.flatMap((id) => Object.values(CATALOG_ROWS.find((row) => row.id === id)?.peers ?? {}).flat()));
      for (const [, ids] of peers)
        for (const id of ids ?? [])
          expect(rowPeerIds.has(id), `${r.meta.id}: ${id} is in none of its catalogue rows ${rows.join(', ') || '(none)'}`).toBe(true);
    }
  });
});
