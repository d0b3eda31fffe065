/**
 * What a client's CISO should never meet in a report: wording that only a developer or the Graph API would use.
 * Shared by the plain-language meta-test (rule texts, messages, reasons, labels) and the report tests (the visible
 * text of the HTML).
 */

/** Words in camelCase a reader does meet in prose: product names. */
const CAMEL_ALLOWED = new Set(['iOS', 'macOS', 'iPadOS', 'iPhone', 'iPad', 'eDiscovery']);

export const DEVELOPER_WORDING: ReadonlyArray<{ what: string; re: RegExp }> = [
  { what: 'an "(s)" plural', re: /\w\(s\)/ },
  { what: 'developer prose ("hence", "i.e.", "viz.")', re: /\b(?:hence|thus|viz\.|i\.e\.)(?=\W|$)/i },
  { what: 'an unfilled {placeholder}', re: /\{\w+\}/ },
  { what: 'raw JSON', re: /[[{]\s*"|"\s*:\s*[[{"\d]|\}\s*,\s*\{/ },
  { what: 'a command-line option', re: /(?:^|[\s(`'"])--[a-z][a-z-]+/ },
  { what: 'a programming value (null, undefined, true, false, NaN)', re: /\b(?:null|undefined|NaN|true|false)\b/ },
  { what: 'a code operator (=, ==, !=, =>)', re: /\s(?:={1,3}|!==?|=>)\s|\w=\w/ },
  { what: 'an HTTP status code', re: /\bHTTP \d{3}\b/ },
  { what: 'a Graph property or enum name in camelCase', re: /\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*\b/ },
  { what: 'a Graph type or path (microsoft.graph…, /v1.0/…)', re: /microsoft\.graph\.|\/(?:v1\.0|beta)\// },
];

/** Every developer-wording pattern the text contains, with the matched words. */
export function developerWording(text: string): string[] {
  const found: string[] = [];
  for (const { what, re } of DEVELOPER_WORDING) {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    const hits = [...text.matchAll(global)].map((m) => m[0]).filter((h) => !(what.startsWith('a Graph property') && CAMEL_ALLOWED.has(h)));
    if (hits.length)
      found.push(
        `${what}: ${[...new Set(hits)]
          .slice(0, 3)
          .map((h) => JSON.stringify(h.trim()))
          .join(', ')}`,
      );
  }
  return found;
}
