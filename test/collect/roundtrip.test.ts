import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { collectSnapshot } from '../../src/collect/collect.js';
import { evaluate } from '../../src/engine/run.js';
import { packagePath } from '../../src/paths.js';
import { modelFromSnapshot } from '../../src/simulator/model.js';
import { validateSnapshot } from '../../src/snapshot/load.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { clientFor, startSim } from '../simulator/harness.js';

const AS_OF = new Date('2026-11-27T00:00:00Z');

/** Every bundled snapshot whose sections are all ok or skipped: served by the simulator, it must come back the same. */
const fixtures = readdirSync(packagePath('fixtures', 'snapshots'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, snapshot: validateSnapshot(JSON.parse(readFileSync(packagePath('fixtures', 'snapshots', f), 'utf8')), f) }))
  .filter(({ snapshot }) => Object.values(snapshot.sections).every((s) => s && (s.status === 'ok' || s.status === 'skipped')));

/** Graph returns a selected-but-unset property as null; a snapshot may simply omit it. Compare modulo that. */
function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null)
        .map(([k, x]) => [k, withoutNulls(x)]),
    );
  return v;
}

function ruleStatuses(snapshot: Snapshot) {
  const result = evaluate(snapshot, { rules: RULES, asOf: AS_OF, now: AS_OF, snapshotSha256: '0'.repeat(64) });
  return Object.fromEntries(
    result.rules.map((r) => [
      r.id,
      {
        status: r.status,
        findings: result.findings
          .filter((f) => f.ruleId === r.id)
          .map((f) => f.id)
          .sort(),
      },
    ]),
  );
}

describe('fixture snapshots served by the simulator, collected, evaluated', () => {
  it('finds the fixtures (base at least)', () => {
    expect(fixtures.map((f) => f.name)).toContain('base.json');
  });

  for (const { name, snapshot } of fixtures) {
    it(`${name}: same data, same rule statuses and findings as scanning the snapshot directly`, async () => {
      const sim = await startSim({ model: modelFromSnapshot(snapshot) });
      const includeApiConnectors = snapshot.sections.apiConnectors?.status === 'ok';
      const { snapshot: collected, summary } = await collectSnapshot({ graph: clientFor(sim), cloud: 'custom', includeApiConnectors });
      // A section the fixture's tool did not collect is not served: only the fixture's own sections must come back.
      expect(summary.failed.filter((s) => s in snapshot.sections)).toEqual([]);
      for (const [section, status] of Object.entries(snapshot.sections)) {
        expect((collected.sections as Record<string, { status: string }>)[section]?.status, section).toBe(status!.status);
      }
      expect(collected.tenant.id).toBe(snapshot.tenant.id);
      const byId = (xs: unknown) => [...(xs as Array<{ id: string }>)].sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const [section, data] of Object.entries(snapshot.data)) {
        const got = (collected.data as Record<string, unknown>)[section];
        // Guests arrive from three queries (guests, then invited B2B members): order is Graph's, not the fixture's.
        expect(withoutNulls(section === 'guests' ? byId(got) : got), section).toEqual(
          withoutNulls(section === 'guests' ? byId(data) : data),
        );
      }
      const known = {
        ...collected,
        sections: Object.fromEntries(Object.entries(collected.sections).filter(([s]) => s in snapshot.sections)),
      } as Snapshot;
      expect(ruleStatuses(known)).toEqual(ruleStatuses(snapshot));
    });
  }
});
