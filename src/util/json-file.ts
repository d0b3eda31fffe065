import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { Staging } from './staging.js';

const CHUNK_BYTES = 1 << 20;
/** Chunks a writer may hold: one being filled while the others wait for, or are in, the write before it. */
const MAX_CHUNKS = 4;

/** Write all of `bytes` at `position` (a write to a regular file may take fewer bytes than asked; the rest follows). */
async function writeFully(file: FileHandle, bytes: Buffer, position: number): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    const { bytesWritten } = await file.write(bytes, done, bytes.length - done, position + done);
    if (bytesWritten <= 0) throw new Error(`could not write to ${file.fd}: the write took no bytes`);
    done += bytesWritten;
  }
}

/**
 * The one streaming writer behind every large JSON file gatehouse writes (snapshots, redacted snapshots, result.json,
 * synthetic tenants): text is encoded straight into 1 MiB byte chunks, so a file far larger than V8's ~512 MB string
 * limit is never built as one string; and it is written in a staging folder beside its target and renamed onto it on
 * `commit` (see staging.ts), so a reader never sees half a file and an existing file or link of that name is replaced,
 * never written through.
 *
 * The chunks are a small pool reused for the whole file, written one after another on the file handle while the next
 * one fills. Two measured reasons: a fresh 1 MiB buffer per chunk is memory outside V8's heap that only a garbage
 * collection gives back, so hundreds of them drive full collections of a heap that may hold a million findings; and
 * waiting for each chunk's write before encoding the next (a stream's back-pressure at its default high-water mark)
 * leaves the CPU idle while the disk works, where here the two overlap and the caller waits only when every chunk is
 * still queued for the disk.
 */
export class JsonFileWriter {
  readonly target: string;
  /**
   * The chunk being filled: bytes not yet handed to the file (none while every chunk waits for the disk). Each text
   * is encoded into it as it comes: joining many small strings and encoding the joined string cost three times the
   * CPU at a million findings (the join builds and flattens a rope, then the write encodes it once more).
   */
  private chunk: Buffer | undefined = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  /** Chunks allocated so far (at most MAX_CHUNKS), and those written and free to fill again. */
  private chunks = 1;
  private readonly free: Buffer[] = [];
  /** For each chunk handed to the file, oldest first: settles once it is written (or failed) and back in `free`. */
  private readonly queued: Array<Promise<void>> = [];
  /** The last write handed to the file: the next one starts after it, so one write at a time reaches the handle. */
  private tail: Promise<void> = Promise.resolve();
  /** Where the next bytes go in the file. */
  private position = 0;
  /** The first write error (a full disk, say), kept so the next write or the commit throws it instead of it going unheard. */
  private failure: { error: unknown } | undefined;

  private constructor(
    target: string,
    private readonly staging: Staging,
    private readonly file: FileHandle,
  ) {
    this.target = target;
  }

  /** Open `file` for writing (its folder is created when missing). */
  static async open(file: string): Promise<JsonFileWriter> {
    const target = resolve(file);
    const staging = await Staging.open(dirname(target));
    let handle: FileHandle;
    try {
      handle = await open(staging.file(basename(target)), 'wx');
    } catch (e) {
      await staging.discard();
      throw e;
    }
    return new JsonFileWriter(target, staging, handle);
  }

  /** Bytes written so far, queued ones included: where the next text begins in the file. */
  get written(): number {
    return this.position + this.used;
  }

  /** Queue text; returns a promise only when every chunk is waiting for the disk and one must be written first. */
  write(text: string): Promise<void> | undefined {
    // At most 3 bytes per UTF-16 code unit: a text that may not fit is written after what is queued.
    if (this.chunk && this.used + text.length * 3 <= CHUNK_BYTES) {
      this.used += this.chunk.write(text, this.used, 'utf8');
      return undefined;
    }
    if (this.failure) return Promise.reject(this.failure.error);
    this.handOver();
    // A text larger than a chunk goes as its own bytes, and is written before the caller goes on.
    if (text.length * 3 > CHUNK_BYTES) return this.send(Buffer.from(text, 'utf8')).then(() => this.nextChunk());
    if (this.takeChunk()) {
      this.used = this.chunk!.write(text, 0, 'utf8');
      return undefined;
    }
    return this.nextChunk().then(() => this.write(text));
  }

  /** Give the filled part of the current chunk to the file; the chunk returns to the pool once written. */
  private handOver(): void {
    const chunk = this.chunk;
    if (!chunk || !this.used) return;
    const written = this.send(chunk.subarray(0, this.used));
    this.chunk = undefined;
    this.used = 0;
    this.queued.push(written.then(() => void this.free.push(chunk)));
    // The writes run in order, so waiting for a later one covers an earlier one: older entries need no keeping.
    if (this.queued.length > MAX_CHUNKS) void this.queued.shift();
  }

  /** Write `bytes` after everything handed over before; settles (never rejects) once written or failed. */
  private send(bytes: Buffer): Promise<void> {
    const position = this.position;
    this.position += bytes.length;
    this.tail = this.tail
      .then(() => (this.failure ? undefined : writeFully(this.file, bytes, position)))
      .catch((error: unknown) => void (this.failure ??= { error }));
    return this.tail;
  }

  /** Make a free (or new) chunk the current one; false when every chunk is still waiting for the disk. */
  private takeChunk(): boolean {
    if (this.chunk) return true;
    this.chunk = this.free.pop() ?? (this.chunks < MAX_CHUNKS ? (this.chunks++, Buffer.allocUnsafe(CHUNK_BYTES)) : undefined);
    this.used = 0;
    return this.chunk !== undefined;
  }

  /** Wait for the oldest writes until a chunk is free; throws the write error if one failed. */
  private async nextChunk(): Promise<void> {
    while (!this.takeChunk()) await (this.queued.shift() ?? this.tail);
    if (this.failure) throw this.failure.error;
  }

  /** Finish the file and give it its name; returns the absolute path. */
  async commit(): Promise<string> {
    this.handOver();
    await this.tail;
    await this.file.close();
    if (this.failure) throw this.failure.error;
    this.staging.commit();
    return this.target;
  }

  /** Give up: the staged file is removed and nothing appears under the target name. */
  async abort(): Promise<void> {
    await this.tail;
    await this.file.close().catch(() => undefined);
    await this.staging.discard();
  }

  /** Write with `body`, then commit; on any failure abort and rethrow. */
  static async write(file: string, body: (w: JsonFileWriter) => Promise<void>): Promise<string> {
    const w = await JsonFileWriter.open(file);
    try {
      await body(w);
      return await w.commit();
    } catch (e) {
      await w.abort();
      throw e;
    }
  }
}
