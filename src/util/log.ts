import { redactSecrets } from './secrets.js';
import { oneLine } from './safe-text.js';

/**
 * Progress and logs go to stderr (data goes to stdout or files). Quiet when stderr is not a TTY — CI logs stay
 * clean — unless --verbose. Every message is written as one line, with tokens redacted and control characters and
 * escape sequences removed: messages quote Graph (error codes, messages), and a line break inside one must never
 * start a line a terminal or a CI runner would interpret (`::error::`, `::add-mask::`).
 */
export interface Logger {
  info(message: string): void;
  progress(message: string): void;
  warn(message: string): void;
}

/** A message as one safe line. */
export function safeLine(message: string): string {
  return oneLine(redactSecrets(message));
}

export function createLogger(opts: { verbose?: boolean; quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Logger {
  const stream = opts.stream ?? process.stderr;
  const interactive = Boolean(stream.isTTY);
  const chatty = !opts.quiet && (interactive || Boolean(opts.verbose));
  return {
    info: (m) => {
      if (!opts.quiet) stream.write(`${safeLine(m)}\n`);
    },
    progress: (m) => {
      if (chatty) stream.write(`${safeLine(m)}\n`);
    },
    warn: (m) => stream.write(`warning: ${safeLine(m)}\n`),
  };
}
