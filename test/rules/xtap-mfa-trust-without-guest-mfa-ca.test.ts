import rule from '../../rules/xtap-mfa-trust-without-guest-mfa-ca.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// B2BCA   https://learn.microsoft.com/entra/external-id/authentication-conditional-access — with MFA trust, a claim that
//         MFA was met at home satisfies a Conditional Access MFA requirement; without a requiring policy nothing asks.
// PARTNER https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner — null settings
//         inherit the default.

const NORTHWIND = '22223333-4444-4555-8666-777788889999';
const trust = (mfa: boolean | null) => ({ isMfaAccepted: mfa, isCompliantDeviceAccepted: null, isHybridAzureADJoinedDeviceAccepted: null });
const guestMfa = (d: MutableData) => d.conditionalAccessPolicies[0]!;
const defaultTrustsMfa = (d: MutableData) => {
  d.crossTenantAccessDefault.inboundTrust = {
    isMfaAccepted: true,
    isCompliantDeviceAccepted: false,
    isHybridAzureADJoinedDeviceAccepted: false,
  };
};

ruleTable(rule, [
  { name: 'no MFA trust anywhere passes', expect: { status: 'pass' } },
  {
    name: 'default trust with an enforced guest MFA policy for all tenants passes (B2BCA)',
    mutate: defaultTrustsMfa,
    expect: { status: 'pass' },
  },
  {
    name: 'default trust, guest MFA policy report-only → trust on the default and on the inheriting partner is unused',
    mutate: (d) => {
      defaultTrustsMfa(d);
      guestMfa(d).state = 'enabledForReportingButNotEnforced';
    },
    expect: {
      status: 'fail',
      findings: [
        { messageId: 'defaultTrustUnused', resourceId: 'default', subKey: 'inboundTrust.isMfaAccepted', severity: 'medium' },
        {
          messageId: 'partnerTrustUnused',
          resourceId: NORTHWIND,
          params: { source: 'default', types: 'b2bCollaborationGuest, b2bCollaborationMember' },
        },
      ],
    },
  },
  {
    name: 'regression: partner with null inboundTrust inherits the default MFA trust (PARTNER)',
    mutate: (d) => {
      defaultTrustsMfa(d);
      d.crossTenantAccessPartners[0]!.inboundTrust = null;
      d.conditionalAccessPolicies = [d.conditionalAccessPolicies[1]!];
    },
    expect: { status: 'fail', findings: [{ resourceId: 'default' }, { resourceId: NORTHWIND, params: { source: 'default' } }] },
  },
  {
    name: 'partner trust only, guest MFA policy excludes that partner',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.inboundTrust = trust(true);
      guestMfa(d).conditions!.users!.excludeGuestsOrExternalUsers = {
        guestOrExternalUserTypes: 'b2bCollaborationGuest,b2bCollaborationMember',
        externalTenants: {
          '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
          membershipKind: 'enumerated',
          members: [NORTHWIND],
        },
      };
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'partnerTrustUnused', resourceId: NORTHWIND, params: { partner: 'Northwind Traders', source: 'partner' } }],
    },
  },
  {
    name: 'partner trust, MFA policy only for that partner: the trust is used',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.inboundTrust = trust(true);
      guestMfa(d).conditions!.users!.includeGuestsOrExternalUsers = {
        guestOrExternalUserTypes: 'b2bCollaborationGuest,b2bCollaborationMember',
        externalTenants: {
          '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
          membershipKind: 'enumerated',
          members: [NORTHWIND.toUpperCase()],
        },
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'default trust but MFA only for one partner: other tenants are never challenged',
    mutate: (d) => {
      defaultTrustsMfa(d);
      d.crossTenantAccessPartners[0]!.inboundTrust = trust(false);
      guestMfa(d).conditions!.users!.includeGuestsOrExternalUsers = {
        guestOrExternalUserTypes: 'b2bCollaborationGuest,b2bCollaborationMember',
        externalTenants: {
          '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
          membershipKind: 'enumerated',
          members: [NORTHWIND],
        },
      };
    },
    expect: { status: 'fail', findings: [{ messageId: 'defaultTrustUnused', resourceId: 'default' }] },
  },
  {
    name: 'partner overriding the default trust to false is not reported (PARTNER)',
    mutate: (d) => {
      defaultTrustsMfa(d);
      d.crossTenantAccessPartners[0]!.inboundTrust = trust(false);
      d.conditionalAccessPolicies = [];
    },
    expect: { status: 'fail', findings: [{ resourceId: 'default' }] },
  },
  {
    name: 'an All-users MFA policy also challenges guests',
    mutate: (d) => {
      defaultTrustsMfa(d);
      guestMfa(d).conditions!.users!.includeGuestsOrExternalUsers = null;
      guestMfa(d).conditions!.users!.includeUsers = ['All'];
      guestMfa(d).conditions!.applications = { includeApplications: ['Office365'], excludeApplications: [] };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'MFA as one OR alternative is no challenge',
    mutate: (d) => {
      defaultTrustsMfa(d);
      guestMfa(d).grantControls = { operator: 'OR', builtInControls: ['mfa', 'approvedApplication'], authenticationStrength: null };
    },
    expect: { status: 'fail', findingCount: 2 },
  },
  {
    name: 'policy covering only B2B collaboration guests leaves B2B collaboration members unchallenged',
    mutate: (d) => {
      defaultTrustsMfa(d);
      guestMfa(d).conditions!.users!.includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'b2bCollaborationGuest';
    },
    expect: {
      status: 'fail',
      findings: [
        { resourceId: 'default', params: { types: 'b2bCollaborationMember' } },
        { resourceId: NORTHWIND, params: { types: 'b2bCollaborationMember' } },
      ],
    },
  },
]);
