import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../src/paths.js';

/*
 * The layers of .dependency-cruiser.cjs hold at run time: no folder cycle, no import up a layer (or sideways where
 * the table does not allow it), no module outside the layers, and HTTP only from src/graph.
 */

interface ImportGraph {
  modules: number;
  edges: string[];
  cycles: string[][];
  violations: Array<{ rule: string; from: string; to: string }>;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('the folder graph is acyclic and every import points down a layer', async () => {
    const { importGraph } = (await import(packagePath('scripts', 'import-graph.mjs'))) as {
      importGraph: (root: string) => Promise<ImportGraph>;
    };
    const graph = await importGraph(packagePath());
    expect(graph.modules).toBeGreaterThan(150);
    expect(graph.cycles).toEqual([]);
    expect(graph.violations.map((v) => `${v.rule}: ${v.from} → ${v.to}`)).toEqual([]);
    // The faces reach nothing below the pipeline.
    expect(
      graph.edges.filter(
        (e) =>
          /^src\/(cli|action)\/|^src\/index\.ts/.test(e) &&
          !/→ src\/(pipeline\/|util\/|errors\.ts|exit-codes\.ts|paths\.ts|version\.ts)/.test(e),
      ),
    ).toEqual([]);
  });

  it('no code outside src/graph calls fetch (the simulator serves, it does not call out)', () => {
    const offenders = [...sources(packagePath('src')), ...sources(packagePath('rules'))]
      .filter((f) => !/[\\/]src[\\/](graph|simulator)[\\/]/.test(f))
      .filter((f) =>
        /(^|[^.\w])fetch\s*\(|globalThis\.fetch|\bnew\s+XMLHttpRequest\b/.test(
          readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
        ),
      );
    expect(offenders.map((f) => relative(packagePath(), f))).toEqual([]);
  });
});
