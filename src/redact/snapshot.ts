import { createHmac, randomBytes } from 'node:crypto';
import { InputError } from '../errors.js';
import { extMarkerAt, normaliseDomain } from '../model/guests.js';
import { createReadStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { JsonFileWriter } from '../util/json-file.js';
import { Staging } from '../util/staging.js';
import { loadSnapshot, validateSnapshot } from '../snapshot/load.js';
import type { DirectoryObjectRef, Snapshot, User } from '../snapshot/snapshot.types.js';
import { writeSnapshotFile } from '../snapshot/write.js';

/*
 * Pseudonymisation for sharing a snapshot (and the reports made from it) outside the organisation.
 *
 * Always replaced: guests' display names, user principal names, mail, other mails and sign-in identifiers
 * (identities[].issuerAssignedId), display names of the people referenced as sponsors or app owners, and API
 * connector basic-auth user names. With `redactDomains`, also every domain (guest addresses, allow/block list,
 * partner and federation domains, verified domains, URL hosts) and organisation names (tenant, partners, connected
 * organisations, federation configurations).
 *
 * Pseudonyms are HMAC-SHA256 of the value under the user's key: the same value always gets the same pseudonym
 * (so a redacted quarter still diffs against the previous redacted quarter), nobody without the key can test a
 * guess. Domains are pseudonymised label by label, keeping the top-level label, so "sub.contoso.com" stays a
 * subdomain of "contoso.com" and allow-list matching gives the same answers. Object ids, tenant ids, dates and
 * every setting are kept, so the redacted snapshot validates and yields the same rule statuses and finding ids.
 *
 * Not rewritten: federation signing certificates (the expiry rules read them; their subject may name the IdP
 * host), and free text inside access review queries. With redactDomains, a finding whose sub-key is a domain
 * (federation-domain-has-entra-tenant keys on the federated domain) gets a new id, derived from the pseudonym.
 */

export const REDACT_KEY_ENV = 'GATEHOUSE_REDACT_KEY';
export const MIN_KEY_LENGTH = 16;

export interface RedactOptions {
  key: string;
  redactDomains?: boolean;
}

export interface RedactionKey {
  key: string;
  /** True when gatehouse made the key up: the caller prints it once so later runs can reuse it. */
  generated: boolean;
  source: string;
}

/** The key from `--redact-key-env <VAR>`, else $GATEHOUSE_REDACT_KEY, else a fresh random one. */
export function resolveRedactionKey(keyEnv: string | undefined, env: NodeJS.ProcessEnv = process.env): RedactionKey {
  // An empty GATEHOUSE_REDACT_KEY counts as unset (CI systems export empty values for missing secrets).
  const name = keyEnv ?? (env[REDACT_KEY_ENV] ? REDACT_KEY_ENV : undefined);
  if (name !== undefined) {
    const value = env[name];
    if (value === undefined || value === '') throw new InputError(`--redact-key-env ${name}: the environment variable is not set`);
    if (value.length < MIN_KEY_LENGTH)
      throw new InputError(
        `the redaction key in ${name} is ${value.length} characters; use at least ${MIN_KEY_LENGTH} (a short key lets anyone test guesses of names)`,
      );
    return { key: value, generated: false, source: name };
  }
  return { key: randomBytes(32).toString('base64url'), generated: true, source: 'generated' };
}

/** Domains that identify nobody (consumer mail, Microsoft's own): kept even with redactDomains so rules read them alike. */
const PUBLIC_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'gmx.com',
  'web.de',
  'qq.com',
  '163.com',
  '126.com',
  'mail.ru',
  'yandex.ru',
  'yandex.com',
  'zoho.com',
  'fastmail.com',
  'hotmail.co.uk',
  'yahoo.co.uk',
  'outlook.de',
  'hotmail.de',
  'hotmail.fr',
  'orange.fr',
  'free.fr',
  't-online.de',
  'naver.com',
  'microsoft.com',
  'microsoftonline.com',
  'windows.net',
  'login.microsoftonline.com',
  'onmicrosoft.com',
  'onmicrosoft.us',
  'onmschina.cn',
  'partner.onmschina.cn',
  'mail.onmicrosoft.com',
  'google.com',
  'facebook.com',
  'graph.microsoft.com',
  'sts.windows.net',
]);
/** Suffixes under which only the tenant's own label is pseudonymised: "contoso.onmicrosoft.com" → "t1a2b….onmicrosoft.com". */
const TENANT_SUFFIXES = ['mail.onmicrosoft.com', 'onmicrosoft.com', 'onmicrosoft.us', 'partner.onmschina.cn', 'b2clogin.com'];

