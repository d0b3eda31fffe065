import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../src/paths.js';

/*
 * The benchmarks and scripts are plain JavaScript over the build (dist/), which neither the compiler nor knip
 * follows: every name they import from dist must exist there, or a moved module breaks `npm run bench` unseen.
 * (`npm test` builds first.)
 */
const FILES = ['bench', 'bench/lib', 'scripts', 'scripts/lib'].flatMap((d) =>
  readdirSync(packagePath(d))
    .filter((f) => f.endsWith('.mjs'))
    .map((f) => join(d, f)),
);

describe('benchmark and script imports from the build', () => {
  it.each(FILES)('%s', async (file) => {
    const text = readFileSync(packagePath(file), 'utf8');
    const imports = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'((?:\.\.\/)+dist\/[^']+)'/g)];
    for (const [, names, path] of imports) {
      const target = resolve(dirname(packagePath(file)), path!);
      expect(existsSync(target), `${file}: ${path} does not exist (run npm run compile)`).toBe(true);
      const module = (await import(target)) as Record<string, unknown>;
      for (const name of names!
        .split(',')
        .map((n) => n.trim().split(/\s+as\s+/)[0]!)
        .filter(Boolean)) {
        expect(module[name], `${file}: ${path} exports no ${name}`).toBeDefined();
      }
    }
  });
});
