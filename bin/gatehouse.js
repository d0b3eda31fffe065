#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ on install (npm "prepare").
import { main } from '../dist/src/cli/main.js';
main(process.argv).then((code) => { process.exitCode = code; });
