import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM script without type declarations; it is the same generator `npm run gen:types` runs.
import { generate, targets } from '../../scripts/gen-types.mjs';
import { packagePath } from '../../src/paths.js';

describe('generated types', () => {
  for (const target of targets as Array<{ schema: string; out: string; name: string }>) {
    it(`${target.out} matches ${target.schema} (run npm run gen:types when this fails)`, async () => {
      const committed = await readFile(packagePath(target.out), 'utf8');
      expect(await generate(target)).toBe(committed);
    });
  }
});
