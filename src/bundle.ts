import { isMainThread, workerData } from 'node:worker_threads';

/*
 * Entry of the single-file bundle (scripts/bundle.mjs → bundle/gatehouse.mjs), one file that is three programs:
 * - the CLI (`node bundle/gatehouse.mjs scan …`, what the container and an install from git run);
 * - the GitHub Action, when started through bundle/action.mjs (action.yml `runs.main`), which sets the role first;
 * - the workbook worker threads (guests.xlsx, and report.xlsx when large), when the bundle is started off the main
 *   thread (paths.ts `workerScript`); the worker's data says which.
 * Each part is loaded with `await import()`, which esbuild keeps lazy, so none pays for the others' modules.
 */
const role = (globalThis as Record<symbol, unknown>)[Symbol.for('gatehouse.role')];

// Node does not warn about `new Buffer()` in code under node_modules, which is where gatehouse's dependencies call it
// (archiver-utils, jszip, unzipper's helpers, through exceljs); inside the bundle nothing is under node_modules, so
// that one warning is dropped here as Node would drop it for them. Every other warning is emitted as usual.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const code = typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as { code?: string }).code : rest[1];
  if (code === 'DEP0005') return;
  (emitWarning as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

if (!isMainThread) {
  if ((workerData as { kind?: string } | null)?.kind === 'report-workbook') await import('./render/report-workbook-worker.js');
  else await import('./render/guest-workbook-worker.js');
} else if (role === 'action') {
  const { installCrashGuard, tolerateClosedOutput } = await import('./cli/main.js');
  installCrashGuard();
  tolerateClosedOutput();
  await (await import('./action/entry.js')).main();
} else {
  const { installCrashGuard, tolerateClosedOutput, main } = await import('./cli/main.js');
  installCrashGuard();
  tolerateClosedOutput();
  process.exitCode = await main(process.argv);
}
