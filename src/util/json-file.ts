import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { Staging } from './staging.js';

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
 * synthetic tenants): text is buffered into 1 MiB chunks that respect the stream's back-pressure, so a file far
 * larger than V8's ~512 MB string limit is never built as one string; and it is written in a staging folder beside
 * its target and renamed onto it on `commit` (see staging.ts), so a reader never sees half a file and an existing
 * file or link of that name is replaced, never written through.
 */
export class JsonFileWriter {
  readonly target: string;
  private readonly out: WriteStream;
  private buffer: string[] = [];
  private size = 0;
  /** The stream's error (a full disk, say), kept so the next write or the commit throws it instead of it going unheard. */
  private failure: Error | undefined;

  private constructor(
    target: string,
    private readonly staging: Staging,
  ) {
    this.target = target;
    this.out = createWriteStream(staging.file(basename(target)), { encoding: 'utf8', flags: 'wx' });
    this.out.on('error', (e) => void (this.failure ??= e));
  }

  /** Open `file` for writing (its folder is created when missing). */
  static async open(file: string): Promise<JsonFileWriter> {
    const target = resolve(file);
    return new JsonFileWriter(target, await Staging.open(dirname(target)));
  }

  /** Queue text; returns a promise only when a full chunk went to the stream and it must drain (no await per item). */
  write(text: string): Promise<void> | undefined {
    this.buffer.push(text);
    this.size += text.length;
    return this.size >= 1 << 20 ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (!this.buffer.length) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (this.failure) throw this.failure;
    if (!this.out.write(chunk)) await drained(this.out);
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
