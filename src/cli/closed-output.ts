/**
 * `gatehouse rules | head -1`: the reader goes away and the next write to stdout fails with EPIPE. That is the
 * reader's choice, not a crash: from then on output to that stream is dropped, and the command finishes (writing its
 * files) and exits with the code it would have had. Without this, Node raises the EPIPE as an uncaught error and the
 * crash guard reports it as an internal error with a stack trace.
 */
export function tolerateClosedOutput(streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    if (handled.has(stream)) continue;
    handled.add(stream);
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
      // Further writes are dropped quietly (a destroyed stream would report each of them as another error).
      stream.write = (() => true) as typeof stream.write;
    });
  }
}

const handled = new WeakSet<NodeJS.WriteStream>();
