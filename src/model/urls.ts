/**
 * Endpoint URLs from tenant configuration (API connectors, custom authentication extensions). Parsed with the
 * WHATWG `URL` parser; anything it rejects is reported as-is, never repaired.
 */
export type EndpointCheck = { https: true; host: string } | { https: false; why: 'missing' | 'unparsable' | 'scheme'; scheme?: string };

export function checkHttpsEndpoint(value: unknown): EndpointCheck {
  if (typeof value !== 'string' || value.trim() === '') return { https: false, why: 'missing' };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { https: false, why: 'unparsable' };
  }
  if (url.protocol !== 'https:') return { https: false, why: 'scheme', scheme: url.protocol.replace(/:$/, '') };
  return { https: true, host: url.hostname };
}

/** `@odata.type` without its leading `#`, lower-cased (Graph's own examples are inconsistent about the `#`). */
export function odataType(obj: { '@odata.type'?: unknown } | null | undefined): string | undefined {
  const t = obj?.['@odata.type'];
  return typeof t === 'string' && t.trim() !== '' ? t.trim().replace(/^#/, '').toLowerCase() : undefined;
}
