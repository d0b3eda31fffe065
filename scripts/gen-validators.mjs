// Regenerates the committed schema validators (src/**/*.validators.ts) with ajv's standalone code generation, so no
// CLI run compiles a schema: ajv turning the snapshot schema into code took most of a second of every scan's
// start-up, and a fresh ajv instance per rule with options took as long again. The generated code is what
// ajv.compile() builds at run time, with the same options, so errors (keyword, instancePath, params, message) are
// the same; only where it runs changed.
//
//   node scripts/gen-validators.mjs            write them (reads the rules' option schemas from dist/: compile first)
//   node scripts/gen-validators.mjs --check    exit 1 when a committed file is stale
//
// test/generated-validators.test.ts fails when a committed module differs from what the schemas generate now.
import { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readSchema = (file) => JSON.parse(readFileSync(root + file, 'utf8'));
const SNAPSHOT = 'src/snapshot/snapshot.schema.json';

/**
 * Each generated module: the schema it comes from, the validators it exports (name → JSON pointer into the schema,
 * '' for the whole), and the ajv options that differ from the defaults below. `inlineRefs: false` keeps the
 * snapshot's module to one function per definition (inlined, the whole-snapshot validator alone is 620 kB of code);
 * the guest validator, run once per guest on a large tenant, stays inlined as ajv builds it by default.
 */
export const targets = [
  {
    out: 'src/snapshot/snapshot.validators.ts',
    schema: SNAPSHOT,
    ajv: { inlineRefs: false },
    exports: (schema) => ({
      snapshot: '',
      // One per data section, for the collector's per-section check: exported together as `bySection`.
      ...Object.fromEntries(Object.keys(schema.definitions.data.properties).map((name) => [name, `/definitions/data/properties/${name}`])),
    }),
    group: { name: 'bySection', of: (schema) => Object.keys(schema.definitions.data.properties), what: 'data section' },
  },
  { out: 'src/snapshot/guest.validators.ts', schema: SNAPSHOT, exports: () => ({ user: '/definitions/user' }) },
  {
    out: 'src/engine/result.validators.ts',
    schema: 'src/engine/result.schema.json',
    exports: () => ({ result: '', finding: '/definitions/finding' }),
  },
  { out: 'src/engine/config.validators.ts', schema: 'src/engine/config.schema.json', exports: () => ({ config: '' }) },
  { out: 'src/engine/exceptions.validators.ts', schema: 'src/engine/exceptions.schema.json', exports: () => ({ exceptions: '' }) },
  { out: 'src/multi/tenants.validators.ts', schema: 'src/multi/tenants.schema.json', exports: () => ({ tenants: '' }) },
  // Each rule's options (rule.meta.options.schema in rules/*.ts), defaults filled in as the object is validated.
  { out: 'src/engine/rule-options.validators.ts', rules: true, ajv: { useDefaults: true } },
];

const camel = (id) => id.replace(/-([a-z0-9])/g, (_m, c) => c.toUpperCase());

/**
 * The module text for one target. `compiler` is src/util/ajv-compile.ts (the one ajv set-up gatehouse compiles
 * schemas with) and `rules` the id and options schema of each rule that takes options: the test passes both from
 * source, the command line from dist/.
 */
export function generate(target, { compiler, rules }) {
  const ajv = compiler.createAjv({
    ...target.ajv,
    // Generated code refers to the formats through this name, which the module header imports: ajv-formats would
    // otherwise emit a require() call, which an ES module does not have.
    code: { source: true, esm: true, lines: true, formats: _`ajvFormats.fullFormats` },
  });
  let names;
  let trailer = '';
  let grouped = new Set();
  if (target.rules) {
    names = {};
    for (const rule of [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const name = camel(rule.id);
      ajv.addSchema(compiler.ruleOptionsSchema(rule.schema), `rule:${rule.id}`);
      names[name] = `rule:${rule.id}`;
      // The schema each was generated from, so a rule whose options differ (an embedder's own) is compiled instead.
      trailer += `  ${JSON.stringify(rule.id)}: { schema: ${JSON.stringify(JSON.stringify(rule.schema))}, validate: ${name} },\n`;
    }
    trailer = `\n/** Each rule's options validator by rule id, with the options schema it was generated from. */\nexport const byRuleId: Record<string, { schema: string; validate: Validator } | undefined> = {\n${trailer}};\n`;
  } else {
    const schema = readSchema(target.schema);
    ajv.addSchema(schema);
    names = Object.fromEntries(Object.entries(target.exports(schema)).map(([name, pointer]) => [name, `${schema.$id}#${pointer}`]));
    if (target.group) {
      const members = target.group.of(schema);
      grouped = new Set(members);
      trailer = `\n/** One validator per ${target.group.what}, by name. */\nexport const ${target.group.name}: Record<string, Validator | undefined> = {\n${members.map((m) => `  ${m},\n`).join('')}};\n`;
    }
  }
  let code = standaloneCode(ajv, names);
  // ajv's own run-time helpers (string length in code points, deep equality) are still require() calls in ES module
  // output; each becomes a default import. That is the CommonJS module's exports object in Node and in the bundle
  // (the helper is its `default`), but the helper itself under vitest's interop: the generated code takes either.
  const imports = [];
  code = code.replace(/require\("(ajv\/dist\/runtime\/\w+)"\)\.default/g, (_m, path) => {
    const local = `runtime_${path.split('/').pop()}`;
    if (!imports.some((i) => i.local === local)) imports.push({ local, path });
    return `(${local}.default ?? ${local})`;
  });
  if (/\brequire\(/.test(code)) throw new Error(`${target.out}: generated code still calls require(): ${/require\([^)]*\)/.exec(code)[0]}`);
  // Typed exports: the consumers see a validator and its errors, whatever the generated function's shape.
  code = code.replace(
    /^export const (\w+) = (\w+);$/gm,
    (_m, name, fn) => `${grouped.has(name) ? '' : 'export '}const ${name} = ${fn} as unknown as Validator;`,
  );
  const source = target.rules ? "each rule's options schema (rules/*.ts)" : target.schema;
  return (
    `// Generated from ${source} by scripts/gen-validators.mjs (ajv standalone code). Do not edit: change the schema and run \`npm run gen:validators\`.\n` +
    `// @ts-nocheck\n` +
    `/* eslint-disable */\n` +
    `import type { Validator } from '${relativeTo(target.out, 'src/util/ajv.js')}';\n` +
    (code.includes('ajvFormats.') ? `import ajvFormats from 'ajv-formats/dist/formats.js';\n` : '') +
    imports.map((i) => `import ${i.local} from '${i.path}.js';\n`).join('') +
    code +
    '\n' +
    trailer
  );
}

function relativeTo(from, to) {
  const up = from.split('/').length - 2;
  return (up ? '../'.repeat(up) : './') + to.replace(/^src\//, '');
}

/** The rules that take options: id and options schema of each. */
export const optionSchemas = (rules) => rules.filter((r) => r.meta.options).map((r) => ({ id: r.meta.id, schema: r.meta.options.schema }));

/** The compiler and the rules from the compiled build (plain Node cannot import TypeScript). */
async function fromBuild() {
  const load = (file) => {
    if (!existsSync(root + file)) throw new Error(`${file} is missing: run \`npm run compile\` first`);
    return import(pathToFileURL(root + file).href);
  };
  return { compiler: await load('dist/src/util/ajv-compile.js'), rules: optionSchemas((await load('dist/rules/index.js')).RULES) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const inputs = await fromBuild();
  let stale = 0;
  for (const target of targets) {
    const text = generate(target, inputs);
    const current = existsSync(root + target.out) ? readFileSync(root + target.out, 'utf8') : '';
    if (current === text) continue;
    if (check) {
      console.error(`${target.out} is stale: run npm run gen:validators`);
      stale++;
    } else {
      writeFileSync(root + target.out, text);
      console.error(`wrote ${target.out}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
