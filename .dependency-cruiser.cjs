// The layers of gatehouse and which may import which at run time (type-only imports are free: they vanish on
// compilation). Arrows point down: a face (CLI, GitHub Action, library entry) calls the pipeline; the pipeline calls
// collect, snapshot, engine (with the rule list it owns) and render; nothing below the pipeline imports anything
// above it. Checked by `npm run lint` and by test/architecture.test.ts.

/** Folder groups, lowest first. `allowed` lists the groups a group may import besides itself. */
const LAYERS = [
  // Base: utilities, errors, exit codes, and the national clouds' names and hosts (plain data every layer may read).
  { name: 'base', path: '^src/(errors|exit-codes|paths|version)\\.ts$|^src/util/|^src/graph/cloud\\.ts$', allowed: [] },
  { name: 'snapshot', path: '^src/snapshot/', allowed: ['base'] },
  { name: 'model', path: '^src/model/', allowed: ['base', 'snapshot'] },
  { name: 'xtap', path: '^src/xtap/', allowed: ['base', 'snapshot', 'model'] },
  { name: 'frameworks', path: '^src/frameworks/', allowed: ['base'] },
  { name: 'tenants-file', path: '^src/multi/', allowed: ['base'] },
  // Pseudonymisation of snapshot files for sharing.
  { name: 'redact', path: '^src/redact/', allowed: ['base', 'snapshot', 'model'] },
  { name: 'engine', path: '^src/engine/', allowed: ['base', 'snapshot', 'model', 'xtap', 'frameworks'] },
  { name: 'rules', path: '^rules/', allowed: ['base', 'snapshot', 'model', 'xtap', 'frameworks', 'engine'] },
  // The one place that speaks HTTP to Microsoft (and to GitHub's OIDC endpoint for the Action).
  { name: 'graph', path: '^src/graph/', allowed: ['base'] },
  { name: 'collect', path: '^src/collect/', allowed: ['base', 'graph', 'snapshot', 'model'] },
  { name: 'render', path: '^src/render/', allowed: ['base', 'snapshot', 'model', 'xtap', 'frameworks', 'engine'] },
  // Test tooling shipped with the package: a Graph simulator and a synthetic tenant generator.
  { name: 'simulator', path: '^src/simulator/', allowed: ['base', 'snapshot', 'model'] },
  { name: 'synth', path: '^src/synth/', allowed: ['base', 'snapshot', 'model'] },
  {
    name: 'pipeline',
    path: '^src/pipeline/',
    allowed: [
      'base',
      'snapshot',
      'model',
      'xtap',
      'frameworks',
      'tenants-file',
      'redact',
      'engine',
      'rules',
      'graph',
      'collect',
      'render',
      'simulator',
      'synth',
    ],
  },
  { name: 'faces', path: '^src/(cli|action)/|^src/index\\.ts$', allowed: ['base', 'pipeline'] },
  // The single-file bundle's entry: the CLI and the Action faces, and the workbook workers it runs off the main thread.
  { name: 'bundle', path: '^src/bundle\\.ts$', allowed: ['faces', 'render'] },
];

const byName = new Map(LAYERS.map((l) => [l.name, l]));
const layerRules = LAYERS.map((layer) => ({
  name: `${layer.name}-imports-only-below`,
  comment: `${layer.name} may import only ${layer.allowed.length ? layer.allowed.join(', ') : 'its own group'} at run time`,
  severity: 'error',
  from: { path: layer.path },
  to: {
    path: '^(src|rules)/',
    pathNot: [layer.path, ...layer.allowed.map((n) => byName.get(n).path)],
    dependencyTypesNot: ['type-only'],
  },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'modules that import each other at run time',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'network-only-in-graph',
      comment: 'HTTP leaves the process only through src/graph (the simulator is a server on 127.0.0.1, not a client)',
      severity: 'error',
      from: { path: '^(src|rules)/', pathNot: '^src/(graph|simulator)/' },
      to: { path: '^(node:)?(http|https|http2|net|tls|dgram|undici)$|node_modules/(undici|node-fetch|axios|got)/' },
    },
    {
      name: 'module-outside-the-layers',
      comment: 'every module under src/ belongs to one of the layers above',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map((l) => l.path) },
      to: {},
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
