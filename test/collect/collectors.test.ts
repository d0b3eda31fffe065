import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../src/collect/collect.js';
import { CollectionError } from '../../src/errors.js';
import type { CollectEvent } from '../../src/collect/types.js';
import type { FaultSpec } from '../../src/simulator/faults.js';
import {
  ArraySource,
  addResource,
  modelFromSnapshot,
  normalisePath,
  type CollectionResource,
  type TenantModel,
} from '../../src/simulator/model.js';
import type { SimulatorOptions } from '../../src/simulator/server.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { baseSnapshot } from '../support/fixtures.js';
import { VirtualClock, clientFor, startSim } from '../simulator/harness.js';
import { runRule } from '../support/rule-table.js';
import guestAppOwner from '../../rules/guest-app-owner.js';

const BASE_TENANT = '0f0e0d0c-1b1a-4c3d-8e9f-a0b1c2d3e4f5';

async function collect(
  model: TenantModel,
  opts: {
    faults?: FaultSpec[];
    sim?: Partial<SimulatorOptions>;
    includeApiConnectors?: boolean;
    cloud?: 'custom' | 'usgov' | 'china';
    hints?: string[];
    clock?: VirtualClock;
  } = {},
) {
  const clock = opts.clock;
  const sim = await startSim({ model, ...(opts.faults ? { faults: opts.faults } : {}), ...opts.sim, ...(clock ? { now: clock.now } : {}) });
  const events: CollectEvent[] = [];
  const collected = await collectSnapshot({
    graph: clientFor(sim, clock ? { tuning: { now: clock.now, sleep: clock.sleep } } : {}),
    cloud: opts.cloud ?? 'custom',
    includeApiConnectors: opts.includeApiConnectors ?? true,
    ...(opts.hints ? { tenantIdHints: opts.hints } : {}),
    onProgress: (e) => events.push(e),
  });
  return {
    ...collected,
    sim,
    events,
    status: (s: string) =>
      (
        collected.snapshot.sections as Record<
          string,
          {
            status: string;
            message?: string;
            httpStatus?: number;
            errorCode?: string;
            requiredPermissions?: string[];
            requiredLicence?: string;
          }
        >
      )[s]!,
    data: collected.snapshot.data as Record<string, any>,
  };
}

function base(mutate?: (s: Snapshot) => void): TenantModel {
  const s = baseSnapshot();
  mutate?.(s);
  return modelFromSnapshot(s);
}

function manyGuests(n: number, members = 0) {
  return Array.from({ length: n + members }, (_, i) => ({
    id: `7a1c0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    displayName: `Guest ${i}`,
    userPrincipalName: `g${i}_x.example#EXT#@fabrikam.onmicrosoft.com`,
    userType: i < n ? 'Guest' : 'Member',
    externalUserState: i % 7 === 0 ? 'PendingAcceptance' : 'Accepted',
    accountEnabled: true,
    createdDateTime: '2025-01-01T00:00:00Z',
    signInActivity: { lastSuccessfulSignInDateTime: '2026-11-01T00:00:00Z' },
    sponsors: [{ '@odata.type': '#microsoft.graph.user', id: '5b0d0000-0000-4000-8000-000000000001' }],
  }));
}

function usersResource(model: TenantModel): CollectionResource {
  return model.resources.get(normalisePath('/users')) as CollectionResource;
}

