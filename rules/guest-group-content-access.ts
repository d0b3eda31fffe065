import { defineRule } from '../src/engine/rule.js';
import { groupUnifiedValue } from '../src/model/group-settings.js';

interface Options {
  expect: 'allowed' | 'blocked' | 'any';
}

const SETTING = 'AllowGuestsToAccessGroups';

/**
 * `AllowGuestsToAccessGroups` in the tenant's Group.Unified settings against the direction the profile expects. A
 * tenant without a Group.Unified object, or one that does not override the value, runs on the template default
 * (true: guests who are members of a Microsoft 365 group reach its content).
 */
export default defineRule<'groupSettings', Options>({
  meta: {
    id: 'guest-group-content-access',
    title: 'Guest access to Microsoft 365 group content is not in the state the profile expects',
    action: 'Set guest access to Microsoft 365 group content to what your policy expects.',
    severity: 'low',
    category: 'invitations',
    requires: ['groupSettings'],
    options: {
      schema: { properties: { expect: { enum: ['allowed', 'blocked', 'any'], default: 'allowed' } } },
      defaults: { expect: 'allowed' },
      docs: {
        expect:
          'Whether guests who are members of a Microsoft 365 group may reach its content (files, conversations, calendar). Default allowed, following EIDSCA ST09, the only peer control for this switch: guest access to a group is then decided where it is visible — by who is a member. blocked suits a tenant that allows no guest collaboration through groups at all; any records the state without judging it.',
      },
    },
    rationale:
      'AllowGuestsToAccessGroups is a tenant-wide switch behind every Microsoft 365 group and team. Left on, a guest sees what the groups they were added to contain, and controlling guest access means controlling group membership — visible to owners and reviewable. Switched off, guests stay members of groups and teams that they can no longer open: membership no longer says who has access, owners work around it with sharing links, and access reviews judge a membership that means nothing. Which direction a tenant wants is its own decision, so the profile states it and the rule reports the difference.',
    remediation: {
      summary:
        'Set AllowGuestsToAccessGroups in the Group.Unified settings to the state the profile expects (send the whole values collection back with that one value changed).',
      graph: { method: 'PATCH', url: '/v1.0/groupSettings/{groupSettingId}', body: { values: [{ name: SETTING, value: 'true' }] } },
      portal: 'Not in the Entra admin center: use Microsoft Graph, or Update-MgBetaDirectorySetting on the Group.Unified settings object',
      // The path is groupSettings/<id> for a settings object, bare groupSettings for the template defaults (none to change).
      ids: (f) => ({ groupSettingId: f.resource.path?.split('/')[1] }),
    },
    references: [
      {
        title: 'Microsoft Entra cmdlets for configuring group settings (Group.Unified values)',
        url: 'https://learn.microsoft.com/entra/identity/users/groups-settings-cmdlets',
      },
      { title: 'groupSetting resource type', url: 'https://learn.microsoft.com/graph/api/resources/groupsetting' },
    ],
    frameworks: { catalog: ['EI-10'], eidsca: ['EIDSCA.ST09'] },
    semantics: [
      {
        statement:
          'AllowGuestsToAccessGroups in the Group.Unified settings says whether a guest user can have access to Microsoft 365 groups content; its default is true.',
        source: 'https://learn.microsoft.com/entra/identity/users/groups-settings-cmdlets',
      },
      {
        statement: 'A tenant with no Group.Unified settings object runs on the template defaults.',
        source: 'https://learn.microsoft.com/entra/identity/users/groups-settings-cmdlets',
      },
      {
        statement: 'EIDSCA ST09 expects the value true.',
        source: 'https://www.powershellgallery.com/packages/Maester/2.1.60-preview/Content/internal%5Ceidsca%5CTest-MtEidscaST09.ps1',
        reading: "the direction is the profile's to choose; the default follows the only peer that audits the switch.",
      },
    ],
    messages: {
      blockedExpectedAllowed:
        'Guests cannot reach the content of Microsoft 365 groups they are members of (the group setting that allows it is off); this profile expects guest access to follow group membership.',
      allowedExpectedBlocked:
        "Guests who are members of Microsoft 365 groups can reach the groups' content (the group setting that allows it is on); this profile expects it blocked.",
    },
  },
  evaluate({ groupSettings }, ctx) {
    if (ctx.options.expect === 'any') {
      ctx.notApplicable('the profile accepts either state of guest access to group content.');
      return;
    }
    const read = groupUnifiedValue(groupSettings, SETTING, true);
    if (read.kind === 'unreadable') {
      ctx.notAssessed(
        `The Microsoft 365 group setting that lets guests reach group content holds ${JSON.stringify(read.raw.slice(0, 80))}, which is neither yes nor no.`,
      );
      return;
    }
    const state = read.value ? 'allowed' : 'blocked';
    if (state === ctx.options.expect) return;
    ctx.fail(state === 'blocked' ? 'blockedExpectedAllowed' : 'allowedExpectedBlocked', {
      resource: read.setting
        ? {
            type: 'groupSetting',
            id: read.setting.id,
            displayName: read.setting.displayName ?? 'Group.Unified',
            path: `groupSettings/${read.setting.id}`,
          }
        : { type: 'groupSettings', id: 'Group.Unified', displayName: 'Group.Unified (template defaults)', path: 'groupSettings' },
      subKey: SETTING,
      params: { value: read.raw },
      evidence: { [SETTING]: read.raw, source: read.kind, expected: ctx.options.expect },
    });
  },
});
