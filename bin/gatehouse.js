#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ on install (npm "prepare"). The crash guard makes any uncaught error
// exit 70 (internal error), never Node's default 1, which is gatehouse's "findings" code.
import { installCrashGuard, main } from '../dist/src/cli/main.js';
installCrashGuard();
main(process.argv).then((code) => { process.exitCode = code; });
