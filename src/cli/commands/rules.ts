import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { writeTextFile } from '../../util/staging.js';

export interface RulesOptions {
  format?: string;
  /** Write the output to this file instead of standard output (e.g. `--format md --out docs/rules.md`). */
  out?: string;
}

export async function rulesCommand(opts: RulesOptions, write: (s: string) => void = (s) => void process.stdout.write(s)): Promise<number> {
  const { rulesListing } = await import('../../pipeline/catalogue.js');
  const text = rulesListing(opts.format ?? 'table');
  if (opts.out) {
    try {
      await writeTextFile(opts.out, text, '--out');
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`cannot write ${opts.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else write(text);
  return 0;
}

export function registerRules(program: Command, done: (code: number) => void): void {
  program
    .command('rules')
    .description('list the rules gatehouse evaluates (md: the documentation committed as docs/rules.md)')
    .option('--format <format>', 'table, json or md', 'table')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async function (this: Command) {
      done(await rulesCommand(this.opts<RulesOptions>()));
    });
}
