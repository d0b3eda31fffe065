import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Where gatehouse finds the files it ships beside its code (templates, JSON Schemas, package.json).
 *
 * From the package folder the root is fixed relative to this module — src/paths.ts (tests run the TypeScript) or
 * dist/src/paths.js (the compiled CLI) — so nothing walks up the tree looking for a package.json, which a bundle,
 * a symlinked global install or a package nested in someone else's project would defeat.
 *
 * The single-file bundle (scripts/bundle.mjs) carries those files inside itself: esbuild replaces
 * `__GATEHOUSE_EMBEDDED__` with a map of relative path → text, and every read below is served from it.
 */
declare const __GATEHOUSE_EMBEDDED__: Readonly<Record<string, string>> | undefined;

const EMBEDDED: Readonly<Record<string, string>> | undefined =
  typeof __GATEHOUSE_EMBEDDED__ === 'undefined' ? undefined : __GATEHOUSE_EMBEDDED__;

const HERE = dirname(fileURLToPath(import.meta.url));

/** The package folder (for the bundle: the folder holding the bundle file). */
export const PACKAGE_ROOT = EMBEDDED
  ? HERE
  : basename(HERE) === 'src' && basename(dirname(HERE)) === 'dist'
    ? resolve(HERE, '..', '..')
    : resolve(HERE, '..');

/** Absolute path of a file shipped with the package (for files read by path: fixtures of the simulator). */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}

const key = (parts: string[]) => parts.join('/');

/** A text file shipped with the package (a template, a schema, package.json), from the bundle when bundled. */
export function readPackageFile(...parts: string[]): string {
  if (EMBEDDED) {
    const text = EMBEDDED[key(parts)];
    if (text === undefined) throw new Error(`${key(parts)} is not embedded in the gatehouse bundle`);
    return text;
  }
  return readFileSync(packagePath(...parts), 'utf8');
}

/** The script that runs the CLI in a child process: bin/gatehouse.js, or the bundle itself. */
export function cliScript(): string {
  return EMBEDDED ? fileURLToPath(import.meta.url) : packagePath('bin', 'gatehouse.js');
}

/**
 * The script a worker thread runs: the compiled module beside its caller, or — bundled — the bundle itself, whose
 * entry runs the worker's code when it starts off the main thread.
 */
export function workerScript(compiled: URL): URL {
  return EMBEDDED ? new URL(import.meta.url) : compiled;
}
