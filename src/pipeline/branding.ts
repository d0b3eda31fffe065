import { InputError } from '../errors.js';
import { parseHexColour } from '../render/accent.js';
import { loadBrandLogo, type BrandLogo } from '../render/logo.js';

/**
 * `--brand-logo`: read and check the logo now, once. A bad one stops the run before anything is written, and the
 * report embeds these bytes: a file swapped after the check never reaches it.
 */
export async function readBrandLogo(file: string): Promise<BrandLogo> {
  return loadBrandLogo(file);
}

/** `--brand-color`: a strict `#rgb` or `#rrggbb`, returned as lower-case `#rrggbb`; anything else stops the run. */
export function brandColour(value: string): string {
  const hex = parseHexColour(value);
  if (!hex) throw new InputError('--brand-color must be a hex colour: # and 3 or 6 hex digits, such as #1f3a5f or #fa0');
  return hex;
}
