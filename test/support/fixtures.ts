import { readFileSync } from 'node:fs';
import { validateSnapshot } from '../../src/snapshot/load.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { packagePath } from '../../src/paths.js';

const cache = new Map<string, string>();

/** A fresh, validated copy of a bundled fixture snapshot (fixtures/snapshots/<name>.json). */
export function fixtureSnapshot(name: string): Snapshot {
  let text = cache.get(name);
  if (!text) {
    text = readFileSync(packagePath('fixtures', 'snapshots', `${name}.json`), 'utf8');
    cache.set(name, text);
  }
  return validateSnapshot(JSON.parse(text), `fixtures/snapshots/${name}.json`);
}

export const baseSnapshot = (): Snapshot => fixtureSnapshot('base');

/**
 * Rules that judge only under a stricter profile: under baseline they are not applicable (their baseline value records
 * without judging), so "every rule passes on the compliant base" allows that for them alone.
 */
export const STRICT_ONLY_RULES: ReadonlySet<string> = new Set(['ca-guest-phishing-resistant-mfa-missing']);

/** A rule result on the compliant base under the baseline profile: a pass, or not applicable for a strict-only rule. */
export const passesOnBase = (r: { id: string; status: string }): boolean =>
  r.status === 'pass' || (STRICT_ONLY_RULES.has(r.id) && r.status === 'not-applicable');
