import rule from '../../rules/guest-group-content-access.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// GSC  https://learn.microsoft.com/entra/identity/users/groups-settings-cmdlets — Group.Unified AllowGuestsToAccessGroups:
//      whether a guest user can have access to Microsoft 365 groups content; default True; a tenant without the
//      settings object runs on the template defaults.
// EIDSCA ST09 (Maester Test-MtEidscaST09) expects 'True'.

const setValue = (value: string | null) => (d: MutableData) => {
  const entry = d.groupSettings[0]!.values!.find((v) => v.name === 'AllowGuestsToAccessGroups')!;
  entry.value = value;
};

ruleTable(rule, [
  { name: 'true matches the default expectation (GSC, EIDSCA ST09)', expect: { status: 'pass' } },
  {
    name: 'false → low, guests cut off from content they are members of (GSC)',
    mutate: setValue('false'),
    expect: { status: 'fail', findings: [{ messageId: 'blockedExpectedAllowed', subKey: 'AllowGuestsToAccessGroups', severity: 'low' }] },
  },
  {
    name: 'no Group.Unified object: template default true passes (GSC)',
    mutate: (d) => {
      d.groupSettings = [];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'value not overridden (null) reads as the template default (GSC)',
    mutate: setValue(null),
    expect: { status: 'pass' },
  },
  {
    name: 'expect blocked: the template default true fails on the template itself (GSC)',
    mutate: (d) => {
      d.groupSettings = [];
    },
    options: { expect: 'blocked' },
    expect: { status: 'fail', findings: [{ messageId: 'allowedExpectedBlocked', resourceId: 'Group.Unified' }] },
  },
  {
    name: 'expect blocked: False passes, whatever its case (GSC: string values)',
    mutate: setValue('False'),
    options: { expect: 'blocked' },
    expect: { status: 'pass' },
  },
  {
    name: 'expect any: not applicable',
    mutate: setValue('false'),
    options: { expect: 'any' },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'a value that is neither true nor false is not judged',
    mutate: setValue('maybe'),
    expect: { status: 'not-assessed' },
  },
]);
