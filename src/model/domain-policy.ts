import type { B2BManagementPolicy } from '../snapshot/snapshot.types.js';

/**
 * The invitation domain allow/block list. It lives in the beta `b2bManagementPolicy`,
 * whose `definition[]` holds JSON documents serialised as strings:
 *   {"B2BManagementPolicy":{"InvitationsAllowedAndBlockedDomainsPolicy":{"AllowedDomains":[…],"BlockedDomains":[…]}}}
 * Graph's own documentation example uses single quotes (`{'B2BManagementPolicy':{'Version':1}}`) and a string
 * `"true"` for `isOrganizationDefault`, so the reader is lenient about quoting and key case — and strict about
 * meaning: a shape it does not understand is reported as unrecognised, never read as "no restriction".
 */

export interface DomainPolicy {
  /**
   * `allow`: invitations only to `allowedDomains` (none at all when that list is empty); `block`: to anyone but
   * `blockedDomains`; `none`: to anyone.
   */
  kind: 'allow' | 'block' | 'none';
  /** An allow list with no domains: every invitation is refused. */
  allowsNothing: boolean;
  /** Why `none` (no policy, no list, an empty block list), for messages. */
  noneBecause?: string;
  allowedDomains: string[];
  blockedDomains: string[];
  /** Policies and definition documents that carried a domain-list object (empty when there is none). */
  sources: Array<{ policyId: string; definitionIndex: number }>;
  /** Number of b2bManagementPolicy objects considered. */
  policyCount: number;
}

export interface UnrecognisedDomainPolicy {
  kind: 'unrecognised';
  /** What was not understood, naming the policy and definition index. */
  reason: string;
}

export type JsonParse = { ok: true; value: unknown } | { ok: false };

/**
 * Rewrite single-quoted strings as JSON strings; double-quoted strings pass through unchanged. A `"` inside a
 * single-quoted string is escaped, `\'` becomes `'`. Returns undefined for an unterminated string.
 */
function requote(text: string): string | undefined {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== '"' && c !== "'") {
      out += c;
      i++;
      continue;
    }
    const quote = c;
    let body = '';
    i++;
    for (;;) {
      if (i >= text.length) return undefined;
      const ch = text[i]!;
      if (ch === quote) break;
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === undefined) return undefined;
        body += next === "'" ? "'" : `\\${next}`;
        i += 2;
        continue;
      }
      body += ch === '"' ? '\\"' : ch;
      i++;
    }
    out += `"${body}"`;
    i++;
  }
  return out;
}

/** JSON.parse, falling back to single-quote tolerant parsing. Never throws. */
export function parseLenientJson(text: string): JsonParse {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown };
  } catch {
    const requoted = requote(trimmed);
    if (requoted === undefined) return { ok: false };
    try {
      return { ok: true, value: JSON.parse(requoted) as unknown };
    } catch {
      return { ok: false };
    }
  }
}

