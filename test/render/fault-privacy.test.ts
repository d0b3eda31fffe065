import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import type { Finding, Result } from '../../src/engine/result.types.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { buildSarif, sarifMessageText } from '../../src/render/sarif.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { baseSnapshot, fixtureSnapshot } from '../support/fixtures.js';
import { evaluateSnapshot, realisticSnapshot } from './support.js';

/**
 * Privacy switches do what they say, and SARIF and Markdown text stays text. `--sarif-omit-pii` keeps every person
 * out of every message and location of every finding that mentions one — whether the person is the finding's
 * resource (a guest) or named in its message (an application's guest owner) — checked over every rule: with the
 * tenants' people marked and evaluated by the shipped rules, and with a finding of every message of every rule about
 * a person. Tenant text in SARIF messages is escaped as SARIF's Markdown-like message syntax requires, and the
 * Markdown summary's.
 */

/** A person's name and address parts become markers: `Pmarker 7` and `pm7x@<their domain>`. */
const MARKER = /Pmarker \d+|pm\d+x/i;
let serial = 0;

function markPeople(snapshot: Snapshot): Snapshot {
  const s = structuredClone(snapshot);
  const isPerson = (o: Record<string, unknown>, key: string | undefined) =>
    'userPrincipalName' in o ||
    'mail' in o ||
    'otherMails' in o ||
    'userType' in o ||
    String(o['@odata.type'] ?? '')
      .toLowerCase()
      .endsWith('.user') ||
    ((key === 'owners' || key === 'sponsors') &&
      !String(o['@odata.type'] ?? '')
        .toLowerCase()
        .endsWith('serviceprincipal'));
  const walk = (node: unknown, key: string | undefined): void => {
    if (Array.isArray(node)) return node.forEach((v) => walk(v, key));
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (isPerson(o, key)) {
      const n = ++serial;
      if (typeof o.displayName === 'string') o.displayName = `Pmarker ${n}`;
      for (const k of ['givenName', 'surname']) if (typeof o[k] === 'string') o[k] = `Pmarker ${n}`;
      if (typeof o.mail === 'string') o.mail = o.mail.replace(/^[^@]*/, `pm${n}x`);
      if (typeof o.userPrincipalName === 'string') o.userPrincipalName = o.userPrincipalName.replace(/^[^_#@]*/, `pm${n}x`);
      if (typeof o.mailNickname === 'string') o.mailNickname = `pm${n}x`;
      if (Array.isArray(o.otherMails)) o.otherMails = o.otherMails.map((m) => String(m).replace(/^[^@]*/, `pm${n}x`));
    }
    for (const [k, v] of Object.entries(o)) walk(v, k);
  };
  walk(s.data, undefined);
  return s;
}

/** Every message and logical location of a SARIF log, per rule. */
function textsByRule(log: Sarif.Log): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const r of log.runs[0]!.results ?? []) {
    const list = by.get(r.ruleId!) ?? [];
    list.push(
      r.message.text ?? '',
      ...(r.locations ?? []).flatMap((l) => [
        ...(l.logicalLocations ?? []).map((x) => x.fullyQualifiedName ?? ''),
        l.physicalLocation?.artifactLocation?.uri ?? '',
      ]),
    );
    by.set(r.ruleId!, list);
  }
  return by;
}

const sarif = (result: Result, omitPii: boolean) => buildSarif(result, { rules: RULES, omitPii, perRuleCap: 100_000, perRunCap: 100_000 });

const TENANTS: Array<[string, Snapshot]> = [
  ['demo', markPeople(fixtureSnapshot('demo'))],
  ['hostile', markPeople(fixtureSnapshot('hostile'))],
  ['base with problems', markPeople(realisticSnapshot().snapshot)],
];
const RESULTS = TENANTS.map(([name, s]) => [name, evaluateSnapshot(s)] as const);

