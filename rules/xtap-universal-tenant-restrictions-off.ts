import { defineRule } from '../src/engine/rule.js';

/**
 * Global Secure Access's universal tenant restrictions: `networkPacketTaggingStatus` of
 * `networkAccess/settings/crossTenantAccess` (Graph beta). Enabled, Global Secure Access tags the authentication
 * traffic of its clients and remote networks with the tenant restrictions v2 policy, on any device, browser or
 * operating system. Disabled is reported low: tenant restrictions v2 may still be enforced by a proxy that adds the
 * header or by Windows device policy, neither of which Graph shows. Whether the policy itself blocks anything is
 * xtap-tenant-restrictions-missing's question.
 */
export default defineRule<'universalTenantRestrictions'>({
  meta: {
    id: 'xtap-universal-tenant-restrictions-off',
    title: 'Universal tenant restrictions (Global Secure Access) are not enforcing tenant restrictions v2',
    action: 'Turn on tenant restrictions enforcement in Global Secure Access.',
    severity: 'low',
    category: 'cross-tenant-access',
    requires: ['universalTenantRestrictions'],
    optional: ['crossTenantAccessDefault'],
    rationale:
      "A tenant restrictions v2 policy does nothing until something stamps it on your users' sign-in traffic. Universal tenant restrictions let Global Secure Access do that for every device and network it carries, and also protect the data plane: a token obtained elsewhere and replayed on a managed device is refused. With it off, the policy relies on a proxy or on Windows device settings reaching every path out — which a personal browser profile or an unmanaged network quietly bypasses.",
    remediation: {
      summary:
        'Turn on universal tenant restrictions in Global Secure Access (Settings › Session management › Universal tenant restrictions), with a tenant restrictions v2 default that blocks unknown tenants.',
      graph: { method: 'PATCH', url: '/beta/networkAccess/settings/crossTenantAccess', body: { networkPacketTaggingStatus: 'enabled' } },
      portal: 'Entra admin center › Global Secure Access › Settings › Session management › Universal tenant restrictions',
    },
    references: [
      {
        title: 'Universal tenant restrictions',
        url: 'https://learn.microsoft.com/entra/global-secure-access/how-to-universal-tenant-restrictions',
      },
      {
        title: 'crossTenantAccessSettings resource type (Global Secure Access, beta)',
        url: 'https://learn.microsoft.com/graph/api/resources/networkaccess-crosstenantaccesssettings?view=graph-rest-beta',
      },
      { title: 'Set up tenant restrictions v2', url: 'https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2' },
    ],
    frameworks: { catalog: ['XT-06'], 'zero-trust': ['25377'] },
    semantics: [
      {
        statement:
          "networkPacketTaggingStatus (enabled, disabled) says whether Global Secure Access inserts a header with the user's tenant into network traffic to enforce tenant restrictions v2 policies.",
        source: 'https://learn.microsoft.com/graph/api/resources/networkaccess-crosstenantaccesssettings?view=graph-rest-beta',
      },
      {
        statement:
          'Universal tenant restrictions tag traffic whatever the operating system, browser or device form factor, for the Global Secure Access client and remote networks, and also block replayed tokens (data plane).',
        source: 'https://learn.microsoft.com/entra/global-secure-access/how-to-universal-tenant-restrictions',
      },
      {
        statement:
          'Tenant restrictions v2 can also be enforced by a corporate proxy that inserts the policy header, or by Windows device policy; Graph exposes neither.',
        source: 'https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2',
        reading: 'the finding is low and names the other paths, so a tenant enforcing by proxy is not blamed for a missing control.',
      },
      {
        statement:
          'The API is Graph beta, offered in the global and US Government clouds, not in China (21Vianet); a tenant without Global Secure Access cannot answer it and the rule is not assessed.',
        source: 'https://learn.microsoft.com/graph/api/networkaccess-crosstenantaccesssettings-get?view=graph-rest-beta',
      },
    ],
    messages: {
      off: 'Universal tenant restrictions are off (traffic tagging is {status}): Global Secure Access does not tag sign-in traffic with your tenant restrictions v2 policy; enforcement rests on a proxy or device policy, which Graph cannot show.',
    },
  },
  evaluate({ universalTenantRestrictions }, ctx) {
    const raw = universalTenantRestrictions.networkPacketTaggingStatus;
    /** @graph microsoft.graph.networkaccess.crossTenantAccessSettings.networkPacketTaggingStatus */
    const status = typeof raw === 'string' ? raw.toLowerCase() : '';
    if (status === 'enabled') return;
    if (status !== 'disabled') {
      ctx.notAssessed(
        `The traffic tagging setting of Global Secure Access holds ${JSON.stringify(String(raw ?? 'absent').slice(0, 80))}, a value gatehouse does not recognise.`,
      );
      return;
    }
    ctx.fail('off', {
      resource: {
        type: 'networkAccessCrossTenantAccessSettings',
        id: 'crossTenantAccess',
        displayName: 'Global Secure Access cross-tenant access settings',
        path: 'networkAccess/settings/crossTenantAccess',
      },
      subKey: 'networkPacketTaggingStatus',
      params: { status: String(raw) },
      evidence: {
        networkPacketTaggingStatus: raw ?? null,
        tenantRestrictionsV2Default: ctx.section('crossTenantAccessDefault')?.tenantRestrictions ?? null,
      },
    });
  },
});
