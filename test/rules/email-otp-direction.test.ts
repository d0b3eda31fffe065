import rule from '../../rules/email-otp-direction.js';
import { ruleTable } from '../support/rule-table.js';

ruleTable(rule, [
  { name: 'disabled matches the baseline expectation (CIS 5.2.3.7)', expect: { status: 'pass' } },
  {
    name: 'enabled against the baseline → low',
    mutate: (d) => { d.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'enabled'; },
    expect: { status: 'fail', findings: [{ messageId: 'enabledExpectedDisabled', resourceId: 'Email', severity: 'low', params: { value: 'enabled' } }] },
  },
  {
    name: '"default" counts as enabled (Graph: on since October 2021)',
    mutate: (d) => { d.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'default'; },
    expect: { status: 'fail', findings: [{ messageId: 'enabledExpectedDisabled', params: { value: 'default' } }] },
  },
  {
    name: 'expect enabled (AzureADAssessment direction): default passes',
    mutate: (d) => { d.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'default'; },
    options: { expect: 'enabled' },
    expect: { status: 'pass' },
  },
  {
    name: 'expect enabled: disabled fails',
    options: { expect: 'enabled' },
    expect: { status: 'fail', findings: [{ messageId: 'disabledExpectedEnabled', severity: 'low' }] },
  },
  {
    name: 'expect any: not applicable rather than a silent pass',
    mutate: (d) => { d.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'enabled'; },
    options: { expect: 'any' },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'unknownFutureValue → not assessed',
    mutate: (d) => { d.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'unknownFutureValue'; },
    expect: { status: 'not-assessed', reason: /does not recognise/ },
  },
  {
    name: 'the members-only state does not decide the external direction',
    mutate: (d) => { d.emailOtpConfiguration.state = 'enabled'; },
    expect: { status: 'pass' },
  },
]);
