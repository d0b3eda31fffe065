import { readPackageFile } from './paths.js';

interface PackageJson {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

// Read once from package.json so the version in snapshots and reports cannot drift from the package. The tool is
// called gatehouse whatever the npm package is named (the registry's "gatehouse" belongs to someone else).
const pkg = JSON.parse(readPackageFile('package.json')) as PackageJson;
export const TOOL = { name: 'gatehouse', version: pkg.version } as const;

/**
 * The project's public page, from package.json (`homepage`, else the `repository` URL): what SARIF names as the
 * tool's information URI. Undefined when package.json names neither — never an invented address.
 */
export const PROJECT_URL: string | undefined = (() => {
  if (pkg.homepage) return pkg.homepage;
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  return repo?.replace(/^git\+/, '').replace(/\.git$/, '');
})();
