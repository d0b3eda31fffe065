import { GraphError } from '@microsoft/microsoft-graph-client';
import { CollectionError } from '../errors.js';
import { cleanErrorText } from '../util/secrets.js';

/**
 * One failed Graph request, normalised: HTTP status (absent when no response arrived), Graph `error.code`,
 * message and `request-id` (what Microsoft support asks for). Code, message and request id come from the endpoint,
 * so they are cleaned here, once, before anything can store or print them: tokens redacted (an endpoint may echo the
 * `Authorization` header), control characters and escape sequences removed, line breaks made spaces, length capped.
 */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';
  readonly code: string;
  readonly requestId: string | undefined;
  constructor(
    message: string,
    code: string,
    readonly httpStatus: number | undefined,
    requestId: string | undefined,
    /** Request path under the Graph root, for messages (`/v1.0/users?...`). */
    readonly path: string,
  ) {
    super(cleanErrorText(message));
    this.code = cleanErrorText(code, 200);
    this.requestId = requestId === undefined ? undefined : cleanErrorText(requestId, 200);
  }
}

export type TransportFailure = 'NetworkError' | 'ConnectFailed' | 'RequestTimeout' | 'TruncatedResponse' | 'ResponseTooLarge';

/** A transport-level failure raised inside the middleware chain (no usable HTTP response). */
export class TransportError extends Error {
  constructor(
    readonly kind: TransportFailure,
    message: string,
  ) {
    super(message);
    this.name = kind;
  }
}

/** A request other than GET (or a `$batch` of GETs) tried to leave the process: a gatehouse bug, never sent. */
export class ReadOnlyViolation extends Error {
  override readonly name = 'ReadOnlyViolation';
}

/** The credential could not produce a token: exit 3 before anything is collected. */
export class AuthenticationFailure extends CollectionError {}

const REQUEST_ID_HEADERS = ['request-id', 'client-request-id', 'x-ms-request-id'];

function headerRequestId(headers: Headers | undefined): string | undefined {
  if (!headers || typeof headers.get !== 'function') return undefined;
  for (const h of REQUEST_ID_HEADERS) {
    const v = headers.get(h);
    if (v) return v;
  }
  return undefined;
}

/** Turn whatever the SDK threw into a GraphRequestError; our own guard and auth errors pass through unchanged. */
export function normaliseError(e: unknown, path: string): Error {
  if (e instanceof GraphRequestError || e instanceof AuthenticationFailure || e instanceof ReadOnlyViolation) return e;
  if (e instanceof GraphError) {
    if (e.code === 'ReadOnlyViolation') return new ReadOnlyViolation(e.message);
    if (e.code === 'AuthenticationFailure') return new AuthenticationFailure(e.message);
    const status = e.statusCode > 0 ? e.statusCode : undefined;
    const requestId = e.requestId ?? headerRequestId(e.headers);
    if (status !== undefined && status >= 200 && status < 300) {
      // A 2xx whose body was not the JSON Graph promised (cut off, or not JSON at all).
      return new GraphRequestError(
        `Graph returned an unreadable response body (${e.message})`,
        'InvalidResponseBody',
        status,
        requestId,
        path,
      );
    }
    const code = e.code ?? (status ? `HTTP${status}` : 'UnknownError');
    const message = e.message || (status ? `HTTP ${status}` : 'request failed');
    return new GraphRequestError(message, code, status, requestId, path);
  }
  const err = e as Error;
  return new GraphRequestError(err?.message ?? String(e), err?.name ?? 'UnknownError', undefined, undefined, path);
}
