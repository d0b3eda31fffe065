import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { safeLine } from '../../util/log.js';

const FLAVOURS = ['github', 'azure'] as const;

/** `gatehouse matrix <tenants.yaml>`: the tenants file as a CI matrix (JSON on stdout), one job per tenant. */
export async function matrixCommand(file: string, opts: { for?: string }): Promise<number> {
  const flavour = (opts.for ?? 'github').toLowerCase();
  if (!(FLAVOURS as readonly string[]).includes(flavour)) throw new InputError(`--for "${opts.for}" must be one of ${FLAVOURS.join(', ')}`);
  const { tenantsMatrix } = await import('../../pipeline/matrix.js');
  const { matrix, skipped } = await tenantsMatrix(file, flavour as (typeof FLAVOURS)[number]);
  for (const label of skipped)
    process.stderr.write(`gatehouse: "${safeLine(label)}" is a snapshot file, not a tenant to collect: no job for it\n`);
  process.stdout.write(JSON.stringify(matrix) + '\n');
  return 0;
}

export function registerMatrix(program: Command, done: (code: number) => void): void {
  program
    .command('matrix')
    .description('print a tenants file as a CI matrix (JSON): one job per tenant, for GitHub Actions or Azure Pipelines')
    .argument('<tenants>', 'tenants file (YAML or JSON)')
    .option('--for <ci>', 'github (strategy.matrix via fromJSON) or azure (a strategy matrix object)', 'github')
    .action(async function (this: Command, file: string) {
      done(await matrixCommand(file, this.opts<{ for?: string }>()));
    });
}
