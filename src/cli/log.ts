/**
 * Progress and logs go to stderr (data goes to stdout or files). Quiet when stderr is not a TTY — CI logs stay
 * clean — unless --verbose.
 */
export interface Logger {
  info(message: string): void;
  progress(message: string): void;
  warn(message: string): void;
}

export function createLogger(opts: { verbose?: boolean; quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Logger {
  const stream = opts.stream ?? process.stderr;
  const interactive = Boolean(stream.isTTY);
  const chatty = !opts.quiet && (interactive || Boolean(opts.verbose));
  return {
    info: (m) => { if (!opts.quiet) stream.write(`${m}\n`); },
    progress: (m) => { if (chatty) stream.write(`${m}\n`); },
    warn: (m) => stream.write(`warning: ${m}\n`),
  };
}
