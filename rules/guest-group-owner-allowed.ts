import { defineRule } from '../src/engine/rule.js';
import { isGroupUnified } from '../src/model/group-settings.js';

const SETTING = 'AllowGuestsToBeGroupOwner';

export default defineRule({
  meta: {
    id: 'guest-group-owner-allowed',
    title: 'Guests can own Microsoft 365 groups',
    action: 'Stop guests from owning Microsoft 365 groups.',
    severity: 'medium',
    category: 'invitations',
    requires: ['groupSettings'],
    rationale:
      "A group owner decides who else is in the group, and a Microsoft 365 group's membership is the key to its Team, SharePoint site, mailbox and files. A guest owner can add members (including other guests, where guest addition is allowed), change the group and keep control of its content after your own staff have moved on. Ownership is accountability, and it belongs to people your organisation manages. Tenants that never created the Microsoft 365 group settings run on Microsoft's defaults, where guests cannot be owners; that passes.",
    remediation: {
      summary:
        'Stop guests from owning Microsoft 365 groups in the tenant-wide group settings, and give each group a member of staff as owner.',
      detail:
        'Set AllowGuestsToBeGroupOwner to false in the Group.Unified settings object; the PATCH must send the whole values collection back with that one value changed.',
      graph: { method: 'PATCH', url: '/v1.0/groupSettings/{groupSettingId}', body: { values: [{ name: SETTING, value: 'false' }] } },
      ids: (f) => ({ groupSettingId: f.resource.id }),
      portal:
        'Not exposed in the Entra admin center: use Microsoft Graph or Update-MgBetaDirectorySetting on the Group.Unified settings object',
    },
    references: [
      {
        title: 'Microsoft Entra cmdlets for configuring group settings',
        url: 'https://learn.microsoft.com/entra/identity/users/groups-settings-cmdlets',
      },
      { title: 'groupSetting resource type', url: 'https://learn.microsoft.com/graph/api/resources/groupsetting' },
    ],
    frameworks: { eidsca: ['EIDSCA.ST08'], catalog: ['EI-09'] },
    semantics: [
      {
        statement:
          'AllowGuestsToBeGroupOwner in the Group.Unified settings (template 62375ab9-6b52-47ed-826b-58e47e0e304b) decides whether a guest can own Microsoft 365 groups; its default is false.',
        source: 'https://learn.microsoft.com/entra/identity/users/groups-settings-cmdlets',
      },
      {
        statement: 'A tenant with no Group.Unified settings object runs on the template defaults, so guests cannot be owners.',
        source: 'https://learn.microsoft.com/entra/identity/users/groups-settings-cmdlets',
      },
    ],
    messages: {
      allowed: 'The tenant’s Microsoft 365 group settings let guests own groups.',
    },
  },
  evaluate({ groupSettings }, ctx) {
    // No Group.Unified object means the tenant runs on the template defaults, where AllowGuestsToBeGroupOwner is false.
    for (const setting of groupSettings.filter(isGroupUnified)) {
      const entry = (setting.values ?? []).find((v) => (v.name ?? '').toLowerCase() === SETTING.toLowerCase());
      if (!entry || entry.value === null || entry.value === undefined) continue; // not overridden: template default false
      const value = entry.value.trim().toLowerCase();
      if (value === 'false') continue;
      if (value !== 'true') {
        ctx.notAssessed(
          `the Microsoft 365 group setting that allows guests to own groups holds ${JSON.stringify(entry.value.slice(0, 80))}, which is neither yes nor no.`,
        );
        continue;
      }
      ctx.fail('allowed', {
        resource: {
          type: 'groupSetting',
          id: setting.id,
          displayName: setting.displayName ?? 'Group.Unified',
          path: `groupSettings/${setting.id}`,
        },
        subKey: SETTING,
        params: { value: entry.value },
        evidence: { templateId: setting.templateId ?? null, [SETTING]: entry.value },
      });
    }
  },
});
