import { oneLineClipped } from './safe-text.js';

/**
 * The bearer tokens this process has sent, so any text that came back from an endpoint can be cleaned of them
 * before it is stored (snapshot, result, reports) or printed. An endpoint — or a proxy in front of it — may echo the
 * `Authorization` header in an error body or a request id; Graph itself never does, but gatehouse must not depend
 * on that. Besides the exact tokens, anything that looks like a bearer token or a JWT is removed too (a token of
 * another client, or one this process never saw).
 */
const known: string[] = [];
/** The shortest remembered secret's length: a string shorter than it cannot contain one (a cheap pre-check). */
let floor = Infinity;
/** Tokens rotate about hourly; a day-long scan sees a few dozen at most. */
const KEEP = 64;
/** Shorter strings are not treated as secrets (a test double's token such as `x` must not blank every letter x). */
const MIN_SECRET_LENGTH = 8;

export const REDACTED = '[redacted]';

/** Remember a token this process is about to send (or has received), to redact it from any text later. */
export function rememberSecret(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH || known.includes(secret)) return;
  known.push(secret);
  if (known.length > KEEP) known.shift();
  floor = Math.min(...known.map((s) => s.length));
}

// Not an already redacted value: cleaning is applied at every layer and must give the same text twice.
const BEARER = /\bBearer\s+(?!\[redacted\])[^\s"',;)\]}]+/gi;
// A JWT: three base64url parts, the first one a JSON object (`eyJ` is `{"` in base64).
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;

/** `text` without any remembered token, `Bearer …` value or JWT. */
export function redactSecrets(text: string): string {
  let out = text;
  if (out.length >= floor) for (const s of known) if (out.includes(s)) out = out.split(s).join(REDACTED);
  return out.replace(BEARER, `Bearer ${REDACTED}`).replace(JWT, REDACTED);
}

/**
 * `text` without any remembered token — and otherwise unchanged. Collected data goes through this: a tenant's
 * strings may legitimately look like anything, but the token this process sent must never be stored.
 */
export function withoutKnownSecrets(text: string): string {
  if (text.length < floor) return text;
  let out = text;
  for (const s of known) if (out.includes(s)) out = out.split(s).join(REDACTED);
  return out;
}

/**
 * Error text from an endpoint (Graph's `error.code`, `error.message`, a request id), fit to store and print: secrets
 * redacted, one line without control characters or escape sequences, at most `max` characters.
 */
export function cleanErrorText(text: string, max = 2000): string {
  return oneLineClipped(redactSecrets(text), max);
}
