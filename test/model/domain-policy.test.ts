import { describe, expect, it } from 'vitest';
import { isTrueish, parseLenientJson, readDomainPolicy } from '../../src/model/domain-policy.js';
import type { B2BManagementPolicy } from '../../src/snapshot/snapshot.types.js';

const policy = (definition: string[] | null, extra: Partial<B2BManagementPolicy> = {}): B2BManagementPolicy => ({
  id: 'p1',
  isOrganizationDefault: true,
  definition,
  ...extra,
});
const lists = (allowed: unknown, blocked?: unknown): string =>
  JSON.stringify({
    B2BManagementPolicy: {
      InvitationsAllowedAndBlockedDomainsPolicy: { AllowedDomains: allowed, ...(blocked === undefined ? {} : { BlockedDomains: blocked }) },
    },
  });

describe('parseLenientJson', () => {
  it('parses strict JSON', () => {
    expect(parseLenientJson('{"a":[1,"x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
  });
  it("parses Graph's single-quoted documentation example", () => {
    expect(parseLenientJson("{'B2BManagementPolicy':{'Version':1}}")).toEqual({ ok: true, value: { B2BManagementPolicy: { Version: 1 } } });
  });
  it('keeps escaped and foreign quotes inside strings', () => {
    expect(parseLenientJson(String.raw`{'a':'it\'s "quoted"','b':"say \"hi\" it's"}`)).toEqual({
      ok: true,
      value: { a: `it's "quoted"`, b: `say "hi" it's` },
    });
  });
  it('tolerates a byte-order mark and surrounding space', () => {
    expect(parseLenientJson('\uFEFF  {"a":1} ')).toEqual({ ok: true, value: { a: 1 } });
  });
  it.each(['', 'not json', "{'a':'unterminated}", '{"a":1', "{'a':1,}", '\\'])('rejects %j without throwing', (text) => {
    expect(parseLenientJson(text)).toEqual({ ok: false });
  });
});

describe('isTrueish', () => {
  it('accepts true and "true" in any case only', () => {
    expect([true, 'true', 'TRUE', ' True '].map(isTrueish)).toEqual([true, true, true, true]);
    expect([false, 'false', null, undefined, 1, 'yes'].map(isTrueish)).toEqual([false, false, false, false, false, false]);
  });
});

describe('readDomainPolicy', () => {
  it('no policy at all → none', () => {
    expect(readDomainPolicy([])).toMatchObject({ kind: 'none', allowedDomains: [], blockedDomains: [], policyCount: 0, sources: [] });
  });

  it('a policy without the domain-list object (Graph doc example) → none', () => {
    expect(readDomainPolicy([policy(["{'B2BManagementPolicy':{'Version':1}}"], { isOrganizationDefault: 'true' })])).toMatchObject({
      kind: 'none',
      policyCount: 1,
      sources: [],
    });
  });

  it('a policy with null or empty definition → none', () => {
    expect(readDomainPolicy([policy(null)])).toMatchObject({ kind: 'none' });
    expect(readDomainPolicy([policy([])])).toMatchObject({ kind: 'none' });
  });

  it('allow list → allow, lower-cased and de-duplicated', () => {
    expect(readDomainPolicy([policy([lists(['Contoso.com', 'contoso.com ', 'fabrikam.example'], [])])])).toMatchObject({
      kind: 'allow',
      allowedDomains: ['contoso.com', 'fabrikam.example'],
      blockedDomains: [],
      sources: [{ policyId: 'p1', definitionIndex: 0 }],
    });
  });

  it('block list → block', () => {
    expect(readDomainPolicy([policy([lists([], ['gmail.com', 'outlook.com'])])])).toMatchObject({
      kind: 'block',
      blockedDomains: ['gmail.com', 'outlook.com'],
    });
  });

  // https://learn.microsoft.com/entra/external-id/allow-deny-list — "By default, whatever domains aren't in the
  // allowlist are on the blocklist"; Microsoft's block-list example writes {"AllowedDomains": [],"BlockedDomains": [...]}.
  it('an allow list with no domains and no block list admits nothing → allow, allowsNothing', () => {
    expect(readDomainPolicy([policy([lists([])])])).toMatchObject({
      kind: 'allow',
      allowsNothing: true,
      allowedDomains: [],
      sources: [{ policyId: 'p1', definitionIndex: 0 }],
    });
    expect(readDomainPolicy([policy([lists(['', '  '])])])).toMatchObject({ kind: 'allow', allowsNothing: true });
  });
  it("an empty AllowedDomains beside a BlockedDomains key is a block list (Microsoft's own example shape)", () => {
    expect(readDomainPolicy([policy([lists([], ['live.com'])])])).toMatchObject({
      kind: 'block',
      allowsNothing: false,
      blockedDomains: ['live.com'],
    });
    expect(readDomainPolicy([policy([lists([], [])])])).toMatchObject({
      kind: 'none',
      allowsNothing: false,
      noneBecause: 'the block list is empty',
    });
  });
  it('null lists are no lists', () => {
    expect(readDomainPolicy([policy([lists(null, null)])])).toMatchObject({ kind: 'none', noneBecause: 'the domain list names no domain' });
  });

  it('reads single-quoted definitions with case variants of the keys', () => {
    const def = "{'b2bmanagementpolicy':{'INVITATIONSALLOWEDANDBLOCKEDDOMAINSPOLICY':{'allowedDomains':['partner.example']}}}";
    expect(readDomainPolicy([policy([def])])).toMatchObject({ kind: 'allow', allowedDomains: ['partner.example'] });
  });

  it('merges the domain lists of several definition documents', () => {
    const other = JSON.stringify({ B2BManagementPolicy: { AutoRedemptionPolicy: { Enabled: true } } });
    expect(readDomainPolicy([policy([other, lists(['a.example']), lists(['b.example'])])])).toMatchObject({
      kind: 'allow',
      allowedDomains: ['a.example', 'b.example'],
      sources: [
        { policyId: 'p1', definitionIndex: 1 },
        { policyId: 'p1', definitionIndex: 2 },
      ],
    });
  });

  it('prefers the organisation-default policy when one is marked', () => {
    const got = readDomainPolicy([
      policy([lists([], ['gmail.com'])], { id: 'other', isOrganizationDefault: false }),
      policy([lists(['partner.example'])], { id: 'org', isOrganizationDefault: 'true' }),
    ]);
    expect(got).toMatchObject({ kind: 'allow', policyCount: 1, sources: [{ policyId: 'org', definitionIndex: 0 }] });
  });

  it.each([
    ['garbage text', ['this is not json'], /definition\[0\] of b2bManagementPolicy "p1" is not a JSON document/],
    ['a JSON array', ['[1,2]'], /is not a JSON object/],
    ['another root object', ['{"SomethingElse":{}}'], /has no B2BManagementPolicy object/],
    [
      'a non-object domain policy',
      [JSON.stringify({ B2BManagementPolicy: { InvitationsAllowedAndBlockedDomainsPolicy: 'allow' } })],
      /not an object/,
    ],
    ['a domain list that is a string', [lists('contoso.com')], /AllowedDomains is not a list of domain names/],
    ['a domain list with numbers', [lists([], [1, 2])], /BlockedDomains is not a list of domain names/],
    [
      'keys differing only in case',
      ['{"B2BManagementPolicy":{"InvitationsAllowedAndBlockedDomainsPolicy":{"AllowedDomains":["a.example"],"allowedDomains":[]}}}'],
      /AllowedDomains and allowedDomains/,
    ],
    ['both an allow and a block list', [lists(['a.example'], ['gmail.com'])], /both an allow list and a block list/],
  ])('%s → unrecognised, naming it', (_why, definition, reason) => {
    const got = readDomainPolicy([policy(definition)]);
    expect(got.kind).toBe('unrecognised');
    expect(got.kind === 'unrecognised' ? got.reason : '').toMatch(reason);
  });

  it('names the failing definition index among several', () => {
    const got = readDomainPolicy([policy([lists(['a.example']), '{oops'])]);
    expect(got).toEqual({ kind: 'unrecognised', reason: 'definition[1] of b2bManagementPolicy "p1" is not a JSON document' });
  });
});
