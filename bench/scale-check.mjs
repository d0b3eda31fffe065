#!/usr/bin/env node
// Correctness at scale: generate a synthetic tenant with N guests (default 1,000,000) as ONE snapshot
// file, scan it with the real CLI, and require the finding counts of the guest rules to equal what the generator
// planted. Timings are printed for information only; this check asserts counts, never speed.
// Usage: node bench/scale-check.mjs [--guests N] [--keep]   (run `npm run compile` first)
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTenantSnapshot } from '../dist/src/synth/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const guests = Number(arg('--guests', '1000000'));
const asOf = '2026-11-27T00:00:00Z';
const work = join(root, '.tmp', `scale-${guests}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const snapshotPath = join(work, 'snapshot.json');

let t = Date.now();
const truth = await writeTenantSnapshot(snapshotPath, { seed: 7, guests, partners: 50, caPolicies: 30, preset: 'scale', asOf });
console.error(
  `generated ${guests} guests in ${((Date.now() - t) / 1000).toFixed(1)} s (${(statSync(snapshotPath).size / 1e6).toFixed(0)} MB)`,
);

t = Date.now();
const out = join(work, 'out');
const run = spawnSync(
  process.execPath,
  [join(root, 'bin', 'gatehouse.js'), 'scan', '--snapshot', snapshotPath, '--out', out, '--format', 'json', '--as-of', asOf, '--quiet'],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
if (run.status !== 0) {
  console.error(run.stderr);
  console.error(`scan exited ${run.status}`);
  process.exit(1);
}
console.error(`scanned in ${((Date.now() - t) / 1000).toFixed(1)} s`);

// Count findings per rule by streaming result.json line by line (it holds one finding per line, and at this size
// it is larger than one JavaScript string can be).
const counts = new Map();
for await (const line of createInterface({ input: createReadStream(join(out, 'result.json')), crlfDelay: Infinity })) {
  const m = /^ {4}\{"id":"[0-9a-f]{64}","ruleId":"([a-z0-9-]+)"/.exec(line);
  if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
}
const expected = {
  'guest-stale': truth.guests.stale,
  'guest-invitation-pending': truth.guests.pendingOverdue,
  'guest-domain-not-allowlisted': truth.guests.domainNotAllowed,
  'guest-without-sponsor': truth.guests.withoutSponsor,
  'guest-external-member': truth.guests.externalMembers,
};
let failed = 0;
for (const [rule, want] of Object.entries(expected)) {
  const got = counts.get(rule) ?? 0;
  const ok = got === want;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${rule}: ${got} findings, generator planted ${want}`);
}
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
console.log(`scale check (${guests} guests): ${Object.keys(expected).length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