/** `isOrganizationDefault` as Graph may send it: a boolean or the string "true". */
export function isTrueish(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type KeyLookup = { found: false } | { found: true; value: unknown } | { ambiguous: true; keys: string[] };

/** A property looked up without regard to case; two keys differing only in case are ambiguous. */
function getKey(obj: Record<string, unknown>, name: string): KeyLookup {
  const keys = Object.keys(obj).filter((k) => k.toLowerCase() === name.toLowerCase());
  if (keys.length > 1) return { ambiguous: true, keys };
  const key = keys[0];
  return key === undefined ? { found: false } : { found: true, value: obj[key] };
}

type DomainList = { ok: true; domains: string[]; present: boolean } | { ok: false; why: string };

/** A domain list; `present` says the key is there with a list (even an empty one), not absent or null. */
function readList(container: Record<string, unknown>, name: string): DomainList {
  const got = getKey(container, name);
  if ('ambiguous' in got) return { ok: false, why: `has ${got.keys.join(' and ')}` };
  if (!got.found || got.value === null) return { ok: true, domains: [], present: false };
  if (!Array.isArray(got.value) || !got.value.every((d) => typeof d === 'string'))
    return { ok: false, why: `${name} is not a list of domain names` };
  const domains = (got.value as string[]).map((d) => d.trim().toLowerCase()).filter((d) => d !== '');
  return { ok: true, domains, present: true };
}

/** Read the effective invitation domain restriction from the tenant's b2bManagementPolicy objects. */
export function readDomainPolicy(policies: readonly B2BManagementPolicy[]): DomainPolicy | UnrecognisedDomainPolicy {
  // "You can create only one policy per organization." Prefer the organisation default when one is marked.
  const defaults = policies.filter((p) => isTrueish(p.isOrganizationDefault));
  const considered = defaults.length ? defaults : policies;
  const allowed = new Set<string>();
  const blocked = new Set<string>();
  let allowKey = false;
  let blockKey = false;
  const sources: DomainPolicy['sources'] = [];
  for (const policy of considered) {
    const definitions = policy.definition ?? [];
    for (let index = 0; index < definitions.length; index++) {
      const where = `definition[${index}] of b2bManagementPolicy ${JSON.stringify(policy.id)}`;
      const unrecognised = (why: string): UnrecognisedDomainPolicy => ({ kind: 'unrecognised', reason: `${where} ${why}` });
      const parsed = parseLenientJson(definitions[index]!);
      if (!parsed.ok) return unrecognised('is not a JSON document');
      if (!isObject(parsed.value)) return unrecognised('is not a JSON object');
      const root = getKey(parsed.value, 'B2BManagementPolicy');
      if ('ambiguous' in root) return unrecognised(`has ${root.keys.join(' and ')}`);
      if (!root.found || !isObject(root.value)) return unrecognised('has no B2BManagementPolicy object');
      const lists = getKey(root.value, 'InvitationsAllowedAndBlockedDomainsPolicy');
      if ('ambiguous' in lists) return unrecognised(`has ${lists.keys.join(' and ')}`);
      // A B2B management policy without this key configures other B2B features only.
      if (!lists.found || lists.value === null) continue;
      if (!isObject(lists.value)) return unrecognised('has an InvitationsAllowedAndBlockedDomainsPolicy that is not an object');
      const allow = readList(lists.value, 'AllowedDomains');
      if (!allow.ok) return unrecognised(`InvitationsAllowedAndBlockedDomainsPolicy ${allow.why}`);
      const block = readList(lists.value, 'BlockedDomains');
      if (!block.ok) return unrecognised(`InvitationsAllowedAndBlockedDomainsPolicy ${block.why}`);
      allow.domains.forEach((d) => allowed.add(d));
      block.domains.forEach((d) => blocked.add(d));
      allowKey ||= allow.present;
      blockKey ||= block.present;
      sources.push({ policyId: policy.id, definitionIndex: index });
    }
  }
  if (allowed.size && blocked.size) {
    // Entra accepts an allow list or a block list, never both; which one it would enforce is unknowable.
    return {
      kind: 'unrecognised',
      reason: 'the invitation domain policy carries both an allow list and a block list, which Entra does not support',
    };
  }
  // Entra: "By default, whatever domains aren't in the allowlist are on the blocklist." An allow list written with no
  // domains (and no block list beside it) therefore admits nobody. Microsoft's own block-list example writes an empty
  // AllowedDomains next to the BlockedDomains, so an empty allow list *with* a BlockedDomains key is a block list —
  // an empty one, which restricts nothing.
  const allowsNothing = !allowed.size && !blocked.size && allowKey && !blockKey;
  const kind: DomainPolicy['kind'] = allowed.size || allowsNothing ? 'allow' : blocked.size ? 'block' : 'none';
  const noneBecause =
    kind !== 'none'
      ? undefined
      : considered.length === 0
        ? 'the tenant has no B2B management policy'
        : sources.length === 0
          ? 'the B2B management policy has no domain list'
          : blockKey
            ? 'the block list is empty'
            : 'the domain list names no domain';
  return {
    kind,
    allowsNothing,
    ...(noneBecause ? { noneBecause } : {}),
    allowedDomains: [...allowed],
    blockedDomains: [...blocked],
    sources,
    policyCount: considered.length,
  };
}
