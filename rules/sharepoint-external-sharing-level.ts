import { defineRule } from '../src/engine/rule.js';
import {
  levelRank,
  SHAREPOINT_SETTINGS_RESOURCE,
  SHARING_LEVEL_WORDS,
  SHARING_LEVELS,
  sharingLevel,
  type SharingLevel,
} from '../src/model/sharepoint.js';

interface Options {
  maxLevel: SharingLevel;
}

/**
 * The tenant-wide SharePoint sharing level (sharepointSettings.sharingCapability) against the widest level the profile
 * accepts. Anyone links (externalUserAndGuestSharing) reach people who never sign in, so they are reported high;
 * every other excess is medium. OneDrive has its own level, which Graph does not expose, but it can never be wider
 * than SharePoint's, so a SharePoint level within the limit bounds OneDrive too.
 */
export default defineRule<'sharepointSettings', Options>({
  meta: {
    id: 'sharepoint-external-sharing-level',
    title: 'SharePoint and OneDrive share more widely with outsiders than the profile accepts',
    action: 'Narrow SharePoint and OneDrive sharing with outsiders to what your policy accepts.',
    severity: 'medium',
    category: 'sharing',
    requires: ['sharepointSettings'],
    options: {
      schema: { properties: { maxLevel: { enum: [...SHARING_LEVELS], default: 'externalUserSharingOnly' } } },
      defaults: { maxLevel: 'externalUserSharingOnly' },
      docs: {
        maxLevel:
          'The widest sharing level that passes, as Graph names it: disabled (only people in the organisation), existingExternalUserSharingOnly (existing guests), externalUserSharingOnly (new and existing guests) or externalUserAndGuestSharing (anyone, with links that need no sign-in). Default externalUserSharingOnly, as CIS Microsoft 365 7.2.3 accepts "New and existing guests" or less; the strict profile uses existingExternalUserSharingOnly, as CISA SCuBA MS.SHAREPOINT.1.1v1 requires existing guests or only the organisation.',
      },
    },
    rationale:
      'The tenant sharing level is the ceiling for every site and every OneDrive: whatever a site owner chooses, nothing is shared more widely. At "Anyone" a user can mail a link that opens a file for whoever holds it, with no sign-in, no guest account, no Conditional Access and no trace of who opened it. At "New and existing guests" any user can turn a stranger into a guest by sharing one file, which bypasses whatever thought went into who may invite guests in Entra. Keeping the ceiling at the level the organisation actually needs is the one setting that bounds all of it.',
    remediation: {
      summary:
        'Lower the organisation-level sharing setting to the level the profile accepts (new and existing guests under baseline, existing guests under strict); sites that need less inherit the ceiling or can be set lower.',
      graph: { method: 'PATCH', url: '/v1.0/admin/sharepoint/settings', body: { sharingCapability: 'externalUserSharingOnly' } },
      portal: 'SharePoint admin center › Policies › Sharing › External sharing › SharePoint (and OneDrive) slider',
    },
    references: [
      {
        title: 'sharepointSettings resource type (sharingCapabilities values)',
        url: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings',
      },
      {
        title: 'Manage sharing settings for SharePoint and OneDrive',
        url: 'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
      },
      { title: 'Update sharepointSettings', url: 'https://learn.microsoft.com/graph/api/sharepointsettings-update' },
    ],
    frameworks: { catalog: ['SP-01'], 'cis-m365': ['7.2.3'], 'cisa-scuba': ['MS.SHAREPOINT.1.1v1'] },
    semantics: [
      {
        statement:
          'sharingCapability: disabled shares only inside the organisation; existingExternalUserSharingOnly with guests already in the directory; externalUserSharingOnly with new and existing guests, who sign in or use a verification code; externalUserAndGuestSharing with anyone, by links that need no sign-in.',
        source: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings#sharingcapabilities-values',
      },
      {
        statement:
          "The organisation-level setting is the most permissive any site may use, and OneDrive's setting cannot be more permissive than SharePoint's.",
        source: 'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
      },
      {
        statement:
          'CIS Microsoft 365 7.2.3 accepts "New and existing guests" or a narrower level; CISA SCuBA MS.SHAREPOINT.1.1v1 requires "Existing guests" or "Only people in your organization".',
        source: 'https://github.com/cisagov/ScubaGear/blob/main/PowerShell/ScubaGear/baselines/sharepoint.md',
      },
      {
        statement: 'A value Graph does not document (unknownFutureValue or an unlisted one) is not judged.',
        source: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings#sharingcapabilities-values',
        reading: 'guessing where an unknown level sits would either blame or clear the tenant without evidence.',
      },
    ],
    messages: {
      anyone:
        'SharePoint and OneDrive let users share with anyone through links that need no sign-in; this profile accepts at most "{max}".',
      wider: 'SharePoint and OneDrive let users share with {words}; this profile accepts at most "{max}".',
    },
  },
  evaluate({ sharepointSettings }, ctx) {
    const level = sharingLevel(sharepointSettings);
    if (typeof level !== 'string') {
      ctx.notAssessed(
        `The SharePoint sharing level holds ${JSON.stringify(level.unknown.slice(0, 80))}, a value gatehouse does not recognise.`,
      );
      return;
    }
    const max = ctx.options.maxLevel;
    if (levelRank(level) <= levelRank(max)) return;
    const anyone = level === 'externalUserAndGuestSharing';
    ctx.fail(anyone ? 'anyone' : 'wider', {
      resource: { ...SHAREPOINT_SETTINGS_RESOURCE },
      subKey: 'sharingCapability',
      severity: anyone ? 'high' : 'medium',
      params: { level, words: SHARING_LEVEL_WORDS[level], max: SHARING_LEVEL_WORDS[max] },
      evidence: { sharingCapability: sharepointSettings.sharingCapability ?? null, accepted: max },
    });
  },
});
