import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliRun } from './cli.js';

/**
 * Run the real CLI entry point in-process (the TypeScript sources), capturing stdout and stderr: the same parsing,
 * pipeline and exit code as `bin/gatehouse.js`, without a Node start-up per call. `env` entries are set for the
 * call only (an empty string unsets the variable); `cwd` is the working directory for the call. Calls must not
 * overlap (tests in a file run one after another).
 */
export async function cliInProcess(args: string[], opts: { env?: Record<string, string>; cwd?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const savedEnv = new Map(Object.keys(opts.env ?? {}).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === '') delete process.env[k];
    else process.env[k] = v;
  }
  const savedCwd = process.cwd();
  if (opts.cwd) process.chdir(opts.cwd);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await main(['node', 'gatehouse', ...args]);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
    process.chdir(savedCwd);
    for (const [k, v] of savedEnv) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
