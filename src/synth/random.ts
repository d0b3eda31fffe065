/**
 * Seeded randomness for the synthetic tenant generator. Nothing here touches Math.random or the clock: the same
 * seed always yields the same tenant, byte for byte.
 *
 * Each guest draws from its own stream, seeded from (tenant seed, guest index), so guest i is the same whether it
 * is generated alone, in a stream of a million, or as part of a small fixture.
 */

/** 32-bit avalanche mix (the murmur3 finaliser). */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Combine several integers into one well-mixed 32-bit value. */
export function hash32(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) h = mix32((h ^ (p >>> 0)) + 0x7f4a7c15);
  return h;
}

/** FNV-1a over a string, for turning labels ("guest", "partner") into hash inputs. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for synthetic data. Reseedable so a million guests allocate no generators. */
export class Rng {
  private state = 0;

  constructor(seed = 0) {
    this.reseed(seed);
  }

  reseed(seed: number): this {
    this.state = seed >>> 0;
    return this;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Real number in [min, max). */
  real(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** A weighted choice table, built once and sampled many times. */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly values: T[] = [];
  private readonly total: number;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    let sum = 0;
    for (const [value, weight] of entries) {
      if (!(weight > 0)) continue;
      sum += weight;
      this.cumulative.push(sum);
      this.values.push(value);
    }
    if (sum === 0) throw new Error('weighted table without positive weights');
    this.total = sum;
  }

  sample(rng: Rng): T {
    const x = rng.next() * this.total;
    // Linear scan: tables are short (a dozen entries) and this stays allocation-free.
    for (let i = 0; i < this.cumulative.length; i++) if (x < (this.cumulative[i] as number)) return this.values[i] as T;
    return this.values[this.values.length - 1] as T;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(x: number): string {
  return (
    (HEX[(x >>> 24) & 255] as string) + (HEX[(x >>> 16) & 255] as string) + (HEX[(x >>> 8) & 255] as string) + (HEX[x & 255] as string)
  );
}

/**
 * A lowercase RFC 4122 version-4-shaped GUID derived from (seed, kind, index): stable, unique in practice
 * (122 hashed bits), and cheap enough to mint a million of.
 */
export function guid(seed: number, kind: string, index: number): string {
  const k = hashString(kind);
  const a = hash32(seed, k, index, 1);
  const b = hash32(seed, k, index, 2);
  const c = hash32(seed, k, index, 3);
  const d = hash32(seed, k, index, 4);
  const bHex = hex32(((b & 0xffff0fff) | 0x00004000) >>> 0); // version nibble 4
  const cHex = hex32(((c & 0x3fffffff) | 0x80000000) >>> 0); // variant 10xx
  const aHex = hex32(a);
  const dHex = hex32(d);
  return `${aHex}-${bHex.slice(0, 4)}-${bHex.slice(4)}-${cHex.slice(0, 4)}-${cHex.slice(4)}${dHex}`;
}

/** Deterministic bytes (for certificate serials and keys). */
export function bytes(seed: number, kind: string, length: number): Buffer {
  const out = Buffer.alloc(length);
  const k = hashString(kind);
  for (let i = 0; i < length; i += 4) {
    const w = hash32(seed, k, i);
    for (let j = 0; j < 4 && i + j < length; j++) out[i + j] = (w >>> (24 - 8 * j)) & 255;
  }
  return out;
}

export const DAY_MS = 86_400_000;

const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/**
 * Graph serialises timestamps without fractional seconds: 2026-11-10T08:00:00Z. Formatted by hand (Hinnant's
 * civil-from-days) because Date#toISOString dominated the cost of generating a million guests. Years 0–9999.
 */
export function graphDate(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const days = Math.floor(totalSeconds / 86400);
  const secs = totalSeconds - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const hh = Math.floor(secs / 3600);
  const mm = Math.floor((secs % 3600) / 60);
  const ss = secs % 60;
  return `${PAD2[Math.floor(y / 100)]}${PAD2[y % 100]}-${PAD2[m]}-${PAD2[d]}T${PAD2[hh]}:${PAD2[mm]}:${PAD2[ss]}Z`;
}
