import rule from '../../rules/xtap-partner-looser-than-default.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// PARTNER https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner — null settings
//         inherit the default.
// DC      https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview — direct connect serves Teams shared
//         channels only.
// TARGET  https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget — reserved Office365 value.

const PARTNER = '22223333-4444-4555-8666-777788889999';
const allUsers = { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] };
const allApps = { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] };
const group = { accessType: 'allowed', targets: [{ target: '9d6e0000-0000-4000-8000-0000000000aa', targetType: 'group' }] };
const office = { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] };

ruleTable(rule, [
  { name: 'a named group to a named app under a blocked default is the intended use: pass', expect: { status: 'pass' } },
  {
    name: 'partner opens inbound collaboration to all its users where the default is closed → medium (PARTNER)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = { usersAndGroups: allUsers, applications: office };
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'looserAccess',
          resourceId: PARTNER,
          subKey: 'b2bCollaborationInbound',
          severity: 'medium',
          params: { partnerUsers: 'all', defaultUsers: 'nobody' },
        },
      ],
    },
  },
  {
    name: 'outbound opened for the partner → low, subKey = setting name',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationOutbound = { usersAndGroups: allUsers, applications: allApps };
    },
    expect: { status: 'fail', findings: [{ subKey: 'b2bCollaborationOutbound', severity: 'low' }] },
  },
  {
    name: 'one finding per setting: direct connect in and out both opened',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bDirectConnectInbound = { usersAndGroups: allUsers, applications: allApps };
      d.crossTenantAccessPartners[0]!.b2bDirectConnectOutbound = { usersAndGroups: allUsers, applications: allApps };
    },
    expect: {
      status: 'fail',
      findings: [
        { subKey: 'b2bDirectConnectInbound', severity: 'medium' },
        { subKey: 'b2bDirectConnectOutbound', severity: 'low' },
      ],
    },
  },
  {
    name: 'trust the default does not grant → one finding per claim',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.inboundTrust = {
        isMfaAccepted: true,
        isCompliantDeviceAccepted: true,
        isHybridAzureADJoinedDeviceAccepted: null,
      };
    },
    expect: {
      status: 'fail',
      findings: [
        { messageId: 'extraTrust', subKey: 'inboundTrust.isMfaAccepted', severity: 'medium', params: { claim: 'MFA' } },
        { messageId: 'extraTrust', subKey: 'inboundTrust.isCompliantDeviceAccepted', params: { claim: 'compliant device' } },
      ],
    },
  },
  {
    name: 'trust the default already grants is not looser',
    mutate: (d) => {
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: true,
        isCompliantDeviceAccepted: false,
        isHybridAzureADJoinedDeviceAccepted: false,
      };
      d.crossTenantAccessPartners[0]!.inboundTrust = {
        isMfaAccepted: true,
        isCompliantDeviceAccepted: null,
        isHybridAzureADJoinedDeviceAccepted: null,
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'same breadth as an open default is not looser',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = { usersAndGroups: allUsers, applications: allApps };
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = { usersAndGroups: allUsers, applications: allApps };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'partner widens apps to all where the default names only Office 365 (TARGET)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = { usersAndGroups: group, applications: office };
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = { usersAndGroups: group, applications: allApps };
    },
    expect: {
      status: 'fail',
      findings: [{ subKey: 'b2bCollaborationInbound', params: { partnerApplications: 'all', defaultApplications: 'named' } }],
    },
  },
  {
    name: 'partner with only a null/inherited setting equals the default (PARTNER)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'opening users while every app stays blocked lets nobody in',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = {
        usersAndGroups: allUsers,
        applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'unknown access type → not assessed',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = {
        usersAndGroups: { accessType: 'unknownFutureValue', targets: [] },
        applications: office,
      };
    },
    expect: { status: 'not-assessed' },
  },
  {
    name: 'no partners → not applicable',
    mutate: (d) => {
      d.crossTenantAccessPartners = [];
    },
    expect: { status: 'not-applicable' },
  },
  // DC + TARGET: direct connect cannot be scoped narrower than Office 365, so that is no widening.
  {
    name: 'direct connect for a named group to Office 365 under a blocked default is the intended use: pass (DC, TARGET)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bDirectConnectInbound = { usersAndGroups: group, applications: office };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'direct connect for all partner users to Office 365 under a blocked default is looser (DC)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bDirectConnectInbound = { usersAndGroups: allUsers, applications: office };
    },
    expect: {
      status: 'fail',
      findings: [
        { messageId: 'looserAccess', subKey: 'b2bDirectConnectInbound', params: { partnerUsers: 'all', partnerApplications: 'all' } },
      ],
    },
  },
]);
