import { loadBrandLogo } from '../render/logo.js';

/** `--brand-logo`: read and check the logo now, so a bad one stops the run before anything is written. */
export async function checkBrandLogo(file: string): Promise<void> {
  await loadBrandLogo(file);
}
