import { guid, hash32, hashString, Weighted } from './random.js';

/**
 * The fixed "world" a synthetic tenant lives in: the company itself, its partner organisations and their
 * domains, the long tail of small guest domains, consumer mail domains, the invitation domain policy and the
 * pool of employees who sponsor guests. Everything is derived from the options, so the guest stream, the
 * snapshot and the truth all agree without sharing mutable state.
 */

export type Preset = 'demo' | 'scale';

export interface GenerateOptions {
  seed: number;
  /** Number of guest objects (B2B guests, internal guests and external members) in `data.guests`. */
  guests: number;
  partners: number;
  caPolicies: number;
  preset: Preset;
  /** The instant the synthetic collection happened; every date is placed relative to it. ISO 8601. */
  asOf: string;
}

export interface Company {
  tenantId: string;
  displayName: string;
  defaultDomain: string;
  initialDomain: string;
  verifiedDomains: readonly string[];
}

/** How a partner's cross-tenant settings are shaped; see partners.ts. */
export type PartnerStyle =
  | 'trusted-collaborator' // named groups and apps, trusts MFA and devices
  | 'inbound-trust-only' // only inboundTrust set (MFA yes, devices no); everything else inherits
  | 'sister-mto' // same multi-tenant organisation: open both ways, automatic redemption, identity sync
  | 'inherit' // every setting null
  | 'all-users-selected-apps' // explicitly allows every user of the partner, selected apps only
  | 'direct-connect' // Teams shared channels both ways
  | 'blocked' // inbound collaboration blocked
  | 'service-provider' // CSP/MSP, named technicians group
  | 'outbound-blocked' // only outbound collaboration blocked
  | 'partial-users-only'; // usersAndGroups set, applications null (inherits the other half)

export interface Partner {
  index: number;
  tenantId: string;
  displayName: string;
  domain: string;
  style: PartnerStyle;
  /** Relative share of B2B guests coming from this partner's domain. */
  guestWeight: number;
  /** A group in the partner tenant that inbound settings name (for styles that name groups). */
  groupId: string;
}

export interface Federation {
  id: string;
  displayName: string;
  domain: string;
  issuerUri: string;
  /** The domain also belongs to an Entra tenant (Entra then ignores the federation for it). */
  resolvesToTenant: boolean;
  tenantId: string | null;
  guestWeight: number;
}

export interface DomainPolicy {
  mode: 'allow' | 'block';
  domains: readonly string[];
}

export interface World {
  opts: GenerateOptions;
  asOfMs: number;
  company: Company;
  partners: readonly Partner[];
  federations: readonly Federation[];
  /** Small organisations guests come from, most popular first. */
  longTail: readonly string[];
  consumerDomains: readonly ConsumerDomain[];
  domainPolicy: DomainPolicy;
  /** Lower-cased domains that the policy rejects (block list members, or everything not on the allow list is judged per domain). */
  isDomainAllowed: (domain: string) => boolean;
  sponsorUsers: readonly string[];
  sponsorGroups: readonly string[];
  /** Employees (for role assignments, app owners, CA break-glass exclusions). */
  employees: readonly string[];
  /** The sister tenant that syncs external members into this one, if any. */
  sister: Partner | undefined;
  /** Name-permutation offset so different seeds give different people. */
  nameOffset: number;
}

export interface ConsumerDomain {
  domain: string;
  weight: number;
  issuers: ReadonlyArray<readonly [Issuer, number]>;
}

export type Issuer = 'ExternalAzureAD' | 'MicrosoftAccount' | 'mail' | 'google.com' | string;

interface PartnerSeed {
  displayName: string;
  domain: string;
  style: PartnerStyle;
  guestWeight: number;
}