describe('guests', () => {
  it('one filtered query, paged across many pages, with sign-in activity and sponsors riding along; B2B members added', async () => {
    const model = base();
    const internal = { id: 'internal-1', displayName: 'Employee', userType: 'Member', externalUserState: null };
    addResource(model, '/users', { ...usersResource(model), items: new ArraySource([...manyGuests(2_100, 3), internal]) });
    const r = await collect(model);
    expect(r.status('guests')).toMatchObject({ status: 'ok', itemCount: 2_103 });
    expect(r.status('guestSignInActivity').status).toBe('ok');
    expect(r.status('guestSponsors').status).toBe('ok');
    expect(r.data.guests.every((g: any) => g.signInActivity && g.sponsors?.length === 1)).toBe(true);
    expect(r.data.guests.filter((g: any) => g.userType === 'Member')).toHaveLength(3);
    // One $count of the guests sizes the automatic split (2,100 guests: not split).
    expect(r.sim.log.filter((e) => e.url.startsWith('/v1.0/users/$count'))).toHaveLength(1);
    const userRequests = r.sim.log.filter((e) => e.url.startsWith('/v1.0/users?'));
    // $top=500 asks for 500, but Graph fills a page read with $expand with at most 100: 2,100 guests are 21 pages
    // (and an empty 22nd: the unindexed filter cannot tell the last match is the last), plus one page for each
    // external-member query. Never one call per guest.
    expect(userRequests).toHaveLength(24);
    expect(
      userRequests.every((e) => decodeURIComponent(e.url).includes('$top=500') && decodeURIComponent(e.url).includes('signInActivity')),
    ).toBe(true);
    const soFar = r.events.filter((e) => e.type === 'page' && e.section === 'guests').map((e) => (e as { itemsSoFar: number }).itemsSoFar);
    expect(soFar.slice(0, 21)).toEqual(Array.from({ length: 21 }, (_, i) => (i + 1) * 100));
    expect(soFar.at(-1)).toBe(2_100);
  });

  it('without a P1 licence: guests without signInActivity, sign-in evidence not-licensed', async () => {
    const r = await collect(base(), { faults: [{ path: '/users', selectIncludes: 'signInActivity', kind: 'licence' }] });
    expect(r.status('guests').status).toBe('ok');
    expect(r.status('guestSignInActivity')).toMatchObject({
      status: 'not-licensed',
      httpStatus: 403,
      errorCode: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      requiredLicence: 'Microsoft Entra ID P1 or P2',
    });
    expect(r.status('guestSponsors').status).toBe('ok');
    expect(r.data.guests.some((g: any) => 'signInActivity' in g)).toBe(false);
    expect(r.data.guests.every((g: any) => Array.isArray(g.sponsors))).toBe(true);
    expect(r.events.some((e) => e.type === 'warning' && /sign-in activity not collected/.test(e.message))).toBe(true);
  });

  it('without AuditLog.Read.All: sign-in evidence forbidden, naming the permission', async () => {
    const r = await collect(base(), { faults: [{ path: '/users', selectIncludes: 'signInActivity', kind: 'forbidden' }] });
    expect(r.status('guests').status).toBe('ok');
    expect(r.status('guestSignInActivity')).toMatchObject({ status: 'forbidden', requiredPermissions: ['AuditLog.Read.All'] });
  });

  it('when Graph refuses $top=500 with signInActivity (the limit has moved before), retries with a smaller page', async () => {
    const model = base();
    addResource(model, '/users', { ...usersResource(model), items: new ArraySource(manyGuests(250)) });
    const r = await collect(model, { sim: { maxSignInActivityPageSize: 120 } });
    expect(r.status('guests')).toMatchObject({ status: 'ok', itemCount: 250 });
    expect(r.status('guestSignInActivity').status).toBe('ok');
    expect(r.sim.log.filter((e) => e.status === 400 && e.url.startsWith('/v1.0/users')).length).toBeGreaterThan(0);
  });

  it('when $expand=sponsors cannot be combined with signInActivity, sponsors come from $batch (20 per request)', async () => {
    const model = base();
    addResource(model, '/users', { ...usersResource(model), items: new ArraySource(manyGuests(45)) });
    const r = await collect(model, { sim: { rejectSponsorsExpandWithSignInActivity: true } });
    expect(r.status('guestSponsors')).toMatchObject({ status: 'ok' });
    expect(r.status('guestSponsors').message).toMatch(/\$batch/);
    expect(r.status('guestSignInActivity').status).toBe('ok');
    expect(r.data.guests.every((g: any) => g.sponsors?.[0]?.id === '5b0d0000-0000-4000-8000-000000000001')).toBe(true);
    const batches = r.sim.log.filter((e) => e.method === 'POST' && e.batch?.every((b) => /\/sponsors/.test(b.url)));
    expect(batches.map((b) => b.batch!.length).sort((a, b) => b - a)).toEqual([20, 20, 5]);
  });

  it('sponsors refused everywhere: guests and sign-in ok, sponsors forbidden, no guest carries a partial sponsors list', async () => {
    const r = await collect(base(), {
      faults: [
        { path: '/users', expandIncludes: 'sponsors', kind: 'forbidden' },
        { path: '/users/*/sponsors', kind: 'forbidden' },
      ],
    });
    expect(r.status('guests').status).toBe('ok');
    expect(r.status('guestSignInActivity').status).toBe('ok');
    expect(r.status('guestSponsors').status).toBe('forbidden');
    expect(r.data.guests.some((g: any) => 'sponsors' in g)).toBe(false);
  });

  it('a collection that fails halfway still yields a valid snapshot, the failed section marked', async () => {
    const model = base();
    addResource(model, '/users', { ...usersResource(model), items: new ArraySource(manyGuests(1_200)) });
    const r = await collect(model, { faults: [{ path: '/users', queryIncludes: '$skiptoken', kind: 'unavailable' }] });
    expect(r.status('guests')).toMatchObject({ status: 'error', httpStatus: 503 });
    expect(r.status('guestSignInActivity').status).toBe('error');
    expect(r.status('guestSponsors').status).toBe('error');
    expect(r.data.guests).toBeUndefined();
    expect(r.summary.ok.length).toBeGreaterThan(20);
  });
});

