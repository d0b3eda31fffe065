import { countOf } from '../util/count-of.js';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';
import { MAX_SETTINGS_FILE_BYTES, readInputFile } from '../util/files.js';
import { JsonTextError, parseJsonText } from '../util/json-text.js';
import { parseYamlText } from '../util/yaml-text.js';
import { passGuests, type Guests } from '../snapshot/guests.js';
import type { Snapshot, User } from '../snapshot/snapshot.types.js';
import { describeAjvError } from '../util/ajv.js';
import { exceptions as exceptionsValidator } from './exceptions.validators.js';
import type { Exception, ExceptionsFile } from './exceptions.types.js';
import type { ExceptionUse, Finding, Result, RuleResult } from './result.types.js';
import { summarise } from './run.js';
import { plainFinding } from './evaluated-finding.js';
import { settleRuleSeverities } from './severity.js';

export type { Exception, ExceptionsFile };

/** Looked for in the working directory when `--exceptions` is not given, in this order. */
export const DEFAULT_EXCEPTION_FILES = ['gatehouse.exceptions.yaml', 'gatehouse.exceptions.yml', 'gatehouse.exceptions.json'] as const;

export interface LoadedExceptions {
  exceptions: Exception[];
  /** The file they came from (shown in reports as the suppression source). */
  source: string;
}

/** `--exceptions <file>`, else the first default file present in `cwd`, else none. */
export function findExceptionsFile(explicit: string | undefined, cwd = process.cwd()): string | undefined {
  if (explicit) return explicit;
  return DEFAULT_EXCEPTION_FILES.map((f) => join(cwd, f)).find((p) => existsSync(p));
}

/**
 * Read and validate an exceptions file (YAML or JSON by extension; YAML is a superset of JSON, so anything else is
 * read as YAML). Every problem is an InputError (exit 2) naming the file and the JSON path of the bad field.
 * `knownRules` are the ids gatehouse ships: an exception for any other id is a typo that would silently accept
 * nothing, so it is an error too.
 */
export async function loadExceptions(file: string, knownRules: Iterable<string>): Promise<LoadedExceptions> {
  const text = (await readInputFile('exceptions file', file, { maxBytes: MAX_SETTINGS_FILE_BYTES })).toString('utf8');
  let parsed: unknown;
  try {
    parsed = extname(file).toLowerCase() === '.json' ? parseJsonText(text).value : parseYamlText(text);
  } catch (e) {
    if (e instanceof JsonTextError) throw new InputError(`invalid exceptions file ${file} at ${e.path}: ${e.reason}`);
    throw e;
  }
  return { exceptions: validateExceptions(parsed, file, knownRules).exceptions, source: file };
}

export function validateExceptions(value: unknown, source: string, knownRules: Iterable<string>): ExceptionsFile {
  if (value === null || value === undefined)
    throw new InputError(`invalid exceptions file ${source} at $: the file is empty (expected "exceptions:" with a list)`);
  const validate = exceptionsValidator;
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const { path, reason } = first ? describeAjvError(first) : { path: '$', reason: 'is invalid' };
    throw new InputError(
      `invalid exceptions file ${source} at ${path}: ${reason}${first?.keyword === 'format' ? ' (use YYYY-MM-DD)' : ''}`,
    );
  }
  const file = value as ExceptionsFile;
  const known = new Set(knownRules);
  file.exceptions.forEach((e, i) => {
    if (!known.has(e.rule))
      throw new InputError(
        `invalid exceptions file ${source} at $.exceptions[${i}].rule: unknown rule id "${e.rule}" (see \`gatehouse rules\`)`,
      );
  });
  return file;
}

/** The exception applies up to and including its `expires` day (UTC). */
export function isExpired(e: Exception, asOf: Date): boolean {
  const end = Date.parse(`${e.expires}T00:00:00Z`) + 86_400_000;
  return asOf.getTime() >= end;
}

/** `*` matches any run of characters; everything else literally; case-insensitive (ids, UPNs and domains all are). */
export function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/**
 * Names a finding's object can be matched by: its id and path, plus — from the snapshot when available — a
 * guest's UPN, mail and other mails, a partner's default domain, a federation configuration's domains, and the
 * same kinds of identifiers a rule recorded in its evidence. Never display names (see exceptions.schema.json).
 */
export function resourceAliases(finding: Finding, lookup: AliasLookup): string[] {
  const aliases = [finding.resource.id];
  if (finding.resource.path) aliases.push(finding.resource.path);
  aliases.push(...(lookup.get(finding.resource.id.toLowerCase()) ?? []));
  for (const key of ['userPrincipalName', 'mail', 'domain', 'domainName', 'tenantId'] as const) {
    const v = finding.evidence?.[key];
    if (typeof v === 'string' && v) aliases.push(v);
  }
  return aliases;
}

export type AliasLookup = Map<string, string[]>;

/** Object id → identifiers, from the snapshot and the guests it holds (empty without a snapshot). */
export function buildAliasLookup(snapshot: Snapshot | undefined, guests: Iterable<User>): AliasLookup {
  const map: AliasLookup = new Map();
  const add = (id: string | undefined | null, values: Array<string | null | undefined>) => {
    if (!id) return;
    const clean = values.filter((v): v is string => typeof v === 'string' && v.length > 0);
    if (!clean.length) return;
    const key = id.toLowerCase();
    map.set(key, [...(map.get(key) ?? []), ...clean]);
  };
  const data = snapshot?.data;
  for (const g of guests) add(g.id, [g.userPrincipalName, g.mail, ...(g.otherMails ?? [])]);
  for (const p of data?.crossTenantAccessPartners ?? []) add(p.tenantId, [p.defaultDomainName]);
  for (const f of data?.federationConfigurations ?? [])
    add(
      f.id,
      (f.domains ?? []).map((d) => d.id),
    );
  return map;
}

