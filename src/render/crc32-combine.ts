/**
 * CRC-32 of two byte runs joined, from each run's CRC-32 and the second run's length — zlib's crc32_combine, which
 * Node does not expose. report.xlsx's Findings sheet is deflated in separate pieces, some on another thread, and
 * its ZIP entry needs the CRC-32 of the whole sheet without any thread holding (or reading again) all its bytes.
 * Written here rather than taken from a package: it is twenty lines of arithmetic, and the packages that offer it
 * compute the CRC-32 itself in JavaScript, which Node's native `zlib.crc32` does here.
 *
 * Appending `len2` zero bytes to a message acts on its CRC register as a fixed linear map over GF(2); the map for
 * one zero bit is built from the polynomial, squared up to a byte, and applied per set bit of `len2`.
 */
const GF2_DIM = 32;
/** The reflected CRC-32 polynomial. */
const POLYNOMIAL = 0xedb88320;

function times(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let i = 0, v = vector >>> 0; v !== 0; i++, v >>>= 1) if (v & 1) sum ^= matrix[i]!;
  return sum >>> 0;
}

function square(target: Uint32Array, matrix: Uint32Array): void {
  for (let n = 0; n < GF2_DIM; n++) target[n] = times(matrix, matrix[n]!);
}

/** CRC-32 of A followed by B, given crc1 = CRC-32(A), crc2 = CRC-32(B) and len2 = B's length in bytes. */
export function crc32Combine(crc1: number, crc2: number, len2: number): number {
  if (len2 <= 0) return crc1 >>> 0;
  const even = new Uint32Array(GF2_DIM);
  const odd = new Uint32Array(GF2_DIM);
  odd[0] = POLYNOMIAL;
  for (let n = 1, row = 1; n < GF2_DIM; n++, row <<= 1) odd[n] = row;
  square(even, odd); // two zero bits
  square(odd, even); // four zero bits
  let crc = crc1 >>> 0;
  let len = len2;
  for (;;) {
    square(even, odd); // the first time: one zero byte
    if (len % 2) crc = times(even, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
    square(odd, even);
    if (len % 2) crc = times(odd, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
  }
  return (crc ^ crc2) >>> 0;
}
