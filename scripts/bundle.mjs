// Builds the single-file bundle bundle/gatehouse.mjs (the CLI, the GitHub Action and the guests.xlsx worker in one
// file, every dependency inside, templates and schemas embedded) with esbuild, from the TypeScript sources.
//
//   node scripts/bundle.mjs            write bundle/gatehouse.mjs
//   node scripts/bundle.mjs --check    exit 1 when the committed bundle differs from what the sources build
//
// The bundle is committed so that the Action runs from any tag or commit without `npm ci` and an install straight
// from git needs no build; test/packaging/bundle.test.ts fails when it is stale. The output is deterministic (same
// sources, same esbuild version → same bytes) and not minified, so a change to the sources shows as a readable diff.
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = 'bundle/gatehouse.mjs';

function walk(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** The files gatehouse reads beside its code (paths.ts `readPackageFile`), by the path it asks for. */
export function embeddedFiles() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // Only what the code reads from package.json: the version and the project's page.
  const files = { 'package.json': JSON.stringify({ name: pkg.name, version: pkg.version, homepage: pkg.homepage, repository: pkg.repository }) };
  const paths = [...walk('templates'), ...walk('src').filter((f) => f.endsWith('.schema.json'))];
  for (const file of paths.sort()) files[relative(root, join(root, file)).split('\\').join('/')] = readFileSync(join(root, file), 'utf8');
  return files;
}

/** The bundle's text, built from the sources as they are now. */
export async function bundleText() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/bundle.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    write: false,
    outfile: BUNDLE,
    // CommonJS dependencies (exceljs, MSAL, handlebars) call require() for Node's own modules, which an ES module
    // does not have; give them one.
    banner: { js: "import { createRequire as __gatehouseCreateRequire } from 'node:module';\nconst require = __gatehouseCreateRequire(import.meta.url);" },
    define: { __GATEHOUSE_EMBEDDED__: JSON.stringify(embeddedFiles()) },
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'warning',
    // @azure/identity offers optional integrations (brokered sign-in) behind dynamic requires of packages gatehouse
    // does not install; they stay unresolved at run time exactly as they do from node_modules.
    external: [],
  });
  return result.outputFiles[0].text;
}

async function main() {
  const text = await bundleText();
  const target = join(root, BUNDLE);
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      // missing: stale
    }
    if (committed !== text) {
      process.stderr.write(`${BUNDLE} is stale: run \`npm run bundle\` and commit it\n`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(target, text);
  process.stdout.write(`${BUNDLE}: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
