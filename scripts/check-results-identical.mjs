#!/usr/bin/env node
// Behaviour check for refactors: scan every fixture with two builds of gatehouse and compare the bytes of what
// they write. result.json must be identical (its wall-clock `scannedAt` aside); summary.md and report.sarif are
// compared too and reported. Both builds read the same input files, taken from the AFTER tree.
//
// Usage: node scripts/check-results-identical.mjs <before-checkout> [<after-checkout>=.] [--no-large]
//   Each checkout must be built (`npm run compile`). A checkout of an older commit can be made with
//   `git worktree add --detach /tmp/before <commit>`, linking this tree's node_modules into it.
// Exit 0 when every result.json matches, 1 otherwise (the differing cases are listed with their first difference).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { firstDifference, scanArgs, scanCases, withoutScanTime } from './lib/scan-cases.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const large = !process.argv.includes('--no-large');
if (!args[0]) {
  console.error('usage: node scripts/check-results-identical.mjs <before-checkout> [<after-checkout>] [--no-large]');
  process.exit(2);
}
const before = resolve(args[0]);
const after = resolve(args[1] ?? '.');
for (const dir of [before, after]) {
  if (!existsSync(join(dir, 'dist', 'src', 'cli', 'main.js'))) {
    console.error(`${dir} is not a built gatehouse checkout (run npm run compile there)`);
    process.exit(2);
  }
}

const work = mkdtempSync(join(tmpdir(), 'gatehouse-identical-'));
// Both builds read the same input files, taken from the AFTER tree.
const cases = scanCases(after, work, { large });
// A fixed key: pseudonyms are then the same in both runs.
const env = { ...process.env, GATEHOUSE_REDACT_KEY: 'identical-check-key-0123456789abcdef', NO_COLOR: '1' };

function scan(root, c, out) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'gatehouse.js'), ...scanArgs(c, out, 'json,md,sarif')], {
    cwd: work,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stderr: r.stderr };
}

let different = 0;
for (const [i, c] of cases.entries()) {
  // Both builds write to the same folder name (result.json records where a redacted snapshot went), moved aside after.
  const outs = [before, after].map((root, j) => {
    const out = join(work, `case-${i}`, 'out');
    const run = scan(root, c, join(`case-${i}`, 'out'));
    const kept = join(work, `case-${i}`, j === 0 ? 'before' : 'after');
    mkdirSync(out, { recursive: true });
    renameSync(out, kept);
    return { out: kept, ...run };
  });
  const lines = [];
  let resultSame = outs[0].code === outs[1].code;
  if (!resultSame) lines.push(`  exit code ${outs[0].code} before, ${outs[1].code} after`);
  for (const name of ['result.json', 'summary.md', 'report.sarif']) {
    const [a, b] = outs.map((o) =>
      existsSync(join(o.out, name)) ? withoutScanTime(name, readFileSync(join(o.out, name), 'utf8')) : '<missing>',
    );
    if (a === b) continue;
    if (name === 'result.json') resultSame = false;
    lines.push(`  ${name} differs at ${firstDifference(a, b)}`);
  }
  if (!resultSame) different++;
  console.log(
    `${resultSame ? (lines.length ? 'same result, other output differs' : 'identical') : 'DIFFERENT'}  ${c.name}  (exit ${outs[1].code})`,
  );
  for (const l of lines) console.log(l);
}
rmSync(work, { recursive: true, force: true });
console.log(`${cases.length - different} of ${cases.length} cases give a byte-identical result.json`);
process.exit(different ? 1 : 0);
