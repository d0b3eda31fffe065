/**
 * SARIF 2.1.0 for GitHub code scanning and Azure DevOps.
 *
 * Alert identity is a public contract: tool name "gatehouse", category `gatehouse/<tenantId>`, rule ids, the
 * pseudo-path `entra-tenant/<tenantId>/<graph path built from ids>` and `primaryLocationLineHash` derived from the
 * finding id. None of them contain names, counts, dates or message text, so a problem keeps one alert across
 * quarterly scans and a rename never opens a new one.
 *
 * Choices:
 * - Only `fail` findings become results. Suppressed findings are left out (GitHub ignores `suppressions`, so they
 *   would reopen as alerts), and so are `info` findings: GitHub has no "informational" security severity (any
 *   score ≥ 0.1 is at least "low"), so they would raise alerts for things that need no action. They stay in the
 *   HTML, XLSX and result.json. Rules whose severity is info are still listed, at level `note` without a
 *   security-severity.
 * - Severity, one SARIF rule per rule × severity. GitHub and Azure DevOps take an alert's severity from its rule's
 *   `security-severity` (a result cannot carry its own), yet one gatehouse rule may grade its findings (an expired
 *   federation certificate is high, one still valid for weeks medium). So findings at the rule's own severity keep
 *   the bare rule id — the id every earlier scan used, so their alerts carry on — and a finding graded otherwise
 *   goes to `<rule id>/<severity>`, a descriptor with that severity. Every alert then shows the severity the HTML,
 *   the XLSX and result.json give its finding. The ids stay stable across scans: they depend only on the rule and
 *   the finding's severity, never on names, counts or order, and `primaryLocationLineHash` stays the finding id. A
 *   finding whose severity changes between scans (a certificate that was expiring has expired) moves to the other
 *   rule: GitHub closes the old alert and opens one at the new severity, so a dismissal of "expiring soon" does not
 *   hide "expired" — a change of severity is a change of problem worth a fresh look.
 * - A SARIF rule with more than `perRuleCap` results becomes one aggregate result carrying the count; when the run
 *   would still exceed `perRunCap`, the largest are aggregated first. The XLSX lists every object.
 */
import { gzipSync } from 'node:zlib';
import type * as Sarif from 'sarif';
import type { Finding, Result, Severity } from '../engine/result.types.js';
import { findingId } from '../engine/finding-id.js';
import { inMadeOrder } from '../engine/made-order.js';
import { formatMessage } from '../engine/messages.js';
import type { AnyRule } from '../engine/rule.js';
import { PROJECT_URL, TOOL } from '../version.js';
import { cmp, remediationView, resourcePath, ruleDocs, type RuleDoc } from './model.js';
import { frameworkRefs } from './words.js';
import { displayText, redactEmails, safeHttpsUrl } from './sanitize.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_TOOL_NAME = 'gatehouse';
export const SARIF_URI_PREFIX = 'entra-tenant';
export const DEFAULT_PER_RULE_CAP = 1_000;
export const DEFAULT_PER_RUN_CAP = 5_000;
/** GitHub rejects SARIF over 10 MB gzip-compressed. */
export const MAX_GZIP_BYTES = 10 * 1000 * 1000;
export const FINGERPRINT_KEY = 'gatehouseFinding/v1';

/** Where to learn about the tool (SARIF2005 wants one): the project's page named in package.json, if any. */
const INFORMATION_URI = safeHttpsUrl(PROJECT_URL);

export const SECURITY_SEVERITY: Record<Exclude<Severity, 'info'>, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

export interface SarifOptions {
  /** Keep UPNs, email addresses and guests' names out of message text and logical locations. */
  omitPii?: boolean;
  perRuleCap?: number;
  perRunCap?: number;
  maxGzipBytes?: number;
  /** The rules whose documentation (help, tags, security-severity) the SARIF carries. */
  rules: readonly AnyRule[];
  /** File name of the workbook that holds the full detail, named in aggregate results. */
  xlsxName?: string;
}

