import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../src/paths.js';
// @ts-expect-error — plain ESM script without type declarations; it is the same generator `npm run gen:templates` runs.
import { OUT, generate } from '../scripts/gen-templates.mjs';

describe('precompiled templates', () => {
  it(`${OUT} matches templates/*.hbs (run npm run gen:templates when this fails)`, async () => {
    const committed = await readFile(packagePath(OUT), 'utf8');
    expect(generate() === committed, `${OUT} is stale`).toBe(true);
  });
});
