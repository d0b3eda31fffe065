import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { withIds } from '../../src/engine/rule.js';
import { findingRemediation, ruleDocs } from '../../src/render/model.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { evaluateSnapshot, htmlReport } from './support.js';

/*
 * Remediation with the real ids. Where a rule's request names the object it changes ({tenantId}, {policyId}, …) and
 * the finding identifies that object, each finding carries the request with its ids filled in; the object's kind
 * picks the request. A PIM eligibility is not a role assignment: it is removed by POSTing a role eligibility
 * schedule request with action adminRemove
 * (https://learn.microsoft.com/graph/api/rbacapplication-post-roleeligibilityschedulerequests), never by
 * DELETE …/roleAssignments/{id} (https://learn.microsoft.com/graph/api/unifiedroleassignment-delete).
 */
const docs = ruleDocs(RULES);
const results = ['every-check', 'demo'].map((name) => [name, evaluateSnapshot(fixtureSnapshot(name))] as const);

/** Rules whose request changes an object the finding does not name: the administrator picks it. */
const NO_OBJECT = new Set(['guest-identity-provider-not-allowed', 'ca-guest-sign-in-frequency']);
/** Placeholders a per-object request keeps on purpose: the administrator chooses the value. */
const CHOSEN = ['{sponsorId}', '{connectedOrganizationId}'];

describe('remediation with the real ids', () => {
  it('every finding of a rule whose request names an object gets that request with its ids', () => {
    let filled = 0;
    for (const [name, result] of results) {
      for (const f of result.findings) {
        const doc = docs.get(f.ruleId)!;
        const template = doc.remediation.graph;
        if (!template || !/\{\w+\}/.test(template.url) || NO_OBJECT.has(f.ruleId)) continue;
        const fix = findingRemediation(doc, f, result.tenant.cloud);
        if (f.ruleId === 'connector-unsecured' && f.resource.type !== 'identityApiConnector') continue;
        expect(fix, `${name} ${f.ruleId}`).not.toBeNull();
        let rest = `${fix!.url} ${fix!.body ?? ''}`;
        for (const c of CHOSEN) rest = rest.replaceAll(c, '');
        expect(rest, `${name} ${f.ruleId}`).not.toMatch(/\{\w+\}/);
        filled++;
      }
    }
    expect(filled).toBeGreaterThan(100);
  });

  it('the rules without per-object ids are the known ones', () => {
    const without = RULES.filter(
      (r) =>
        r.meta.remediation.graph &&
        /\{\w+\}/.test(r.meta.remediation.graph.url) &&
        !r.meta.remediation.ids &&
        !r.meta.remediation.forFinding,
    ).map((r) => r.meta.id);
    expect(without.sort()).toEqual([...NO_OBJECT].sort());
  });

  it('a PIM eligibility is removed by an eligibility schedule request; an active assignment by deleting it', () => {
    const [, result] = results[0]!;
    const doc = docs.get('guest-in-privileged-role');
    const roles = result.findings.filter((f) => f.ruleId === 'guest-in-privileged-role');
    const eligible = roles.find((f) => f.params?.kind === 'eligible')!;
    const active = roles.find((f) => f.params?.kind !== 'eligible')!;
    expect(eligible && active).toBeTruthy();
    const e = findingRemediation(doc, eligible, 'global')!;
    expect(e.method).toBe('POST');
    expect(e.url).toBe('https://graph.microsoft.com/v1.0/roleManagement/directory/roleEligibilityScheduleRequests');
    expect(JSON.parse(e.body!)).toMatchObject({
      action: 'adminRemove',
      principalId: eligible.resource.id,
      roleDefinitionId: eligible.evidence!.roleDefinitionId,
      directoryScopeId: eligible.evidence!.directoryScopeId,
    });
    const a = findingRemediation(doc, active, 'global')!;
    expect([a.method, a.url]).toEqual([
      'DELETE',
      `https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments/${String(active.evidence!.assignmentId)}`,
    ]);
  });

  it('the HTML gives each listed object its own command', () => {
    const [, result] = results[1]!;
    const html = htmlReport(result, fixtureSnapshot('demo'));
    const stale = result.findings.find((f) => f.ruleId === 'guest-stale')!;
    expect(html).toContain(`az rest --method PATCH --url &#x27;https://graph.microsoft.com/v1.0/users/${stale.resource.id}&#x27;`);
  });

  it('ids cannot change a request: URL-encoded in the path, JSON-escaped in the body', () => {
    const r = withIds(
      {
        method: 'POST',
        url: '/v1.0/users/{id}/sponsors/$ref',
        body: { '@odata.id': 'https://graph.microsoft.com/v1.0/users/{id}', other: '{sponsorId}' },
      },
      { id: 'a"b/c' },
    );
    expect(r.url).toBe('/v1.0/users/a%22b%2Fc/sponsors/$ref');
    expect(r.body).toEqual({ '@odata.id': 'https://graph.microsoft.com/v1.0/users/a"b/c', other: '{sponsorId}' });
  });
});
