import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { createLogger } from '../../util/log.js';

export interface RedactCommandOptions {
  out?: string;
  redactKeyEnv?: string;
  redactDomains?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

export async function redactCommand(file: string, opts: RedactCommandOptions): Promise<number> {
  const log = createLogger(opts);
  if (!opts.out) throw new InputError('redact needs --out <file> for the redacted snapshot');
  const { redactFile } = await import('../../pipeline/files.js');
  const { generatedKeyNotice } = await import('../../pipeline/workflow.js');
  const { summary, sha256, generatedKey } = await redactFile({
    input: file,
    output: opts.out,
    ...(opts.redactKeyEnv ? { redactKeyEnv: opts.redactKeyEnv } : {}),
    redactDomains: Boolean(opts.redactDomains),
  });
  if (generatedKey) process.stderr.write(generatedKeyNotice(generatedKey) + '\n');
  log.info(
    `redacted snapshot written to ${opts.out} (sha256 ${sha256}): ${summary.names} names, ${summary.upns} UPNs, ${summary.mails} addresses, ${summary.identifiers} identifiers` +
      (opts.redactDomains
        ? `, ${summary.domains} domains, ${summary.organisations} organisation names`
        : '; domains kept (use --redact-domains to pseudonymise them)'),
  );
  return 0;
}

export function registerRedact(program: Command, done: (code: number) => void): void {
  program
    .command('redact')
    .description(
      'pseudonymise a snapshot for sharing: guest names, UPNs, emails and sign-in identifiers (and with --redact-domains every domain) become stable keyed pseudonyms; statuses and finding ids stay the same',
    )
    .argument('<snapshot>', 'snapshot JSON to redact')
    .option('--out <file>', 'where to write the redacted snapshot')
    .option(
      '--redact-key-env <var>',
      `environment variable holding the HMAC key (default GATEHOUSE_REDACT_KEY; without either a key is generated and printed once)`,
    )
    .option('--redact-domains', 'also pseudonymise domains and organisation names, consistently everywhere')
    .option('--verbose', 'progress on stderr even when it is not a terminal')
    .option('--quiet', 'print nothing but errors')
    .action(async function (this: Command, file: string) {
      done(await redactCommand(file, this.opts<RedactCommandOptions>()));
    });
}
