#!/usr/bin/env node
// Entry of the GitHub Action (action.yml): the logic lives in src/action/entry.ts, compiled to dist/ by `npm ci`.
import { main } from '../dist/src/action/entry.js';

await main();
