import { defineConfig } from 'vitest/config';

/*
 * `npm test` (what CI runs) passes `--mode full`: every test. A plain `npx vitest run` leaves out the tests tagged
 * `slow` (end to end through the built CLI in child processes, browsers, large generated tenants), for a fast
 * local loop; `npx vitest run --mode full` runs them too.
 *
 * Test files share their worker's module registry (isolate: false): a fresh fork and a fresh import of the
 * sources per file cost more than most files' tests. Files that mock modules or change the process environment
 * run isolated.
 */
const ISOLATED = ['test/collect/cli.test.ts', 'test/util/json-file.test.ts'];

/** Without `--mode full`, tests tagged slow are left out. */
const only = (mode: string): { tagsFilter?: string[] } => (mode === 'full' ? {} : { tagsFilter: ['!slow'] });

export default defineConfig(({ mode }) => ({
  test: {
    // No verdict depends on time; a timeout only catches a hang, so it is generous enough for a machine whose cores
    // are saturated by other work (the whole suite has run green beside two CPU burners).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two cores: keep worker count modest so browser and child-process tests don't starve each other.
    maxWorkers: 2,
    reporters: ['default'],
    tags: [{ name: 'slow', description: 'end to end through the built CLI, a browser, or a large generated tenant' }],
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false, ...only(mode) } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, ...only(mode) } },
    ],
  },
}));
