import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result } from '../engine/result.types.js';
import type { Snapshot } from '../snapshot/snapshot.types.js';
import { InputError } from '../errors.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export interface RenderContext {
  result: Result;
  /** The snapshot the result came from, when available (partner matrix, guest sheets...). */
  snapshot?: Snapshot;
  outDir: string;
  options: RenderOptions;
}

export interface RenderOptions {
  title?: string;
  brandName?: string;
  brandLogo?: string;
  sarifOmitPii?: boolean;
}

export type Renderer = (ctx: RenderContext) => Promise<string[]>;

/** Output formats by name; each writes its file(s) into the output folder and returns their paths. */
export const RENDERERS: Record<string, Renderer> = {
  json: async ({ result, outDir }) => {
    const file = join(outDir, 'result.json');
    await writeFile(file, renderJson(result));
    return [file];
  },
  md: async ({ result, outDir }) => {
    const file = join(outDir, 'summary.md');
    await writeFile(file, renderMarkdown(result));
    return [file];
  },
};

export const DEFAULT_FORMATS = ['json', 'md'];

/** Parse `--format a,b`: unknown names are a usage error; json is always written (other tools read it). */
export function parseFormats(value: string | undefined): string[] {
  if (!value) return [...DEFAULT_FORMATS];
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const expanded = names.includes('all') ? Object.keys(RENDERERS) : names;
  for (const n of expanded) {
    if (!RENDERERS[n]) throw new InputError(`unknown format "${n}"; choose from ${Object.keys(RENDERERS).join(', ')} (or all)`);
  }
  return [...new Set(['json', ...expanded])];
}

export async function renderAll(formats: readonly string[], ctx: RenderContext): Promise<string[]> {
  const files: string[] = [];
  for (const f of formats) files.push(...(await RENDERERS[f]!(ctx)));
  return files;
}
