// Regenerates the committed TypeScript types from the JSON Schemas (the schemas are the source of truth).
// `node scripts/gen-types.mjs` writes them; `--check` exits 1 when a committed file is stale.
import { compile } from 'json-schema-to-typescript';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const targets = [
  { schema: 'src/snapshot/snapshot.schema.json', out: 'src/snapshot/snapshot.types.ts', name: 'Snapshot' },
  { schema: 'src/engine/result.schema.json', out: 'src/engine/result.types.ts', name: 'Result' },
  { schema: 'src/engine/config.schema.json', out: 'src/engine/config.types.ts', name: 'GatehouseConfig' },
  { schema: 'src/engine/exceptions.schema.json', out: 'src/engine/exceptions.types.ts', name: 'ExceptionsFile' },
  { schema: 'src/multi/tenants.schema.json', out: 'src/multi/tenants.types.ts', name: 'TenantsFile' },
];

const root = fileURLToPath(new URL('..', import.meta.url));

export async function generate(target) {
  const schema = JSON.parse(await readFile(root + target.schema, 'utf8'));
  return compile(schema, target.name, {
    bannerComment: `/* Generated from ${target.schema} by scripts/gen-types.mjs. Do not edit: change the schema and run \`npm run gen:types\`. */`,
    additionalProperties: true,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const target of targets) {
    let ts;
    try {
      ts = await generate(target);
    } catch (e) {
      if (e.code === 'ENOENT') continue;
      throw e;
    }
    const current = await readFile(root + target.out, 'utf8').catch(() => '');
    if (current === ts) continue;
    if (check) {
      console.error(`${target.out} is stale: run npm run gen:types`);
      stale++;
    } else {
      await writeFile(root + target.out, ts);
      console.error(`wrote ${target.out}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
