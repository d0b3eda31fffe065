import { X509Certificate } from 'node:crypto';

/**
 * Certificates as tenant configuration carries them: API connector client certificates (`pkcs12CertificateInformation`,
 * expiry as an epoch number) and SAML/WS-Fed signing certificates (Base64 DER of the public certificate).
 */

const DAY_MS = 86_400_000;
/** Below this an epoch value is in seconds (1e11 s is the year 5138); below 1e14 it is in milliseconds. */
const SECONDS_LIMIT = 1e11;
const MILLISECONDS_LIMIT = 1e14;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * `notBefore`/`notAfter` of a `pkcs12CertificateInformation`. Graph documents a NumericDate (seconds since the epoch,
 * RFC 7519) but its own examples and some tenants show milliseconds, so the unit is told apart by magnitude; an ISO
 * timestamp with an explicit zone is accepted too. Anything else is unknown (undefined), never guessed.
 */
export function epochInstant(value: unknown): Date | undefined {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) n = Number(value);
  else if (typeof value === 'string' && ISO_INSTANT.test(value.trim())) {
    const d = new Date(value.trim());
    return Number.isNaN(d.getTime()) ? undefined : d;
  } else return undefined;
  if (!Number.isFinite(n) || n <= 0 || n >= MILLISECONDS_LIMIT) return undefined;
  return new Date(n < SECONDS_LIMIT ? n * 1000 : n);
}

/** Whole days from `from` to `to`, rounded down (negative when `to` is earlier). */
export function daysUntil(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

export type ExpiryState = 'expired' | 'expiring' | 'valid';

/** Where an expiry stands at `asOf`: gone, inside the warning window, or comfortably ahead. */
export function expiryState(notAfter: Date, asOf: Date, warnDays: number): ExpiryState {
  if (notAfter.getTime() <= asOf.getTime()) return 'expired';
  if (notAfter.getTime() - asOf.getTime() <= warnDays * DAY_MS) return 'expiring';
  return 'valid';
}

export interface ParsedCertificate {
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 fingerprint, colon-separated hex as Node prints it. */
  fingerprint256: string;
  serialNumber: string;
}

export type CertificateParse = { ok: true; certificate: ParsedCertificate } | { ok: false; reason: string };

const MONTHS: Record<string, number> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

/** OpenSSL's validity format as Node reports it: `Nov 24 11:47:28 2036 GMT` (day padded with a space). */
export function parseOpenSslTime(value: string): Date | undefined {
  const m = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4}) GMT$/.exec(value.trim());
  if (!m) return undefined;
  const month = MONTHS[m[1]!];
  if (month === undefined) return undefined;
  const d = new Date(Date.UTC(Number(m[6]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * Parse a Base64 (DER) or PEM X.509 certificate as Graph stores `signingCertificate`. Whitespace and PEM armour are
 * tolerated; anything node:crypto rejects comes back with the reason, for a "not assessed" rather than a guess.
 */
export function parseBase64Certificate(value: unknown): CertificateParse {
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, reason: 'no certificate is present' };
  const body = value.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return { ok: false, reason: 'the value is not Base64' };
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(Buffer.from(body, 'base64'));
  } catch (e) {
    const code = (e as { code?: string }).code;
    return { ok: false, reason: `the value is not a readable X.509 certificate${code ? ` (${code})` : ''}` };
  }
  const notBefore = parseOpenSslTime(cert.validFrom);
  const notAfter = parseOpenSslTime(cert.validTo);
  if (!notBefore || !notAfter) return { ok: false, reason: 'the certificate validity dates cannot be read' };
  return {
    ok: true,
    certificate: {
      subject: cert.subject,
      issuer: cert.issuer,
      notBefore,
      notAfter,
      fingerprint256: cert.fingerprint256,
      serialNumber: cert.serialNumber,
    },
  };
}