const EMAIL_IN_TEXT = /[a-z0-9._%+'-]+@(?:[a-z0-9-]+\.)+[a-z0-9-]+/gi;
const DOMAIN_IN_TEXT = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]\b/gi;

/** Replaces values by keyed pseudonyms and remembers what it replaced, for the final sweep and the summary. */
export class Pseudonymiser {
  /** Addresses, UPNs and domains (lower-cased) → pseudonym: distinctive enough to replace wherever they occur. */
  readonly replaced = new Map<string, string>();
  /** Names and opaque identifiers → pseudonym: replaced only where a name is expected (see sweep). */
  readonly replacedNames = new Map<string, string>();
  readonly counts = { names: 0, upns: 0, mails: 0, identifiers: 0, domains: 0, organisations: 0 };

  constructor(
    private readonly key: string,
    readonly redactDomains: boolean,
  ) {}

  token(kind: string, value: string, length = 10): string {
    return createHmac('sha256', this.key)
      .update(`${kind}\u0000${value.normalize('NFC').toLowerCase()}`)
      .digest('hex')
      .slice(0, length);
  }

  private remember(original: string, pseudonym: string): string {
    if (original) this.replaced.set(original.toLowerCase(), pseudonym);
    return pseudonym;
  }

  private rememberName(original: string, pseudonym: string): string {
    if (original) this.replacedNames.set(original.toLowerCase(), pseudonym);
    return pseudonym;
  }

  personName(value: string | null | undefined, prefix = 'Guest'): string | null | undefined {
    if (!value) return value;
    this.counts.names++;
    return this.rememberName(value, `${prefix} ${this.token('name', value, 8)}`);
  }

  organisationName(value: string | null | undefined, prefix = 'Organisation'): string | null | undefined {
    if (!value || !this.redactDomains) return value;
    this.counts.organisations++;
    return this.rememberName(value, `${prefix} ${this.token('org', value, 8)}`);
  }

  domain(value: string): string {
    if (!this.redactDomains) return value;
    const wildcard = value.startsWith('*.') ? '*.' : '';
    const bare = wildcard ? value.slice(2) : value;
    const d = normaliseDomain(bare);
    if (!d || PUBLIC_DOMAINS.has(d)) return value;
    const suffix = TENANT_SUFFIXES.find((s) => d.endsWith(`.${s}`));
    let out: string;
    if (suffix) {
      const labels = d.slice(0, -suffix.length - 1).split('.');
      out = `${labels.map((l) => `t${this.token('label', l, 8)}`).join('.')}.${suffix}`;
    } else {
      const labels = d.split('.');
      const tld = labels.pop()!;
      out = `${labels.map((l) => `d${this.token('label', l, 8)}`).join('.')}.${tld}`;
    }
    this.counts.domains++;
    this.remember(d, out);
    return wildcard + out;
  }

  /** Every domain-looking token in free text (policy JSON, dynamic membership rules). */
  domainsInText(text: string): string {
    if (!this.redactDomains) return text;
    return text.replace(DOMAIN_IN_TEXT, (m) => (normaliseDomain(m) && /[a-z]/i.test(m.split('.').pop()!) ? this.domain(m) : m));
  }

