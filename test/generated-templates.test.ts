import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../src/paths.js';
// @ts-expect-error — plain ESM script without type declarations; it is the same generator `npm run gen:templates` runs.
import { OUT, generate } from '../scripts/gen-templates.mjs';

describe('precompiled templates', () => {
  it(`${OUT as string} matches templates/*.hbs (run npm run gen:templates when this fails)`, async () => {
    const committed = await readFile(packagePath(OUT as string), 'utf8');
    expect((generate as () => string)() === committed, `${OUT as string} is stale`).toBe(true);
  });
});
