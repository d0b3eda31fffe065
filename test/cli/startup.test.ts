import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';

/*
 * What a light command loads, and a reader that closes the pipe early — through the built CLI in a child process,
 * as a user runs it. (How fast it starts is measured by bench/startup.mjs, never asserted here.)
 */

// Preloaded into the child: on exit, print every CommonJS module that was loaded (MSAL and exceljs are CommonJS, so
// they appear here whether they were reached through import or require).
const REPORT_LOADED = `data:text/javascript,${encodeURIComponent(
  "import { createRequire } from 'node:module'; const require = createRequire(process.cwd() + '/'); process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));",
)}`;

function loadedBy(args: string[]): { code: number; modules: string[] } {
  const r = spawnSync(process.execPath, ['--import', REPORT_LOADED, packagePath('bin', 'gatehouse.js'), ...args], {
    cwd: packagePath(),
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  if (!line) throw new Error(`no module list: ${r.stderr}`);
  return { code: r.status ?? -1, modules: JSON.parse(line.slice('LOADED '.length)) as string[] };
}

const HEAVY = /node_modules[\\/](@azure[\\/]msal-[^\\/]+|exceljs)[\\/]/;
const demo = packagePath('fixtures', 'snapshots', 'demo.json');

describe('light commands load no sign-in library and no spreadsheet writer', { tags: ['slow'] }, () => {
  it.each([
    [['--help']],
    [['--version']],
    [['rules']],
    [['rules', '--format', 'md']],
    [['explain', 'rule', 'guest-stale']],
    [['explain', 'partner', 'contoso.com', '--snapshot', demo]],
    [['validate', demo]],
  ])('gatehouse %j', (args) => {
    const { modules } = loadedBy(args);
    expect(modules.filter((m) => HEAVY.test(m))).toEqual([]);
  });

  // exceljs is loaded only when a workbook is written with it (benchmarks and tests), and the workbooks' ZIP container
  // is gatehouse's own, so the check is shown to see CommonJS modules by the HTML report's template engine.
  it('the check sees them when they are loaded: a scan writing HTML and XLSX loads handlebars, and not exceljs', () => {
    const out = packagePath('.tmp', `startup-${process.pid}`);
    const { code, modules } = loadedBy([
      'scan',
      '--snapshot',
      demo,
      '--as-of',
      '2026-11-27',
      '--format',
      'html,xlsx',
      '--out',
      out,
      '--quiet',
    ]);
    spawnSync('rm', ['-rf', out]);
    expect(code).toBe(0);
    expect(modules.some((m) => /node_modules[\\/]handlebars[\\/]/.test(m))).toBe(true);
    expect(modules.filter((m) => HEAVY.test(m))).toEqual([]);
  });
});

/** Run the CLI with its stdout pipe closed by the reader before the CLI writes (as `| head -1` does, at worst). */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [packagePath('bin', 'gatehouse.js'), ...args], {
      cwd: packagePath(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Closed at once: the child is still starting, so its first write meets a pipe with no reader (EPIPE).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a reader that stops early (`gatehouse --help | head -1`)', { tags: ['slow'] }, () => {
  it.each([[['--help']], [['--version']], [['rules', '--format', 'md']], [['explain', 'rule', 'guest-stale']]])(
    'gatehouse %j exits 0 without a stack trace',
    async (args) => {
      const r = await withClosedStdout(args);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    },
  );

  it.each([
    ['--help', 'Usage: gatehouse [options] [command]\n'],
    ['rules --format md', '# gatehouse rules\n'],
  ])('gatehouse %s | head -1 in a shell prints the first line and nothing on stderr', (args, first) => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${packagePath('bin', 'gatehouse.js')}" ${args} | head -1`], {
      encoding: 'utf8',
    });
    expect(r.stdout).toBe(first);
    expect(r.stderr).toBe('');
  });
});