  /** A URL with its host pseudonymised (scheme, path and query kept: rules read the scheme). */
  url(value: string | null | undefined): string | null | undefined {
    if (!value || !this.redactDomains) return value;
    const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/:?#]+)(.*)$/is.exec(value);
    if (!m) return this.domainsInText(value);
    return `${m[1]}${this.domain(m[2]!)}${this.domainsInText(m[3]!)}`;
  }

  email(value: string): string {
    const at = value.lastIndexOf('@');
    if (at <= 0) return this.identifier(value);
    this.counts.mails++;
    return this.remember(value, `u${this.token('mail', value, 10)}@${this.addressDomain(value.slice(at + 1))}`);
  }

  /**
   * The domain of an address. Kept when it is a real domain (unless redactDomains); anything else is not a domain
   * but free text someone typed, so it is pseudonymised — without a dot, so it stays "not a domain" for the rules.
   */
  private addressDomain(domain: string): string {
    return normaliseDomain(domain) ? this.domain(domain) : `invalid-${this.token('nodomain', domain, 10)}`;
  }

  identifier(value: string): string {
    this.counts.identifiers++;
    return this.rememberName(value, `id-${this.token('id', value, 12)}`);
  }

  /**
   * A B2B guest's UPN is the invited address with `@` turned into `_`, then `#EXT#@<host tenant domain>`.
   * Keep that shape (rules read the home domain from it) with the address part pseudonymised exactly like the
   * address itself, so UPN and mail of one guest still agree.
   */
  upn(value: string | null | undefined): string | null | undefined {
    if (!value) return value;
    this.counts.upns++;
    const ext = extMarkerAt(value);
    if (ext > 0) {
      const local = value.slice(0, ext);
      const rest = value.slice(ext + 5);
      const host = rest.startsWith('@') ? rest.slice(1) : rest;
      const underscore = local.lastIndexOf('_');
      const homeDomain = underscore > 0 ? normaliseDomain(local.slice(underscore + 1)) : undefined;
      const address = homeDomain ? `${local.slice(0, underscore)}@${local.slice(underscore + 1)}` : undefined;
      const left = address
        ? `u${this.token('mail', address, 10)}_${this.domain(local.slice(underscore + 1))}`
        : `u${this.token('upn', local, 10)}`;
      if (address) this.remember(address, `u${this.token('mail', address, 10)}@${this.domain(local.slice(underscore + 1))}`);
      return this.remember(value, `${left}#EXT#${rest.startsWith('@') ? '@' : ''}${host ? this.addressDomain(host) : ''}`);
    }
    return value.includes('@') ? this.email(value) : this.identifier(value);
  }
}

function redactRef<T extends DirectoryObjectRef>(p: Pseudonymiser, ref: T): T {
  if (ref.displayName) ref.displayName = p.personName(ref.displayName, 'User') ?? null;
  return ref;
}

function redactGuest(p: Pseudonymiser, g: User): void {
  g.displayName = p.personName(g.displayName);
  g.userPrincipalName = p.upn(g.userPrincipalName);
  if (g.mail) g.mail = p.email(g.mail);
  if (g.otherMails) g.otherMails = g.otherMails.map((m) => (m ? p.email(m) : m));
  for (const id of g.identities ?? []) {
    if (id.issuerAssignedId)
      id.issuerAssignedId = id.issuerAssignedId.includes('@') ? p.email(id.issuerAssignedId) : p.identifier(id.issuerAssignedId);
    if (id.issuer && p.redactDomains) id.issuer = id.issuer.includes('://') ? (p.url(id.issuer) ?? id.issuer) : p.domain(id.issuer);
  }
  for (const s of g.sponsors ?? []) redactRef(p, s);
}

/**
 * Every string equal to a replaced value (any case), and every replaced address or domain inside a longer string,
 * becomes its pseudonym — wherever else Graph happened to repeat it (review scopes, rules, descriptions).
 */
/** Keys whose value is a name: only there is a replaced display name swapped for its pseudonym (never in enums). */
const NAME_KEYS = new Set(['displayName', 'description', 'federationBrandName', 'username', 'issuerAssignedId']);

