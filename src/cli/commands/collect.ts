import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import type { CollectionOptions } from '../../pipeline/collect.js';
import { AUTH_MODES, CLOUD_NAMES, ENV, MAX_GUEST_RANGES, type GuestSplit } from '../../pipeline/options.js';
import { createLogger } from '../../util/log.js';

/** Options shared by `collect` and `scan` (live collection). Secrets come from the environment, never flags. */
export interface CollectionCliOptions extends Omit<CollectionOptions, 'guestSplit'> {
  /** `--guest-split`: auto (default), off, or a number of creation-date ranges (see README "How collection behaves"). */
  guestSplit?: string;
  verbose?: boolean;
  quiet?: boolean;
}

export interface CollectCommandOptions extends CollectionCliOptions {
  out?: string;
  strict?: boolean;
}

/** Did the user ask for anything that only makes sense when collecting live? */
export function collectionOptionsGiven(opts: CollectionCliOptions): string[] {
  const flags: Array<[keyof CollectionCliOptions, string]> = [
    ['tenant', '--tenant'],
    ['auth', '--auth'],
    ['clientId', '--client-id'],
    ['certificate', '--certificate'],
    ['accessToken', '--access-token'],
    ['cloud', '--cloud'],
    ['graphUrl', '--graph-url'],
    ['includeApiConnectors', '--include-api-connectors'],
    ['guestSplit', '--guest-split'],
  ];
  return flags.filter(([k]) => opts[k] !== undefined && opts[k] !== false).map(([, f]) => f);
}

/** `--guest-split`: `auto` (the default), `off` (= 1, one chain), or a whole number of ranges from 1 to 32. */
export function parseGuestSplit(value: string): GuestSplit {
  const v = value.trim().toLowerCase();
  if (v === 'auto') return 'auto';
  if (v === 'off') return 1;
  const n = Number(v);
  if (v === '' || !Number.isInteger(n) || n < 1 || n > MAX_GUEST_RANGES)
    throw new InputError(`--guest-split "${value}" must be auto, off, or a whole number from 1 to ${MAX_GUEST_RANGES}`);
  return n;
}

/** The pipeline's collection options from the command line's (flags checked here, before anything runs). */
export function collectionOptions(opts: CollectionCliOptions): CollectionOptions {
  const { guestSplit, verbose: _verbose, quiet: _quiet, ...rest } = opts;
  return { ...rest, ...(guestSplit !== undefined ? { guestSplit: parseGuestSplit(guestSplit) } : {}) };
}

export async function collectCommand(opts: CollectCommandOptions): Promise<number> {
  const log = createLogger(opts);
  if (!opts.out) throw new InputError('collect needs --out <snapshot.json>');
  const collection = collectionOptions(opts);
  const { collectToFile } = await import('../../pipeline/collect.js');
  const { failedSections } = await collectToFile(collection, opts.out, log);
  return opts.strict && failedSections ? ExitCode.incomplete : ExitCode.ok;
}

/** The live-collection options, shared with `scan`. */
export function addCollectionOptions(cmd: Command): Command {
  return cmd
    .option('--tenant <id or domain>', `tenant to read (default: the credential's; ${ENV.tenantId} also works)`)
    .option('--auth <mode>', `how to authenticate: ${AUTH_MODES.join(', ')} (default: default)`)
    .option('--client-id <id>', `application (client) id (or ${ENV.clientId})`)
    .option('--certificate <file>', `PEM or PFX certificate for --auth client-certificate (password from ${ENV.certificatePassword})`)
    .option('--access-token <token>', `a pre-acquired Graph access token (prefer ${ENV.accessToken}: flags land in shell history)`)
    .option('--cloud <name>', `national cloud: ${CLOUD_NAMES.join(', ')} (authority host and Graph endpoint together)`)
    .option('--graph-url <url>', 'Graph-compatible endpoint to read instead (plain http only for this machine)')
    .option(
      '--include-api-connectors',
      'also read API connectors (needs the write-scoped APIConnectors.ReadWrite.All; Graph has no read-only one)',
    )
    .option(
      '--guest-split <n|auto|off>',
      'read the guest list as n creation-date ranges side by side (1-32); auto (default): none below 20,000 guests, then one per 12,500 up to 32; off: one chain. Falls back to one chain when Graph refuses a filter or some guests have no creation date',
    );
}

export function registerCollect(program: Command, done: (code: number) => void): void {
  const cmd = program
    .command('collect')
    .description('read a tenant from Microsoft Graph (GET only) into a snapshot file')
    .option('--out <file>', 'snapshot file to write');
  addCollectionOptions(cmd)
    .option('--strict', 'exit 4 when any section could not be collected')
    .option('--verbose', 'progress on stderr even when it is not a terminal')
    .option('--quiet', 'print nothing but errors')
    .action(async function (this: Command) {
      done(await collectCommand(this.opts<CollectCommandOptions>()));
    });
}
