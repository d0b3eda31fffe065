import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep worker count modest so browser and child-process tests don't starve each other.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
