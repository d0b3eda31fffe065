import type { Command } from 'commander';
import { RULES } from '../../../rules/index.js';
import { InputError } from '../../errors.js';

export async function rulesCommand(opts: { format?: string }): Promise<number> {
  const format = opts.format ?? 'table';
  if (format === 'json') {
    process.stdout.write(JSON.stringify(RULES.map((r) => ({ id: r.meta.id, title: r.meta.title, severity: r.meta.severity, category: r.meta.category, requires: r.meta.requires, frameworks: r.meta.frameworks ?? {} })), null, 2) + '\n');
    return 0;
  }
  if (format !== 'table') throw new InputError(`--format "${format}" must be table or json`);
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  for (const r of RULES) process.stdout.write(`${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(8)}  ${r.meta.title}\n`);
  process.stdout.write(`${RULES.length} rules\n`);
  return 0;
}

export function registerRules(program: Command, done: (code: number) => void): void {
  program
    .command('rules')
    .description('list the rules gatehouse evaluates')
    .option('--format <format>', 'table or json', 'table')
    .action(async function (this: Command) {
      done(await rulesCommand(this.opts()));
    });
}
