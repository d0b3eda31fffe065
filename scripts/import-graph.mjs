#!/usr/bin/env node
// The import graph at run time, folder by folder (type-only imports vanish on compilation and are left out):
// dependency-cruiser reads the TypeScript sources against .dependency-cruiser.cjs; this script prints the folder
// edges, the folder cycles and every import that breaks a layer rule (an upward arrow), and exits 1 when there is
// any cycle or violation. `npm run lint` runs it; test/architecture.test.ts asserts the same through importGraph().
// Usage: node scripts/import-graph.mjs [checkout=.] [--edges]
import { createRequire } from 'node:module';
import { cruise } from 'dependency-cruiser';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Folder of a module: `src/<folder>/`, `rules/`, or the module itself for files directly under src/. */
export function folderOf(path) {
  const m = /^(src\/[^/]+\/|rules\/|[^/]+\/)/.exec(path);
  return m && !/^src\/[^/]+\.ts$/.test(path) ? m[1] : path;
}

/** Strongly connected components with more than one folder (Tarjan): each one is a cycle between folders. */
function cycles(nodes, edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const out = [];
  let i = 0;
  const visit = (v) => {
    index.set(v, i);
    low.set(v, i++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of [...nodes].sort()) if (!index.has(v)) visit(v);
  return out;
}

/** Cruise `root` (src and rules) with its .dependency-cruiser.cjs; folder edges, folder cycles and rule violations. */
export async function importGraph(root = process.cwd()) {
  const require = createRequire(pathToFileURL(resolve(root, 'package.json')));
  const config = require(resolve(root, '.dependency-cruiser.cjs'));
  const cwd = process.cwd();
  process.chdir(root);
  let output;
  try {
    ({ output } = await cruise(['src', 'rules'], { ruleSet: config, validate: true, ...config.options }, undefined, {
      tsConfig: require(resolve(root, 'tsconfig.json')),
    }));
  } finally {
    process.chdir(cwd);
  }
  const nodes = new Set();
  const edges = new Map();
  for (const m of output.modules) {
    if (!/^(src|rules)\//.test(m.source)) continue;
    const from = folderOf(m.source);
    nodes.add(from);
    for (const d of m.dependencies) {
      if (!/^(src|rules)\//.test(d.resolved) || d.dependencyTypes.includes('type-only')) continue;
      const to = folderOf(d.resolved);
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from).add(to);
    }
  }
  const violations = output.summary.violations.map((v) => ({
    rule: v.rule.name,
    from: v.from,
    to: v.to,
    cycle: v.cycle?.map((c) => c.name ?? c),
  }));
  return {
    modules: output.modules.filter((m) => /^(src|rules)\//.test(m.source)).length,
    edges: [...edges].flatMap(([from, tos]) => [...tos].map((to) => `${from} → ${to}`)).sort(),
    cycles: cycles(nodes, edges),
    violations,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '.');
  const graph = await importGraph(root);
  if (process.argv.includes('--edges')) {
    console.log('Folder imports at run time:');
    for (const e of graph.edges) console.log(`  ${e}`);
  }
  console.log(`Folder cycles at run time: ${graph.cycles.length}`);
  for (const c of graph.cycles) console.log(`  {${c.join(', ')}}`);
  console.log(`Layer and import rule violations: ${graph.violations.length}`);
  for (const v of graph.violations) console.log(`  ${v.rule}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.join(' → ')})` : ''}`);
  console.log(`${graph.modules} modules, ${graph.edges.length} folder edges`);
  process.exit(graph.cycles.length || graph.violations.length ? 1 : 0);
}
