import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JsonFileWriter } from '../../src/util/json-file.js';

// The disk, as the writer sees it: each test may make the file handle's writes wait for the test to let them finish
// (a slow disk, so every chunk is queued) or fail after some bytes (a full disk).
const disk = vi.hoisted(() => ({
  held: undefined as undefined | Array<() => void>,
  failAfter: undefined as number | undefined,
  writes: 0,
}));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args);
    let written = 0;
    const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<{ bytesWritten: number }>;
    return new Proxy(handle, {
      get(target, key, receiver) {
        if (key !== 'write') return Reflect.get(target, key, receiver) as unknown;
        return async (buffer: Buffer, offset: number, length: number, position: number) => {
          disk.writes++;
          if (disk.held) await new Promise<void>((resolve) => disk.held!.push(resolve));
          if (disk.failAfter !== undefined && written + length > disk.failAfter)
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          // Half of what was asked, as a write to a regular file may take: the writer must write the rest.
          const r = await write(buffer, offset, Math.max(1, length >> 1), position);
          written += r.bytesWritten;
          return r;
        };
      },
    });
  };
  return { ...real, open };
});

describe('JsonFileWriter', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gatehouse-json-file-'));
  });
  afterEach(async () => {
    Object.assign(disk, { held: undefined, failAfter: undefined, writes: 0 });
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

  it('waits only when every chunk is queued for the disk, and then for the oldest write alone', async () => {
    disk.held = [];
    const file = join(dir, 'out.json');
    const w = await JsonFileWriter.open(file);
    // 200,000 bytes, but the writer reserves 3 bytes a character before encoding: four to a 1 MiB chunk.
    const text = 'é'.repeat(100_000);
    const pieces: string[] = [];
    let waited: Promise<void> | undefined;
    while (!waited) {
      pieces.push(`${pieces.length}${text}`);
      waited = w.write(pieces.at(-1)!);
    }
    // Four chunks filled and handed to the disk, none free: the 17th text had to wait.
    expect(pieces.length).toBe(17);
    let resolved = false;
    void waited.then(() => (resolved = true));
    // One write at a time reaches the file handle, and the caller waits while it is held.
    await new Promise((r) => setImmediate(r));
    expect([disk.writes, resolved]).toEqual([1, false]);
    // Letting the first write finish frees its chunk (after the rest of its bytes, written in halves).
    while (!resolved) {
      await new Promise((r) => setImmediate(r));
      disk.held.shift()?.();
    }
    let committed = false;
    const commit = w.commit().then(() => (committed = true));
    while (!committed) {
      await new Promise((r) => setImmediate(r));
      disk.held.shift()?.();
    }
    await commit;
    expect((await readFile(file)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  it('a failed write (a full disk) fails the writer and leaves nothing behind', async () => {
    disk.failAfter = 3 << 20;
    const file = join(dir, 'out.json');
    await expect(
      JsonFileWriter.write(file, async (w) => {
        for (let i = 0; i < 10_000; i++) {
          const p = w.write(`${i}:${'x'.repeat(1000)}\n`);
          if (p) await p;
        }
      }),
    ).rejects.toThrow('ENOSPC');
    expect(await readdir(dir)).toEqual([]);
  });
});
