import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonFileWriter } from '../../src/util/json-file.js';

describe('JsonFileWriter', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gatehouse-json-file-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes every text in order, byte for byte, across chunk edges and with texts larger than a chunk', async () => {
    // Multi-byte characters (2, 3 and 4 bytes in UTF-8) land on every offset of the 1 MiB chunk edges.
    const pieces: string[] = [];
    for (let i = 0; i < 40_000; i++) pieces.push(`${i}:é€😀"${'x'.repeat(i % 97)}\n`);
    pieces.splice(20_000, 0, 'big€'.repeat(400_000));
    const file = join(dir, 'out.json');
    await JsonFileWriter.write(file, async (w) => {
      for (const p of pieces) await w.write(p);
    });
    expect((await readFile(file)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('leaves nothing behind when the body fails', async () => {
    const file = join(dir, 'out.json');
    await expect(
      JsonFileWriter.write(file, async (w) => {
        await w.write('x'.repeat(3 << 20));
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await readdir(dir)).toEqual([]);
  });
});
