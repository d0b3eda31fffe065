import rule from '../../rules/ca-guest-device-grant-without-device-trust.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// B2BCA    https://learn.microsoft.com/entra/external-id/authentication-conditional-access — device grants need inbound
//          device trust; "Require approved client app" and "Require app protection policy" are not supported for B2B
//          collaboration or direct connect users; terms of use are not supported for direct connect users; without MFA
//          trust, direct connect users are blocked where MFA is required.
// STRENGTH https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strength-external-users —
//          without MFA trust an external user completes MFA in the resource tenant with SMS, voice, Authenticator push
//          or a software OATH token only (no FIDO2, Windows Hello, certificate: nothing phishing-resistant).
// TRUST    https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner — a null partner
//          setting inherits the default.
// DC       https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview — direct connect serves Teams shared
//          channels; blocked by default.

const NORTHWIND = '22223333-4444-4555-8666-777788889999';
const POLICY = 'ca000000-0000-4000-8000-000000000001';
const guestPolicy = (d: MutableData) => d.conditionalAccessPolicies[0]!;
const grant = (d: MutableData, operator: 'AND' | 'OR', builtInControls: string[], extra: Record<string, unknown> = {}) => {
  guestPolicy(d).grantControls = { operator, builtInControls, authenticationStrength: null, ...extra };
};
const trust = (compliant: boolean | null, hybrid: boolean | null, mfa: boolean | null = null) => ({
  isMfaAccepted: mfa,
  isCompliantDeviceAccepted: compliant,
  isHybridAzureADJoinedDeviceAccepted: hybrid,
});
const PHISHING_RESISTANT = {
  id: '00000000-0000-0000-0000-000000000004',
  displayName: 'Phishing-resistant MFA',
  policyType: 'builtIn',
  requirementsSatisfied: 'mfa',
  allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'],
};
const MFA_STRENGTH = {
  id: '00000000-0000-0000-0000-000000000002',
  displayName: 'Multifactor authentication',
  policyType: 'builtIn',
  requirementsSatisfied: 'mfa',
  allowedCombinations: ['password,sms', 'password,microsoftAuthenticatorPush', 'fido2'],
};
/** Open inbound B2B direct connect for the partner, so its direct connect users can come in. */
const openDirectConnect = (d: MutableData, apps: string = 'AllApplications') => {
  d.crossTenantAccessPartners[0]!.b2bDirectConnectInbound = {
    usersAndGroups: { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] },
    applications: { accessType: 'allowed', targets: [{ target: apps, targetType: 'application' }] },
  };
};

