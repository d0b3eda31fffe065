import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileChunks } from '../../src/util/file-chunks.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-chunks-'));
});

const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));

describe('fileChunks', () => {
  it('yields every byte in order, whatever the chunk size (a last chunk shorter than the rest)', async () => {
    const file = join(dir, 'a.bin');
    await writeFile(file, bytes);
    for (const size of [1, 7, 64, 999, 1000, 4096]) {
      const copies: Buffer[] = [];
      for await (const chunk of fileChunks(file, size)) copies.push(Buffer.from(chunk));
      expect(Buffer.concat(copies).equals(bytes)).toBe(true);
      expect(copies.length).toBe(Math.ceil(bytes.length / size));
    }
  });

  it('reads into two buffers that take turns, not a fresh one per chunk', async () => {
    const file = join(dir, 'b.bin');
    await writeFile(file, bytes);
    // Small buffers may share one pooled ArrayBuffer: a buffer is its memory and its offset in it.
    const seen: Array<[ArrayBufferLike, number]> = [];
    for await (const chunk of fileChunks(file, 100))
      if (!seen.some(([b, o]) => b === chunk.buffer && o === chunk.byteOffset)) seen.push([chunk.buffer, chunk.byteOffset]);
    expect(seen.length).toBe(2);
  });

  it('yields nothing for an empty file, and stops cleanly when the caller stops early', async () => {
    const empty = join(dir, 'empty.bin');
    await writeFile(empty, '');
    let n = 0;
    for await (const _ of fileChunks(empty, 16)) n++;
    expect(n).toBe(0);
    const file = join(dir, 'c.bin');
    await writeFile(file, bytes);
    for await (const chunk of fileChunks(file, 10)) {
      expect(chunk[0]).toBe(0);
      break;
    }
  });

  it('fails on a file that cannot be read', async () => {
    const read = async () => {
      for await (const _ of fileChunks(join(dir, 'missing.bin'))) void _;
    };
    await expect(read()).rejects.toThrow(/ENOENT/);
  });
});
