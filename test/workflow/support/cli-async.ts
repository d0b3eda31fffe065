import { spawn } from 'node:child_process';
import { packagePath } from '../../../src/paths.js';
import type { CliRun } from '../../support/cli.js';

/**
 * Run a Node script in a child process without blocking this one — needed when the child talks to a Graph
 * simulator (or a fake token endpoint) that lives in the test process.
 */
export function runNode(
  script: string,
  args: string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string; replaceEnv?: boolean; timeoutMs?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = opts.replaceEnv ? { ...opts.env } : { ...process.env, NO_COLOR: '1', ...opts.env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
    const child = spawn(process.execPath, [script, ...args], { cwd: opts.cwd ?? packagePath(), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}
