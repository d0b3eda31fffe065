import { open } from 'node:fs/promises';

/**
 * A file's bytes in order, in chunks read into two buffers that take turns: while the caller works on one chunk, the
 * next is read into the other. A chunk is only valid until the caller asks for the next one (the buffer is then
 * filled again), so anything kept longer must be copied.
 *
 * Why not `createReadStream`: it allocates a fresh buffer per chunk. A guest pass reads a 777 MB snapshot in 4 MiB
 * chunks while the findings pile up, and each of those buffers is memory outside V8's heap that only a garbage
 * collection gives back — tens of megabytes of dead chunks held on each thread that reads the file, and full
 * collections of a heap holding the findings started to reclaim them. Two buffers for the whole pass hold 8 MiB.
 */
export async function* fileChunks(path: string, chunkSize = 4 * 1024 * 1024): AsyncGenerator<Buffer, void, undefined> {
  const file = await open(path, 'r');
  const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
  let position = 0;
  const readAt = (buffer: Buffer, at: number) => file.read(buffer, 0, chunkSize, at);
  let turn = 0;
  let pending: ReturnType<typeof readAt> | undefined = readAt(buffers[0]!, 0);
  try {
    while (pending !== undefined) {
      const { bytesRead } = await pending;
      pending = undefined;
      if (bytesRead === 0) break;
      position += bytesRead;
      const current = buffers[turn]!;
      turn ^= 1;
      // The other buffer's chunk was handed out before this one, and the caller has asked past it: free to refill.
      pending = readAt(buffers[turn]!, position);
      yield bytesRead === chunkSize ? current : current.subarray(0, bytesRead);
    }
  } finally {
    // A caller that stops early (an invalid guest, a cancelled job) leaves a read in flight: let it land before closing.
    await pending?.catch(() => undefined);
    await file.close();
  }
}
