import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * The one streaming writer behind every large JSON file gatehouse writes (snapshots, redacted snapshots, result.json,
 * synthetic tenants): text is buffered into 1 MiB chunks that respect the stream's back-pressure, so a file far
 * larger than V8's ~512 MB string limit is never built as one string; and it is written under a temporary name and
 * renamed on `commit`, so a reader never sees half a file.
 */
export class JsonFileWriter {
  readonly target: string;
  private readonly temp: string;
  private readonly out: WriteStream;
  private buffer: string[] = [];
  private size = 0;

  private constructor(target: string) {
    this.target = target;
    this.temp = `${target}.${process.pid}.partial`;
    this.out = createWriteStream(this.temp, { encoding: 'utf8' });
  }

  /** Open `file` for writing (its folder is created when missing). */
  static async open(file: string): Promise<JsonFileWriter> {
    const target = resolve(file);
    await mkdir(dirname(target), { recursive: true });
    return new JsonFileWriter(target);
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
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  /** Finish the file and give it its name; returns the absolute path. */
  async commit(): Promise<string> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
    await rename(this.temp, this.target);
    return this.target;
  }

  /** Give up: the temporary file is removed and nothing appears under the target name. */
  async abort(): Promise<void> {
    this.out.destroy();
    await rm(this.temp, { force: true });
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
