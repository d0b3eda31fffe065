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
