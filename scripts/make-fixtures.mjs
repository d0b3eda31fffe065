#!/usr/bin/env node
// Regenerates the bundled demo fixtures from the seeded generator (run `npm run fixtures`, which builds first).
// fixtures/snapshots/demo.json        — "Contoso Pharma" after a security review: most checks pass, a handful of findings
// fixtures/snapshots/every-check.json — the same company with every check firing (tests; `npm start -- --snapshot …`)
// fixtures/snapshots/degraded.json    — every-check collected with missing permissions and licences
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_OPTIONS, writeFixtures } from '../dist/src/synth/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const written = await writeFixtures(join(root, 'fixtures', 'snapshots'), DEMO_OPTIONS);
for (const file of written) process.stdout.write(`wrote ${relative(root, file)}\n`);
