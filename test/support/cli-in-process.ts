import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliRun } from './cli.js';

/** Run the real CLI entry point in-process (the TypeScript sources), capturing stdout and stderr. */
export async function cliInProcess(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const code = await main(['node', 'gatehouse', ...args]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}
