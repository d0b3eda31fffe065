import rule from '../../rules/ca-guest-phishing-resistant-mfa-missing.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// STRX https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strength-external-users — with
//      MFA trust, home-tenant methods (FIDO2, Windows Hello for Business, certificate) count; without it, the user
//      completes MFA in the resource tenant with text, voice, Authenticator push or software OATH; MFA trust is
//      required for B2B direct connect.
// POLX https://learn.microsoft.com/entra/identity/conditional-access/policy-guests-mfa-strength — strengths apply only to
//      external users who authenticate with Microsoft Entra ID.
// BUILT https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strengths — the built-in
//      Phishing-resistant MFA strength (00000000-0000-0000-0000-000000000004): Windows Hello for Business, FIDO2,
//      multifactor certificate-based authentication.
// SCUBA MS.AAD.3.1v1 — phishing-resistant MFA for all users (members); strict profile only for guests.

const PARTNER = '22223333-4444-4555-8666-777788889999';
const policy = (d: MutableData) => d.conditionalAccessPolicies.find((p) => p.id === 'ca000000-0000-4000-8000-000000000009')!;
const trustPartner = (d: MutableData) => {
  d.crossTenantAccessPartners[0]!.inboundTrust = {
    isMfaAccepted: true,
    isCompliantDeviceAccepted: false,
    isHybridAzureADJoinedDeviceAccepted: false,
  };
};
const includeTypes = (types: string, tenants: unknown) => (d: MutableData) => {
  policy(d).conditions!.users!.includeGuestsOrExternalUsers = { guestOrExternalUserTypes: types, externalTenants: tenants as never };
};
const ALL = { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' };

ruleTable(
  rule,
  [
    { name: 'internal guests require phishing-resistant MFA; no tenant is trusted for MFA (STRX, BUILT)', expect: { status: 'pass' } },
    {
      name: 'baseline does not ask it of guests → not applicable (SCUBA: members only)',
      profile: 'baseline',
      expect: { status: 'not-applicable' },
    },
    {
      name: 'no policy for internal guests → medium (BUILT)',
      mutate: (d) => {
        d.conditionalAccessPolicies = d.conditionalAccessPolicies.filter((p) => p !== policy(d));
      },
      expect: {
        status: 'fail',
        findings: [
          {
            messageId: 'missing',
            resourceId: 'conditionalAccess',
            subKey: 'phishingResistant',
            severity: 'medium',
            params: { gaps: 'internal guests' },
          },
        ],
      },
    },
    {
      name: 'a partner trusted for MFA whose B2B users are not covered → fail naming that tenant (STRX)',
      mutate: trustPartner,
      expect: { status: 'fail', findings: [{ messageId: 'missing' }] },
    },
    {
      name: 'the same partner covered for every Entra-authenticating type passes (STRX, POLX)',
      mutate: (d) => {
        trustPartner(d);
        includeTypes('internalGuest,b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,serviceProvider', ALL)(d);
      },
      expect: { status: 'pass' },
    },
    {
      name: 'enumerated tenants: covering only the trusted partner is enough (STRX)',
      mutate: (d) => {
        trustPartner(d);
        d.conditionalAccessPolicies.push({
          ...structuredClone(policy(d)),
          id: 'ca000000-0000-4000-8000-00000000000a',
          conditions: {
            ...structuredClone(policy(d).conditions!),
            users: {
              includeUsers: [],
              excludeUsers: [],
              includeGroups: [],
              excludeGroups: [],
              includeRoles: [],
              excludeRoles: [],
              includeGuestsOrExternalUsers: {
                guestOrExternalUserTypes: 'b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,serviceProvider',
                externalTenants: {
                  '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
                  membershipKind: 'enumerated',
                  members: [PARTNER],
                },
              },
              excludeGuestsOrExternalUsers: null,
            },
          },
        });
      },
      expect: { status: 'pass' },
    },
    {
      name: 'default MFA trust: every tenant but the untrusting partners must be covered (STRX)',
      mutate: (d) => {
        d.crossTenantAccessDefault.inboundTrust = {
          isMfaAccepted: true,
          isCompliantDeviceAccepted: false,
          isHybridAzureADJoinedDeviceAccepted: false,
        };
      },
      expect: { status: 'fail', findings: [{ messageId: 'missing' }] },
    },
    {
      name: 'untrusted tenants are not judged: they cannot meet a phishing-resistant strength (STRX)',
      mutate: includeTypes('internalGuest', ALL),
      expect: { status: 'pass' },
    },
    {
      name: 'the built-in MFA strength is not phishing-resistant (BUILT)',
      mutate: (d) => {
        policy(d).grantControls!.authenticationStrength = {
          id: '00000000-0000-0000-0000-000000000002',
          allowedCombinations: ['password,sms', 'windowsHelloForBusiness'],
        };
      },
      expect: { status: 'fail', findings: [{ params: { gaps: 'internal guests' } }] },
    },
    {
      name: 'the phishing-resistant strength by id, without its combinations, counts (BUILT)',
      mutate: (d) => {
        policy(d).grantControls!.authenticationStrength = { id: '00000000-0000-0000-0000-000000000004' };
      },
      expect: { status: 'pass' },
    },
    {
      name: 'a custom strength without combinations, with a partner trusted and uncovered: that gap is certain → fail (STRX)',
      mutate: (d) => {
        trustPartner(d);
        policy(d).grantControls!.authenticationStrength = { id: 'aaaa0000-0000-4000-8000-00000000beef' };
      },
      expect: { status: 'fail', findings: [{ messageId: 'missing' }] },
    },
    {
      name: 'a custom strength without combinations cannot be judged → not assessed',
      mutate: (d) => {
        policy(d).grantControls!.authenticationStrength = { id: 'aaaa0000-0000-4000-8000-00000000beef' };
      },
      expect: { status: 'not-assessed', reason: /method combinations/ },
    },
    {
      name: 'the strength as one alternative (OR with mfa) does not count (BUILT)',
      mutate: (d) => {
        policy(d).grantControls!.operator = 'OR';
        policy(d).grantControls!.builtInControls = ['mfa'];
      },
      expect: { status: 'fail', findings: [{ messageId: 'missing' }] },
    },
    {
      name: 'report-only does not count (POLX)',
      mutate: (d) => {
        policy(d).state = 'enabledForReportingButNotEnforced';
      },
      expect: { status: 'fail', findings: [{ messageId: 'missing' }] },
    },
  ],
  { profile: 'strict' },
);