describe('federation', () => {
  it('domains via $expand; each domain looked up: tenant, no tenant (404), error', async () => {
    const model = base((s) => {
      s.data.federationConfigurations![0]!.domains = [
        { id: 'northwind-partner.example' },
        { id: 'has-tenant.example' },
        { id: "o'brien.example" },
      ];
    });
    model.tenantsByDomain.set('has-tenant.example', {
      tenantId: '33333333-4444-4555-8666-777788889999',
      displayName: 'Has Tenant',
      defaultDomainName: 'hastenant.onmicrosoft.com',
      federationBrandName: null,
    });
    const r = await collect(model, {
      faults: [{ path: "/tenantRelationships/findTenantInformationByDomainName(domainName='o''brien.example')", kind: 'server-error' }],
    });
    expect(r.status('federationDomainLookups').status).toBe('ok');
    expect(r.data.federationDomainLookups).toEqual([
      { domainName: 'northwind-partner.example', outcome: 'no-tenant', httpStatus: 404 },
      {
        domainName: 'has-tenant.example',
        outcome: 'tenant',
        httpStatus: 200,
        tenantInformation: {
          tenantId: '33333333-4444-4555-8666-777788889999',
          displayName: 'Has Tenant',
          defaultDomainName: 'hastenant.onmicrosoft.com',
          federationBrandName: null,
        },
      },
      { domainName: "o'brien.example", outcome: 'error', httpStatus: 500, errorCode: 'generalException' },
    ]);
  });

  it('domains inline (no $expand support) and domains only from /{id}/domains', async () => {
    const inline = await collect(modelFromSnapshot(baseSnapshot(), { federationDomainsInline: true }));
    expect(inline.data.federationConfigurations[0].domains).toEqual([{ id: 'northwind-partner.example' }]);
    expect(inline.sim.log.some((e) => e.status === 400 && e.url.includes('$expand=domains'))).toBe(true);

    const subList = await collect(base(), {
      faults: [{ path: '/directory/federationConfigurations/*', expandIncludes: 'domains', kind: 'bad-request' }],
    });
    expect(subList.data.federationConfigurations[0].domains).toEqual([{ id: 'northwind-partner.example' }]);
    expect(subList.sim.log.some((e) => /\/microsoft\.graph\.samlOrWsFedExternalDomainFederation\/[^/]+\/domains/.test(e.url))).toBe(true);
  });

  it('a look-up permission refusal marks the look-up section, not the configurations', async () => {
    const r = await collect(base(), { faults: [{ path: '/tenantRelationships/**', kind: 'forbidden' }] });
    expect(r.status('federationConfigurations').status).toBe('ok');
    expect(r.status('federationDomainLookups')).toMatchObject({
      status: 'forbidden',
      requiredPermissions: ['CrossTenantInformation.ReadBasic.All'],
    });
    // Partner names share the permission, but they are a courtesy: partners stay ok, with a note.
    expect(r.status('crossTenantAccessPartners').status).toBe('ok');
    expect(r.status('crossTenantAccessPartners').message).toMatch(/CrossTenantInformation\.ReadBasic\.All/);
    expect(r.data.crossTenantAccessPartners[0].displayName).toBeUndefined();
  });
});

