import { PROFILES } from '../engine/profiles.js';
import type { AnyRule, FrameworkId, GraphRequest, RuleCategory } from '../engine/rule.js';
import { CATALOG_ROWS, FRAMEWORKS, findControl } from '../frameworks/index.js';
import { SECTIONS } from '../snapshot/sections.js';
import type { SectionName } from '../snapshot/snapshot.types.js';

/**
 * Rule documentation from the rules' own metadata — the single source for `docs/rules.md`
 * (`gatehouse rules --format md`) and `gatehouse explain rule <id>`. Output is deterministic (no dates, no
 * versions) so a test can regenerate it and compare with the committed file.
 */

export const GRAPH_ROOT = 'https://graph.microsoft.com';

const CATEGORY_TITLES: Record<RuleCategory, string> = {
  invitations: 'Invitations and external collaboration settings',
  'cross-tenant-access': 'Cross-tenant access',
  guests: 'Guests',
  governance: 'Governance (access reviews, entitlement management)',
  'connectors-and-federation': 'Connectors and federation',
  'conditional-access': 'Conditional Access for guests',
  sharing: 'SharePoint and OneDrive sharing',
};
const CATEGORY_ORDER = Object.keys(CATEGORY_TITLES) as RuleCategory[];
const FRAMEWORK_ORDER: readonly FrameworkId[] = ['catalog', 'cis-m365', 'cisa-scuba', 'eidsca', 'zero-trust'];

/** POSIX-shell single quoting: safe for JSON bodies and for `$ref` / `$filter` in URLs. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The Azure CLI command that sends a remediation request (gatehouse itself never sends it). */
export function azRestCommand(g: GraphRequest): string {
  const parts = ['az rest', `--method ${g.method.toLowerCase()}`, `--url ${shellQuote(GRAPH_ROOT + g.url)}`];
  if (g.body !== undefined) {
    parts.push(`--headers ${shellQuote('Content-Type=application/json')}`);
    parts.push(`--body ${shellQuote(JSON.stringify(g.body))}`);
  }
  return parts.join(' ');
}

export interface OptionDoc {
  name: string;
  type: string;
  default: unknown;
  doc: string;
  /** Value per profile where the profile overrides the default. */
  profiles: Record<string, unknown>;
}