/** The demo company's partners: a pharma firm's CROs, suppliers, sister company and IT service provider. */
const DEMO_PARTNERS: readonly PartnerSeed[] = [
  { displayName: 'Northwind Traders', domain: 'northwindtraders.com', style: 'trusted-collaborator', guestWeight: 14 },
  { displayName: 'Fabrikam Research', domain: 'fabrikamresearch.com', style: 'inbound-trust-only', guestWeight: 10 },
  { displayName: 'Contoso Pharma EU', domain: 'contosopharma-eu.com', style: 'sister-mto', guestWeight: 3 },
  { displayName: 'Litware Inc.', domain: 'litwareinc.com', style: 'inherit', guestWeight: 6 },
  { displayName: 'Adventure Works Clinical', domain: 'adventureworks-clinical.com', style: 'inherit', guestWeight: 5 },
  { displayName: 'Tailspin Logistics', domain: 'tailspinlogistics.com', style: 'all-users-selected-apps', guestWeight: 5 },
  { displayName: 'Trey Research', domain: 'treyresearch.net', style: 'direct-connect', guestWeight: 4 },
  { displayName: 'Woodgrove Bank', domain: 'woodgrovebank.com', style: 'blocked', guestWeight: 1 },
  { displayName: 'Proseware IT Services', domain: 'proseware.com', style: 'service-provider', guestWeight: 3 },
  { displayName: 'Wide World Importers', domain: 'wideworldimporters.com', style: 'outbound-blocked', guestWeight: 3 },
  { displayName: 'Lamna Healthcare', domain: 'lamnahealthcare.com', style: 'inherit', guestWeight: 3 },
  { displayName: 'Relecloud', domain: 'relecloud.com', style: 'partial-users-only', guestWeight: 3 },
];

const EXTRA_STYLES: readonly PartnerStyle[] = [
  'inherit',
  'inherit',
  'trusted-collaborator',
  'all-users-selected-apps',
  'inherit',
  'partial-users-only',
  'blocked',
  'outbound-blocked',
  'direct-connect',
];

const WORDS_A = [
  'blue',
  'north',
  'silver',
  'green',
  'bright',
  'clear',
  'red',
  'swift',
  'true',
  'prime',
  'alpine',
  'coastal',
  'urban',
  'summit',
  'river',
  'oak',
  'stone',
  'iron',
  'golden',
  'west',
];
const WORDS_B = [
  'peak',
  'field',
  'bridge',
  'labs',
  'works',
  'point',
  'path',
  'gate',
  'harbor',
  'line',
  'forge',
  'view',
  'crest',
  'wave',
  'grove',
  'ridge',
  'vale',
  'mark',
  'stream',
  'hill',
];
const WORDS_C = [
  'consulting',
  'analytics',
  'biotech',
  'solutions',
  'partners',
  'logistics',
  'medical',
  'systems',
  'pharma',
  'design',
  'advisory',
  'diagnostics',
];
const TLDS = ['com', 'com', 'com', 'de', 'co.uk', 'fr', 'ch', 'io', 'nl', 'se', 'es', 'it'];

const LONG_TAIL_SPACE = WORDS_A.length * WORDS_B.length * WORDS_C.length;
/** Multiplier coprime with LONG_TAIL_SPACE (4800 = 2^6·3·5^2): neighbouring indices get unrelated names. */
const LONG_TAIL_STEP = 2939;

/** The i-th long-tail domain: distinct for distinct i (a permuted mixed-radix name, plus a cycle number beyond 4,800). */
export function longTailDomain(i: number): string {
  const p = ((i % LONG_TAIL_SPACE) * LONG_TAIL_STEP) % LONG_TAIL_SPACE;
  const a = WORDS_A[p % WORDS_A.length] as string;
  const b = WORDS_B[Math.floor(p / WORDS_A.length) % WORDS_B.length] as string;
  const c = WORDS_C[Math.floor(p / (WORDS_A.length * WORDS_B.length))] as string;
  const cycle = Math.floor(i / LONG_TAIL_SPACE);
  const tld = TLDS[hash32(i, 77) % TLDS.length] as string;
  return `${a}${b}-${c}${cycle > 0 ? cycle : ''}.${tld}`;
}