/**
 * Undo any earlier application (a result.json that was written with exceptions is re-rendered with other ones):
 * every suppressed finding fails again and rules regain the status their findings give them.
 */
function reset(result: Result): { findings: Finding[]; rules: RuleResult[] } {
  const findings = result.findings.map((f) => {
    if (f.status !== 'suppressed') return f;
    const { suppression: _dropped, ...rest } = plainFinding(f);
    return { ...rest, status: 'fail' as const };
  });
  const rules = result.rules.map((r): RuleResult => {
    if (r.status !== 'suppressed') return r;
    const { reason, ...rest } = r;
    const original = reason?.replace(SUPPRESSED_NOTE, '');
    return { ...rest, status: 'fail', ...(original ? { reason: original } : {}) };
  });
  return { findings, rules };
}

const SUPPRESSED_NOTE = /^Every finding is covered by an exception \(\d+ suppressed\)\.\s?/;
const suppressedNote = (n: number) => `Every finding is covered by an exception (${n} suppressed).`;

/**
 * Apply exceptions to an evaluated result (after evaluation, so every renderer sees the same thing). Pure: returns
 * a new Result. A finding matched by an exception in force becomes `suppressed` with the exception's owner,
 * justification, expiry and source; a failing rule whose findings are all suppressed becomes `suppressed`; the
 * summary is recomputed; `result.exceptions` records each entry as active, expired or unused with its match count.
 * Expiry is judged against the result's `asOf`, like every other date in a scan.
 */
export function applyExceptions(result: Result, loaded: LoadedExceptions | undefined, aliases: AliasLookup = new Map()): Result {
  const { findings: baseFindings, rules: baseRules } = reset(result);
  if (!loaded) {
    const { exceptions: _none, ...rest } = result;
    const rules = settleRuleSeverities(baseRules, baseFindings);
    return { ...rest, rules, findings: baseFindings, summary: summarise(rules, baseFindings) };
  }
  const asOf = new Date(result.asOf);
  const lookup = aliases;
  const compiled = loaded.exceptions.map((e) => ({
    e,
    expired: isExpired(e, asOf),
    patterns: e.resources?.map(patternToRegExp),
    matched: 0,
  }));

  const findings = baseFindings.map((f) => {
    let aliases: string[] | undefined;
    let applied: (typeof compiled)[number] | undefined;
    compiled.forEach((c) => {
      if (c.e.rule !== f.ruleId) return;
      if (c.patterns) {
        aliases ??= resourceAliases(f, lookup);
        if (!c.patterns.some((re) => aliases!.some((a) => re.test(a)))) return;
      }
      c.matched++;
      if (!c.expired) applied ??= c;
    });
    if (!applied) return f;
    return {
      ...plainFinding(f),
      status: 'suppressed' as const,
      suppression: {
        justification: applied.e.justification,
        owner: applied.e.owner,
        expires: applied.e.expires,
        source: `${loaded.source}#exceptions[${compiled.indexOf(applied)}]`,
      },
    };
  });

  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const ruleStatuses = baseRules.map((r) => {
    const own = byRule.get(r.id) ?? [];
    if (r.status !== 'fail' || !own.length || own.some((f) => f.status === 'fail')) return r;
    const note = suppressedNote(own.length);
    return { ...r, status: 'suppressed' as const, reason: r.reason ? `${note} ${r.reason}` : note };
  });
  // A check whose worst findings are now accepted risks is headlined by the worst one still open.
  const rules = settleRuleSeverities(ruleStatuses, findings);

  const exceptions: ExceptionUse[] = compiled.map((c, index) => ({
    rule: c.e.rule,
    ...(c.e.resources ? { resources: [...c.e.resources] } : {}),
    owner: c.e.owner,
    justification: c.e.justification,
    expires: c.e.expires,
    state: c.expired ? 'expired' : c.matched ? 'active' : 'unused',
    matched: c.matched,
    index,
    source: loaded.source,
  }));

  return { ...result, rules, findings, summary: summarise(rules, findings), exceptions };
}

/** One line per exception that needs attention (expired or unused), for stderr and summaries. */
export function exceptionWarnings(result: Result): string[] {
  return (result.exceptions ?? []).flatMap((e) => {
    const where = `${e.source ?? 'exceptions'}#exceptions[${e.index ?? '?'}]`;
    if (e.state === 'expired')
      return [
        `exception ${where} for ${e.rule} (owner ${e.owner}) expired on ${e.expires}; ${countOf(e.matched, 'finding')} it covered count again`,
      ];
    if (e.state === 'unused')
      return [`exception ${where} for ${e.rule} (owner ${e.owner}) matched no finding; remove it or fix its resources`];
    return [];
  });
}

/**
 * The alias lookup for a scan: one pass over the guests keeping only those some finding is about, so a
 * million-guest tenant costs no more memory than its findings.
 */
export async function aliasLookupFor(
  snapshot: Snapshot | undefined,
  guests: Guests | undefined,
  findings: readonly Finding[],
): Promise<AliasLookup> {
  const wanted = new Set(findings.map((f) => f.resource.id.toLowerCase()));
  const picked: User[] = [];
  if (guests) await passGuests(guests, [(g) => void (wanted.has(g.id.toLowerCase()) && picked.push(g))]);
  return buildAliasLookup(snapshot, picked);
}
