// Entry of the GitHub Action (action.yml `runs.main`): the committed single-file bundle in its Action role. The
// bundle holds gatehouse and every dependency, so the job runs without `npm ci` or a TypeScript build.
globalThis[Symbol.for('gatehouse.role')] = 'action';
await import('./gatehouse.mjs');