ruleTable(rule, [
  { name: 'no device-gated policy passes', expect: { status: 'pass' } },
  // B2BCA: "Require compliant device — Supported, requires configuring your inbound trust settings".
  {
    name: 'compliant device required for all guests, nothing trusted → lock-out for the default and the partner (B2BCA)',
    mutate: (d) => grant(d, 'AND', ['compliantDevice']),
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'lockout',
          resourceId: POLICY,
          resourceType: 'conditionalAccessPolicy',
          subKey: 'default',
          severity: 'medium',
          params: { claims: 'compliant-device', types: 'b2bCollaborationGuest, b2bCollaborationMember' },
        },
        { messageId: 'lockout', resourceId: POLICY, subKey: NORTHWIND, params: { tenant: 'Northwind Traders' } },
      ],
    },
  },
  {
    name: 'partner trusts compliant devices → only the default-governed tenants are locked out (B2BCA)',
    mutate: (d) => {
      grant(d, 'AND', ['compliantDevice']);
      d.crossTenantAccessPartners[0]!.inboundTrust = trust(true, null);
    },
    expect: { status: 'fail', findings: [{ subKey: 'default' }] },
  },
  // TRUST: null partner trust inherits the default's.
  {
    name: 'default trusts compliant devices and the partner inherits it (null inboundTrust) (TRUST)',
    mutate: (d) => {
      grant(d, 'AND', ['compliantDevice']);
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: false,
        isCompliantDeviceAccepted: true,
        isHybridAzureADJoinedDeviceAccepted: false,
      };
    },
    expect: { status: 'pass' },
  },
  // TRUST: a null inside the partner's inboundTrust inherits that one value.
  {
    name: "partner trust object with a null compliant-device value inherits the default's true (TRUST)",
    mutate: (d) => {
      grant(d, 'AND', ['compliantDevice']);
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: false,
        isCompliantDeviceAccepted: true,
        isHybridAzureADJoinedDeviceAccepted: false,
      };
      d.crossTenantAccessPartners[0]!.inboundTrust = trust(null, true);
    },
    expect: { status: 'pass' },
  },
  {
    name: 'partner overrides a trusting default with false → partner locked out (TRUST)',
    mutate: (d) => {
      grant(d, 'AND', ['compliantDevice']);
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: false,
        isCompliantDeviceAccepted: true,
        isHybridAzureADJoinedDeviceAccepted: false,
      };
      d.crossTenantAccessPartners[0]!.inboundTrust = trust(false, null);
    },
    expect: { status: 'fail', findings: [{ subKey: NORTHWIND }] },
  },
  // B2BCA: "Require multifactor authentication — Supported" for B2B collaboration users (MFA in the resource tenant).
  {
    name: 'MFA OR compliant device: B2B collaboration guests can use MFA (B2BCA)',
    mutate: (d) => grant(d, 'OR', ['mfa', 'compliantDevice']),
    expect: { status: 'pass' },
  },
  {
    name: 'compliant OR hybrid-joined with hybrid trusted by default: one device path works (B2BCA)',
    mutate: (d) => {
      grant(d, 'OR', ['compliantDevice', 'domainJoinedDevice']);
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: false,
        isCompliantDeviceAccepted: false,
        isHybridAzureADJoinedDeviceAccepted: true,
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'compliant AND hybrid-joined with only hybrid trusted: compliant claim missing (B2BCA)',
    mutate: (d) => {
      grant(d, 'AND', ['compliantDevice', 'domainJoinedDevice']);
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: false,
        isCompliantDeviceAccepted: false,
        isHybridAzureADJoinedDeviceAccepted: true,
      };
    },
    expect: {
      status: 'fail',
      findings: [
        { subKey: 'default', params: { claims: 'compliant-device', controls: 'compliantDevice and domainJoinedDevice' } },
        { subKey: NORTHWIND },
      ],
    },
  },
  // B2BCA: "Require app protection policy — Not supported" for B2B collaboration and direct connect users.
  {
    name: 'compliant device OR app protection: no alternative a guest can meet (B2BCA)',
    mutate: (d) => grant(d, 'OR', ['compliantDevice', 'compliantApplication']),
    expect: { status: 'fail', findingCount: 2 },
  },
  // B2BCA: "Require approved client app — Not supported" for B2B collaboration and direct connect users.
  {
    name: 'compliant device OR approved client app still locks B2B guests out (B2BCA)',
    mutate: (d) => grant(d, 'OR', ['compliantDevice', 'approvedApplication']),
    expect: {
      status: 'fail',
      findings: [
        { subKey: 'default', params: { alternatives: '; the other option (approvedApplication) is not available to them either' } },
        { subKey: NORTHWIND },
      ],
    },
  },
  // STRENGTH: without MFA trust, only SMS, voice, push and software OATH can be completed in the resource tenant.
  {
    name: 'compliant device OR phishing-resistant strength, no MFA trust → locked out (STRENGTH)',
    mutate: (d) => grant(d, 'OR', ['compliantDevice'], { authenticationStrength: PHISHING_RESISTANT }),
    expect: {
      status: 'fail',
      findings: [
        { subKey: 'default', params: { alternatives: '; the other option (authenticationStrength) is not available to them either' } },
        { subKey: NORTHWIND },
      ],
    },
  },
  // STRENGTH: with MFA trust the home tenant's FIDO2 / Windows Hello / certificate satisfy the strength.
  {
    name: 'compliant device OR phishing-resistant strength with MFA trust for the partner → only the default is locked out (STRENGTH)',
    mutate: (d) => {
      grant(d, 'OR', ['compliantDevice'], { authenticationStrength: PHISHING_RESISTANT });
      d.crossTenantAccessPartners[0]!.inboundTrust = trust(null, null, true);
    },
    expect: { status: 'fail', findings: [{ subKey: 'default' }] },
  },
  // STRENGTH: a strength built-in by id, without its combinations, is still recognised.
  {
    name: 'phishing-resistant strength returned without its combinations is recognised by its built-in id (STRENGTH)',
    mutate: (d) => grant(d, 'OR', ['compliantDevice'], { authenticationStrength: { id: '00000000-0000-0000-0000-000000000004' } }),
    expect: { status: 'fail', findingCount: 2 },
  },
  {
    name: 'compliant device OR an MFA strength holding password+SMS: the guest completes SMS in your tenant (STRENGTH)',
    mutate: (d) => grant(d, 'OR', ['compliantDevice'], { authenticationStrength: MFA_STRENGTH }),
    expect: { status: 'pass' },
  },
  {
    name: 'a custom strength without its combinations cannot be judged: not assessed, never guessed (STRENGTH)',
    mutate: (d) =>
      grant(d, 'OR', ['compliantDevice'], {
        authenticationStrength: { id: 'c0ffee00-0000-4000-8000-000000000001', displayName: 'Custom' },
      }),
    expect: { status: 'not-assessed', reason: /does not list its method combinations/ },
  },
  // B2BCA: "Terms of Use — Supported" for B2B collaboration users.
  {
    name: 'compliant device OR terms of use: B2B collaboration guests can accept the terms (B2BCA)',
    mutate: (d) => grant(d, 'OR', ['compliantDevice'], { termsOfUse: ['7e0f0000-0000-4000-8000-000000000001'] }),
    expect: { status: 'pass' },
  },
  // B2BCA: "Terms of Use — Not supported" for B2B direct connect users.
  {
    name: 'compliant device OR terms of use locks out direct connect users where direct connect is open (B2BCA, DC)',
    mutate: (d) => {
      grant(d, 'OR', ['compliantDevice'], { termsOfUse: ['7e0f0000-0000-4000-8000-000000000001'] });
      openDirectConnect(d);
    },
    expect: {
      status: 'fail',
      findings: [
        {
          subKey: NORTHWIND,
          params: { types: 'b2bDirectConnectUser', alternatives: '; the other option (termsOfUse) is not available to them either' },
        },
      ],
    },
  },
  // B2BCA step 6: "When no trust settings are configured and MFA is required … Access is blocked for B2B direct connect users."
  {
    name: 'compliant device OR MFA without MFA trust locks out direct connect users (B2BCA, DC)',
    mutate: (d) => {
      grant(d, 'OR', ['compliantDevice', 'mfa']);
      openDirectConnect(d);
    },
    expect: { status: 'fail', findings: [{ subKey: NORTHWIND, params: { types: 'b2bDirectConnectUser' } }] },
  },
  {
    name: '…and passes once MFA from the partner is trusted (B2BCA, DC)',
    mutate: (d) => {
      grant(d, 'OR', ['compliantDevice', 'mfa']);
      openDirectConnect(d);
      d.crossTenantAccessPartners[0]!.inboundTrust = trust(null, null, true);
    },
    expect: { status: 'pass' },
  },
  // DC: direct connect reaches Teams shared channels only, part of Office 365 — allowing Office365 opens it.
  {
    name: 'direct connect open to Office 365 counts as open for direct connect users (DC)',
    mutate: (d) => {
      grant(d, 'OR', ['compliantDevice', 'mfa']);
      openDirectConnect(d, 'Office365');
    },
    expect: { status: 'fail', findings: [{ subKey: NORTHWIND, params: { types: 'b2bDirectConnectUser' } }] },
  },
  // DC: blocked by default — nobody comes in that way, so nobody is locked out.
  {
    name: 'direct connect blocked inbound: direct connect users are not judged (DC)',
    mutate: (d) => grant(d, 'OR', ['compliantDevice', 'mfa']),
    expect: { status: 'pass' },
  },
  // B2BCA: "Custom Controls with Conditional Access are not supported for cross-tenant trusts"; silent for resource-tenant use.
  {
    name: 'compliant device OR a custom control: whether a B2B guest can complete it is not documented → not assessed (B2BCA)',
    mutate: (d) => grant(d, 'OR', ['compliantDevice'], { customAuthenticationFactors: ['duo'] }),
    expect: { status: 'not-assessed', reason: /custom control is not documented/ },
  },
  {
    name: 'report-only device policy locks nobody out',
    mutate: (d) => {
      grant(d, 'AND', ['compliantDevice']);
      guestPolicy(d).state = 'enabledForReportingButNotEnforced';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'All-users compliant-device policy includes guests (AR0029)',
    mutate: (d) => {
      grant(d, 'OR', ['compliantDevice']);
      guestPolicy(d).conditions!.users!.includeGuestsOrExternalUsers = null;
      guestPolicy(d).conditions!.users!.includeUsers = ['All'];
    },
    expect: { status: 'fail', findingCount: 2 },
  },
  {
    name: 'All-users device policy that excludes guests and external users is fine',
    mutate: (d) => {
      grant(d, 'AND', ['compliantDevice']);
      guestPolicy(d).conditions!.users!.includeGuestsOrExternalUsers = null;
      guestPolicy(d).conditions!.users!.includeUsers = ['All'];
      guestPolicy(d).conditions!.users!.excludeUsers = ['GuestsOrExternalUsers'];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'policy for the partner tenant only → only the partner is reported',
    mutate: (d) => {
      grant(d, 'AND', ['domainJoinedDevice']);
      guestPolicy(d).conditions!.users!.includeGuestsOrExternalUsers!.externalTenants = {
        '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
        membershipKind: 'enumerated',
        members: [NORTHWIND],
      };
    },
    expect: { status: 'fail', findings: [{ subKey: NORTHWIND, params: { claims: 'hybrid-joined-device' } }] },
  },
  {
    name: 'internal guests only: no cross-tenant device claim involved',
    mutate: (d) => {
      grant(d, 'AND', ['compliantDevice']);
      guestPolicy(d).conditions!.users!.includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'internalGuest';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'block with a device control is a block, not a device grant',
    mutate: (d) => grant(d, 'OR', ['block', 'compliantDevice']),
    expect: { status: 'pass' },
  },
]);
