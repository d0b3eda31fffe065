// npm's "prepare" step: compile the TypeScript into dist/ — when TypeScript is installed. In a clone, `npm install`
// installs it (a dev dependency) and this builds. An install straight from git (`npm install -g git+https://…`)
// runs this in a copy without any dependency (npm 11 prepares a git dependency with the outer command's global
// settings), where no compiler exists; then nothing is built and bin/gatehouse.js runs the committed single-file
// bundle instead, which needs no build.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc');
} catch {
  process.stderr.write('gatehouse: TypeScript is not installed here, so nothing is compiled; the gatehouse command runs the prebuilt bundle/gatehouse.mjs\n');
  process.exit(0);
}
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
