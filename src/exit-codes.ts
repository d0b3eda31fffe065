/**
 * What each exit code means, once: the CLI's `--help`, the GitHub Action's job summary and its `exit-code` output,
 * and the README's table are all read from (or checked against) this table.
 */
export const EXIT_CODES = [
  { code: 0, name: 'ok', short: 'no finding at or above the threshold', meaning: 'clean: no finding at or above --fail-on' },
  {
    code: 1,
    name: 'findings',
    short: 'findings at or above the fail-on threshold',
    meaning: 'unsuppressed findings at or above --fail-on (excepted ones never count; diff: new findings only)',
  },
  {
    code: 2,
    name: 'input',
    short: 'usage, config or input error',
    meaning: 'usage, config or input error (bad snapshot, bad flag, bad exceptions or tenants file)',
  },
  {
    code: 3,
    name: 'collection',
    short: 'authentication or collection failure',
    meaning: 'authentication or collection failure (with --tenants: any tenant that could not be scanned)',
    detail:
      'no token, a token Graph refused (also mid-scan), nothing collected, or a section whose answer had to be refused (an object the snapshot schema cannot hold, an answer over the size cap, a nextLink leading elsewhere, endless paging); the snapshot and reports are still written when anything was collected',
  },
  { code: 4, name: 'incomplete', short: 'incomplete (with strict)', meaning: 'incomplete: some rule not assessed, with --strict' },
  {
    code: 70,
    name: 'internal',
    short: 'internal error in gatehouse',
    meaning: 'internal error (please report it with the command you ran)',
  },
  {
    code: 130,
    name: 'interrupted',
    short: 'interrupted by a signal (128 + its number)',
    meaning: 'interrupted: 130 for Ctrl+C (SIGINT), 143 for SIGTERM, 129 for SIGHUP; nothing of this run is written',
    detail: 'earlier outputs in the folder stay as the last complete run left them, and no staging folder is left behind',
  },
] as const;

/** Signals that end a run as interrupted, with the numbers a shell adds to 128 for them. */
export const INTERRUPT_SIGNALS = [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
] as const;

type ExitCodeRow = (typeof EXIT_CODES)[number];
const detailOf = (r: ExitCodeRow): string | undefined => ('detail' in r ? r.detail : undefined);

/** Exit codes by name: `ExitCode.findings` is 1. */
export const ExitCode = Object.fromEntries(EXIT_CODES.map((r) => [r.name, r.code])) as {
  readonly [R in ExitCodeRow as R['name']]: R['code'];
};

/** The "Exit codes:" block every command's `--help` ends with. */
export function exitCodesHelp(): string {
  return `\nExit codes:\n${EXIT_CODES.map((r) => `  ${String(r.code).padEnd(4)}${r.meaning}`).join('\n')}`;
}

/** One line for places with no room for the table (the Action's `exit-code` output). */
export function exitCodesInOneLine(): string {
  return EXIT_CODES.map((r) => `${r.code} ${r.short}`).join(', ');
}

/** What a code means in a sentence fragment; `unexpected` for a code gatehouse never returns. */
export function exitCodeMeaning(code: number): string {
  // 129 and 143 are the same outcome as 130, by another signal.
  const interrupted = INTERRUPT_SIGNALS.some(([, n]) => 128 + n === code);
  return EXIT_CODES.find((r) => r.code === (interrupted ? 130 : code))?.short ?? 'unexpected';
}

/** The README's table (between its exit-codes markers): the help's meaning, and the detail the help has no room for. */
export function exitCodesMarkdown(): string {
  const md = (s: string) => s.replace(/--[a-z-]+/g, (f) => `\`${f}\``);
  return (
    [
      '| code | meaning |',
      '|---|---|',
      ...EXIT_CODES.map((r) => `| ${r.code} | ${md(r.meaning)}${detailOf(r) ? ` — ${md(detailOf(r)!)}` : ''} |`),
    ].join('\n') + '\n'
  );
}
