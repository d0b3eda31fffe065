import { loadBrandLogo, type BrandLogo } from '../render/logo.js';

/**
 * `--brand-logo`: read and check the logo now, once. A bad one stops the run before anything is written, and the
 * report embeds these bytes: a file swapped after the check never reaches it.
 */
export async function readBrandLogo(file: string): Promise<BrandLogo> {
  return loadBrandLogo(file);
}
