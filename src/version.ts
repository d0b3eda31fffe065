import { readFileSync } from 'node:fs';
import { packagePath } from './paths.js';

// Read once from package.json so the tool name/version in snapshots and reports cannot drift from the package.
const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { name: string; version: string };
export const TOOL = { name: pkg.name, version: pkg.version } as const;
