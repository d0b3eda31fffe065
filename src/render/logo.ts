import { InputError } from '../errors.js';
import { readInputFile } from '../util/files.js';

/** A brand logo ready to embed: always a data: URI shown through <img>, where an SVG's scripts never run. */
export interface BrandLogo {
  mime: 'image/png' | 'image/svg+xml';
  dataUri: string;
}

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * An SVG document: optional BOM, XML declaration, comments and a DOCTYPE without an internal subset, then an
 * `<svg` root that is closed. Entity declarations are refused (entity expansion has no place in a logo).
 */
function looksLikeSvg(text: string): boolean {
  if (/<!ENTITY/i.test(text)) return false;
  let rest = text.replace(/^\uFEFF/, '').trimStart();
  for (let i = 0; i < 100; i++) {
    const prolog = /^(<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+svg[^>[]*>)\s*/i.exec(rest);
    if (!prolog) break;
    rest = rest.slice(prolog[0].length);
  }
  let body = rest.trimEnd();
  for (let i = 0; i < 100 && body.endsWith('-->'); i++) {
    const start = body.lastIndexOf('<!--');
    if (start < 0) break;
    body = body.slice(0, start).trimEnd();
  }
  return /^<svg[\s>]/i.test(rest) && /<\/svg>$/i.test(body);
}

/**
 * Read and check `--brand-logo`: a regular file (never a device or pipe, which may never end) of at most 2 MiB,
 * a real PNG (by signature) or an SVG document. The bytes returned are the ones checked.
 */
export async function loadBrandLogo(file: string): Promise<BrandLogo> {
  const bytes = await readInputFile('--brand-logo', file, { maxBytes: MAX_LOGO_BYTES, expected: 'a PNG or SVG file' });
  if (bytes.length === 0) throw new InputError(`--brand-logo ${file} is empty`);
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return { mime: 'image/png', dataUri: `data:image/png;base64,${bytes.toString('base64')}` };
  }
  const text = bytes.toString('utf8');
  if (looksLikeSvg(text)) {
    return { mime: 'image/svg+xml', dataUri: `data:image/svg+xml;base64,${bytes.toString('base64')}` };
  }
  throw new InputError(`--brand-logo ${file} is neither a PNG (by its signature) nor an SVG document`);
}
