#!/usr/bin/env node
// Launcher of the `gatehouse` command. From the npm package or a built checkout it runs the compiled CLI (dist/, from
// `npm run build`; `npm publish` builds first). Where nothing was compiled — an install straight from git, which
// builds nothing (npm 11 neither installs the dev tools for it nor runs a dependency's build scripts unasked) — it
// runs the committed single-file bundle instead, which needs no build.
// The crash guard makes any uncaught error exit 70 (internal error), never Node's default 1, which is gatehouse's
// "findings" code; a reader that closes the pipe early (`gatehouse rules | head -1`) is not an error.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
if (existsSync(compiled)) {
  const { installCrashGuard, tolerateClosedOutput, main } = await import(compiled.href);
  installCrashGuard();
  tolerateClosedOutput();
  process.exitCode = await main(process.argv);
} else {
  await import('../bundle/gatehouse.mjs');
}
