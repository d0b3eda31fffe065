import { describe, expect, it } from 'vitest';
import rule from '../../rules/ca-guest-sign-in-frequency.js';
import type { AnyRule } from '../../src/engine/rule.js';
import { SIGN_IN_FREQUENCY_TYPES } from '../../src/model/conditional-access.js';
import { baseSnapshot } from '../support/fixtures.js';
import { type MutableData, ruleTable, runRule } from '../support/rule-table.js';

// The base guest MFA policy carries a 12-hour sign-in frequency for every guest type on all apps.
// Cited:
// B2BCA    https://learn.microsoft.com/entra/external-id/authentication-conditional-access — "Session controls - Sign-in
//          frequency: Supported" for B2B collaboration users, "Not supported" for B2B direct connect users.
// DC       https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview#authentication — the direct
//          connect token "is valid for 1 hour".
// SIF      https://learn.microsoft.com/graph/api/resources/signinfrequencysessioncontrol — value + type (hours/days),
//          frequencyInterval timeBased or everyTime, isEnabled.
// TYPES    https://learn.microsoft.com/graph/api/resources/conditionalaccessguestsorexternalusers
const guestMfa = (d: MutableData) => d.conditionalAccessPolicies[0]!;
const sif = (value: number, type: 'hours' | 'days') => ({
  signInFrequency: {
    value,
    type,
    authenticationType: 'primaryAndSecondaryAuthentication',
    frequencyInterval: 'timeBased',
    isEnabled: true,
  },
});

ruleTable(rule, [
  { name: '12 hours for every guest passes', expect: { status: 'pass' } },
  {
    name: 'no session control → medium finding naming the five types sign-in frequency applies to (B2BCA)',
    mutate: (d) => {
      guestMfa(d).sessionControls = null;
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'missing',
          resourceId: 'conditionalAccess',
          severity: 'medium',
          params: {
            maxHours: 24,
            types: 'internalGuest, b2bCollaborationGuest, b2bCollaborationMember, otherExternalUser, serviceProvider',
          },
        },
      ],
    },
  },
  {
    name: '7 days is longer than 24 hours',
    mutate: (d) => {
      guestMfa(d).sessionControls = sif(7, 'days');
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  // SIF: type days × 24 hours.
  {
    name: '1 day is exactly 24 hours (SIF)',
    mutate: (d) => {
      guestMfa(d).sessionControls = sif(1, 'days');
    },
    expect: { status: 'pass' },
  },
  {
    name: 'every time passes (SIF frequencyInterval everyTime)',
    mutate: (d) => {
      guestMfa(d).sessionControls = {
        signInFrequency: { authenticationType: 'primaryAndSecondaryAuthentication', frequencyInterval: 'everyTime', isEnabled: true },
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a disabled sign-in frequency does not count',
    mutate: (d) => {
      guestMfa(d).sessionControls = { signInFrequency: { value: 1, type: 'hours', frequencyInterval: 'timeBased', isEnabled: false } };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'maxHours option tightens the limit',
    options: { maxHours: 8 },
    expect: { status: 'fail', findings: [{ params: { maxHours: 8 } }] },
  },
  {
    name: 'report-only does not count (unlike ZTA 21824)',
    mutate: (d) => {
      guestMfa(d).state = 'enabledForReportingButNotEnforced';
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'an All-users policy with a short frequency covers guests too',
    mutate: (d) => {
      guestMfa(d).sessionControls = null;
      d.conditionalAccessPolicies[1]!.sessionControls = null;
      const all = structuredClone(guestMfa(d));
      all.id = 'ca000000-0000-4000-8000-000000000009';
      all.conditions!.users = {
        includeUsers: ['All'],
        excludeUsers: [],
        includeGroups: [],
        excludeGroups: [],
        includeRoles: [],
        excludeRoles: [],
        includeGuestsOrExternalUsers: null,
        excludeGuestsOrExternalUsers: null,
      };
      all.sessionControls = sif(4, 'hours');
      d.conditionalAccessPolicies.push(all);
    },
    expect: { status: 'pass' },
  },
  // B2BCA: sign-in frequency is not supported for direct connect users — leaving them out is no gap.
  {
    name: 'a guest policy covering every type except B2B direct connect users passes: the control does not apply to them (B2BCA, DC)',
    mutate: (d) => {
      guestMfa(d).conditions!.users!.includeGuestsOrExternalUsers!.guestOrExternalUserTypes =
        'internalGuest,b2bCollaborationGuest,b2bCollaborationMember,otherExternalUser,serviceProvider';
    },
    expect: { status: 'pass' },
  },
  // B2BCA: a frequency on direct connect users does nothing for them — it cannot stand in for the others.
  {
    name: 'a short frequency that covers only B2B direct connect users covers nobody it applies to (B2BCA)',
    mutate: (d) => {
      guestMfa(d).conditions!.users!.includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'b2bDirectConnectUser';
    },
    expect: {
      status: 'fail',
      findings: [{ params: { types: 'internalGuest, b2bCollaborationGuest, b2bCollaborationMember, otherExternalUser, serviceProvider' } }],
    },
  },
  {
    name: 'a guest policy leaving out B2B collaboration members leaves them with long sessions (TYPES)',
    mutate: (d) => {
      guestMfa(d).conditions!.users!.includeGuestsOrExternalUsers!.guestOrExternalUserTypes =
        'internalGuest,b2bCollaborationGuest,b2bDirectConnectUser,otherExternalUser,serviceProvider';
    },
    expect: { status: 'fail', findings: [{ params: { types: 'b2bCollaborationMember' } }] },
  },
  {
    name: 'an unreadable frequency is not treated as short',
    mutate: (d) => {
      guestMfa(d).sessionControls = { signInFrequency: { value: 12, type: 'fortnights', isEnabled: true } };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
]);

describe('rule ca-guest-sign-in-frequency: guest types (https://learn.microsoft.com/entra/external-id/authentication-conditional-access)', () => {
  it('judges the five types sign-in frequency applies to, never B2B direct connect users', () => {
    expect(rule.meta.options!.defaults.guestTypes).toEqual([...SIGN_IN_FREQUENCY_TYPES]);
    expect(SIGN_IN_FREQUENCY_TYPES).not.toContain('b2bDirectConnectUser');
  });
  it('a config listing b2bDirectConnectUser is an input error, not silently ignored', () => {
    expect(() => runRule(rule as unknown as AnyRule, baseSnapshot(), { options: { guestTypes: ['b2bDirectConnectUser'] } })).toThrow(
      /guestTypes|must be/,
    );
  });
});
