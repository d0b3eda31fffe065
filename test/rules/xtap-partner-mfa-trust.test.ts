import rule from '../../rules/xtap-partner-mfa-trust.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// PARTNER https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner — null settings,
//         trust included, inherit the default.
// B2BCA   https://learn.microsoft.com/entra/external-id/authentication-conditional-access — trusted home-tenant MFA
//         satisfies your MFA requirement; direct connect users need it.
// TARGET  https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget — reserved Office365 value.

const PARTNER = '22223333-4444-4555-8666-777788889999';
const trustMfa = { isMfaAccepted: true, isCompliantDeviceAccepted: null, isHybridAzureADJoinedDeviceAccepted: null };
const openInbound = {
  usersAndGroups: { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] },
  applications: { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] },
};

ruleTable(rule, [
  { name: 'no MFA trust anywhere passes', expect: { status: 'pass' } },
  {
    name: 'partner trusts MFA, inbound limited to a named group → info (B2BCA)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.inboundTrust = trustMfa;
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'trusted',
          resourceId: PARTNER,
          subKey: 'inboundTrust.isMfaAccepted',
          severity: 'info',
          params: { trustSource: 'set on the partner' },
        },
      ],
    },
  },
  {
    name: 'partner trusts MFA and admits all its users → low',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.inboundTrust = trustMfa;
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = openInbound;
    },
    expect: { status: 'fail', findings: [{ severity: 'low' }] },
  },
  {
    name: "regression: MFA trust on a partner with null b2bCollaborationInbound inherits the default's inbound setting (open → low)",
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = openInbound;
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = null;
      d.crossTenantAccessPartners[0]!.inboundTrust = trustMfa;
    },
    expect: { status: 'fail', findings: [{ severity: 'low', params: { trustSource: 'set on the partner' } }] },
  },
  {
    name: 'regression: the same partner under a blocked default inherits "blocked" (info, not low)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = null;
      d.crossTenantAccessPartners[0]!.inboundTrust = trustMfa;
    },
    expect: { status: 'fail', findings: [{ severity: 'info' }] },
  },
  {
    name: "partner with null trust inherits the default's MFA trust and is listed (PARTNER)",
    mutate: (d) => {
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: true,
        isCompliantDeviceAccepted: false,
        isHybridAzureADJoinedDeviceAccepted: false,
      };
    },
    expect: { status: 'fail', findings: [{ resourceId: PARTNER, params: { trustSource: 'inherited from the default settings' } }] },
  },
  {
    name: 'partner explicitly refuses MFA trust the default grants → pass',
    mutate: (d) => {
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: true,
        isCompliantDeviceAccepted: false,
        isHybridAzureADJoinedDeviceAccepted: false,
      };
      d.crossTenantAccessPartners[0]!.inboundTrust = {
        isMfaAccepted: false,
        isCompliantDeviceAccepted: null,
        isHybridAzureADJoinedDeviceAccepted: null,
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'direct connect open to all partner users counts as broad reach (B2BCA)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.inboundTrust = trustMfa;
      d.crossTenantAccessPartners[0]!.b2bDirectConnectInbound = openInbound;
    },
    expect: { status: 'fail', findings: [{ severity: 'low' }] },
  },
  {
    name: 'no partners → not applicable',
    mutate: (d) => {
      d.crossTenantAccessPartners = [];
    },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'direct connect open to all partner users for Office 365 counts as broad reach (TARGET)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.inboundTrust = trustMfa;
      d.crossTenantAccessPartners[0]!.b2bDirectConnectInbound = {
        usersAndGroups: openInbound.usersAndGroups,
        applications: { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] },
      };
    },
    expect: { status: 'fail', findings: [{ severity: 'low' }] },
  },
]);
