// Regenerates src/render/templates.generated.ts: the HTML report's and the portfolio page's Handlebars templates,
// precompiled with Handlebars.precompile and the options the renderers compiled them with at run time (strict).
// Compiling them cost about 0.1–0.2 s of CPU in every process that wrote an HTML report (the README has the
// figures); a precompiled template is the code that compile() builds on its first call, handed to Handlebars.template() in the renderer's own environment, so helpers, partials and escaping work as
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

/** The files precompiled: the report, its partials (by partial name) and the portfolio page. */
function templates() {
  const partials = readdirSync(root + 'templates/partials')
    .filter((f) => f.endsWith('.hbs') && !COMPILED_AT_RUN_TIME.has(f))
    .sort()
    .map((f) => ({ partial: f.slice(0, -'.hbs'.length), file: `templates/partials/${f}` }));
  return { report: 'templates/report.hbs', portfolio: 'templates/portfolio.hbs', partials };
}

export function generate() {
  const { report, portfolio, partials } = templates();
  const spec = (file) => Handlebars.precompile(readFileSync(root + file, 'utf8'), OPTIONS);
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
