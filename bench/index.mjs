#!/usr/bin/env node
// `npm run bench`: every benchmark, one after another, each through its own npm script (which builds first):
// bench:collect (collection against the simulator), then bench:render (evaluate + render) when it exists.
// Nothing is asserted; each prints its own table.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scripts = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts ?? {};
const order = ['bench:collect', 'bench:render'];
let failed = 0;
for (const name of order) {
  if (!scripts[name]) {
    process.stderr.write(`(no ${name} script; skipped)\n`);
    continue;
  }
  process.stderr.write(`\n== npm run ${name}\n`);
  const r = spawnSync('npm', ['run', '--silent', name], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`${name} failed (exit ${r.status ?? r.signal})\n`);
  }
}
process.exit(failed ? 1 : 0);
