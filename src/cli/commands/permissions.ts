import type { Command } from 'commander';
import { RULES } from '../../../rules/index.js';
import { azCommands, costTableMarkdown, permissionRows } from '../../collect/permissions.js';
import { InputError } from '../../errors.js';
import { SECTIONS, SECTION_NAMES } from '../../snapshot/sections.js';

export interface PermissionsCommandOptions {
  format?: string;
  appId?: string;
  includeApiConnectors?: boolean;
}

/**
 * `gatehouse permissions`: the application permissions each section needs (least privileged; optional and
 * write-scoped ones marked), licences, and an `az` sequence that grants them to an app registration.
 */
export async function permissionsCommand(opts: PermissionsCommandOptions): Promise<number> {
  const format = opts.format ?? 'text';
  const rows = permissionRows();
  if (format === 'json') {
    const sections = Object.fromEntries(
      SECTION_NAMES.map((s) => {
        const i = SECTIONS[s];
        return [s, { title: i.title, permissions: i.permissions, alsoGrantedBy: i.alsoGrantedBy ?? [], licence: i.licence ?? null, apiVersion: i.apiVersion, requests: i.requests, optIn: Boolean(i.optIn), writeScopeOnly: Boolean(i.writeScopeOnly), absentIn: i.absentIn ?? [] }];
      }),
    );
    process.stdout.write(`${JSON.stringify({ permissions: rows, sections }, null, 2)}\n`);
    return 0;
  }
  if (format === 'markdown') {
    process.stdout.write(costTableMarkdown(RULES));
    return 0;
  }
  if (format !== 'text') throw new InputError(`--format "${format}" must be text, markdown or json`);
  const width = Math.max(...rows.map((r) => r.permission.length));
  const out: string[] = ['Application permissions on Microsoft Graph (least privileged; gatehouse only reads):', ''];
  for (const r of rows) {
    const tags = [r.optional ? 'optional' : '', r.writeScope ? 'write scope: Graph has no read-only one' : ''].filter(Boolean).join('; ');
    out.push(`  ${r.permission.padEnd(width)}  ${r.sections.join(', ')}${tags ? `  [${tags}]` : ''}`);
  }
  out.push('', 'Licences:');
  for (const s of SECTION_NAMES) if (SECTIONS[s].licence) out.push(`  ${s}: ${SECTIONS[s].licence}`);
  out.push('', 'Per section:');
  const sw = Math.max(...SECTION_NAMES.map((s) => s.length));
  for (const s of SECTION_NAMES) {
    const i = SECTIONS[s];
    out.push(`  ${s.padEnd(sw)}  ${i.apiVersion.padEnd(4)}  ${i.permissions.join(' + ')}${i.alsoGrantedBy?.length ? ` (or ${i.alsoGrantedBy.join(', ')})` : ''}${i.optIn ? '  [opt-in: --include-api-connectors]' : ''}`);
  }
  out.push('', azCommands(opts.appId, { includeOptional: Boolean(opts.includeApiConnectors) }));
  process.stdout.write(`${out.join('\n')}`);
  return 0;
}

export function registerPermissions(program: Command, done: (code: number) => void): void {
  program
    .command('permissions')
    .description('list the Graph application permissions gatehouse needs and print az commands that grant them')
    .option('--app-id <id>', 'application (client) id to put in the az commands')
    .option('--include-api-connectors', 'include the optional write-scoped permissions in the az commands')
    .option('--format <format>', 'text, markdown (what each missing permission costs) or json', 'text')
    .action(async function (this: Command) {
      done(await permissionsCommand(this.opts() as PermissionsCommandOptions));
    });
}