function sweep(p: Pseudonymiser, root: unknown): void {
  // Token by token (no regex built from the replaced values: a large tenant has millions of them). Whole
  // addresses and whole domains only, plus known domains at the end of a longer host name (a subdomain).
  const fix = (s: string, key: string): string => {
    const exact = p.replaced.get(s.toLowerCase()) ?? (NAME_KEYS.has(key) ? p.replacedNames.get(s.toLowerCase()) : undefined);
    if (exact !== undefined) return exact;
    let out = s.replace(EMAIL_IN_TEXT, (m) => p.replaced.get(m.toLowerCase()) ?? m);
    if (p.redactDomains) {
      out = out.replace(DOMAIN_IN_TEXT, (m) => {
        const labels = m.split('.');
        for (let i = 0; i < labels.length - 1; i++) {
          const known = p.replaced.get(labels.slice(i).join('.').toLowerCase());
          if (known !== undefined) return [...labels.slice(0, i), known].join('.');
        }
        return m;
      });
    }
    return out;
  };
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        if (typeof node[i] === 'string') node[i] = fix(node[i] as string, '');
        else if (node[i] && typeof node[i] === 'object') stack.push(node[i]);
      }
    } else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      for (const k of Object.keys(obj)) {
        // Certificates are opaque base64 that rules parse; ids and @odata types are never personal.
        if (k === 'signingCertificate' || k === 'id' || k === 'tenantId' || k === '@odata.type') continue;
        const v = obj[k];
        if (typeof v === 'string') obj[k] = fix(v, k);
        else if (v && typeof v === 'object') stack.push(v);
      }
    }
  }
}

export interface RedactionSummary {
  names: number;
  upns: number;
  mails: number;
  identifiers: number;
  domains: number;
  organisations: number;
}

/** A pseudonymised deep copy of the snapshot, validated like any other snapshot. */
export function redactSnapshot(snapshot: Snapshot, opts: RedactOptions): { snapshot: Snapshot; summary: RedactionSummary } {
  const s = structuredClone(snapshot);
  const p = new Pseudonymiser(opts.key, Boolean(opts.redactDomains));
  for (const g of s.data.guests ?? []) redactGuest(p, g);
  redactAllButGuests(p, s);
  return { snapshot: validateSnapshot(s, 'redacted snapshot'), summary: { ...p.counts } };
}

