import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { Staging } from './staging.js';

const CHUNK_BYTES = 1 << 20;

/** Until the stream can take more, or has closed (after an error, which `failure` then holds). */
function drained(out: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/**
 * The one streaming writer behind every large JSON file gatehouse writes (snapshots, redacted snapshots, result.json,
 * synthetic tenants): text is encoded straight into 1 MiB byte chunks that respect the stream's back-pressure, so a
 * file far larger than V8's ~512 MB string limit is never built as one string; and it is written in a staging folder beside
 * its target and renamed onto it on `commit` (see staging.ts), so a reader never sees half a file and an existing
 * file or link of that name is replaced, never written through.
 */
export class JsonFileWriter {
  readonly target: string;
  private readonly out: WriteStream;
  /**
   * Bytes not yet handed to the stream. Each text is encoded into it as it comes: joining many small strings and
   * encoding the joined string cost three times the CPU at a million findings (the join builds and flattens a rope,
   * then the stream encodes it once more).
   */
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  /** The stream's error (a full disk, say), kept so the next write or the commit throws it instead of it going unheard. */
  private failure: Error | undefined;

  private constructor(
    target: string,
    private readonly staging: Staging,
  ) {
    this.target = target;
    this.out = createWriteStream(staging.file(basename(target)), { flags: 'wx' });
    this.out.on('error', (e) => void (this.failure ??= e));
  }

  /** Open `file` for writing (its folder is created when missing). */
  static async open(file: string): Promise<JsonFileWriter> {
    const target = resolve(file);
    return new JsonFileWriter(target, await Staging.open(dirname(target)));
  }

  /** Queue text; returns a promise only when a full chunk went to the stream and it must drain (no await per item). */
  write(text: string): Promise<void> | undefined {
    // At most 3 bytes per UTF-16 code unit: a text that may not fit is written after what is queued.
    if (this.used + text.length * 3 > CHUNK_BYTES) return this.flushThen(text);
    this.used += this.chunk.write(text, this.used, 'utf8');
    return undefined;
  }

  private async flushThen(text: string): Promise<void> {
    await this.flush();
    if (text.length * 3 > CHUNK_BYTES) await this.send(Buffer.from(text, 'utf8'));
    else this.used += this.chunk.write(text, this.used, 'utf8');
  }

  private async flush(): Promise<void> {
    if (!this.used) return;
    const bytes = this.chunk.subarray(0, this.used);
    // The stream keeps the bytes until written: the next text goes into a fresh chunk.
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    await this.send(bytes);
  }

  private async send(bytes: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.out.write(bytes)) await drained(this.out);
    if (this.failure) throw this.failure;
  }

  /** Finish the file and give it its name; returns the absolute path. */
  async commit(): Promise<string> {
    await this.flush();
    this.out.end();
    if (!this.out.closed) await once(this.out, 'close').catch(() => undefined);
    if (this.failure) throw this.failure;
    this.staging.commit();
    return this.target;
  }

  /** Give up: the staged file is removed and nothing appears under the target name. */
  async abort(): Promise<void> {
    this.out.destroy();
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
