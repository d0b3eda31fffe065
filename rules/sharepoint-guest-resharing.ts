import { defineRule } from '../src/engine/rule.js';
import { SHAREPOINT_SETTINGS_RESOURCE, sharingLevel } from '../src/model/sharepoint.js';

/** `isResharingByExternalUsersEnabled`; not applicable when the tenant shares nothing outside the organisation. */
export default defineRule<'sharepointSettings'>({
  meta: {
    id: 'sharepoint-guest-resharing',
    title: 'Guests can reshare SharePoint and OneDrive content they do not own',
    action: 'Stop guests from resharing SharePoint and OneDrive content they do not own.',
    severity: 'medium',
    category: 'sharing',
    requires: ['sharepointSettings'],
    rationale:
      'A guest who may reshare can pass a file, a folder or a whole site you shared with them on to anyone their own sharing rights reach — people you never chose, outside your view of who has access and outside the intent of the person who shared. Only owners of content, inside your organisation, should decide who else gets it.',
    remediation: {
      summary: 'Turn off "Allow guests to share items they don\'t own".',
      graph: { method: 'PATCH', url: '/v1.0/admin/sharepoint/settings', body: { isResharingByExternalUsersEnabled: false } },
      portal: "SharePoint admin center › Policies › Sharing › More external sharing settings › Allow guests to share items they don't own",
    },
    references: [
      { title: 'sharepointSettings resource type', url: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings' },
      {
        title: 'Manage sharing settings for SharePoint and OneDrive',
        url: 'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
      },
    ],
    frameworks: { catalog: ['SP-02'], 'cis-m365': ['7.2.5'] },
    semantics: [
      {
        statement:
          "isResharingByExternalUsersEnabled indicates whether guests are allowed to reshare files, folders and sites they don't own.",
        source: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings',
      },
      {
        statement: 'CIS Microsoft 365 7.2.5 expects guests not to share items they do not own.',
        source: 'https://www.cisecurity.org/benchmark/microsoft_365',
      },
      {
        statement: 'With sharingCapability disabled nothing is shared outside the organisation, so there is no guest to reshare.',
        source: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings#sharingcapabilities-values',
      },
    ],
    messages: {
      allowed: 'Guests can reshare files, folders and sites they do not own.',
    },
  },
  evaluate({ sharepointSettings }, ctx) {
    const level = sharingLevel(sharepointSettings);
    if (typeof level === 'string' && level === 'disabled') {
      ctx.notApplicable('SharePoint and OneDrive share only inside the organisation.');
      return;
    }
    if (sharepointSettings.isResharingByExternalUsersEnabled !== true) {
      if (sharepointSettings.isResharingByExternalUsersEnabled === false) return;
      ctx.notAssessed('The SharePoint settings in the snapshot do not say whether guests may reshare.');
      return;
    }
    // Any other level, or one Graph does not document, shares with someone outside: the reshare switch matters.
    ctx.fail('allowed', {
      resource: { ...SHAREPOINT_SETTINGS_RESOURCE },
      subKey: 'isResharingByExternalUsersEnabled',
      evidence: { isResharingByExternalUsersEnabled: true, sharingCapability: sharepointSettings.sharingCapability ?? null },
    });
  },
});
