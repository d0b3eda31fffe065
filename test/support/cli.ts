import { spawnSync } from 'node:child_process';
import { packagePath } from '../../src/paths.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built CLI (`bin/gatehouse.js`, from dist/) in a child process, the way a user does. */
export function cli(args: string[], opts: { env?: Record<string, string>; cwd?: string; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [packagePath('bin', 'gatehouse.js'), ...args], {
    cwd: opts.cwd ?? packagePath(),
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    input: opts.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
