import rule from '../../rules/self-service-signup-enabled.js';
import type { IdentityApiConnector } from '../../src/snapshot/snapshot.types.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// FLOWS https://learn.microsoft.com/graph/api/resources/authenticationflowspolicy — selfServiceSignUp.isEnabled.
// CONN  https://learn.microsoft.com/entra/external-id/api-connectors-overview — connectors "after federating with an
//       identity provider during sign-up" and "before creating the user" can approve or block a sign-up.
// SSSU  https://learn.microsoft.com/entra/external-id/self-service-sign-up-overview

const connector: IdentityApiConnector = {
  id: 'c0a1b2c3-0000-4000-8000-00000000a001',
  displayName: 'Sign-up validation',
  targetUrl: 'https://signup-check.fabrikam.example/api/validate',
};

function enable(d: MutableData, flows: MutableData['b2xUserFlows']): void {
  d.authenticationFlowsPolicy.selfServiceSignUp = { isEnabled: true };
  d.b2xUserFlows = flows;
}

ruleTable(rule, [
  { name: 'self-service sign-up off passes', expect: { status: 'pass' } },
  {
    name: 'switch off: flows are irrelevant (they cannot be used) (FLOWS)',
    mutate: (d) => {
      d.b2xUserFlows = [
        {
          id: 'B2X_1_partners',
          userFlowType: 'signUpOrSignIn',
          apiConnectorConfiguration: { postFederationSignup: null, postAttributeCollection: null },
        },
      ];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'sign-up flow without a validating connector → medium per flow (CONN, SSSU)',
    mutate: (d) =>
      enable(d, [
        {
          id: 'B2X_1_partners',
          userFlowType: 'signUpOrSignIn',
          apiConnectorConfiguration: { postFederationSignup: null, postAttributeCollection: null },
        },
        {
          id: 'B2X_1_suppliers',
          userFlowType: 'signUp',
          apiConnectorConfiguration: { postFederationSignup: null, postAttributeCollection: null },
        },
      ]),
    expect: {
      status: 'fail',
      findings: [
        { messageId: 'unvalidated', resourceId: 'B2X_1_partners', resourceType: 'b2xIdentityUserFlow', severity: 'medium' },
        { messageId: 'unvalidated', resourceId: 'B2X_1_suppliers', severity: 'medium' },
      ],
    },
  },
  {
    name: 'a connector after attribute collection validates the flow (CONN)',
    mutate: (d) =>
      enable(d, [
        {
          id: 'B2X_1_partners',
          userFlowType: 'signUpOrSignIn',
          apiConnectorConfiguration: { postFederationSignup: null, postAttributeCollection: connector },
        },
      ]),
    expect: { status: 'pass' },
  },
  {
    name: 'a connector after federating validates the flow (CONN)',
    mutate: (d) =>
      enable(d, [
        {
          id: 'B2X_1_partners',
          userFlowType: 'signUpOrSignIn',
          apiConnectorConfiguration: { postFederationSignup: connector, postAttributeCollection: null },
        },
      ]),
    expect: { status: 'pass' },
  },
  {
    name: 'switch on with no flows → info "enabled, no flows" on the policy (FLOWS)',
    mutate: (d) => enable(d, []),
    expect: { status: 'fail', findings: [{ messageId: 'enabledNoFlows', resourceId: 'authenticationFlowsPolicy', severity: 'info' }] },
  },
  {
    name: 'switch on with only non-sign-up flows → info',
    mutate: (d) => enable(d, [{ id: 'B2X_1_reset', userFlowType: 'passwordReset' }]),
    expect: { status: 'fail', findings: [{ messageId: 'enabledNoFlows', severity: 'info' }] },
  },
  {
    name: 'connectors not expanded (needs IdentityUserFlow.ReadWrite.All) → not assessed, not pass',
    mutate: (d) => enable(d, [{ id: 'B2X_1_partners', userFlowType: 'signUpOrSignIn' }]),
    expect: { status: 'not-assessed', reason: /IdentityUserFlow\.ReadWrite\.All/ },
  },
  {
    name: 'unknown user flow type → not assessed',
    mutate: (d) =>
      enable(d, [
        {
          id: 'B2X_1_x',
          userFlowType: 'unknownFutureValue',
          apiConnectorConfiguration: { postFederationSignup: null, postAttributeCollection: null },
        },
      ]),
    expect: { status: 'not-assessed', reason: /does not recognise/ },
  },
  {
    name: 'a 403 on user flows with the switch on → not assessed naming the section, not fail',
    mutate: (d, s) => {
      d.authenticationFlowsPolicy.selfServiceSignUp = { isEnabled: true };
      s.sections.b2xUserFlows = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
      delete (d as Partial<MutableData>).b2xUserFlows;
    },
    expect: { status: 'not-assessed', reason: /IdentityUserFlow\.Read\.All/ },
  },
  {
    name: 'one unvalidated flow still fails when another cannot be judged (partly assessed)',
    mutate: (d) =>
      enable(d, [
        { id: 'B2X_1_a', userFlowType: 'signUp', apiConnectorConfiguration: { postFederationSignup: null, postAttributeCollection: null } },
        { id: 'B2X_1_b', userFlowType: 'signUp' },
      ]),
    expect: { status: 'fail', reason: /Partly assessed/, findings: [{ resourceId: 'B2X_1_a' }] },
  },
  {
    name: 'switch value missing → not assessed',
    mutate: (d) => {
      d.authenticationFlowsPolicy.selfServiceSignUp = null;
    },
    expect: { status: 'not-assessed' },
  },
]);
