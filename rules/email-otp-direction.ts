import { defineRule } from '../src/engine/rule.js';

type Expectation = 'disabled' | 'enabled' | 'any';

interface Options {
  expect: Expectation;
}

/** allowExternalIdToUseEmailOtp → effective state. Graph: tenants left in `default` have had email OTP on since October 2021. */
const EFFECTIVE: Record<string, 'enabled' | 'disabled'> = { default: 'enabled', enabled: 'enabled', disabled: 'disabled' };

export default defineRule<'emailOtpConfiguration', Options>({
  meta: {
    id: 'email-otp-direction',
    title: 'Email one-time passcode for guests is not in the state this profile expects',
    action: 'Set the email one-time passcode for guests to what your policy expects.',
    severity: 'low',
    category: 'invitations',
    requires: ['emailOtpConfiguration'],
    options: {
      schema: { properties: { expect: { enum: ['disabled', 'enabled', 'any'], default: 'disabled' } } },
      defaults: { expect: 'disabled' },
      docs: {
        expect:
          "The state external users' email one-time passcode should be in. Default disabled — gatehouse's own reading, which errs visibly: a guest who proves nothing but control of a mailbox is the weakest external identity, and a finding on it is low and easy to accept. No benchmark settles this switch: CIS Microsoft 365 5.2.3.7 audits the Email OTP method's state for the tenant's own users, which this rule records but does not judge; AzureADAssessment AR0001 and CIPP's health check expect the switch enabled, so that guests without an Entra, Microsoft or federated account are not pushed into creating unmanaged Microsoft accounts. Set enabled to follow them, or any to record the state without judging it.",
      },
    },
    rationale:
      "Email one-time passcode lets a guest who has no Entra ID, Microsoft or federated account redeem an invitation and sign in with a code mailed to them. Whoever controls the mailbox controls the guest account, and passcode guests cannot be held to an authentication strength. Turning it off removes that mailbox-only path; the price is that such guests are asked to create a personal Microsoft account instead, which you manage even less — the reason other baselines keep it on. gatehouse reports the state against the profile's stated expectation rather than picking a side silently. This rule judges the switch for external users; Microsoft’s default counts as enabled, as Graph documents. The method's own state (for the tenant's members, e.g. password reset — what CIS 5.2.3.7 audits) is recorded as evidence only, so the rule is not mapped to that control.",
    remediation: {
      summary:
        'Set email one-time passcode for external users to the state the profile expects (disabled under baseline), and make sure guests have another sign-in path: Entra ID, a federated identity provider, or Google.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/email',
        body: { '@odata.type': '#microsoft.graph.emailAuthenticationMethodConfiguration', allowExternalIdToUseEmailOtp: 'disabled' },
      },
      portal: 'Entra admin center › External Identities › All identity providers › Email one-time passcode',
    },
    references: [
      {
        title: 'Email one-time passcode authentication for B2B guest users',
        url: 'https://learn.microsoft.com/entra/external-id/one-time-passcode',
      },
      {
        title: 'emailAuthenticationMethodConfiguration resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/emailauthenticationmethodconfiguration',
      },
    ],
    frameworks: { catalog: ['EI-07'] },
    semantics: [
      {
        statement:
          'allowExternalIdToUseEmailOtp decides whether external users can use email one-time passcode; "default" means enabled for tenants since October 2021.',
        source: 'https://learn.microsoft.com/graph/api/resources/emailauthenticationmethodconfiguration',
      },
      {
        statement:
          "The method's state applies to the tenant's own users (e.g. password reset) and is recorded, not judged; it is what CIS 5.2.3.7 audits, so this rule is not mapped to that control.",
        source: 'https://learn.microsoft.com/graph/api/resources/emailauthenticationmethodconfiguration',
        reading: 'mapping to a control that audits another property would claim coverage gatehouse does not give.',
      },
      {
        statement: 'With email OTP off, invitees without another identity provider are asked to create a Microsoft account instead.',
        source: 'https://learn.microsoft.com/entra/external-id/user-properties',
      },
    ],
    messages: {
      enabledExpectedDisabled: 'Email one-time passcode is enabled for external users ({state}); this profile expects it disabled.',
      disabledExpectedEnabled:
        'Email one-time passcode is disabled for external users; this profile expects it enabled so guests without another identity provider are not pushed to personal Microsoft accounts.',
    },
  },
  evaluate({ emailOtpConfiguration }, ctx) {
    if (ctx.options.expect === 'any') {
      ctx.notApplicable('the profile accepts either state of email one-time passcode (expect: any).');
      return;
    }
    const raw = emailOtpConfiguration.allowExternalIdToUseEmailOtp;
    if (typeof raw !== 'string' || raw === '') {
      ctx.notAssessed('the email one-time passcode settings in the snapshot do not say whether external users may use it.');
      return;
    }
    const state = EFFECTIVE[raw.toLowerCase()];
    if (!state) {
      ctx.notAssessed(
        `the email one-time passcode setting for external users has a value gatehouse does not recognise (${JSON.stringify(raw.slice(0, 80))}).`,
      );
      return;
    }
    if (state === ctx.options.expect) return;
    ctx.fail(state === 'enabled' ? 'enabledExpectedDisabled' : 'disabledExpectedEnabled', {
      resource: {
        type: 'emailAuthenticationMethodConfiguration',
        id: 'Email',
        displayName: 'Email one-time passcode',
        path: 'policies/authenticationMethodsPolicy/authenticationMethodConfigurations/email',
      },
      subKey: 'allowExternalIdToUseEmailOtp',
      params: { value: raw, state: raw === 'default' ? 'Microsoft’s default, which is on' : 'turned on explicitly' },
      evidence: {
        allowExternalIdToUseEmailOtp: raw,
        effective: state,
        expected: ctx.options.expect,
        state: emailOtpConfiguration.state ?? null,
      },
    });
  },
});
