import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { RULES } from '../../../rules/index.js';
import { InputError } from '../../errors.js';
import { rulesMarkdown } from '../../render/rules-doc.js';

export interface RulesOptions {
  format?: string;
  /** Write the output to this file instead of standard output (e.g. `--format md --out docs/rules.md`). */
  out?: string;
}

function render(format: string): string {
  switch (format) {
    case 'json':
      return (
        JSON.stringify(
          RULES.map((r) => ({
            id: r.meta.id,
            title: r.meta.title,
            severity: r.meta.severity,
            category: r.meta.category,
            requires: r.meta.requires,
            optional: r.meta.optional ?? [],
            options: r.meta.options?.defaults ?? {},
            frameworks: r.meta.frameworks ?? {},
          })),
          null,
          2,
        ) + '\n'
      );
    case 'md':
      return rulesMarkdown(RULES);
    case 'table': {
      const width = Math.max(...RULES.map((r) => r.meta.id.length));
      return RULES.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(8)}  ${r.meta.title}\n`).join('') + `${RULES.length} rules\n`;
    }
    default:
      throw new InputError(`--format "${format}" must be table, json or md`);
  }
}

export async function rulesCommand(opts: RulesOptions, write: (s: string) => void = (s) => void process.stdout.write(s)): Promise<number> {
  const text = render(opts.format ?? 'table');
  if (opts.out) {
    try {
      await writeFile(opts.out, text);
    } catch (e) {
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
      done(await rulesCommand(this.opts() as RulesOptions));
    });
}
