// zip-stream ships no types; this declares the part gatehouse uses (src/render/zip-writer.ts).
declare module 'zip-stream' {
  import type { Readable } from 'node:stream';
  import type { ZlibOptions } from 'node:zlib';

  interface EntryData {
    name: string;
    date?: Date;
    store?: boolean;
  }

  class ZipStream extends Readable {
    constructor(options?: { zlib?: ZlibOptions; forceZip64?: boolean; comment?: string });
    entry(source: Buffer | string | NodeJS.ReadableStream, data: EntryData, callback: (error: Error | null) => void): this;
    finish(): void;
  }

  // CommonJS (`module.exports = ZipStream`): an ES module imports it as the default export.
  export default ZipStream;
}
