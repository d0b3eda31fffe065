import rule from '../../rules/xtap-universal-tenant-restrictions-off.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// CTAS https://learn.microsoft.com/graph/api/resources/networkaccess-crosstenantaccesssettings?view=graph-rest-beta —
//      networkPacketTaggingStatus enabled | disabled: whether a header with the user's tenant id is inserted into the
//      network traffic to enforce tenant restrictions v2 policies.
// UTR  https://learn.microsoft.com/entra/global-secure-access/how-to-universal-tenant-restrictions — tags all
//      traffic whatever the device or browser; data plane protection against replayed tokens.
// TRV2 https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2 — also enforced by a proxy header or
//      Windows device policy.

ruleTable(rule, [
  { name: 'tagging enabled passes (CTAS, UTR)', expect: { status: 'pass' } },
  {
    name: 'tagging disabled → low, naming the other enforcement paths (CTAS, TRV2)',
    mutate: (d) => {
      d.universalTenantRestrictions.networkPacketTaggingStatus = 'disabled';
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'off', resourceId: 'crossTenantAccess', subKey: 'networkPacketTaggingStatus', severity: 'low' }],
    },
  },
  {
    name: 'an undocumented status is not judged (CTAS)',
    mutate: (d) => {
      d.universalTenantRestrictions.networkPacketTaggingStatus = 'unknownFutureValue';
    },
    expect: { status: 'not-assessed' },
  },
  {
    name: 'no status at all is not judged',
    mutate: (d) => {
      d.universalTenantRestrictions = {};
    },
    expect: { status: 'not-assessed' },
  },
]);
