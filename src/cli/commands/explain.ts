import type { Command } from 'commander';
import { InputError } from '../../errors.js';

// `gatehouse explain <subject>`: how gatehouse reads one object. Each subject is a subcommand registered below.

export interface ExplainPartnerOptions {
  snapshot?: string;
}

export async function explainPartnerCommand(
  query: string,
  opts: ExplainPartnerOptions,
  write: (s: string) => void = (s) => void process.stdout.write(s),
): Promise<number> {
  if (!opts.snapshot) throw new InputError('explain partner needs --snapshot <file>');
  const { explainPartnerInFile } = await import('../../pipeline/explain.js');
  write(await explainPartnerInFile(opts.snapshot, query));
  return 0;
}

function registerExplainPartner(explain: Command, done: (code: number) => void): void {
  explain
    .command('partner')
    .description(
      "a partner organisation's effective cross-tenant settings, where each value comes from, and the Conditional Access policies that apply to its guests",
    )
    .argument('<tenant>', 'partner tenant id, or its domain')
    .option('--snapshot <file>', 'snapshot JSON to read')
    .action(async function (this: Command, tenant: string) {
      done(await explainPartnerCommand(tenant, this.opts<ExplainPartnerOptions>()));
    });
}

export interface ExplainGuestOptions {
  snapshot?: string;
}

export async function explainGuestCommand(
  query: string,
  opts: ExplainGuestOptions,
  write: (s: string) => void = (s) => void process.stdout.write(s),
): Promise<number> {
  if (!opts.snapshot) throw new InputError('explain guest needs --snapshot <file>');
  const { explainGuestInFile } = await import('../../pipeline/explain.js');
  write(await explainGuestInFile(opts.snapshot, query));
  return 0;
}

function registerExplainGuest(explain: Command, done: (code: number) => void): void {
  explain
    .command('guest')
    .description(
      'everything the snapshot knows about one guest: how they came in, state and sign-ins, sponsors, roles (active, eligible, through groups), what they own, access packages, and the Conditional Access policies that apply to them',
    )
    .argument('<guest>', 'object id, user principal name or mail address')
    .option('--snapshot <file>', 'snapshot JSON to read')
    .action(async function (this: Command, guest: string) {
      done(await explainGuestCommand(guest, this.opts<ExplainGuestOptions>()));
    });
}

export async function explainRuleCommand(id: string, write: (s: string) => void = (s) => void process.stdout.write(s)): Promise<number> {
  const { explainRule } = await import('../../pipeline/explain.js');
  write(explainRule(id));
  return 0;
}

function registerExplainRule(explain: Command, done: (code: number) => void): void {
  explain
    .command('rule')
    .description(
      "a rule's documentation: what it checks, the sections and permissions it needs, its options and defaults, remediation (Graph request and az rest command), references and framework ids",
    )
    .argument('<id>', 'rule id, as listed by `gatehouse rules`')
    .action(async (id: string) => {
      done(await explainRuleCommand(id));
    });
}

/** `gatehouse explain <subject>`; each subject adds itself here. */
export function registerExplain(program: Command, done: (code: number) => void): void {
  const explain = program.command('explain').description('explain how gatehouse reads one object of a snapshot, or what a rule checks');
  registerExplainPartner(explain, done);
  registerExplainGuest(explain, done);
  registerExplainRule(explain, done);
}
