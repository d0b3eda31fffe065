import type { AnyRule } from '../engine/rule.js';
import { SECTIONS, SECTION_NAMES, sectionReadableWith } from '../snapshot/sections.js';
import type { SectionName } from '../snapshot/snapshot.types.js';

/** Microsoft Graph's application id (the resource every permission below belongs to). */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export interface PermissionRow {
  permission: string;
  sections: SectionName[];
  /** Needed only for opt-in sections (API connectors). */
  optional: boolean;
  /** Graph offers no read-only permission for what it is needed for. */
  writeScope: boolean;
}

/** Every application permission gatehouse can use, least privileged, with the sections each one unlocks. */
export function permissionRows(): PermissionRow[] {
  const rows = new Map<string, PermissionRow>();
  const add = (permission: string, section: SectionName, optional: boolean, writeScope: boolean) => {
    const row = rows.get(permission) ?? { permission, sections: [], optional: true, writeScope: false };
    if (!row.sections.includes(section)) row.sections.push(section);
    row.optional &&= optional;
    row.writeScope ||= writeScope;
    rows.set(permission, row);
  };
  for (const name of SECTION_NAMES) {
    const info = SECTIONS[name];
    for (const p of info.permissions) add(p, name, Boolean(info.optIn), Boolean(info.writeScopeOnly));
  }
  // Partner display names: findTenantInformationByTenantId shares the look-up permission.
  const lookup = rows.get('CrossTenantInformation.ReadBasic.All');
  if (lookup && !lookup.sections.includes('crossTenantAccessPartners')) lookup.sections.push('crossTenantAccessPartners');
  // Connectors attached to user flows are read only with --include-api-connectors, and only with a write scope.
  add('IdentityUserFlow.ReadWrite.All', 'b2xUserFlows', true, true);
  return [...rows.values()].sort((a, b) => Number(a.optional) - Number(b.optional) || a.permission.localeCompare(b.permission));
}

/** Sections an app holding `roles` will most likely not be able to read (skipping opt-in sections not requested). */
export function sectionsMissingFor(roles: readonly string[], opts: { includeApiConnectors?: boolean } = {}): SectionName[] {
  const have = new Set(roles);
  return SECTION_NAMES.filter((s) => (opts.includeApiConnectors || !SECTIONS[s].optIn) && !sectionReadableWith(s, have));
}

/** Rules that end not-assessed when these sections are missing (they require one of them). */
export function rulesAffectedBy(sections: readonly SectionName[], rules: readonly AnyRule[]): { notAssessed: string[]; partial: string[] } {
  const set = new Set(sections);
  const notAssessed = rules.filter((r) => r.meta.requires.some((s) => set.has(s))).map((r) => r.meta.id);
  const partial = rules
    .filter((r) => !notAssessed.includes(r.meta.id) && (r.meta.optional ?? []).some((s) => set.has(s)))
    .map((r) => r.meta.id);
  return { notAssessed, partial };
}

function shellQuote(s: string): string {
  return /^[\w.@%+=:,/-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

/**
 * A ready `az` sequence granting the permissions to an app registration. App-role ids are looked up from Graph's
 * service principal at run time rather than hard-coded, so the commands stay right if Microsoft adds or renames
 * roles; consent needs a Privileged Role Administrator or Global Administrator.
 */
export function azCommands(appId: string | undefined, opts: { includeOptional?: boolean } = {}): string {
  const rows = permissionRows().filter((r) => opts.includeOptional || !r.optional);
  const id = appId ? shellQuote(appId) : '"$APP_ID"';
  const lines = [
    '# Grant gatehouse its read-only application permissions on Microsoft Graph (run in bash with the Azure CLI signed in).',
    ...(appId ? [] : ['APP_ID=<application (client) id of your app registration>']),
    `GRAPH=${GRAPH_APP_ID}`,
    'role() { az ad sp show --id "$GRAPH" --query "appRoles[?value==\'$1\'].id | [0]" -o tsv; }',
  ];
  for (const r of rows) {
    const note = r.writeScope ? '  # write scope: Graph has no read-only permission for this (optional)' : r.optional ? '  # optional' : '';
    lines.push(`az ad app permission add --id ${id} --api "$GRAPH" --api-permissions "$(role ${r.permission})=Role"${note}`);
  }
  lines.push(`az ad app permission admin-consent --id ${id}`);
  if (!opts.includeOptional) {
    const optional = permissionRows()
      .filter((r) => r.optional)
      .map((r) => r.permission);
    if (optional.length) lines.push(`# Not included (opt-in, write-scoped): ${optional.join(', ')} — add with --include-api-connectors.`);
  }
  return `${lines.join('\n')}\n`;
}

function mdEscape(s: string): string {
  return s.replace(/\|/g, '\\|');
}

/**
 * "What each missing permission or licence costs": for every permission and licence, the sections it unlocks and
 * the rules that end not-assessed (or only partly assessed) without it. Generated from SECTIONS and the rule
 * registry, so the README table cannot drift from the code (a test compares them).
 */
export function costTableMarkdown(rules: readonly AnyRule[]): string {
  const lines = ['| missing | sections not collected | rules not assessed | rules partly assessed |', '|---|---|---|---|'];
  const fmt = (xs: readonly string[]) => (xs.length ? xs.map((x) => `\`${x}\``).join(', ') : '—');
  for (const row of permissionRows()) {
    const own = row.sections.filter((s) => SECTIONS[s].permissions.includes(row.permission));
    // Evidence rides on its carrier's request: without the guest list there is no sign-in or sponsor evidence either.
    const sections = [
      ...own,
      ...SECTION_NAMES.filter((s) => SECTIONS[s].evidenceOf && own.includes(SECTIONS[s].evidenceOf) && !own.includes(s)),
    ];
    const { notAssessed, partial } = rulesAffectedBy(sections, rules);
    const tags = [row.optional ? 'optional' : '', row.writeScope ? 'write scope' : ''].filter(Boolean).join(', ');
    const what = sections.length
      ? fmt(sections)
      : row.permission === 'IdentityUserFlow.ReadWrite.All'
        ? 'connectors attached to `b2xUserFlows`'
        : '—';
    lines.push(`| ${mdEscape(row.permission)}${tags ? ` (${tags})` : ''} | ${what} | ${fmt(notAssessed)} | ${fmt(partial)} |`);
  }
  const licences = new Map<string, SectionName[]>();
  for (const s of SECTION_NAMES) {
    const l = SECTIONS[s].licence;
    if (l) licences.set(l, [...(licences.get(l) ?? []), s]);
  }
  for (const [licence, sections] of licences) {
    const { notAssessed, partial } = rulesAffectedBy(sections, rules);
    lines.push(`| licence: ${mdEscape(licence)} | ${fmt(sections)} | ${fmt(notAssessed)} | ${fmt(partial)} |`);
  }
  return `${lines.join('\n')}\n`;
}
