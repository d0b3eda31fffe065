import { describe, expect, it } from 'vitest';
import rule from '../../rules/email-otp-direction.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// EMAIL https://learn.microsoft.com/graph/api/resources/emailauthenticationmethodconfiguration —
//       allowExternalIdToUseEmailOtp: default | enabled | disabled | unknownFutureValue; "Tenants in the default state
//       who did not use public preview will automatically have email OTP enabled beginning in October 2021"; `state`
//       is whether the method is enabled for the tenant's own users (the include targets).
// OTP   https://learn.microsoft.com/entra/external-id/one-time-passcode — when the feature is off, invitees are asked to
//       create a Microsoft account instead.
// CIS   CIS Microsoft 365 Foundations Benchmark §5.2.3.7 — audits the Email OTP method's state, not the external switch.

ruleTable(rule, [
  { name: 'disabled matches the baseline expectation (EMAIL)', expect: { status: 'pass' } },
  {
    name: 'enabled against the baseline → low (EMAIL)',
    mutate: (d) => {
      d.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'enabled';
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'enabledExpectedDisabled', resourceId: 'Email', severity: 'low', params: { value: 'enabled' } }],
    },
  },
  {
    name: '"default" counts as enabled (EMAIL: on since October 2021)',
    mutate: (d) => {
      d.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'default';
    },
    expect: { status: 'fail', findings: [{ messageId: 'enabledExpectedDisabled', params: { value: 'default' } }] },
  },
  {
    name: 'expect enabled (AzureADAssessment direction): default passes (EMAIL)',
    mutate: (d) => {
      d.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'default';
    },
    options: { expect: 'enabled' },
    expect: { status: 'pass' },
  },
  {
    name: 'expect enabled: disabled fails — guests are pushed to Microsoft accounts (OTP)',
    options: { expect: 'enabled' },
    expect: { status: 'fail', findings: [{ messageId: 'disabledExpectedEnabled', severity: 'low' }] },
  },
  {
    name: 'expect any: not applicable rather than a silent pass',
    mutate: (d) => {
      d.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'enabled';
    },
    options: { expect: 'any' },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'unknownFutureValue → not assessed (EMAIL)',
    mutate: (d) => {
      d.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'unknownFutureValue';
    },
    expect: { status: 'not-assessed', reason: /does not recognise/ },
  },
  // CIS + EMAIL: `state` is what CIS 5.2.3.7 audits — the tenant's own users — and it does not decide this rule.
  {
    name: 'the method state (what CIS 5.2.3.7 audits) does not decide the external direction (EMAIL, CIS)',
    mutate: (d) => {
      d.emailOtpConfiguration.state = 'enabled';
    },
    expect: { status: 'pass' },
  },
]);

describe('rule email-otp-direction: framework mapping (CIS §5.2.3.7 audits the method state)', () => {
  it('is not mapped to CIS 5.2.3.7, which audits a different property', () => {
    expect(rule.meta.frameworks?.['cis-m365']).toBeUndefined();
    expect(rule.meta.frameworks?.catalog).toEqual(['EI-07']);
  });
});