function extraPartnerName(i: number): { displayName: string; domain: string } {
  const a = WORDS_A[(i * 7) % WORDS_A.length] as string;
  const b = WORDS_B[(i * 3 + 1) % WORDS_B.length] as string;
  const c = WORDS_C[i % WORDS_C.length] as string;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const suffix = Math.floor(i / (WORDS_A.length * WORDS_B.length));
  return { displayName: `${cap(a)}${b} ${cap(c)}${suffix ? ` ${suffix + 1}` : ''}`, domain: `${a}${b}${c}${suffix ? suffix + 1 : ''}.com` };
}

const CONSUMER: readonly ConsumerDomain[] = [
  {
    domain: 'gmail.com',
    weight: 40,
    issuers: [
      ['google.com', 7],
      ['mail', 3],
    ],
  },
  { domain: 'outlook.com', weight: 20, issuers: [['MicrosoftAccount', 1]] },
  { domain: 'hotmail.com', weight: 12, issuers: [['MicrosoftAccount', 1]] },
  { domain: 'yahoo.com', weight: 8, issuers: [['mail', 1]] },
  { domain: 'live.com', weight: 6, issuers: [['MicrosoftAccount', 1]] },
  { domain: 'icloud.com', weight: 5, issuers: [['mail', 1]] },
  { domain: 'gmx.de', weight: 4, issuers: [['mail', 1]] },
  { domain: 'web.de', weight: 3, issuers: [['mail', 1]] },
  { domain: 'qq.com', weight: 1, issuers: [['mail', 1]] },
];

/** Consumer domains the demo company's admins put on the invitation block list. */
const DEMO_BLOCK_LIST = ['gmail.com', 'yahoo.com', 'qq.com', 'mail.ru'];

export function buildWorld(opts: GenerateOptions): World {
  validateOptions(opts);
  const seed = opts.seed;
  const asOfMs = Date.parse(opts.asOf);
  const company: Company = {
    tenantId: guid(seed, 'tenant', 0),
    displayName: 'Contoso Pharma',
    defaultDomain: 'contosopharma.com',
    initialDomain: 'contosopharma.onmicrosoft.com',
    verifiedDomains: ['contosopharma.com', 'contosopharma.onmicrosoft.com', 'contosopharma.de'],
  };

  const seeds: PartnerSeed[] = DEMO_PARTNERS.slice(0, opts.partners).map((p) => ({ ...p }));
  for (let i = seeds.length; i < opts.partners; i++) {
    const { displayName, domain } = extraPartnerName(i - DEMO_PARTNERS.length);
    seeds.push({
      displayName,
      domain,
      style: EXTRA_STYLES[i % EXTRA_STYLES.length] as PartnerStyle,
      guestWeight: 1 + (hash32(seed, i, 5) % 3),
    });
  }
  const partners: Partner[] = seeds.map((p, index) => ({
    index,
    tenantId: guid(seed, 'partner-tenant', index),
    displayName: p.displayName,
    domain: p.domain,
    style: p.style,
    guestWeight: p.guestWeight,
    groupId: guid(seed, 'partner-group', index),
  }));

  const federations: Federation[] = [
    {
      id: guid(seed, 'federation', 0),
      displayName: 'Alpine Biologics (SAML)',
      domain: 'alpinebiologics.ch',
      issuerUri: 'https://sts.alpinebiologics.ch/idp/shibboleth',
      resolvesToTenant: false,
      tenantId: null,
      guestWeight: 3,
    },
  ];
  const lamna = partners.find((p) => p.domain === 'lamnahealthcare.com');
  federations.push({
    id: guid(seed, 'federation', 1),
    displayName: 'Lamna Healthcare ADFS',
    domain: 'lamnahealthcare.com',
    issuerUri: 'http://adfs.lamnahealthcare.com/adfs/services/trust',
    resolvesToTenant: true,
    tenantId: lamna?.tenantId ?? guid(seed, 'lamna-tenant', 0),
    // Guests from this domain are counted under the Lamna partner (they sign in with their Entra accounts).
    guestWeight: 0,
  });

  // A long tail of small organisations: about one domain per 40 guests, at least 20.
  const longTailCount = Math.max(20, Math.floor(opts.guests / 40));
  const longTail = Array.from({ length: longTailCount }, (_, i) => longTailDomain(i));

  let domainPolicy: DomainPolicy;
  if (opts.preset === 'demo') {
    domainPolicy = { mode: 'block', domains: DEMO_BLOCK_LIST };
  } else {
    // A large enterprise with an allow list: partners, the sister company, the federated partner, and the
    // first fifth of the long tail (organisations someone bothered to request), capped so the policy stays under
    // Entra's 25 KB limit. Consumer mail is not on it.
    const allowed = new Set<string>(partners.filter((p) => p.style !== 'blocked').map((p) => p.domain));
    for (const f of federations) allowed.add(f.domain);
    for (const d of longTail.slice(0, Math.min(Math.ceil(longTail.length / 5), 600))) allowed.add(d);
    domainPolicy = { mode: 'allow', domains: [...allowed] };
  }
  const policySet = new Set(domainPolicy.domains.map((d) => d.toLowerCase()));
  const isDomainAllowed =
    domainPolicy.mode === 'block' ? (d: string) => !policySet.has(d.toLowerCase()) : (d: string) => policySet.has(d.toLowerCase());

  const employees = Array.from({ length: 80 }, (_, i) => guid(seed, 'employee', i));
  return {
    opts,
    asOfMs,
    company,
    partners,
    federations,
    longTail,
    consumerDomains: CONSUMER,
    domainPolicy,
    isDomainAllowed,
    sponsorUsers: employees.slice(0, 60),
    sponsorGroups: Array.from({ length: 3 }, (_, i) => guid(seed, 'sponsor-group', i)),
    employees,
    sister: partners.find((p) => p.style === 'sister-mto'),
    nameOffset: hash32(seed, hashString('names')),
  };
}

