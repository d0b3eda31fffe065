import rule from '../../rules/ca-guest-device-grant-without-device-trust.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

const NORTHWIND = '22223333-4444-4555-8666-777788889999';
const POLICY = 'ca000000-0000-4000-8000-000000000001';
const guestPolicy = (d: MutableData) => d.conditionalAccessPolicies[0]!;
const grant = (d: MutableData, operator: 'AND' | 'OR', builtInControls: string[]) => { guestPolicy(d).grantControls = { operator, builtInControls, authenticationStrength: null }; };
const trust = (compliant: boolean | null, hybrid: boolean | null) => ({ isMfaAccepted: null, isCompliantDeviceAccepted: compliant, isHybridAzureADJoinedDeviceAccepted: hybrid });

ruleTable(rule, [
  { name: 'no device-gated policy passes', expect: { status: 'pass' } },
  {
    name: 'compliant device required for all guests, nothing trusted → lock-out for the default and the partner',
    mutate: (d) => grant(d, 'AND', ['compliantDevice']),
    expect: {
      status: 'fail',
      findings: [
        { messageId: 'lockout', resourceId: POLICY, resourceType: 'conditionalAccessPolicy', subKey: 'default', severity: 'medium', params: { claims: 'compliant-device' } },
        { messageId: 'lockout', resourceId: POLICY, subKey: NORTHWIND, params: { tenant: 'Northwind Traders' } },
      ],
    },
  },
  {
    name: 'partner trusts compliant devices → only the default-governed tenants are locked out',
    mutate: (d) => { grant(d, 'AND', ['compliantDevice']); d.crossTenantAccessPartners[0]!.inboundTrust = trust(true, null); },
    expect: { status: 'fail', findings: [{ subKey: 'default' }] },
  },
  {
    name: 'default trusts compliant devices and the partner inherits it (null inboundTrust)',
    mutate: (d) => {
      grant(d, 'AND', ['compliantDevice']);
      d.crossTenantAccessDefault.inboundTrust = { isMfaAccepted: false, isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: false };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'partner overrides a trusting default with false → partner locked out',
    mutate: (d) => {
      grant(d, 'AND', ['compliantDevice']);
      d.crossTenantAccessDefault.inboundTrust = { isMfaAccepted: false, isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: false };
      d.crossTenantAccessPartners[0]!.inboundTrust = trust(false, null);
    },
    expect: { status: 'fail', findings: [{ subKey: NORTHWIND }] },
  },
  { name: 'MFA OR compliant device: guests can use MFA', mutate: (d) => grant(d, 'OR', ['mfa', 'compliantDevice']), expect: { status: 'pass' } },
  {
    name: 'compliant OR hybrid-joined with hybrid trusted by default: one device path works',
    mutate: (d) => {
      grant(d, 'OR', ['compliantDevice', 'domainJoinedDevice']);
      d.crossTenantAccessDefault.inboundTrust = { isMfaAccepted: false, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: true };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'compliant AND hybrid-joined with only hybrid trusted: compliant claim missing',
    mutate: (d) => {
      grant(d, 'AND', ['compliantDevice', 'domainJoinedDevice']);
      d.crossTenantAccessDefault.inboundTrust = { isMfaAccepted: false, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: true };
    },
    expect: { status: 'fail', findings: [{ subKey: 'default', params: { claims: 'compliant-device', controls: 'compliantDevice and domainJoinedDevice' } }, { subKey: NORTHWIND }] },
  },
  {
    name: 'compliant device OR app protection: no alternative a guest can meet',
    mutate: (d) => grant(d, 'OR', ['compliantDevice', 'compliantApplication']),
    expect: { status: 'fail', findingCount: 2 },
  },
  { name: 'report-only device policy locks nobody out', mutate: (d) => { grant(d, 'AND', ['compliantDevice']); guestPolicy(d).state = 'enabledForReportingButNotEnforced'; }, expect: { status: 'pass' } },
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
        '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants', membershipKind: 'enumerated', members: [NORTHWIND],
      };
    },
    expect: { status: 'fail', findings: [{ subKey: NORTHWIND, params: { claims: 'hybrid-joined-device' } }] },
  },
  {
    name: 'internal guests only: no cross-tenant device claim involved',
    mutate: (d) => { grant(d, 'AND', ['compliantDevice']); guestPolicy(d).conditions!.users!.includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'internalGuest'; },
    expect: { status: 'pass' },
  },
  { name: 'block with a device control is a block, not a device grant', mutate: (d) => grant(d, 'OR', ['block', 'compliantDevice']), expect: { status: 'pass' } },
]);
