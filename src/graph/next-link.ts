/**
 * Where an `@odata.nextLink` may take the bearer token: only to the configured Graph endpoint — same scheme, host
 * and port, and under its path prefix, then a Graph version segment. The link is compared in normalised form, as
 * the server will read it: dot segments resolved (`..`, `%2e%2e` and their mixes, by the WHATWG URL parser),
 * percent-encoded unreserved characters decoded. Anything a server might still read differently from us is refused
 * rather than guessed at: control characters or spaces (which the URL parser would silently drop), backslashes,
 * encoded slashes, backslashes or dots left after decoding, user info, and a query holding `://` (the Graph SDK
 * takes a path containing `https://` for an absolute URL and would build a request for another host from it).
 */
export type GraphVersion = 'v1.0' | 'beta';

export class NextLinkRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Decode `%XX` escapes of unreserved characters (RFC 3986 §6.2.2.2); other escapes are kept, in upper case. */
export function decodeUnreserved(path: string): string {
  return path.replace(/%([0-9A-Fa-f]{2})/g, (whole, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(c) ? c : whole.toUpperCase();
  });
}

/**
 * The request a nextLink stands for on `baseUrl` (the Graph root without version, e.g. `https://graph.microsoft.com`
 * or `http://127.0.0.1:4321/graph`): its version and the normalised path under it plus the query exactly as Graph
 * wrote it. Throws NextLinkRefused saying why when the link leads anywhere else.
 */
export function resolveNextLink(link: string, baseUrl: string): { version: GraphVersion; pathAndQuery: string } {
  // The URL parser drops tabs and line breaks and trims spaces without a word: refuse them instead.
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(link)) throw new NextLinkRefused('it holds spaces, control characters or backslashes');
  let url: URL;
  let base: URL;
  try {
    url = new URL(link);
    base = new URL(baseUrl);
  } catch {
    throw new NextLinkRefused('it is not an absolute URL');
  }
  if (url.username || url.password) throw new NextLinkRefused('it carries user information');
  if (url.protocol !== base.protocol || url.host !== base.host)
    throw new NextLinkRefused(`it points to ${url.protocol}//${url.host}, not the configured endpoint`);
  const path = decodeUnreserved(url.pathname);
  const segments = path.split('/');
  if (segments.some((s) => s === '.' || s === '..')) throw new NextLinkRefused('its path holds dot segments');
  if (/%2F|%5C|%2E/i.test(path)) throw new NextLinkRefused('its path holds encoded slashes, backslashes or dots');
  const basePath = decodeUnreserved(base.pathname).replace(/\/+$/, '');
  if (!path.startsWith(`${basePath}/`)) throw new NextLinkRefused(`its path ${path} is outside ${basePath || '/'}`);
  const m = /^\/(v1\.0|beta)(\/.*)$/.exec(path.slice(basePath.length));
  if (!m) throw new NextLinkRefused(`its path ${path} names no Graph version (v1.0 or beta) under ${basePath || '/'}`);
  // The query as Graph wrote it (skip tokens are opaque; re-encoding could change them), fragment dropped.
  const q = link.indexOf('?');
  const hash = link.indexOf('#');
  const rawQuery = q < 0 || (hash >= 0 && hash < q) ? '' : link.slice(q, hash > q ? hash : undefined);
  if (rawQuery.includes('://')) throw new NextLinkRefused('its query holds a URL');
  return { version: m[1] as GraphVersion, pathAndQuery: `${m[2]!}${rawQuery}` };
}
