import type { Command } from 'commander';
import { parseFailOn } from '../../pipeline/options.js';
import { reportFolderChanges } from '../../util/folder-changes.js';
import { createLogger } from '../../util/log.js';

export interface PortfolioCommandOptions {
  out: string;
  tenants?: string;
  failOn?: string;
  strict?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

/** `gatehouse portfolio <results…>`: the portfolio of many tenants from result.json files that separate jobs wrote. */
export async function portfolioCommand(inputs: string[], opts: PortfolioCommandOptions): Promise<number> {
  const log = createLogger(opts);
  const failOn = parseFailOn(opts.failOn);
  const { portfolioFromResults } = await import('../../pipeline/portfolio.js');
  const { portfolioTable } = await import('../../pipeline/tenants.js');
  const { portfolio, files, removed, left } = await portfolioFromResults({
    inputs,
    out: opts.out,
    failOn,
    strict: Boolean(opts.strict),
    ...(opts.tenants ? { tenantsFile: opts.tenants } : {}),
  });
  if (!opts.quiet) process.stdout.write(portfolioTable(portfolio));
  reportFolderChanges(opts.out, { removed, left }, log, 'portfolio');
  log.info(`Portfolio of ${portfolio.tenants.length} tenants written to ${files.join(', ')}`);
  return portfolio.exitCode;
}

export function registerPortfolio(program: Command, done: (code: number) => void): void {
  program
    .command('portfolio')
    .description(
      'build the portfolio (index.html, portfolio.xlsx, portfolio.json) from result.json files of separate scans, e.g. one CI job per tenant',
    )
    .argument('<results...>', 'result.json files, or folders searched for them (e.g. downloaded CI artifacts)')
    .option('--out <dir>', "portfolio folder (each tenant's reports are copied into a sub-folder)", 'portfolio')
    .option(
      '--tenants <file>',
      'the tenants file the jobs came from: its labels are used, and a tenant without a result is listed as failed',
    )
    .option(
      '--fail-on <severity>',
      'exit 1 when any tenant has an unsuppressed finding at or above: critical|high|medium|low|info|none',
      'none',
    )
    .option('--strict', 'exit 4 when any rule of any tenant could not be assessed')
    .option('--verbose', 'progress on stderr even when it is not a terminal')
    .option('--quiet', 'print nothing but errors')
    .action(async function (this: Command, inputs: string[]) {
      done(await portfolioCommand(inputs, this.opts<PortfolioCommandOptions>()));
    });
}