describe('--sarif-omit-pii: no person in any message or location, over every rule', () => {
  it('the marked tenants do put people into SARIF messages without the switch (so the check below means something)', () => {
    const mentioning = new Set<string>();
    for (const [, result] of RESULTS)
      for (const [rule, texts] of textsByRule(sarif(result, false))) if (texts.some((t) => MARKER.test(t))) mentioning.add(rule);
    // A guest as the finding's resource, and a guest named in the message of a finding about something else.
    expect([...mentioning].sort()).toEqual(
      expect.arrayContaining(['guest-app-owner', 'guest-stale', 'guest-without-sponsor', 'guest-domain-not-allowlisted']),
    );
  });

  for (const rule of RULES) {
    it(`${rule.meta.id}: no name, UPN or email of a person in its SARIF messages or locations`, () => {
      for (const [name, result] of RESULTS) {
        const texts = textsByRule(sarif(result, true)).get(rule.meta.id) ?? [];
        for (const t of texts) {
          expect(t, `${name}: ${t}`).not.toMatch(MARKER);
          expect(t, `${name}: ${t}`).not.toMatch(/[^\s\\]@[^\s]/);
        }
      }
      // Every message of the rule, about a person: the person resource's name and every param the rule says names a
      // person are left out whatever the tenant held.
      for (const [messageId] of Object.entries(rule.meta.messages)) {
        const params = Object.fromEntries((rule.meta.personParams ?? []).map((p) => [p, 'Pmarker 1 (pm1x@example.com)']));
        const finding: Finding = {
          id: 'f'.repeat(64),
          ruleId: rule.meta.id,
          status: 'fail',
          severity: 'high',
          resource: {
            type: 'user',
            id: '7a1c0000-0000-4000-8000-000000000001',
            displayName: 'Pmarker 2',
            path: 'users/7a1c0000-0000-4000-8000-000000000001',
          },
          messageId,
          message: 'Pmarker 2 pm1x@example.com',
          params,
        };
        const base = RESULTS[0]![1];
        const log = sarif({ ...base, findings: [finding] }, true);
        for (const t of textsByRule(log).get(rule.meta.id) ?? []) expect(t, `${messageId}: ${t}`).not.toMatch(MARKER);
      }
    });
  }

  it('an application owned by a guest: the owner is named by object id, never by name', () => {
    const s = baseSnapshot();
    const [guest] = s.data.guests!;
    s.data.appOwnership = [
      {
        id: '0b0b0000-0000-4000-8000-000000000001',
        appId: '0c0c0000-0000-4000-8000-000000000001',
        objectType: 'application',
        displayName: 'Payroll sync',
        owners: [{ id: guest!.id, '@odata.type': '#microsoft.graph.user', userType: 'Guest', displayName: 'Alex Wilber' }],
      },
    ] as typeof s.data.appOwnership;
    s.sections.appOwnership = { status: 'ok', itemCount: 1 } as (typeof s.sections)['appOwnership'];
    const result = evaluateSnapshot(s);
    const plain = textsByRule(sarif(result, false)).get('guest-app-owner') ?? [];
    expect(plain.join('\n')).toContain('Alex Wilber');
    const omitted = (textsByRule(sarif(result, true)).get('guest-app-owner') ?? []).join('\n');
    expect(omitted).not.toContain('Alex Wilber');
    expect(omitted).toContain(`Guest user ${guest!.id} owns the application "Payroll sync".`);
  });

  it('a finding of a rule this version does not know: its message is left out, not guessed at', () => {
    const base = RESULTS[0]![1];
    const finding: Finding = {
      id: 'e'.repeat(64),
      ruleId: 'from-a-later-version',
      status: 'fail',
      severity: 'high',
      resource: { type: 'application', id: 'app-1', displayName: 'App' },
      messageId: 'x',
      message: 'Owner Pmarker 9 owns App',
    };
    const texts = textsByRule(sarif({ ...base, findings: [finding] }, true)).get('from-a-later-version')!;
    expect(texts.join('\n')).not.toMatch(MARKER);
    expect(texts[0]).toMatch(/message left out under --sarif-omit-pii/);
  });
});

describe('SARIF messages and the Markdown summary keep tenant text as text', () => {
  const LINK = '[click](javascript:alert(1))';
  const PIXEL = '![px](http://tracker.example/px.png)';
  const hostileNames = (): Result => {
    // Guests with findings (stale, no sponsor, pending): their names reach messages.
    const s = realisticSnapshot().snapshot;
    s.data.guests = s.data.guests!.map((g, i) => ({ ...g, displayName: i % 2 ? `${LINK} \\] back\\slash` : PIXEL }));
    return evaluateSnapshot(s);
  };

  it('brackets in SARIF message text are escaped: no embedded link, no image, no escape undone by a backslash', () => {
    const log = sarif(hostileNames(), false);
    const messages = (log.runs[0]!.results ?? []).map((r) => r.message.text ?? '');
    expect(messages.some((m) => m.includes('\\[click\\](javascript:alert(1))'))).toBe(true);
    expect(messages.some((m) => m.includes('!\\[px\\](http://tracker.example/px.png)'))).toBe(true);
    for (const m of messages) {
      // With escaped backslashes and brackets taken out, no bracket is left to open a link.
      expect(m.replace(/\\[\\[\]]/g, ''), m).not.toMatch(/[[\]]/);
    }
    expect(sarifMessageText('a\\[b')).toBe('a\\\\\\[b');
  });

  it('the same under --sarif-omit-pii (its redaction marker escaped too)', () => {
    const log = sarif(hostileNames(), true);
    for (const r of log.runs[0]!.results ?? []) expect((r.message.text ?? '').replace(/\\[\\[\]]/g, '')).not.toMatch(/[[\]]/);
  });

  it('the Markdown summary escapes the same text: no link, no image, no autolink', () => {
    const md = renderMarkdown(hostileNames());
    expect(md).not.toContain(LINK);
    expect(md).not.toContain(PIXEL);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    expect(md).not.toMatch(/(?<!\\)!\[/);
    expect(md).not.toContain('http://tracker');
  });
});
