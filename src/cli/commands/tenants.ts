import { join } from 'node:path';
import { InputError } from '../../errors.js';
import type { FailOn, Format } from '../../pipeline/options.js';
import type { RenderOptions } from '../../render/index.js';
import type { Logger } from '../../util/log.js';
import { collectionOptionsGiven, type CollectionCliOptions } from './collect.js';

/** What `scan --tenants` reads from the scan command's flags. */
export interface TenantsScanOptions extends CollectionCliOptions {
  tenants?: string;
  concurrency?: string;
  snapshot?: string;
  out: string;
  profile?: string;
  config?: string;
  strict?: boolean;
  quiet?: boolean;
  exceptions?: string | false;
  baseline?: string;
  redact?: boolean;
  redactKeyEnv?: string;
  redactDomains?: boolean;
}

const MAX_CONCURRENCY = 16;

export function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return 2;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_CONCURRENCY)
    throw new InputError(`--concurrency "${value}" must be a whole number from 1 to ${MAX_CONCURRENCY}`);
  return Number(value);
}

/**
 * `gatehouse scan --tenants <file>`: one output folder per tenant under --out, plus index.html, portfolio.xlsx and
 * portfolio.json comparing them. Per-tenant settings come from the file; the command line supplies defaults.
 */
export async function tenantsScanCommand(
  opts: TenantsScanOptions,
  ctx: { formats: Format[]; asOf?: Date; failOn: FailOn; renderOptions: RenderOptions; log: Logger },
): Promise<number> {
  const concurrency = parseConcurrency(opts.concurrency);
  if (opts.snapshot) throw new InputError('--tenants and --snapshot do not combine: give each tenant its snapshot in the tenants file');
  const live = collectionOptionsGiven(opts);
  if (live.length) throw new InputError(`--tenants takes ${live.join(', ')} per tenant from the tenants file, not from the command line`);
  if (opts.baseline)
    throw new InputError('--tenants takes each tenant\'s baseline from the tenants file ("baseline:"), not from --baseline');
  const redacting = Boolean(opts.redact || opts.redactDomains);
  const { scanTenantsFile, portfolioTable } = await import('../../pipeline/tenants.js');
  const { generatedKeyNotice } = await import('../../pipeline/workflow.js');
  const portfolio = await scanTenantsFile(opts.tenants!, {
    onGeneratedKey: (key) => process.stderr.write(generatedKeyNotice(key) + '\n'),
    out: opts.out,
    formats: ctx.formats,
    concurrency,
    failOn: ctx.failOn,
    strict: Boolean(opts.strict),
    ...(ctx.asOf ? { asOf: ctx.asOf } : {}),
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(opts.config ? { config: opts.config } : {}),
    ...(opts.exceptions !== undefined ? { exceptions: opts.exceptions } : {}),
    ...(redacting
      ? {
          redact: {
            redact: true,
            redactDomains: Boolean(opts.redactDomains),
            ...(opts.redactKeyEnv ? { redactKeyEnv: opts.redactKeyEnv } : {}),
          },
        }
      : {}),
    renderOptions: ctx.renderOptions,
    log: ctx.log,
    ...(opts.env ? { env: opts.env } : {}),
    ...(opts.graphTuning ? { graphTuning: opts.graphTuning } : {}),
  });
  if (!opts.quiet) process.stdout.write(portfolioTable(portfolio));
  ctx.log.info(
    `Portfolio written to ${join(opts.out, 'index.html')}, ${join(opts.out, 'portfolio.xlsx')} and ${join(opts.out, 'portfolio.json')}`,
  );
  return portfolio.exitCode;
}
