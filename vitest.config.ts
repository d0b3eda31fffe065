import { defineConfig } from 'vitest/config';

/*
 * `npm test` (what CI runs) passes `--mode full`: every test. A plain `npx vitest run` leaves out the tests tagged
 * `slow` (end to end through the built CLI in child processes, browsers, large generated tenants), for a fast
 * local loop; `npx vitest run --mode full` runs them too.
 */
export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep worker count modest so browser and child-process tests don't starve each other.
    maxWorkers: 2,
    reporters: ['default'],
    tags: [{ name: 'slow', description: 'end to end through the built CLI, a browser, or a large generated tenant' }],
    ...(mode === 'full' ? {} : { tagsFilter: ['!slow'] }),
  },
}));
