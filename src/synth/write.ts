import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot } from '../snapshot/snapshot.types.js';
import { JsonFileWriter } from '../util/json-file.js';
import { GuestFactory } from './guests.js';
import { degradeSnapshot, generateTenant, tenantParts, type TenantTruth } from './tenant.js';
import { generateRealisticTenant } from './realistic.js';
import { GuestTally, type GuestTruth } from './truth.js';
import { buildWorld, type GenerateOptions } from './world.js';

/**
 * The bundled tenants: "Contoso Pharma", a mid-size company with a few hundred guests. `npm run fixtures` regenerates
 * fixtures/snapshots/demo.json (the company after a security review: most checks pass), every-check.json (the same
 * company with every check firing, for tests and for trying every part of the reports) and degraded.json (every-check
 * collected with missing permissions and licences) from these options; a test fails when the committed files differ
 * from what the generator produces.
 */
export const DEMO_OPTIONS: GenerateOptions = {
  seed: 20261127,
  guests: 350,
  partners: 12,
  caPolicies: 10,
  preset: 'demo',
  asOf: '2026-11-27T00:00:00Z',
};

/** Pretty JSON with a trailing newline; key order is the insertion order the generator fixes, so bytes are stable. */
export function snapshotToJson(snapshot: Snapshot): string {
  return JSON.stringify(snapshot, null, 2) + '\n';
}

/** File name → exact contents of the bundled fixtures. */
export function fixtureFiles(opts: GenerateOptions = DEMO_OPTIONS): Record<'demo.json' | 'every-check.json' | 'degraded.json', string> {
  const { snapshot } = generateTenant(opts);
  return {
    'demo.json': snapshotToJson(generateRealisticTenant(opts)),
    'every-check.json': snapshotToJson(snapshot),
    'degraded.json': snapshotToJson(degradeSnapshot(snapshot, opts.seed)),
  };
}

export async function writeFixtures(dir: string, opts: GenerateOptions = DEMO_OPTIONS): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of Object.entries(fixtureFiles(opts))) {
    const path = join(dir, name);
    await writeFile(path, text, 'utf8');
    written.push(path);
  }
  return written;
}

const SENTINEL = '\u0000gatehouse-synth-guests\u0000';

/**
 * Write a whole synthetic snapshot without holding its guests in memory: the small sections are serialised once,
 * the guest array is streamed into its place. With `pretty` the bytes equal `snapshotToJson(generateTenant(opts).snapshot)`.
 */
export async function writeTenantSnapshot(path: string, opts: GenerateOptions, options: { pretty?: boolean } = {}): Promise<TenantTruth> {
  const pretty = options.pretty ?? false;
  const { world, snapshot, facts } = tenantParts(opts);
  (snapshot.data as Record<string, unknown>).guests = SENTINEL;
  const text = pretty ? snapshotToJson(snapshot) : JSON.stringify(snapshot) + '\n';
  const marker = JSON.stringify(SENTINEL);
  const at = text.indexOf(marker);
  if (at < 0) throw new Error('guest placeholder missing from the serialised snapshot');
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const keyIndent = pretty ? (/^ */.exec(text.slice(lineStart)) as RegExpExecArray)[0] : '';
  const itemIndent = keyIndent + '  ';

  const out = await JsonFileWriter.open(path);
  await out.write(text.slice(0, at));
  const factory = new GuestFactory(world);
  const tally = new GuestTally(facts.asOf, false);
  if (opts.guests === 0) await out.write('[]');
  else {
    await out.write(pretty ? '[\n' : '[');
    for (let i = 0; i < opts.guests; i++) {
      const { user, flags } = factory.make(i);
      tally.add(flags);
      const item = pretty ? itemIndent + JSON.stringify(user, null, 2).replace(/\n/g, '\n' + itemIndent) : JSON.stringify(user);
      const pending = out.write(i === 0 ? item : (pretty ? ',\n' : ',') + item);
      if (pending) await pending;
    }
    await out.write(pretty ? `\n${keyIndent}]` : ']');
  }
  await out.write(text.slice(at + marker.length));
  await out.commit();
  return { ...facts, guests: tally.truth() };
}

/** Guests alone as NDJSON (one Graph user object per line), for simulators and loaders that page through them. */
export async function writeGuestsNdjson(path: string, opts: GenerateOptions): Promise<GuestTruth> {
  const world = buildWorld(opts);
  const factory = new GuestFactory(world);
  const tally = new GuestTally(new Date(world.asOfMs).toISOString(), false);
  const out = await JsonFileWriter.open(path);
  for (let i = 0; i < opts.guests; i++) {
    const { user, flags } = factory.make(i);
    tally.add(flags);
    const pending = out.write(JSON.stringify(user) + '\n');
    if (pending) await pending;
  }
  await out.commit();
  return tally.truth();
}