/** Resource types whose display name is a person's name (PII under `--sarif-omit-pii`). */
function isPersonResource(f: Finding): boolean {
  return /^(user|guest|member|externalUser)$/i.test(f.resource.type) || (f.resource.path ?? '').startsWith('users/');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One path segment as URI-safe ASCII: unreserved characters kept, everything else percent-encoded (including
 * `:` so no segment can read as a scheme, and `.`/`..` so the path cannot climb). GUIDs are lower-cased.
 */
export function uriSegment(segment: string): string {
  const s = GUID.test(segment) ? segment.toLowerCase() : segment;
  if (s === '.' || s === '..') return s.replace(/\./g, '%2E');
  return Array.from(new TextEncoder().encode(s), (b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

/** `entra-tenant/<tenantId>/<path>`: relative, scheme-free, ASCII, built from immutable ids only. */
export function artifactUri(tenantId: string, path: string): string {
  const segments = path
    .split('/')
    .filter((p) => p.length > 0)
    .map(uriSegment);
  return [SARIF_URI_PREFIX, uriSegment(tenantId), ...segments].join('/');
}

/**
 * A SARIF message's plain text: viewers read `[text](target)` in it as an embedded link (GitHub renders one), so a
 * literal bracket is written `\[` / `\]` and a literal backslash `\\`, as SARIF prescribes for messages. Tenant text such
 * as `[click](javascript:…)` or `![px](http://…)` then stays text: no link, no image.
 */
export function sarifMessageText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function capText(s: string, max: number): string {
  return displayText(s, max);
}

/**
 * The SARIF rule a finding is reported under: the bare rule id at the rule's own severity, `<rule id>/<severity>`
 * when the rule graded the finding otherwise (see the file comment for why).
 */
export function sarifRuleId(ruleId: string, severity: Severity, ruleSeverity: Severity): string {
  return severity === ruleSeverity ? ruleId : `${ruleId}/${severity}`;
}

function pascalName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
    .slice(0, 255);
}

function ruleHelp(id: string, title: string, doc: RuleDoc | undefined, cloud: string | undefined): { text: string; markdown: string } {
  if (!doc) {
    const text = `${title}. This rule is not known to gatehouse ${TOOL.version}; see result.json for its findings.`;
    return { text, markdown: text };
  }
  const fix = remediationView(doc, cloud)!;
  const refs = doc.references.map((r) => ({ title: r.title, url: safeHttpsUrl(r.url) })).filter((r) => r.url);
  const frameworks = frameworkRefs(doc).map((r) => r.text);
  const text = [
    `Why it matters: ${doc.rationale}`,
    `How to fix: ${fix.summary}`,
    ...(fix.portal ? [`Admin center: ${fix.portal}`] : []),
    ...(fix.detail ? [fix.detail] : []),
    ...(fix.method
      ? [`Graph request: ${fix.method} ${fix.url}${fix.body ? ` with body ${JSON.stringify(doc.remediation.graph?.body)}` : ''}`]
      : []),
    ...(refs.length ? [`References: ${refs.map((r) => r.url).join(' ')}`] : []),
  ].join('\n\n');
  const md = [
    `**Why it matters.** ${doc.rationale}`,
    `**How to fix.** ${fix.summary}`,
    ...(fix.portal ? [`**Admin center:** ${fix.portal}`] : []),
    ...(fix.detail ? [fix.detail] : []),
    ...(fix.azRest
      ? [
          `**With the Azure CLI** (gatehouse never sends this; review it first)${fix.hasPlaceholders ? ' — replace the `{placeholders}` with the affected object ids' : ''}:`,
          '```sh\n' + fix.azRest + '\n```',
          `**Microsoft Graph request:** \`${fix.method} ${fix.url}\`` + (fix.body ? '\n\n```json\n' + fix.body + '\n```' : ''),
        ]
      : []),
    ...(refs.length ? ['**References**\n\n' + refs.map((r) => `- [${r.title.replace(/[[\]]/g, '')}](${r.url})`).join('\n')] : []),
    ...(frameworks.length ? [`**Frameworks:** ${frameworks.join(', ')}`] : []),
  ].join('\n\n');
  return { text, markdown: md };
}

interface Emitted {
  result: Sarif.Result;
  uri: string;
  fingerprint: string;
}

function tagsFor(doc: RuleDoc | undefined, category: string): string[] {
  const tags = ['security', 'entra-id', 'external-identities', category];
  for (const fw of Object.keys(doc?.frameworks ?? {}).sort(cmp)) tags.push(fw);
  return [...new Set(tags.map((t) => t.toLowerCase().replace(/[^a-z0-9-]/g, '-')).filter(Boolean))].slice(0, 10);
}

/** Whether `path` has a segment (anything but slashes) from `from` on. */
function namesBelow(path: string, from: number): boolean {
  for (let i = from; i < path.length; i++) if (path[i] !== '/') return true;
  return false;
}

const parentOf = (path: string) => path.split('/').filter(Boolean).slice(0, -1);

/**
 * The common parent of a SARIF rule's findings' paths (e.g. `users`), an aggregate result's location, worked out as
 * the findings are grouped: the pass that reads each finding anyway reads its path too, rather than a second pass
 * over up to a million findings scattered through the heap.
 */
class CommonParent {
  readonly findings: Finding[] = [];
  private common: string[] | undefined;
  private prefix = '';

  add(f: Finding): void {
    this.findings.push(f);
    const common = this.common;
    if (!common) {
      this.common = parentOf(resourcePath(f));
      this.prefix = `${this.common.join('/')}/`;
      return;
    }
    if (!common.length) return;
    // Nearly every path starts with the common parent and names an object below it: that keeps it as it is,
    // without splitting the path into segments.
    const path = resourcePath(f);
    if (path.startsWith(this.prefix) && namesBelow(path, this.prefix.length)) return;
    const p = parentOf(path);
    let i = 0;
    while (i < common.length && i < p.length && common[i] === p[i]) i++;
    this.common = common.slice(0, i);
    this.prefix = `${this.common.join('/')}/`;
  }

  get path(): string {
    if (this.common?.length) return this.common.join('/');
    // No common parent: the type of the finding that comes first in id order (the findings may be in any order).
    let first: Finding | undefined;
    for (const f of this.findings) if (!first || f.id < first.id) first = f;
    return first?.resource.type ?? 'tenant';
  }
}

export function renderSarif(result: Result, options: SarifOptions): string {
  const perRuleCap = options.perRuleCap ?? DEFAULT_PER_RULE_CAP;
  let perRunCap = options.perRunCap ?? DEFAULT_PER_RUN_CAP;
  const maxGzip = options.maxGzipBytes ?? MAX_GZIP_BYTES;
  for (;;) {
    const text = JSON.stringify(buildSarif(result, { ...options, perRuleCap, perRunCap }), null, 2) + '\n';
    const gz = gzipSync(text).length;
    if (gz <= maxGzip) return text;
    // Aggregate harder until it fits; bounded because the cap halves each time.
    if (perRunCap <= 1)
      throw new Error(`SARIF is ${gz} bytes gzip-compressed even fully aggregated, over the ${maxGzip}-byte upload limit`);
    perRunCap = Math.max(1, Math.floor(perRunCap / 2));
  }
}

export function buildSarif(result: Result, options: SarifOptions & { perRuleCap: number; perRunCap: number }): Sarif.Log {
  const docs = ruleDocs(options.rules);
  const tenantId = result.tenant.id.toLowerCase();
  const tenantLabel = capText(result.tenant.displayName ?? result.tenant.id, 120).replace(/\//g, '∕');
  const omitPii = Boolean(options.omitPii);
  const xlsxName = options.xlsxName ?? 'report.xlsx';

  // Rules: every rule of the result plus any rule a finding names, each at its own severity under its bare id, and a
  // graded variant `<id>/<severity>` for every other severity its reported findings have.
  const ruleInfo = new Map<string, { title: string; severity: Severity; category: string }>();
  for (const r of result.rules) ruleInfo.set(r.id, { title: r.title, severity: r.defaultSeverity ?? r.severity, category: r.category });
  const descriptors = new Map<string, { ruleId: string; severity: Severity }>();
  for (const [id, info] of ruleInfo) descriptors.set(id, { ruleId: id, severity: info.severity });

  // Only failing, non-informational findings reach code scanning, grouped by the SARIF rule they are reported under.
  // One pass over the findings. They come grouped by rule, mostly at one severity within it, so a finding like the one
  // before takes the same group without building its SARIF rule id or looking it up again.
  const byRule = new Map<string, CommonParent>();
  let omitted = 0;
  let lastRuleId: string | undefined;
  let ruleSeverity: Severity = 'info';
  let lastSeverity: Severity | undefined;
  let group: CommonParent | undefined;
  // Within a rule the order does not matter (each group's results are sorted below), so the cheaper order to read.
  for (const f of inMadeOrder(result.findings)) {
    if (f.ruleId !== lastRuleId) {
      lastRuleId = f.ruleId;
      lastSeverity = undefined;
      let info = ruleInfo.get(f.ruleId);
      if (!info) {
        // A rule the result does not list: reported under its own id, at its first finding's severity.
        info = { title: f.ruleId, severity: f.severity, category: 'uncategorised' };
        ruleInfo.set(f.ruleId, info);
        descriptors.set(f.ruleId, { ruleId: f.ruleId, severity: f.severity });
      }
      ruleSeverity = info.severity;
    }
    if (f.status !== 'fail' || f.severity === 'info') {
      omitted++;
      continue;
    }
    if (f.severity !== lastSeverity || !group) {
      lastSeverity = f.severity;
      const id = sarifRuleId(f.ruleId, f.severity, ruleSeverity);
      if (!descriptors.has(id)) descriptors.set(id, { ruleId: f.ruleId, severity: f.severity });
      group = byRule.get(id);
      if (!group) byRule.set(id, (group = new CommonParent()));
    }
    group.add(f);
  }
  const ruleIds = [...descriptors.keys()].sort(cmp);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  const rules: Sarif.ReportingDescriptor[] = ruleIds.map((id) => {
    const { ruleId, severity } = descriptors.get(id)!;
    const info = ruleInfo.get(ruleId)!;
    const graded = id !== ruleId;
    const doc = docs.get(ruleId);
    const title = capText(info.title, 1000);
    const helpUri = doc?.references.map((r) => safeHttpsUrl(r.url)).find(Boolean);
    const properties: Record<string, unknown> = {
      tags: tagsFor(doc, info.category),
      precision: 'very-high',
      severity,
      gatehouseRule: ruleId,
    };
    if (severity !== 'info') properties['security-severity'] = SECURITY_SEVERITY[severity];
    return {
      id,
      name: pascalName(graded ? `${ruleId}-${severity}` : ruleId),
      shortDescription: { text: sentence(graded ? `${title} (${severity} findings)` : title) },
      fullDescription: { text: capText(doc ? doc.rationale : `${title}.`, 1024) },
      help: ruleHelp(ruleId, info.title, doc, result.tenant.cloud),
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: LEVEL[severity] },
      properties,
    };
  });

  const aggregated = new Set<string>();
  for (const [id, { findings }] of byRule) if (findings.length > options.perRuleCap) aggregated.add(id);
  let total = [...byRule].reduce((n, [id, { findings }]) => n + (aggregated.has(id) ? 1 : findings.length), 0);
  if (total > options.perRunCap) {
    const biggest = [...byRule]
      .map(([id, { findings }]) => [id, findings] as const)
      .filter(([id]) => !aggregated.has(id))
      .sort(([a, x], [b, y]) => y.length - x.length || cmp(a, b));
    for (const [id, list] of biggest) {
      if (total <= options.perRunCap) break;
      aggregated.add(id);
      total -= list.length - 1;
    }
  }

  const message = (f: Finding): string => {
    let text = f.message;
    if (omitPii) {
      const doc = docs.get(f.ruleId);
      const template = doc?.messages[f.messageId];
      const person = isPersonResource(f);
      if (template !== undefined) {
        // Built again from the template: a person resource's name and every param the rule says names a person are
        // replaced by what identifies them without naming them (type and object id); emails go from the rest.
        const personParams = new Set(doc?.personParams ?? []);
        const ownerId = (k: string) => (typeof f.evidence?.[`${k}Id`] === 'string' ? ` ${String(f.evidence[`${k}Id`])}` : '');
        const params = Object.fromEntries(
          Object.entries(f.params ?? {}).map(([k, v]) => [
            k,
            personParams.has(k) ? `user${ownerId(k)}` : typeof v === 'string' ? redactEmails(v) : v,
          ]),
        );
        text = formatMessage(template, {
          ...params,
          displayName: person ? `${f.resource.type} ${f.resource.id}` : redactEmails(f.resource.displayName ?? f.resource.id),
        });
      } else {
        // A rule this version does not know (a result from another version): which words name a person cannot be
        // told, so the message is left out rather than guessed at. The XLSX and result.json keep it.
        text = `${f.ruleId} on ${f.resource.type} ${f.resource.id} (message left out under --sarif-omit-pii; see result.json)`;
      }
      text = redactEmails(text);
    }
    return sarifMessageText(sentence(capText(text, 1000)));
  };

  const logicalName = (f: Finding): string => {
    const name = omitPii && isPersonResource(f) ? '' : (f.resource.displayName ?? '');
    const safe = capText(omitPii ? redactEmails(name) : name, 200);
    return `${tenantLabel}/${f.resource.type}/${safe ? `${safe} (${f.resource.id})` : f.resource.id}`;
  };

  const emitted: Emitted[] = [];
  for (const [id, { findings: list, path: collection }] of byRule) {
    if (aggregated.has(id)) {
      const uri = artifactUri(tenantId, collection);
      const fingerprint = findingId(id, tenantId, 'aggregate', collection, 'aggregate');
      // Every finding of a SARIF rule has the rule's severity.
      const { ruleId, severity } = descriptors.get(id)!;
      const title = ruleInfo.get(ruleId)!.title;
      emitted.push({
        uri,
        fingerprint,
        result: {
          ruleId: id,
          ruleIndex: ruleIndex.get(id)!,
          level: LEVEL[severity],
          message: {
            text: sarifMessageText(
              `${list.length} objects fail "${capText(title, 200)}" — more than code scanning should hold as separate alerts. Every affected object is listed in ${xlsxName} (sheet Findings) and in result.json.`,
            ),
          },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
              logicalLocations: [{ fullyQualifiedName: `${tenantLabel}/${collection}`, kind: 'resource' }],
            },
          ],
          partialFingerprints: { primaryLocationLineHash: `${fingerprint.slice(0, 16)}:1`, [FINGERPRINT_KEY]: fingerprint },
          properties: {
            findingId: fingerprint,
            aggregate: true,
            findingCount: list.length,
            severity,
            gatehouseRule: ruleId,
            detail: xlsxName,
          },
        },
      });
      continue;
    }
    for (const f of list) {
      const uri = artifactUri(tenantId, resourcePath(f));
      emitted.push({
        uri,
        fingerprint: f.id,
        result: {
          ruleId: id,
          ruleIndex: ruleIndex.get(id)!,
          level: LEVEL[f.severity],
          message: { text: message(f) },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
              logicalLocations: [{ fullyQualifiedName: logicalName(f), kind: 'resource' }],
            },
          ],
          partialFingerprints: { primaryLocationLineHash: `${f.id.slice(0, 16)}:1`, [FINGERPRINT_KEY]: f.id },
          // With `scan --baseline`: new / unchanged / updated against the previous scan (the ADO Scans tab filters on it).
          ...(f.baselineState ? { baselineState: f.baselineState } : {}),
          properties: { findingId: f.id, severity: f.severity, gatehouseRule: f.ruleId, resourceType: f.resource.type },
        },
      });
    }
  }
  emitted.sort((a, b) => cmp(a.result.ruleId!, b.result.ruleId!) || cmp(a.uri, b.uri) || cmp(a.fingerprint, b.fingerprint));

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: SARIF_TOOL_NAME,
        fullName: 'gatehouse — Microsoft Entra ID external identity posture scanner',
        version: TOOL.version,
        semanticVersion: TOOL.version,
        ...(INFORMATION_URI ? { informationUri: INFORMATION_URI } : {}),
        rules,
      },
    },
    automationDetails: {
      description: { text: sentence(`gatehouse scan of tenant ${tenantId} as of ${result.asOf.slice(0, 10)}`) },
      id: `${SARIF_TOOL_NAME}/${tenantId}/${result.asOf.slice(0, 10)}`,
    },
    columnKind: 'utf16CodeUnits',
    results: emitted.map((e) => e.result),
    properties: {
      tenantId,
      profile: result.profile,
      asOf: result.asOf,
      snapshotSha256: result.snapshot.sha256,
      aggregatedRules: [...aggregated].sort(cmp),
      infoAndSuppressedFindingsOmitted: omitted,
    },
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}