export function validateOptions(opts: GenerateOptions): void {
  const intOk = (v: unknown, min: number) => Number.isSafeInteger(v) && (v as number) >= min;
  if (!Number.isSafeInteger(opts.seed)) throw new RangeError(`seed must be an integer, got ${String(opts.seed)}`);
  if (!intOk(opts.guests, 0)) throw new RangeError(`guests must be a non-negative integer, got ${String(opts.guests)}`);
  if (!intOk(opts.partners, 0)) throw new RangeError(`partners must be a non-negative integer, got ${String(opts.partners)}`);
  if (!intOk(opts.caPolicies, 0)) throw new RangeError(`caPolicies must be a non-negative integer, got ${String(opts.caPolicies)}`);
  if (opts.preset !== 'demo' && opts.preset !== 'scale')
    throw new RangeError(`preset must be "demo" or "scale", got ${String(opts.preset)}`);
  if (Number.isNaN(Date.parse(opts.asOf))) throw new RangeError(`asOf must be an ISO 8601 date, got ${String(opts.asOf)}`);
}

/** Weighted table of where B2B guests come from. */
export type DomainSource =
  { kind: 'partner'; partner: Partner } | { kind: 'federation'; federation: Federation } | { kind: 'long-tail' } | { kind: 'consumer' };

export function domainSources(world: World): Weighted<DomainSource> {
  const entries: Array<readonly [DomainSource, number]> = [];
  // Partners supply a little over half of all guests, the long tail ~30 %, consumer mailboxes ~15 %.
  const partnerTotal = world.partners.reduce((s, p) => s + p.guestWeight, 0) || 1;
  for (const p of world.partners)
    if (p.style !== 'sister-mto') entries.push([{ kind: 'partner', partner: p }, (55 * p.guestWeight) / partnerTotal]);
  for (const f of world.federations) if (f.guestWeight > 0) entries.push([{ kind: 'federation', federation: f }, f.guestWeight / 2]);
  entries.push([{ kind: 'long-tail' }, 30]);
  entries.push([{ kind: 'consumer' }, 15]);
  return new Weighted(entries);
}
