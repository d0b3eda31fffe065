import { azCommands, costTableMarkdown, permissionRows } from '../collect/permissions.js';
import { InputError } from '../errors.js';
import { rulesMarkdown } from '../render/rules-doc.js';
import { SECTIONS, SECTION_NAMES } from '../snapshot/sections.js';
import { DEFAULT_RULES } from './rules.js';

// What gatehouse checks and what it needs: `gatehouse rules` and `gatehouse permissions`.

/** `gatehouse rules`: every rule as a table, JSON, or the Markdown committed as docs/rules.md. */
export function rulesListing(format: string): string {
  switch (format) {
    case 'json':
      return (
        JSON.stringify(
          DEFAULT_RULES.map((r) => ({
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
      return rulesMarkdown(DEFAULT_RULES);
    case 'table': {
      const width = Math.max(...DEFAULT_RULES.map((r) => r.meta.id.length));
      return (
        DEFAULT_RULES.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(8)}  ${r.meta.title}\n`).join('') +
        `${DEFAULT_RULES.length} rules\n`
      );
    }
    default:
      throw new InputError(`--format "${format}" must be table, json or md`);
  }
}

/**
 * `gatehouse permissions`: the application permissions each section needs (least privileged; optional and
 * write-scoped ones marked), licences, and an `az` sequence that grants them to an app registration.
 */
export function permissionsReport(opts: { format?: string; appId?: string; includeApiConnectors?: boolean }): string {
  const format = opts.format ?? 'text';
  const rows = permissionRows();
  if (format === 'json') {
    const sections = Object.fromEntries(
      SECTION_NAMES.map((s) => {
        const i = SECTIONS[s];
        return [
          s,
          {
            title: i.title,
            permissions: i.permissions,
            alsoGrantedBy: i.alsoGrantedBy ?? [],
            licence: i.licence ?? null,
            apiVersion: i.apiVersion,
            requests: i.requests,
            optIn: Boolean(i.optIn),
            writeScopeOnly: Boolean(i.writeScopeOnly),
            absentIn: i.absentIn ?? [],
          },
        ];
      }),
    );
    return `${JSON.stringify({ permissions: rows, sections }, null, 2)}\n`;
  }
  if (format === 'markdown') {
    return costTableMarkdown(DEFAULT_RULES);
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
    out.push(
      `  ${s.padEnd(sw)}  ${i.apiVersion.padEnd(4)}  ${i.permissions.join(' + ')}${i.alsoGrantedBy?.length ? ` (or ${i.alsoGrantedBy.join(', ')})` : ''}${i.optIn ? '  [opt-in: --include-api-connectors]' : ''}`,
    );
  }
  out.push('', azCommands(opts.appId, { includeOptional: Boolean(opts.includeApiConnectors) }));
  return out.join('\n');
}
