import rule from '../../rules/entitlement-external-no-expiry.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// EXPIRY https://learn.microsoft.com/graph/api/resources/expirationpattern — type notSpecified, noExpiration,
//        afterDateTime, afterDuration.
// EMPOL  https://learn.microsoft.com/graph/api/resources/accesspackageassignmentpolicy — expiration; reviewSettings
//        (access reviews of assignments).

const POLICY = 'a0000000-0000-4000-8000-000000000001';
const policy = (d: MutableData) => d.entitlementAssignmentPolicies[0]!;

ruleTable(rule, [
  { name: 'external policy expiring after 180 days passes (EXPIRY)', expect: { status: 'pass' } },
  {
    name: 'noExpiration and no review → finding on the policy (EXPIRY)',
    mutate: (d) => {
      policy(d).expiration = { type: 'noExpiration', endDateTime: null, duration: null };
      policy(d).reviewSettings = { isEnabled: false };
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'noExpiry',
          resourceId: POLICY,
          resourceType: 'accessPackageAssignmentPolicy',
          severity: 'medium',
          params: { scope: 'specificConnectedOrganizationUsers', expiration: 'noExpiration' },
        },
      ],
    },
  },
  {
    name: 'noExpiration but recurring reviews of assignments passes (EMPOL)',
    mutate: (d) => {
      policy(d).expiration = { type: 'noExpiration', endDateTime: null, duration: null };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'missing expiration object is notSpecified (EXPIRY)',
    mutate: (d) => {
      delete policy(d).expiration;
      policy(d).reviewSettings = null;
    },
    expect: { status: 'fail', findings: [{ params: { expiration: 'notSpecified' } }] },
  },
  {
    name: 'fixed end date passes (EXPIRY)',
    mutate: (d) => {
      policy(d).expiration = { type: 'afterDateTime', endDateTime: '2027-01-01T00:00:00Z', duration: null };
      policy(d).reviewSettings = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'internal-only policy without expiry is not this rule',
    mutate: (d) => {
      policy(d).allowedTargetScope = 'allMemberUsers';
      policy(d).expiration = { type: 'noExpiration' };
      policy(d).reviewSettings = null;
    },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'allExternalUsers policy without expiry',
    mutate: (d) => {
      policy(d).allowedTargetScope = 'allExternalUsers';
      policy(d).expiration = { type: 'notSpecified' };
      policy(d).reviewSettings = null;
    },
    expect: { status: 'fail', findings: [{ params: { scope: 'allExternalUsers' } }] },
  },
  {
    name: 'unknown expiration type is not assumed to expire (EXPIRY)',
    mutate: (d) => {
      policy(d).expiration = { type: 'afterSomething' };
    },
    expect: { status: 'not-assessed', reason: /afterSomething/ },
  },
  {
    name: 'unknown target scope is not assumed internal',
    mutate: (d) => {
      policy(d).allowedTargetScope = 'unknownFutureValue';
    },
    expect: { status: 'not-assessed', reason: /unknownFutureValue/ },
  },
  {
    name: 'no assignment policies → not applicable',
    mutate: (d) => {
      d.entitlementAssignmentPolicies = [];
    },
    expect: { status: 'not-applicable' },
  },
]);
