import rule from '../../rules/guest-group-owner-allowed.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// GROUPSET https://learn.microsoft.com/entra/identity/users/groups-settings-cmdlets — Group.Unified settings
//          (template 62375ab9-6b52-47ed-826b-58e47e0e304b); AllowGuestsToBeGroupOwner default false; without a settings
//          object the template defaults apply.

function setValue(d: MutableData, value: string | null): void {
  const s = d.groupSettings[0]!;
  s.values = (s.values ?? []).map((v) => (v.name === 'AllowGuestsToBeGroupOwner' ? { name: v.name, value } : v));
}

ruleTable(rule, [
  { name: 'AllowGuestsToBeGroupOwner false passes', expect: { status: 'pass' } },
  {
    name: 'guests may own groups → medium on the Group.Unified setting (GROUPSET)',
    mutate: (d) => setValue(d, 'true'),
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'allowed',
          resourceId: 'a5000000-0000-4000-8000-000000000001',
          resourceType: 'groupSetting',
          subKey: 'AllowGuestsToBeGroupOwner',
          severity: 'medium',
        },
      ],
    },
  },
  {
    name: 'the string value is compared case-insensitively',
    mutate: (d) => setValue(d, 'True'),
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'no Group.Unified settings object: tenant defaults (guests cannot own groups) pass (GROUPSET)',
    mutate: (d) => {
      d.groupSettings = [];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a settings object of another template is ignored (GROUPSET)',
    mutate: (d) => {
      d.groupSettings = [
        {
          id: 'a5000000-0000-4000-8000-000000000002',
          displayName: 'Group.Unified.Guest',
          templateId: '08d542b9-071f-4e16-94b0-74abb372e3d9',
          values: [{ name: 'AllowToAddGuests', value: 'true' }],
        },
      ];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'the value missing from the object means the template default (false) (GROUPSET)',
    mutate: (d) => {
      d.groupSettings[0]!.values = [{ name: 'AllowGuestsToAccessGroups', value: 'true' }];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a value that is neither true nor false → not assessed',
    mutate: (d) => setValue(d, 'yes'),
    expect: { status: 'not-assessed', reason: /holds "yes", which is neither yes nor no/ },
  },
  {
    name: 'matched by display name when templateId is absent',
    mutate: (d) => {
      d.groupSettings[0]!.templateId = null;
      setValue(d, 'true');
    },
    expect: { status: 'fail', findingCount: 1 },
  },
]);
