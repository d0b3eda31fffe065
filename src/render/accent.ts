/**
 * `--brand-color`: the consultant's accent colour, and the shades of it the report can use without losing contrast.
 * WCAG 2.x relative luminance and contrast ratio are a few lines of arithmetic; a colour library would add a
 * dependency for less than this file.
 */

/** `#rgb` or `#rrggbb` only: no names, no alpha, no functions — anything else is refused. */
const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** `#1F3A5F` / `#1fa` → `#1f3a5f` / `#11ffaa`; undefined for anything that is not a strict hex colour. */
export function parseHexColour(value: string): string | undefined {
  if (!HEX.test(value)) return undefined;
  const hex = value.slice(1).toLowerCase();
  return '#' + (hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex);
}

type Rgb = [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const hexOf = (c: Rgb) => '#' + c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

/** WCAG 2.x relative luminance of an sRGB colour. */
function luminance(c: Rgb): number {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (la + 0.05) / (lb + 0.05);
}

/** The colour itself when it reaches `ratio` against white, else the same hue darkened (mixed with black) until it does. */
function darkenedTo(hex: string, ratio: number): string {
  const c = rgb(hex);
  for (let k = 1; k >= 0; k -= 0.02) {
    const shade = hexOf([c[0] * k, c[1] * k, c[2] * k]);
    if (contrastRatio(shade, '#ffffff') >= ratio) return shade;
  }
  return '#000000';
}

export interface Accent {
  /** The colour as given: borders, the cover's band. */
  colour: string;
  /** For shapes that carry meaning (chart bars): at least 3:1 against white (WCAG 1.4.11). */
  strong: string;
  /** For text (headings, links) on white: at least 4.5:1 (WCAG 1.4.3); the given colour when it already is. */
  ink: string;
}

/**
 * The shades of an accent. A colour too light to read as text on the white page (yellow, say) still draws the
 * borders and the cover's band as given; headings and links use it darkened until they are readable.
 */
export function accentShades(hex: string): Accent {
  return { colour: hex, strong: darkenedTo(hex, 3), ink: darkenedTo(hex, 4.5) };
}
