import { describe, expect, it } from 'vitest';
import rule, { isAllGuestsRule } from '../../rules/guest-dynamic-group-missing.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// DYN   https://learn.microsoft.com/entra/identity/users/groups-dynamic-membership — rule syntax user.userType -eq "Guest";
//       operators -and / -or; dynamic membership groups.
// GROUP https://learn.microsoft.com/graph/api/resources/group — groupTypes DynamicMembership; membershipRuleProcessingState
//       On or Paused.
// CIS   CIS Microsoft 365 Foundations Benchmark §5.1.3.1 — a dynamic group for guest users.

const GROUP = 'd9900000-0000-4000-8000-000000000001';
const group = (d: MutableData) => d.dynamicGroups[0]!;

ruleTable(rule, [
  { name: 'dynamic all-guests group passes (DYN, CIS)', expect: { status: 'pass' } },
  {
    name: 'no dynamic group',
    mutate: (d) => {
      d.dynamicGroups = [];
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'missing', resourceId: 'dynamicGroups', severity: 'low', params: { dynamicGroups: 0 } }],
    },
  },
  {
    name: 'a subset of guests (AND another condition) is not all guests (DYN)',
    mutate: (d) => {
      group(d).membershipRule = '(user.userType -eq "Guest") -and (user.companyName -eq "Northwind")';
    },
    expect: { status: 'fail', findings: [{ messageId: 'missing', params: { dynamicGroups: 1 } }] },
  },
  {
    name: 'guests OR members is not a guest group (DYN)',
    mutate: (d) => {
      group(d).membershipRule = '(user.userType -eq "Guest") -or (user.department -eq "Sales")';
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'single quotes, odd case and spacing are tolerated',
    mutate: (d) => {
      group(d).membershipRule = "  ( USER.userType  -EQ  'guest' ) ";
    },
    expect: { status: 'pass' },
  },
  {
    name: 'paused processing → finding on the group (GROUP)',
    mutate: (d) => {
      group(d).membershipRuleProcessingState = 'Paused';
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'paused', resourceId: GROUP, resourceType: 'group', subKey: 'membershipRuleProcessingState' }],
    },
  },
  {
    name: 'a paused group next to an active one passes',
    mutate: (d) => {
      const copy = structuredClone(group(d));
      copy.id = 'd9900000-0000-4000-8000-000000000002';
      copy.membershipRuleProcessingState = 'Paused';
      d.dynamicGroups.push(copy);
    },
    expect: { status: 'pass' },
  },
  {
    name: 'an assigned (non-dynamic) group with the rule text does not count (GROUP)',
    mutate: (d) => {
      group(d).groupTypes = ['Unified'];
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'userType -ne "Member" is not the CIS rule',
    mutate: (d) => {
      group(d).membershipRule = 'user.userType -ne "Member"';
    },
    expect: { status: 'fail', findingCount: 1 },
  },
]);

describe('isAllGuestsRule', () => {
  it('accepts the rule alone, however wrapped', () => {
    for (const r of ['user.userType -eq "Guest"', '(user.userType -eq "Guest")', '((user.userType -eq Guest))', 'user.usertype -eq"guest"'])
      expect(isAllGuestsRule(r), r).toBe(true);
  });
  it('rejects anything that is not exactly all guests', () => {
    for (const r of [
      '(user.userType -eq "Guest") -and (user.accountEnabled -eq true)',
      '(user.userType -eq "Guest")) -or ((x)',
      'user.userType -eq "Member"',
      '',
      null,
      'user.userType -eq "Guests"',
    ]) {
      expect(isAllGuestsRule(r), String(r)).toBe(false);
    }
  });
});