/** Everything outside `data.guests` (run after the guests, so the sweep knows every replaced value). */
function redactAllButGuests(p: Pseudonymiser, s: Snapshot): void {
  const d = s.data;
  for (const app of d.appOwnership ?? []) for (const o of app.owners ?? []) redactRef(p, o);
  for (const c of d.apiConnectors ?? []) {
    const auth = c.authenticationConfiguration as { username?: string | null } | null | undefined;
    if (auth?.username) auth.username = p.identifier(auth.username);
    c.targetUrl = p.url(c.targetUrl);
  }

  if (p.redactDomains) {
    s.tenant.displayName = p.organisationName(s.tenant.displayName, 'Tenant') ?? undefined;
    if (!s.tenant.displayName) delete s.tenant.displayName;
    if (s.tenant.defaultDomain) s.tenant.defaultDomain = p.domain(s.tenant.defaultDomain);
    if (d.organization) {
      d.organization.displayName = p.organisationName(d.organization.displayName, 'Tenant');
      for (const v of d.organization.verifiedDomains ?? []) v.name = p.domain(v.name);
    }
    for (const partner of d.crossTenantAccessPartners ?? []) {
      partner.displayName = p.organisationName(partner.displayName);
      if (partner.defaultDomainName) partner.defaultDomainName = p.domain(partner.defaultDomainName);
    }
    for (const policy of d.b2bManagementPolicies ?? []) {
      if (policy.definition) policy.definition = policy.definition.map((def) => p.domainsInText(def));
    }
    for (const f of d.federationConfigurations ?? []) {
      f.displayName = p.organisationName(f.displayName, 'Federation');
      f.issuerUri = p.url(f.issuerUri);
      f.metadataExchangeUri = p.url(f.metadataExchangeUri);
      f.passiveSignInUri = p.url(f.passiveSignInUri);
      for (const dom of f.domains ?? []) dom.id = p.domain(dom.id);
    }
    for (const l of d.federationDomainLookups ?? []) {
      l.domainName = p.domain(l.domainName);
      if (l.tenantInformation) {
        l.tenantInformation.displayName = p.organisationName(l.tenantInformation.displayName);
        l.tenantInformation.federationBrandName = p.organisationName(l.tenantInformation.federationBrandName);
        if (l.tenantInformation.defaultDomainName) l.tenantInformation.defaultDomainName = p.domain(l.tenantInformation.defaultDomainName);
      }
    }
    for (const e of d.customAuthenticationExtensions ?? []) {
      const endpoint = e.endpointConfiguration as { targetUrl?: string | null } | null | undefined;
      if (endpoint?.targetUrl) endpoint.targetUrl = p.url(endpoint.targetUrl) ?? null;
      const auth = e.authenticationConfiguration as { resourceId?: string | null } | null | undefined;
      if (auth?.resourceId) auth.resourceId = p.url(auth.resourceId) ?? null;
    }
    for (const o of d.connectedOrganizations ?? []) {
      o.displayName = p.organisationName(o.displayName);
      for (const src of (o.identitySources ?? []) as Array<Record<string, unknown>>) {
        if (typeof src.displayName === 'string') src.displayName = p.organisationName(src.displayName);
        if (typeof src.domainName === 'string') src.domainName = p.domain(src.domainName);
      }
    }
    for (const g of d.dynamicGroups ?? []) if (g.membershipRule) g.membershipRule = p.domainsInText(g.membershipRule);
  }

  sweep(p, s.data);
  sweep(p, s.tenant);
}

/**
 * Redact a snapshot file into another. A large snapshot (streamed by the loader: its guests never sit in memory
 * at once) is redacted guest by guest into a temporary list, then written with the redacted rest around it; the
 * output is then loaded back, so it is validated exactly like any snapshot gatehouse reads.
 */
export async function redactSnapshotFile(
  input: string,
  output: string,
  opts: RedactOptions & { streamThresholdBytes?: number },
): Promise<{ summary: RedactionSummary; path: string }> {
  // A small snapshot is redacted as the document it is (its guests where the file has them).
  const loaded = await loadSnapshot(input, {
    ...(opts.streamThresholdBytes !== undefined ? { streamThresholdBytes: opts.streamThresholdBytes } : {}),
    asDocument: true,
  });
  if (!loaded.streamed) {
    const { snapshot, summary } = redactSnapshot(loaded.snapshot, opts);
    return { summary, path: await writeSnapshotFile(output, snapshot) };
  }
  const p = new Pseudonymiser(opts.key, Boolean(opts.redactDomains));
  // Every guest is redacted before the rest: the sweep of the rest must know every value the guests gave away. Their
  // list is a private working file of a staging folder beside the output, which an interruption removes too.
  const scratch = await Staging.open(dirname(resolve(output)));
  const guestsTemp = scratch.scratch('redacted-guests.jsonl');
  try {
    await JsonFileWriter.write(guestsTemp, async (w) => {
      for await (const guest of loaded.guests.read()) {
        const g = structuredClone(guest);
        redactGuest(p, g);
        sweep(p, g);
        await w.write(`${JSON.stringify(g)}\n`);
      }
    });
    const skeleton = loaded.snapshot;
    redactAllButGuests(p, skeleton);
    const redactedGuests = {
      count: loaded.guests.count,
      async *read() {
        for await (const line of createInterface({ input: createReadStream(guestsTemp, { encoding: 'utf8' }), crlfDelay: Infinity }))
          if (line) yield JSON.parse(line) as User;
      },
    };
    const path = await writeSnapshotFile(output, skeleton, redactedGuests);
    return { summary: { ...p.counts }, path };
  } finally {
    await scratch.discard();
  }
}
