import rule from '../../rules/ca-guest-sign-in-frequency.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// The base guest MFA policy carries a 12-hour sign-in frequency for every guest type on all apps.
const guestMfa = (d: MutableData) => d.conditionalAccessPolicies[0]!;
const sif = (value: number, type: 'hours' | 'days') => ({ signInFrequency: { value, type, authenticationType: 'primaryAndSecondaryAuthentication', frequencyInterval: 'timeBased', isEnabled: true } });

ruleTable(rule, [
  { name: '12 hours for every guest passes', expect: { status: 'pass' } },
  {
    name: 'no session control → medium finding',
    mutate: (d) => { guestMfa(d).sessionControls = null; },
    expect: { status: 'fail', findings: [{ messageId: 'missing', resourceId: 'conditionalAccess', severity: 'medium', params: { maxHours: 24 } }] },
  },
  {
    name: '7 days is longer than 24 hours',
    mutate: (d) => { guestMfa(d).sessionControls = sif(7, 'days'); },
    expect: { status: 'fail', findingCount: 1 },
  },
  { name: '1 day is exactly 24 hours', mutate: (d) => { guestMfa(d).sessionControls = sif(1, 'days'); }, expect: { status: 'pass' } },
  {
    name: 'every time passes',
    mutate: (d) => { guestMfa(d).sessionControls = { signInFrequency: { authenticationType: 'primaryAndSecondaryAuthentication', frequencyInterval: 'everyTime', isEnabled: true } }; },
    expect: { status: 'pass' },
  },
  {
    name: 'a disabled sign-in frequency does not count',
    mutate: (d) => { guestMfa(d).sessionControls = { signInFrequency: { value: 1, type: 'hours', frequencyInterval: 'timeBased', isEnabled: false } }; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'maxHours option tightens the limit',
    options: { maxHours: 8 },
    expect: { status: 'fail', findings: [{ params: { maxHours: 8 } }] },
  },
  {
    name: 'report-only does not count (unlike ZTA 21824)',
    mutate: (d) => { guestMfa(d).state = 'enabledForReportingButNotEnforced'; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'an All-users policy with a short frequency covers guests too',
    mutate: (d) => {
      guestMfa(d).sessionControls = null;
      d.conditionalAccessPolicies[1]!.sessionControls = null;
      const all = structuredClone(guestMfa(d));
      all.id = 'ca000000-0000-4000-8000-000000000009';
      all.conditions!.users = { includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [], includeGuestsOrExternalUsers: null, excludeGuestsOrExternalUsers: null };
      all.sessionControls = sif(4, 'hours');
      d.conditionalAccessPolicies.push(all);
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a guest policy excluding B2B direct connect users leaves them with long sessions',
    mutate: (d) => { guestMfa(d).conditions!.users!.includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'internalGuest,b2bCollaborationGuest,b2bCollaborationMember,otherExternalUser,serviceProvider'; },
    expect: { status: 'fail', findings: [{ params: { types: 'b2bDirectConnectUser' } }] },
  },
  {
    name: 'an unreadable frequency is not treated as short',
    mutate: (d) => { guestMfa(d).sessionControls = { signInFrequency: { value: 12, type: 'fortnights', isEnabled: true } }; },
    expect: { status: 'fail', findingCount: 1 },
  },
]);
