#!/usr/bin/env node
// Entry of the GitHub Action (action.yml): the logic lives in src/action/entry.ts, compiled to dist/ by `npm ci`.
// The crash guard makes any uncaught error exit 70 (internal error), never Node's default 1 ("findings").
import { installCrashGuard } from '../dist/src/cli/crash-guard.js';
import { main } from '../dist/src/action/entry.js';

installCrashGuard();
await main();
