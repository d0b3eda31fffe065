import { RULES } from '../../../rules/index.js';
import type { Result } from '../../../src/engine/result.types.js';
import { guestStatsOf, type GuestStats } from '../../../src/engine/diff.js';
import { evaluate } from '../../../src/engine/run.js';
import { guestStatistics } from '../../../src/model/guest-statistics.js';
import type { SnapshotEvidence } from '../../../src/render/index.js';
import { separateGuests } from '../../../src/snapshot/guests.js';
import type { Snapshot } from '../../../src/snapshot/snapshot.types.js';
import { result as resultValidator } from '../../../src/engine/result.validators.js';

export const AS_OF = '2026-11-27T00:00:00Z';

/** Evaluate with every shipped rule at a fixed reference time, as `scan --as-of` would. */
export function evaluateAt(snapshot: Snapshot, asOf = AS_OF): Result {
  return evaluate(snapshot, { rules: RULES, asOf: new Date(asOf), now: new Date(asOf), snapshotSha256: '0'.repeat(64) });
}

/** Evaluated as `gatehouse diff` does for a snapshot: as of its collection time. */
export function evaluatedSide(
  name: string,
  snapshot: Snapshot,
): { file: string; kind: 'snapshot'; snapshot: Snapshot; result: Result; guestStats: GuestStats } {
  return {
    file: name,
    kind: 'snapshot',
    snapshot,
    result: evaluateAt(snapshot, snapshot.collectedAt),
    guestStats: guestStatsOf(snapshot.data.guests ?? []),
  };
}

/** What the pipeline hands the renderers for a whole snapshot object: the snapshot, its guests, their statistics. */
export function evidenceOf(whole: Snapshot, asOf = AS_OF): SnapshotEvidence {
  const statistics = guestStatistics(whole, whole.data.guests ?? [], new Date(asOf));
  return { ...separateGuests(whole), ...(statistics ? { statistics } : {}) };
}

/** Assert a result still satisfies result.schema.json (what renderers and `diff` read back). */
export function schemaErrors(result: unknown): string[] {
  const validate = resultValidator;
  return validate(result) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Every array reversed, recursively (except the one list whose order is the setting): a pure reordering. */
export function reverseArrays<T>(value: T, path = ''): T {
  if (Array.isArray(value)) {
    const items = value.map((x) => reverseArrays(x, path));
    return (path.endsWith('primaryIdentityProviderPrecedenceOrder') ? items : items.reverse()) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reverseArrays(v, `${path}.${k}`)])) as T;
  }
  return value;
}
