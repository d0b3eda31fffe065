import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { bytes } from './random.js';

/**
 * Self-signed X.509 certificates with chosen validity dates, for synthetic SAML/WS-Fed signing certificates.
 * Ed25519 keeps every byte deterministic: the key comes from a seed and Ed25519 signatures carry no randomness,
 * so the same seed and dates always yield the same Base64 text — and the certificate is genuinely valid X.509
 * (node's X509Certificate parses and verifies it). No private key is stored anywhere.
 */

function der(tag: number, content: Buffer): Buffer {
  const len = content.length;
  let header: Buffer;
  if (len < 0x80) header = Buffer.from([tag, len]);
  else if (len < 0x100) header = Buffer.from([tag, 0x81, len]);
  else header = Buffer.from([tag, 0x82, len >> 8, len & 0xff]);
  return Buffer.concat([header, content]);
}

const seq = (...items: Buffer[]) => der(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => der(0x31, Buffer.concat(items));
const explicit = (n: number, inner: Buffer) => der(0xa0 + n, inner);

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const out: number[] = [40 * (parts[0] as number) + (parts[1] as number)];
  for (const p of parts.slice(2)) {
    const stack: number[] = [p & 0x7f];
    let v = p >>> 7;
    while (v > 0) {
      stack.unshift((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.push(...stack);
  }
  return der(0x06, Buffer.from(out));
}

function integer(value: Buffer): Buffer {
  // Positive and minimal: strip leading zeros, then add one back if the top bit is set.
  let v = value;
  while (v.length > 1 && v[0] === 0) v = v.subarray(1);
  if ((v[0] as number) & 0x80) v = Buffer.concat([Buffer.from([0]), v]);
  return der(0x02, v);
}

function time(ms: number): Buffer {
  const iso = new Date(ms).toISOString(); // 2026-12-17T00:00:00.000Z
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '') + 'Z'; // 20261217000000Z
  const year = new Date(ms).getUTCFullYear();
  // RFC 5280: UTCTime through 2049, GeneralizedTime from 2050.
  return year < 2050 ? der(0x17, Buffer.from(digits.slice(2), 'ascii')) : der(0x18, Buffer.from(digits, 'ascii'));
}

const name = (cn: string) => seq(set(seq(oid('2.5.4.3'), der(0x0c, Buffer.from(cn, 'utf8')))));

const ED25519 = seq(oid('1.3.101.112'));
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface CertificateSpec {
  seed: number;
  /** Distinguishes certificates of one tenant (e.g. the federation id). */
  label: string;
  commonName: string;
  notBeforeMs: number;
  notAfterMs: number;
}

/** Base64 DER of a self-signed certificate (the form Graph returns in `signingCertificate`). */
export function selfSignedCertificate(spec: CertificateSpec): string {
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, bytes(spec.seed, `cert-key:${spec.label}`, 32)]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const serial = bytes(spec.seed, `cert-serial:${spec.label}`, 16);
  serial[0] = ((serial[0] as number) & 0x7f) | 0x10;
  const basicConstraints = seq(oid('2.5.29.19'), der(0x01, Buffer.from([0xff])), der(0x04, seq()));
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    ED25519,
    name(spec.commonName),
    seq(time(spec.notBeforeMs), time(spec.notAfterMs)),
    name(spec.commonName),
    spki,
    explicit(3, seq(basicConstraints)),
  );
  const signature = sign(null, tbs, privateKey);
  return seq(tbs, ED25519, der(0x03, Buffer.concat([Buffer.from([0]), signature]))).toString('base64');
}