describe('other collectors', () => {
  it('partners keyed by tenantId, names from findTenantInformationByTenantId in $batch', async () => {
    const r = await collect(base());
    expect(r.data.crossTenantAccessPartners[0]).toMatchObject({
      tenantId: '22223333-4444-4555-8666-777788889999',
      displayName: 'Northwind Traders',
      defaultDomainName: 'northwind.example',
    });
    expect(r.sim.log.some((e) => e.viaBatch !== undefined && e.url.includes('findTenantInformationByTenantId'))).toBe(true);
  });

  it('the invitation domain list (beta) keeps definition strings raw, single quotes and all', async () => {
    const raw = "{'B2BManagementPolicy':{'InvitationsAllowedAndBlockedDomainsPolicy':{'BlockedDomains':['live.com']}}}";
    const r = await collect(base((s) => void (s.data.b2bManagementPolicies![0]!.definition = [raw])));
    expect(r.data.b2bManagementPolicies[0].definition).toEqual([raw]);
    expect(r.status('b2bManagementPolicies')).toMatchObject({ status: 'ok', apiVersion: 'beta' });
    expect(r.sim.log.some((e) => e.url.startsWith('/beta/policies/b2bManagementPolicies'))).toBe(true);
  });

  it('application and service-principal owners come with the list ($expand), never one call per app', async () => {
    const model = base();
    const apps = Array.from({ length: 30 }, (_, i) => ({
      id: `app-${i}`,
      appId: `a-${i}`,
      displayName: `App ${i}`,
      owners: [{ '@odata.type': '#microsoft.graph.user', id: `o-${i}`, userType: i % 2 ? 'Guest' : 'Member' }],
    }));
    addResource(model, '/servicePrincipals', { kind: 'collection', items: new ArraySource(apps), navigations: ['owners'] });
    const r = await collect(model);
    expect(r.data.appOwnership).toHaveLength(31);
    expect(r.data.appOwnership.filter((o: any) => o.objectType === 'servicePrincipal')).toHaveLength(30);
    expect(r.sim.log.filter((e) => /^\/v1\.0\/(applications|servicePrincipals)/.test(e.url))).toHaveLength(2);
  });

  it('an app that came back with 20 expanded owners (Graph stops there) has its owners read in full: the 22nd owner, a guest, is found', async () => {
    const model = base();
    const owners = Array.from({ length: 25 }, (_, i) => ({
      '@odata.type': '#microsoft.graph.user',
      id: `0a0e0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      userType: i === 21 ? 'Guest' : 'Member',
      displayName: `Owner ${i}`,
    }));
    addResource(model, '/applications', {
      kind: 'collection',
      items: new ArraySource([
        { id: 'app-many', appId: 'a-many', displayName: 'Many owners', owners },
        { id: 'app-few', appId: 'a-few', displayName: 'Few', owners: owners.slice(0, 3) },
      ]),
      navigations: ['owners'],
    });
    const r = await collect(model);
    const many = r.data.appOwnership.find((o: any) => o.id === 'app-many');
    expect(many.owners).toHaveLength(25);
    expect(many.owners[21]).toMatchObject({ id: owners[21]!.id, userType: 'Guest' });
    expect(r.data.appOwnership.find((o: any) => o.id === 'app-few').owners).toHaveLength(3);
    // The expanded list really stopped at 20; only the capped app's relationship was read, with the same $select.
    const ownerReads = r.sim.log.filter((e) => /^\/v1\.0\/(applications|servicePrincipals)\/.*\/owners/.test(e.url.split('?')[0]!));
    expect(ownerReads.map((e) => decodeURIComponent(e.url))).toEqual([
      '/v1.0/applications/app-many/owners?$select=id,userType,displayName',
    ]);
    const { findings } = runRule(guestAppOwner, r.snapshot);
    expect(findings.map((f) => [f.resource.id, f.params?.owner ?? null])).toContainEqual(['app-many', expect.anything()]);
  });

  it('role eligibilities fall back to roleEligibilitySchedules', async () => {
    const r = await collect(base(), {
      faults: [{ path: '/roleManagement/directory/roleEligibilityScheduleInstances', kind: 'bad-request' }],
    });
    expect(r.status('directoryRoleEligibilities').status).toBe('ok');
    expect(r.sim.log.some((e) => e.url.includes('roleEligibilitySchedules'))).toBe(true);
  });

  it("role definitions come from beta with Microsoft's isPrivileged (v1.0 has none), never a silent fallback", async () => {
    const r = await collect(base());
    expect(r.status('directoryRoleDefinitions')).toMatchObject({ status: 'ok', apiVersion: 'beta', itemCount: 2 });
    expect(r.status('directoryRoleDefinitions')).not.toHaveProperty('fallback');
    expect(r.sim.log.filter((e) => e.url.includes('roleDefinitions')).map((e) => decodeURIComponent(e.url))).toEqual([
      '/beta/roleManagement/directory/roleDefinitions?$select=id,displayName,templateId,isBuiltIn,isPrivileged',
    ]);
    expect(r.data.directoryRoleDefinitions.every((d: any) => typeof d.isPrivileged === 'boolean')).toBe(true);
  });

  it('when beta cannot answer, role definitions come from v1.0 and the section says so in its fallback', async () => {
    const r = await collect(base(), {
      faults: [{ path: '/roleManagement/directory/roleDefinitions', version: 'beta', kind: 'segment-not-found' }],
    });
    const status = r.status('directoryRoleDefinitions') as { status: string; apiVersion?: string; fallback?: string };
    expect(status).toMatchObject({ status: 'ok', apiVersion: 'v1.0' });
    expect(status.fallback).toMatch(/isPrivileged not read: GET \/beta\/roleManagement\/directory\/roleDefinitions answered 400/);
    expect(status.fallback).toMatch(/Microsoft's list of privileged built-in roles \(29 roles/);
    expect(r.events.some((e) => e.type === 'warning' && /isPrivileged not read/.test(e.message))).toBe(true);
    // The v1.0 read asks only for what v1.0 has: the strict simulator would refuse isPrivileged.
    expect(
      r.sim.log.some(
        (e) => e.version === 'v1.0' && e.url.includes('roleDefinitions') && e.status === 200 && !e.url.includes('isPrivileged'),
      ),
    ).toBe(true);
  });

  it('a permission refusal of role definitions is not papered over by the v1.0 fallback', async () => {
    const r = await collect(base(), { faults: [{ path: '/roleManagement/directory/roleDefinitions', kind: 'forbidden' }] });
    expect(r.status('directoryRoleDefinitions')).toMatchObject({ status: 'forbidden', httpStatus: 403 });
    expect(r.sim.log.filter((e) => e.url.includes('roleDefinitions'))).toHaveLength(1);
  });

  it('a PIM licence refusal (AadPremiumLicenseRequired, even as 400) is not-licensed', async () => {
    const r = await collect(base(), {
      faults: [
        {
          path: '/roleManagement/directory/roleEligibilitySchedule*',
          kind: 'licence',
          status: 400,
          code: 'AadPremiumLicenseRequired',
          message: 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.',
        },
      ],
    });
    expect(r.status('directoryRoleEligibilities')).toMatchObject({
      status: 'not-licensed',
      httpStatus: 400,
      errorCode: 'AadPremiumLicenseRequired',
      requiredLicence: 'Microsoft Entra ID P2',
    });
  });

  it('API connectors only with --include-api-connectors; otherwise skipped, naming the flag', async () => {
    const r = await collect(base(), { includeApiConnectors: false });
    expect(r.status('apiConnectors')).toMatchObject({ status: 'skipped' });
    expect(r.status('apiConnectors').message).toMatch(/--include-api-connectors/);
    expect(r.sim.log.some((e) => e.url.includes('apiConnectors'))).toBe(false);
    const withFlag = await collect(base());
    expect(withFlag.status('apiConnectors')).toMatchObject({ status: 'ok', itemCount: 1 });
  });

  it('user-flow connector attachments are read only with the flag; a refusal keeps the flows and says so', async () => {
    const model = base(
      (s) =>
        void (s.data.b2xUserFlows = [
          {
            id: 'B2X_1_partner',
            userFlowType: 'signUpOrSignIn',
            apiConnectorConfiguration: {
              postAttributeCollection: {
                id: 'c0a1b2c3-0000-4000-8000-00000000a001',
                displayName: 'Sign-up validation',
                targetUrl: 'https://x.example',
              },
            },
          },
        ]),
    );
    const ok = await collect(model);
    expect(ok.data.b2xUserFlows[0].apiConnectorConfiguration.postAttributeCollection.displayName).toBe('Sign-up validation');
    const without = await collect(model, { includeApiConnectors: false });
    expect(without.data.b2xUserFlows[0].apiConnectorConfiguration).toBeUndefined();
    const refused = await collect(model, { faults: [{ path: '/identity/b2xUserFlows/*/apiConnectorConfiguration', kind: 'forbidden' }] });
    expect(refused.status('b2xUserFlows')).toMatchObject({ status: 'ok' });
    expect(refused.status('b2xUserFlows').message).toMatch(/IdentityUserFlow\.ReadWrite\.All/);
    expect(refused.data.b2xUserFlows[0].apiConnectorConfiguration).toBeUndefined();
  });

  it('an older policy shape (a one-element collection) is read as the entity', async () => {
    const model = base();
    addResource(model, '/policies/authorizationPolicy', {
      kind: 'collection',
      items: new ArraySource([{ id: 'authorizationPolicy', allowInvitesFrom: 'everyone' }]),
    });
    const r = await collect(model);
    expect(r.data.authorizationPolicy).toEqual({ id: 'authorizationPolicy', allowInvitesFrom: 'everyone' });
  });

  it('Conditional Access is paced and collected across pages', async () => {
    const model = base((s) => {
      s.data.conditionalAccessPolicies = Array.from({ length: 5 }, (_, i) => ({ ...s.data.conditionalAccessPolicies![0]!, id: `ca-${i}` }));
    });
    (model.resources.get(normalisePath('/identity/conditionalAccess/policies')) as CollectionResource).defaultPageSize = 2;
    // The client paces at 60 ms in tests; on one simulated clock the simulator sees exactly that spacing, so a loaded
    // machine cannot squeeze two requests closer together than the pacer sent them.
    const r = await collect(model, { sim: { conditionalAccessIntervalMs: 20 }, clock: new VirtualClock() });
    expect(r.status('conditionalAccessPolicies')).toMatchObject({ status: 'ok', itemCount: 5 });
    expect(r.sim.stats().throttled).toBe(0);
  });

  it('APIs absent from a national cloud are not requested there and are recorded as not-available', async () => {
    const gov = await collect(base(), { cloud: 'usgov' });
    for (const s of ['b2bManagementPolicies', 'apiConnectors', 'b2xUserFlows', 'authenticationFlowsPolicy']) {
      expect(gov.status(s), s).toMatchObject({ status: 'not-available' });
      expect(gov.status(s).message).toMatch(/US Government/);
    }
    expect(gov.sim.log.some((e) => /b2bManagementPolicies|apiConnectors|b2xUserFlows|authenticationFlowsPolicy/.test(e.url))).toBe(false);
    expect(gov.snapshot.tenant.cloud).toBe('usgov');
    const china = await collect(base(), { cloud: 'china' });
    expect(china.status('emailOtpConfiguration').status).toBe('not-available');
    expect(china.status('b2xUserFlows').status).toBe('ok');
  });

  it('an endpoint missing from this Graph (404 or unknown segment) is not-available', async () => {
    const r = await collect(base(), {
      faults: [
        { path: '/identity/authenticationEventListeners', kind: 'segment-not-found' },
        { path: '/policies/externalIdentitiesPolicy', kind: 'not-found' },
      ],
    });
    expect(r.status('authenticationEventListeners')).toMatchObject({ status: 'not-available', httpStatus: 400 });
    expect(r.status('externalIdentitiesPolicy')).toMatchObject({ status: 'not-available', httpStatus: 404 });
  });

  it('tenant id: from /organization, else --tenant or the token, else a clear error', async () => {
    const r = await collect(base(), { faults: [{ path: '/organization', kind: 'forbidden' }], hints: ['not-a-guid', BASE_TENANT] });
    expect(r.snapshot.tenant).toEqual({ id: BASE_TENANT, cloud: 'custom' });
    await expect(collect(base(), { faults: [{ path: '/organization', kind: 'forbidden' }] })).rejects.toBeInstanceOf(CollectionError);
    const ok = await collect(base());
    expect(ok.snapshot.tenant).toEqual({
      id: BASE_TENANT,
      displayName: 'Fabrikam (compliant base)',
      defaultDomain: 'fabrikam.example',
      cloud: 'custom',
    });
  });

  it('annotations are dropped (except @odata.type) and over-long hostile strings clipped so the snapshot stays valid', async () => {
    const huge = 'x'.repeat(1_100_000);
    const r = await collect(base((s) => void (s.data.identityProviders![0]!.displayName = huge)));
    expect(r.data.identityProviders[0].displayName.length).toBeLessThanOrEqual(1_048_576);
    expect(r.data.identityProviders[0]['@odata.type']).toBe('#microsoft.graph.builtInIdentityProvider');
    expect(JSON.stringify(r.data)).not.toMatch(/@odata\.(context|nextLink)/);
  });

  it('serving a partly failed snapshot reproduces its section statuses', async () => {
    const { readFileSync } = await import('node:fs');
    const { packagePath } = await import('../../src/paths.js');
    const degraded = JSON.parse(readFileSync(packagePath('fixtures', 'snapshots', 'degraded.json'), 'utf8')) as Snapshot;
    const r = await collect(modelFromSnapshot(degraded), { includeApiConnectors: degraded.sections.apiConnectors?.status !== 'skipped' });
    for (const [name, s] of Object.entries(degraded.sections)) expect(r.status(name)?.status, name).toBe(s!.status);
  });
});
