// Regenerates src/render/templates.generated.ts: the HTML report's and the portfolio page's Handlebars templates,
// precompiled with Handlebars.precompile and the options the renderers compiled them with at run time (strict).
// Compiling them was about 0.1 s of CPU in every process that wrote an HTML report (a quarter of what the HTML
// report added to a scan of the demo tenant); a precompiled template is the code that compile() builds on its first
// call, handed to Handlebars.template() in the renderer's own environment, so helpers, partials and escaping work as
// before and the output is the same.
//
//   node scripts/gen-templates.mjs            write the module
//   node scripts/gen-templates.mjs --check    exit 1 when the committed module is stale
//
// test/generated-templates.test.ts fails when the committed module differs from what the templates generate now.
// The drift page and its partial (templates/partials/diff.hbs) are still compiled when used: `gatehouse diff` and a
// report with a baseline only.
import Handlebars from 'handlebars';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUT = 'src/render/templates.generated.ts';
/** The partial the drift feature registers itself (src/render/diff-html.ts), from its source. */
const COMPILED_AT_RUN_TIME = new Set(['diff.hbs']);
const OPTIONS = { strict: true };

/** Each precompiled template: the export's name and the file it comes from. */
function templates(readDir = (dir) => readdirSync(root + dir)) {
  const partials = readDir('templates/partials')
    .filter((f) => f.endsWith('.hbs') && !COMPILED_AT_RUN_TIME.has(f))
    .sort()
    .map((f) => ({ partial: f.slice(0, -'.hbs'.length), file: `templates/partials/${f}` }));
  return { report: 'templates/report.hbs', portfolio: 'templates/portfolio.hbs', partials };
}

export function generate(read = (file) => readFileSync(root + file, 'utf8'), readDir) {
  const { report, portfolio, partials } = templates(readDir);
  const spec = (file) => Handlebars.precompile(read(file), OPTIONS);
  return (
    `// Generated from templates/*.hbs by scripts/gen-templates.mjs (Handlebars.precompile, strict). Do not edit: change the template and run \`npm run gen:templates\`.\n` +
    `// @ts-nocheck\n` +
    `/* eslint-disable */\n` +
    `import type { TemplateSpecification } from 'handlebars';\n\n` +
    `/** ${report} */\n` +
    `export const reportTemplate: TemplateSpecification = ${spec(report)};\n\n` +
    `/** The report's partials by name: templates/partials/<name>.hbs. */\n` +
    `export const reportPartials: Record<string, TemplateSpecification> = {\n` +
    partials.map((p) => `  ${JSON.stringify(p.partial)}: ${spec(p.file)},\n`).join('') +
    `};\n\n` +
    `/** ${portfolio} */\n` +
    `export const portfolioTemplate: TemplateSpecification = ${spec(portfolio)};\n`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = generate();
  if (process.argv.includes('--check')) {
    if (readFileSync(root + OUT, 'utf8') !== text) {
      console.error(`${OUT} is stale: run npm run gen:templates`);
      process.exit(1);
    }
  } else {
    writeFileSync(root + OUT, text);
    console.log(`wrote ${OUT}`);
  }
}
