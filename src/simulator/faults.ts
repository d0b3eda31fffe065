/**
 * Injectable faults, per path: Graph's error answers (401, 403, licence 403, 404, 400 unknown segment, 429 with and
 * without Retry-After, 500, 503, 504, an expired token), transport trouble (connection reset, truncated body,
 * latency, a server that never answers or stalls mid-body, an answer larger than any page) and hostile answers (a
 * nextLink leading elsewhere, an object the schema cannot hold, an entity wrapped in `{"value": …}`, an error that
 * echoes the Authorization header).
 */
export type FaultKind =
  | 'unauthorized'
  | 'forbidden'
  | 'licence'
  | 'not-found'
  | 'segment-not-found'
  | 'bad-request'
  | 'throttle'
  | 'throttle-no-retry-after'
  | 'server-error'
  | 'unavailable'
  | 'gateway-timeout'
  | 'reset'
  | 'truncate'
  | 'latency'
  | 'token-expired'
  | 'silent'
  | 'stall'
  | 'oversize'
  | 'next-link'
  | 'corrupt'
  | 'wrap-entity';

/** Faults that change a normal answer instead of replacing it. */
export const ANSWER_CHANGING_FAULTS: ReadonlySet<FaultKind> = new Set([
  'truncate',
  'oversize',
  'next-link',
  'corrupt',
  'wrap-entity',
  'stall',
]);

export interface FaultSpec {
  /**
   * Path without the version segment, case-insensitive; `*` inside a segment matches any characters of that
   * segment, a `**` segment matches the rest of the path. E.g. `/users`, `/users/*\/sponsors`,
   * `/tenantRelationships/findTenantInformationByDomainName*`.
   */
  path: string;
  version?: 'v1.0' | 'beta';
  /** Only when `$select` names this property (e.g. `signInActivity`). */
  selectIncludes?: string;
  /** Only when `$expand` names this navigation (e.g. `sponsors`). */
  expandIncludes?: string;
  /** Only when the raw query string contains this text (e.g. `$skiptoken` to fail from the second page on). */
  queryIncludes?: string;
  kind: FaultKind;
  /** Fire this many times, then answer normally (a transient fault). Default: every time. */
  times?: number;
  /** For `throttle`: Retry-After seconds (default 0), or `http-date` for an HTTP-date `seconds` from now. */
  retryAfter?: number;
  retryAfterFormat?: 'seconds' | 'http-date';
  /** For `latency` (and as extra delay before any other kind). */
  latencyMs?: number;
  /** Overrides of the answer's status, Graph error code and message. */
  status?: number;
  code?: string;
  message?: string;
  /** For error answers: put the request's `Authorization` header into the message and the request id (an endpoint that echoes it). */
  echoAuthorization?: boolean;
  /** For `oversize`: the body's size in bytes (default 2 MiB); `declareLength` sends a Content-Length for it. */
  bytes?: number;
  declareLength?: boolean;
  /** For `next-link`: the page's `@odata.nextLink` instead of the real one; `{origin}` is replaced by the simulator's origin. */
  nextLink?: string;
  /** For `corrupt`: set this property of the entity (or the first item of a page) to `value`, or delete it when `value` is absent. */
  property?: string;
  value?: unknown;
  /** For `token-expired`: a claims challenge in `WWW-Authenticate` (base64 of this JSON), as Graph sends for a revoked session. */
  claimsChallenge?: string;
}

export interface FaultAnswer {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

/** Graph's answer for a status fault (transport faults are handled by the server). */
export function faultAnswer(f: FaultSpec, segment: string, now: number): FaultAnswer | undefined {
  const base = (status: number, code: string, message: string, headers?: Record<string, string>): FaultAnswer => ({
    status: f.status ?? status,
    code: f.code ?? code,
    message: f.message ?? message,
    ...(headers ? { headers } : {}),
  });
  switch (f.kind) {
    case 'unauthorized':
      return base(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
    case 'token-expired':
      return base(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.', {
        'WWW-Authenticate': bearerChallenge(f.claimsChallenge),
      });
    case 'forbidden':
      return base(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    case 'licence':
      return base(
        403,
        'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
        "Neither tenant is B2C or tenant doesn't have premium license",
      );
    case 'not-found':
      return base(
        404,
        'Request_ResourceNotFound',
        `Resource '${segment}' does not exist or one of its queried reference-property objects are not present.`,
      );
    case 'segment-not-found':
      return base(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
    case 'bad-request':
      return base(400, 'Request_BadRequest', 'Invalid request.');
    case 'throttle': {
      const seconds = f.retryAfter ?? 0;
      const value = f.retryAfterFormat === 'http-date' ? new Date(now + seconds * 1000).toUTCString() : String(seconds);
      return base(429, 'TooManyRequests', 'Too many requests.', { 'Retry-After': value });
    }
    case 'throttle-no-retry-after':
      return base(429, 'TooManyRequests', 'Too many requests.');
    case 'server-error':
      return base(500, 'generalException', 'An unexpected error occurred.');
    case 'unavailable':
      return base(503, 'serviceNotAvailable', 'The service is temporarily unavailable.');
    case 'gateway-timeout':
      return base(504, 'GatewayTimeout', 'The gateway timed out.');
    default:
      return undefined;
  }
}

/** Graph's `WWW-Authenticate` on a refused token, with a claims challenge when given. */
export function bearerChallenge(claims?: string): string {
  const base =
    'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';
  return claims ? `${base}, error="insufficient_claims", claims="${Buffer.from(claims).toString('base64')}"` : base;
}

function segmentRegex(seg: string): RegExp {
  return new RegExp(
    `^${seg
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
}

/** Does the fault's path pattern match this (version-less) request path? */
export function pathMatches(pattern: string, path: string): boolean {
  const p = pattern.replace(/\/+$/, '').split('/');
  const s = path.replace(/\/+$/, '').split('/');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '**') return true;
    if (i >= s.length || !segmentRegex(p[i]!.replace(/^graph\./i, 'microsoft.graph.')).test(s[i]!.replace(/^graph\./i, 'microsoft.graph.')))
      return false;
  }
  return p.length === s.length;
}