function schemaType(prop: Record<string, unknown>): string {
  if (Array.isArray(prop.enum)) return prop.enum.map((v) => JSON.stringify(v)).join(' | ');
  const type = String(prop.type ?? 'any');
  if (type === 'array') {
    const items = (prop.items ?? {}) as Record<string, unknown>;
    return `array of ${Array.isArray(items.enum) ? 'guest types' : String(items.type ?? 'values')}`;
  }
  const range = [
    prop.minimum !== undefined ? `≥ ${String(prop.minimum)}` : '',
    prop.maximum !== undefined ? `≤ ${String(prop.maximum)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return range ? `${type} (${range})` : type;
}

export function optionDocs(rule: AnyRule): OptionDoc[] {
  const spec = rule.meta.options;
  if (!spec) return [];
  const props = (spec.schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(props).map(([name, prop]) => {
    const profiles: Record<string, unknown> = {};
    for (const [profile, def] of Object.entries(PROFILES)) {
      const value = def.rules[rule.meta.id]?.options?.[name];
      if (value !== undefined) profiles[profile] = value;
    }
    return {
      name,
      type: schemaType(prop),
      default: (spec.defaults as Record<string, unknown>)[name],
      doc: (spec.docs as Record<string, string | undefined>)[name] ?? '',
      profiles,
    };
  });
}

/** Profiles that change the rule's severity or switch it off. */
function profileOverrides(rule: AnyRule): string[] {
  const out: string[] = [];
  for (const [profile, def] of Object.entries(PROFILES)) {
    const o = def.rules[rule.meta.id];
    if (o?.enabled === false) out.push(`${profile}: disabled`);
    if (o?.severity) out.push(`${profile}: severity ${o.severity}`);
  }
  return out;
}

export interface SectionDoc {
  name: SectionName;
  title: string;
  permissions: readonly string[];
  licence?: string;
  apiVersion: string;
}

export function sectionDocs(names: readonly SectionName[]): SectionDoc[] {
  return names.map((name) => {
    const s = SECTIONS[name];
    return { name, title: s.title, permissions: s.permissions, ...(s.licence ? { licence: s.licence } : {}), apiVersion: s.apiVersion };
  });
}

/** Framework mappings with our short control titles, in a fixed framework order. */
export function frameworkDocs(
  rule: AnyRule,
): Array<{ framework: FrameworkId; name: string; controls: Array<{ id: string; title?: string }> }> {
  const mapping = rule.meta.frameworks ?? {};
  return FRAMEWORK_ORDER.filter((f) => (mapping[f] ?? []).length).map((f) => ({
    framework: f,
    name: FRAMEWORKS[f].name,
    controls: (mapping[f] ?? []).map((id) => {
      const title = findControl(f, id)?.title;
      return { id, ...(title ? { title } : {}) };
    }),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown (docs/rules.md)

/** Text inside a table cell: no pipes, no line breaks. */
const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string): string => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
const json = (v: unknown): string => JSON.stringify(v);

function sectionLine(s: SectionDoc): string {
  return `${code(s.name)} — ${s.title} (${s.apiVersion}; ${s.permissions.map(code).join(' + ')}${s.licence ? `; ${s.licence}` : ''})`;
}

export function ruleMarkdown(rule: AnyRule): string {
  const m = rule.meta;
  const lines: string[] = [];
  lines.push(`### ${code(m.id)}`, '');
  lines.push(`**${m.title}**`, '');
  lines.push(
    `Severity **${m.severity}** · category ${code(m.category)}${profileOverrides(rule).length ? ` · ${profileOverrides(rule).join('; ')}` : ''}`,
    '',
  );
  lines.push(m.rationale, '');
  // The executive summary's wording when this check is among the three most important.
  if (m.action) lines.push(`**Action** (executive summary): ${m.action}`, '');
  lines.push('**Reads**', '');
  for (const s of sectionDocs(m.requires)) lines.push(`- required: ${sectionLine(s)}`);
  for (const s of sectionDocs(m.optional ?? [])) lines.push(`- optional: ${sectionLine(s)}`);
  lines.push('');
  const options = optionDocs(rule);
  if (options.length) {
    lines.push('**Options**', '');
    lines.push('| option | type | default | profiles | why |', '|---|---|---|---|---|');
    for (const o of options) {
      const profiles =
        Object.entries(o.profiles)
          .map(([p, v]) => `${p}: ${code(json(v))}`)
          .join('; ') || '—';
      lines.push(`| ${code(o.name)} | ${cell(o.type)} | ${code(json(o.default))} | ${cell(profiles)} | ${cell(o.doc)} |`);
    }
    lines.push('');
  }
  if (m.semantics?.length) {
    lines.push('**What it relies on**', '');
    for (const x of m.semantics)
      lines.push(`- ${x.reading ? '*Reading:* ' : ''}${x.statement}${x.reading ? ` — ${x.reading}` : ''} ([source](${x.source}))`);
    lines.push('');
  }
  lines.push('**Remediation**', '');
  lines.push(m.remediation.summary, '');
  if (m.remediation.portal) lines.push(`Portal: ${m.remediation.portal}`, '');
  if (m.remediation.detail) lines.push(m.remediation.detail, '');
  if (m.remediation.graph) {
    const g = m.remediation.graph;
    lines.push(
      '```http',
      `${g.method} ${GRAPH_ROOT}${g.url}`,
      ...(g.body !== undefined ? ['Content-Type: application/json', '', JSON.stringify(g.body, null, 2)] : []),
      '```',
      '',
    );
    lines.push('```sh', azRestCommand(g), '```', '');
  }
  const frameworks = frameworkDocs(rule);
  if (frameworks.length) {
    lines.push('**Framework mappings**', '');
    for (const f of frameworks)
      lines.push(`- ${f.name}: ${f.controls.map((c) => `${code(c.id)}${c.title ? ` ${c.title}` : ''}`).join('; ')}`);
    lines.push('');
  }
  lines.push('**References**', '');
  for (const r of m.references) lines.push(`- [${r.title}](${r.url})`);
  lines.push('');
  return lines.join('\n');
}

export function rulesMarkdown(rules: readonly AnyRule[]): string {
  const lines: string[] = [
    '# gatehouse rules',
    '',
    "<!-- Generated from the rules' metadata by `gatehouse rules --format md --out docs/rules.md`. Do not edit by hand: test/docs.test.ts fails when this file is stale. -->",
    '',
    `${rules.length} rules. Statuses: \`pass\`, \`fail\`, \`not-applicable\`, \`not-assessed\` (a section the rule reads was not collected — the report names the permission or licence that fixes it), \`suppressed\`, \`error\`. Options are set per rule in \`gatehouse.config.json\` (\`{"rules": {"<id>": {"options": {…}}}}\`) or through a profile (\`--profile baseline|strict\`); the tables below show each default and what each profile changes.`,
    '',
    '## Profiles',
    '',
    ...Object.entries(PROFILES).map(([name, p]) => `- ${code(name)}: ${p.description}`),
    '',
    '## Summary',
    '',
    '| rule | severity | category | checks | frameworks |',
    '|---|---|---|---|---|',
  ];
  const ordered = [...rules].sort((a, b) => CATEGORY_ORDER.indexOf(a.meta.category) - CATEGORY_ORDER.indexOf(b.meta.category));
  for (const r of ordered) {
    const fw = frameworkDocs(r).flatMap((f) => f.controls.map((c) => (f.framework === 'catalog' ? c.id : `${f.framework} ${c.id}`)));
    lines.push(
      `| [${code(r.meta.id)}](#${r.meta.id}) | ${r.meta.severity} | ${r.meta.category} | ${cell(r.meta.title)} | ${cell(fw.join(', ') || '—')} |`,
    );
  }
  lines.push('');
  for (const category of CATEGORY_ORDER) {
    const inCategory = ordered.filter((r) => r.meta.category === category);
    if (!inCategory.length) continue;
    lines.push(`## ${CATEGORY_TITLES[category]}`, '');
    for (const r of inCategory) lines.push(ruleMarkdown(r));
  }
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Plain text (`gatehouse explain rule <id>`)

function wrap(text: string, indent: string, width = 100): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

export function explainRuleText(rule: AnyRule): string {
  const m = rule.meta;
  const lines: string[] = [`${m.id} — ${m.title}`, `  Severity: ${m.severity}    Category: ${m.category}`];
  const overrides = profileOverrides(rule);
  if (overrides.length) lines.push(`  Profiles: ${overrides.join('; ')}`);
  lines.push('', 'Why it matters', ...wrap(m.rationale, '  '));
  if (m.action) lines.push('', 'Action (executive summary)', ...wrap(m.action, '  '));
  lines.push('', 'Reads');
  for (const s of sectionDocs(m.requires)) {
    lines.push(
      `  ${s.name} (required) — ${s.title}`,
      `      ${s.apiVersion}, permission ${s.permissions.join(' + ')}${s.licence ? `, licence: ${s.licence}` : ''}`,
    );
  }
  for (const s of sectionDocs(m.optional ?? [])) {
    lines.push(
      `  ${s.name} (optional) — ${s.title}`,
      `      ${s.apiVersion}, permission ${s.permissions.join(' + ')}${s.licence ? `, licence: ${s.licence}` : ''}`,
    );
  }
  const options = optionDocs(rule);
  lines.push('', 'Options');
  if (!options.length) lines.push('  (none)');
  for (const o of options) {
    const profiles = Object.entries(o.profiles).map(([p, v]) => `${p}: ${json(v)}`);
    lines.push(`  ${o.name} = ${json(o.default)}  (${o.type})${profiles.length ? `  [${profiles.join('; ')}]` : ''}`);
    lines.push(...wrap(o.doc, '      '));
  }
  lines.push('', 'What it relies on (documented facts, and readings gatehouse chose where the docs are silent)');
  if (!m.semantics?.length) lines.push('  (none recorded)');
  for (const x of m.semantics ?? []) {
    lines.push(...wrap(`- ${x.reading ? 'Reading: ' : ''}${x.statement}`, '  ').map((l, i) => (i === 0 ? l : `  ${l}`)));
    if (x.reading) lines.push(...wrap(`Why: ${x.reading}`, '      '));
    lines.push(`      ${x.source}`);
  }
  lines.push('', 'Remediation', ...wrap(m.remediation.summary, '  '));
  if (m.remediation.portal) lines.push(...wrap(`Portal: ${m.remediation.portal}`, '  '));
  if (m.remediation.detail) lines.push(...wrap(m.remediation.detail, '  '));
  if (m.remediation.graph) {
    const g = m.remediation.graph;
    lines.push('  Graph request:', `    ${g.method} ${GRAPH_ROOT}${g.url}`);
    if (g.body !== undefined)
      lines.push(
        ...JSON.stringify(g.body, null, 2)
          .split('\n')
          .map((l) => `    ${l}`),
      );
    lines.push('  Azure CLI:', `    ${azRestCommand(g)}`);
  }
  const frameworks = frameworkDocs(rule);
  lines.push('', 'Framework mappings');
  if (!frameworks.length) lines.push('  (none — a control no peer benchmark checks)');
  for (const f of frameworks) for (const c of f.controls) lines.push(`  ${f.name}: ${c.id}${c.title ? ` — ${c.title}` : ''}`);
  lines.push('', 'References');
  for (const r of m.references) lines.push(`  ${r.title}`, `    ${r.url}`);
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// README: every option of every rule

export const README_OPTIONS_START = "<!-- rule-options:start (generated from the rules' metadata; test/docs.test.ts keeps it current) -->";
export const README_OPTIONS_END = '<!-- rule-options:end -->';

/** One row per rule option: default, the value each profile uses, and why. */
export function ruleOptionsTable(rules: readonly AnyRule[]): string {
  const profiles = Object.keys(PROFILES);
  const lines = [`| rule | option | default | ${profiles.join(' | ')} | why |`, `|---|---|---|${profiles.map(() => '---|').join('')}---|`];
  for (const r of rules) {
    for (const o of optionDocs(r)) {
      const perProfile = profiles.map((p) => (p in o.profiles ? code(json(o.profiles[p])) : 'default'));
      lines.push(
        `| [${code(r.meta.id)}](docs/rules.md#${r.meta.id}) | ${code(o.name)} | ${code(json(o.default))} | ${perProfile.join(' | ')} | ${cell(o.doc)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** Replace the generated block of the README (between the markers) with the current table. */
export function withRuleOptions(readme: string, rules: readonly AnyRule[]): string {
  const start = readme.indexOf(README_OPTIONS_START);
  const end = readme.indexOf(README_OPTIONS_END);
  if (start < 0 || end < start) throw new Error('README.md has no rule-options markers');
  return `${readme.slice(0, start + README_OPTIONS_START.length)}\n${ruleOptionsTable(rules)}\n${readme.slice(end)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// README: the merged external-identity catalogue, with the rules that judge each row and what stays out of reach

export const README_CATALOGUE_START =
  "<!-- catalogue:start (generated from src/frameworks/catalog.ts and the rules' mappings; test/docs.test.ts keeps it current) -->";
export const README_CATALOGUE_END = '<!-- catalogue:end -->';

const PEER_ORDER = FRAMEWORK_ORDER.filter((f) => f !== 'catalog');

/** One row per catalogue row: its peers' ids, the rules mapped to it, and whether gatehouse judges it fully, partly or not (and why). */
export function catalogueTable(rules: readonly AnyRule[]): string {
  const lines = ['| row | control | peers | gatehouse rules | coverage |', '|---|---|---|---|---|'];
  for (const row of CATALOG_ROWS) {
    const peers = PEER_ORDER.flatMap((f) => (row.peers[f] ?? []).map((id) => `${f} ${id}`));
    const mapped = rules
      .filter((r) => r.meta.frameworks?.catalog?.includes(row.id))
      .map((r) => `[${code(r.meta.id)}](docs/rules.md#${r.meta.id})`);
    const coverage = row.outOfScope ? `out of reach: ${row.outOfScope}` : row.partly ? `partly: ${row.partly}` : 'judged';
    const title = `${row.title}${row.addedByGatehouse ? ' (added by gatehouse)' : ''}`;
    lines.push(
      `| ${row.id} | ${cell(title)} | ${peers.length ? cell(peers.join(', ')) : '—'} | ${mapped.length ? mapped.join(', ') : '—'} | ${cell(coverage)} |`,
    );
  }
  return lines.join('\n');
}

/** Replace the catalogue block of the README (between the markers) with the current table. */
export function withCatalogue(readme: string, rules: readonly AnyRule[]): string {
  const start = readme.indexOf(README_CATALOGUE_START);
  const end = readme.indexOf(README_CATALOGUE_END);
  if (start < 0 || end < start) throw new Error('README.md has no catalogue markers');
  return `${readme.slice(0, start + README_CATALOGUE_START.length)}\n${catalogueTable(rules)}\n${readme.slice(end)}`;
}
