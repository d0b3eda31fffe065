#!/usr/bin/env node
// Counts the rule table cases that cite their source. A rule test file lists its sources in a "Cited:" comment block
// (`// TAG  https://learn.microsoft.com/…` or `// CIS  CIS Microsoft 365 Foundations Benchmark §…`); a case is cited
// when its name ends with those tags in parentheses — "… (TAG)" or "… (TAG, OTHER)" — or carries a link itself.
// Usage: node scripts/cited-cases.mjs [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../test/rules/', import.meta.url));
const verbose = process.argv.includes('--verbose');
let cases = 0;
let cited = 0;
const uncitedFiles = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts'))
  .sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const tags = new Set(
    [...text.matchAll(/^\/\/ ([A-Z][A-Z0-9]*)\s+(?:https:\/\/|CIS Microsoft 365 Foundations Benchmark §)/gm)].map((m) => m[1]),
  );
  let fileCases = 0;
  let fileCited = 0;
  for (const m of text.matchAll(/\bname: (['"`])((?:\\.|(?!\1).)*)\1/g)) {
    const name = m[2];
    fileCases++;
    const paren = /\(([A-Z][A-Z0-9]*(?:[ ,][^)]*)?)\)\s*$/.exec(name);
    const named = paren ? paren[1].split(/[,\s]+/).some((t) => tags.has(t)) : false;
    if (named || /https:\/\//.test(name)) fileCited++;
  }
  cases += fileCases;
  cited += fileCited;
  if (!fileCited) uncitedFiles.push(file);
  if (verbose) console.log(`${String(fileCited).padStart(3)} / ${String(fileCases).padStart(3)}  ${file}`);
}
console.log(
  `${cited} of ${cases} rule table cases cite their source (${uncitedFiles.length} test files without a cited case${uncitedFiles.length ? `: ${uncitedFiles.join(', ')}` : ''})`,
);
