import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SectionStatus, Snapshot } from '../snapshot/snapshot.types.js';
import type { FaultKind, FaultSpec } from './faults.js';

/**
 * A tenant as the Graph simulator serves it: resources at their Graph paths (without the version segment).
 * Collections are sources with random access, so a generator can serve 200,000+ guests without materialising
 * them (`size` + `at(i)`); small tenants just use arrays.
 */
export type GraphVersion = 'v1.0' | 'beta';

export interface CollectionSource {
  readonly size: number;
  at(index: number): Record<string, unknown>;
}

export class ArraySource implements CollectionSource {
  constructor(readonly items: Record<string, unknown>[]) {}
  get size(): number {
    return this.items.length;
  }
  at(index: number): Record<string, unknown> {
    return this.items[index]!;
  }
}

export interface EntityResource {
  kind: 'entity';
  value: Record<string, unknown>;
  versions?: GraphVersion[];
}

export interface CollectionResource {
  kind: 'collection';
  items: CollectionSource;
  /** Key property for `/{collection}/{key}` (default `id`; partners use `tenantId`). */
  key?: string;
  /** Navigation properties: returned only through `$expand` or `/{collection}/{key}/{navigation}`. */
  navigations?: string[];
  /** Properties returned only when named in `$select` (e.g. `signInActivity`). */
  selectOnly?: string[];
  versions?: GraphVersion[];
  /** Items per page when no `$top` is given (Graph: 100 for directory objects). */
  defaultPageSize?: number;
  /** Largest `$top` accepted (Graph: 999 for users). */
  maxPageSize?: number;
}

export type ModelResource = EntityResource | CollectionResource;

export interface TenantInformation {
  tenantId: string;
  displayName?: string | null;
  defaultDomainName?: string | null;
  federationBrandName?: string | null;
}

export interface TenantModel {
  tenantId: string;
  /** Keyed by normalised path (see `normalisePath`). */
  resources: Map<string, ModelResource>;
  /** Other tenants, for `findTenantInformationByDomainName` / `ByTenantId`. Keys lower-case. */
  tenantsByDomain: Map<string, TenantInformation>;
  tenantsById: Map<string, TenantInformation>;
  /** Faults that belong to the tenant itself (e.g. no P1 licence → licence 403 on signInActivity). */
  faults: FaultSpec[];
}

/** Lower-case, no trailing slash, type-cast segments spelled `microsoft.graph.x` (Graph also accepts `graph.x`). */
export function normalisePath(path: string): string {
  return path
    .split('/')
    .map((seg) => seg.toLowerCase().replace(/^graph\./, 'microsoft.graph.'))
    .join('/')
    .replace(/\/+$/, '');
}

export function emptyModel(tenantId: string): TenantModel {
  return { tenantId, resources: new Map(), tenantsByDomain: new Map(), tenantsById: new Map(), faults: [] };
}

export function addResource(model: TenantModel, path: string, resource: ModelResource): void {
  model.resources.set(normalisePath(path), resource);
}

/** Register another tenant for the look-up functions. The first registration of a tenant id wins its by-id answer. */
export function addTenant(model: TenantModel, info: TenantInformation, domains: readonly string[] = []): void {
  if (!model.tenantsById.has(info.tenantId.toLowerCase())) model.tenantsById.set(info.tenantId.toLowerCase(), info);
  for (const d of [...domains, ...(info.defaultDomainName ? [info.defaultDomainName] : [])])
    model.tenantsByDomain.set(d.toLowerCase(), info);
}

// ---- model.json -------------------------------------------------------------------------------------------------

/** On-disk form (`fixtures/graph/<tenant>/model.json`). */
export interface ModelFile {
  tenantId: string;
  resources: Record<string, Omit<EntityResource, never> | (Omit<CollectionResource, 'items'> & { items: Record<string, unknown>[] })>;
  tenants?: Array<TenantInformation & { domains?: string[] }>;
}

export function modelFromFile(file: ModelFile, faults: FaultSpec[] = []): TenantModel {
  const model = emptyModel(file.tenantId);
  for (const [path, r] of Object.entries(file.resources)) {
    if (r.kind === 'collection') addResource(model, path, { ...r, items: new ArraySource(r.items) });
    else addResource(model, path, r);
  }
  for (const t of file.tenants ?? []) {
    const { domains, ...info } = t;
    addTenant(model, info, domains ?? []);
  }
  model.faults.push(...faults);
  return model;
}

/** Load `dir/model.json` and, when present, `dir/faults.json`. */
export function loadModelDir(dir: string): TenantModel {
  const file = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as ModelFile;
  const faultsPath = join(dir, 'faults.json');
  const faults = existsSync(faultsPath) ? (JSON.parse(readFileSync(faultsPath, 'utf8')) as FaultSpec[]) : [];
  return modelFromFile(file, faults);
}

// ---- any snapshot → the Graph it came from -----------------------------------------------------------------------

export interface FromSnapshotOptions {
  /** Serve federation `domains` inline instead of as a navigation that needs `$expand` (both occur in Graph docs). */
  federationDomainsInline?: boolean;
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** A section's failure, re-created as the fault Graph would have answered with. */
function faultFor(status: SectionStatus | undefined): Omit<FaultSpec, 'path'> | undefined {
  if (!status || status.status === 'ok' || status.status === 'skipped') return undefined;
  const kind: FaultKind =
    status.httpStatus === 401
      ? 'unauthorized'
      : status.status === 'forbidden'
        ? 'forbidden'
        : status.status === 'not-licensed'
          ? 'licence'
          : status.status === 'not-available'
            ? 'segment-not-found'
            : 'server-error';
  return { kind, ...(status.errorCode && kind !== 'segment-not-found' ? { code: status.errorCode } : {}) };
}

const lookupPath = (domain: string): string =>
  `/tenantRelationships/findTenantInformationByDomainName(domainName='${domain.replace(/'/g, "''")}')`;

/**
 * Build the Graph a snapshot describes: every section's data at its Graph path(s), and every failed section as the
 * fault that produces that status. Collecting from the result gives back the same snapshot (modulo `null` for
 * properties Graph returns as null when selected).
 */
export function modelFromSnapshot(snapshot: Snapshot, opts: FromSnapshotOptions = {}): TenantModel {
  const model = emptyModel(snapshot.tenant.id);
  const data = clone(snapshot.data) as Record<string, unknown>;
  const sections = snapshot.sections as Record<string, SectionStatus | undefined>;
  const list = (name: string) => (Array.isArray(data[name]) ? (data[name] as Record<string, unknown>[]) : undefined);
  const entity = (name: string) => (data[name] && typeof data[name] === 'object' ? (data[name] as Record<string, unknown>) : undefined);
  const coll = (path: string, items: Record<string, unknown>[] | undefined, extra: Partial<CollectionResource> = {}) => {
    if (items) addResource(model, path, { kind: 'collection', items: new ArraySource(items), ...extra });
  };
  const ent = (path: string, value: Record<string, unknown> | undefined, versions?: GraphVersion[]) => {
    if (value) addResource(model, path, { kind: 'entity', value, ...(versions ? { versions } : {}) });
  };
  const fail = (section: string, spec: Omit<FaultSpec, 'kind'>) => {
    const f = faultFor(sections[section]);
    if (f) model.faults.push({ ...spec, ...f });
  };

  const org = entity('organization');
  coll('/organization', org ? [org] : undefined);
  fail('organization', { path: '/organization' });

  ent('/policies/authorizationPolicy', entity('authorizationPolicy'));
  fail('authorizationPolicy', { path: '/policies/authorizationPolicy' });
  ent('/policies/crossTenantAccessPolicy', entity('crossTenantAccessPolicy'));
  fail('crossTenantAccessPolicy', { path: '/policies/crossTenantAccessPolicy' });
  ent('/policies/crossTenantAccessPolicy/default', entity('crossTenantAccessDefault'));
  fail('crossTenantAccessDefault', { path: '/policies/crossTenantAccessPolicy/default' });

  const partners = list('crossTenantAccessPartners');
  for (const p of partners ?? []) {
    // Names are not partner properties in Graph: they come from findTenantInformationByTenantId.
    const { displayName, defaultDomainName } = p as { displayName?: string | null; defaultDomainName?: string | null };
    delete p.displayName;
    delete p.defaultDomainName;
    if (displayName || defaultDomainName)
      addTenant(model, {
        tenantId: String(p.tenantId),
        displayName: displayName ?? null,
        defaultDomainName: defaultDomainName ?? null,
        federationBrandName: null,
      });
  }
  coll('/policies/crossTenantAccessPolicy/partners', partners, { key: 'tenantId', navigations: ['identitySynchronization'] });
  fail('crossTenantAccessPartners', { path: '/policies/crossTenantAccessPolicy/partners' });

  coll('/policies/b2bManagementPolicies', list('b2bManagementPolicies'), { versions: ['beta'] });
  fail('b2bManagementPolicies', { path: '/policies/b2bManagementPolicies' });
  ent('/policies/externalIdentitiesPolicy', entity('externalIdentitiesPolicy'), ['beta']);
  fail('externalIdentitiesPolicy', { path: '/policies/externalIdentitiesPolicy' });

  coll('/users', list('guests'), { navigations: ['sponsors'], selectOnly: ['signInActivity'], maxPageSize: 999 });
  fail('guests', { path: '/users' });
  fail('guestSignInActivity', { path: '/users', selectIncludes: 'signInActivity' });
  fail('guestSponsors', { path: '/users', expandIncludes: 'sponsors' });
  fail('guestSponsors', { path: '/users/*/sponsors' });

  coll(
    '/directory/federationConfigurations/microsoft.graph.samlOrWsFedExternalDomainFederation',
    list('federationConfigurations'),
    opts.federationDomainsInline ? {} : { navigations: ['domains'] },
  );
  fail('federationConfigurations', { path: '/directory/federationConfigurations/**' });
  for (const l of list('federationDomainLookups') ?? []) {
    const lookup = l as {
      domainName: string;
      outcome: string;
      tenantInformation?: TenantInformation;
      httpStatus?: number;
      errorCode?: string;
    };
    if (lookup.outcome === 'tenant' && lookup.tenantInformation?.tenantId) addTenant(model, lookup.tenantInformation, [lookup.domainName]);
    if (lookup.outcome === 'error') {
      const status =
        lookup.httpStatus &&
        ![429, 503, 504].includes(lookup.httpStatus) &&
        lookup.httpStatus !== 401 &&
        lookup.httpStatus !== 403 &&
        lookup.httpStatus !== 404
          ? lookup.httpStatus
          : 500;
      model.faults.push({
        path: lookupPath(lookup.domainName),
        kind: 'server-error',
        status,
        ...(lookup.errorCode ? { code: lookup.errorCode } : {}),
      });
    }
  }
  fail('federationDomainLookups', { path: '/tenantRelationships/findTenantInformationByDomainName*' });

  coll('/identity/identityProviders', list('identityProviders'));
  fail('identityProviders', { path: '/identity/identityProviders' });
  coll('/identity/apiConnectors', list('apiConnectors'));
  fail('apiConnectors', { path: '/identity/apiConnectors' });
  coll('/identity/b2xUserFlows', list('b2xUserFlows'), { navigations: ['apiConnectorConfiguration'] });
  fail('b2xUserFlows', { path: '/identity/b2xUserFlows' });
  coll('/identity/customAuthenticationExtensions', list('customAuthenticationExtensions'));
  fail('customAuthenticationExtensions', { path: '/identity/customAuthenticationExtensions' });
  coll('/identity/authenticationEventListeners', list('authenticationEventListeners'));
  fail('authenticationEventListeners', { path: '/identity/authenticationEventListeners' });
  ent('/policies/authenticationFlowsPolicy', entity('authenticationFlowsPolicy'));
  fail('authenticationFlowsPolicy', { path: '/policies/authenticationFlowsPolicy' });
  ent('/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/email', entity('emailOtpConfiguration'));
  fail('emailOtpConfiguration', { path: '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/email' });

  coll('/identityGovernance/accessReviews/definitions', list('accessReviewDefinitions'));
  fail('accessReviewDefinitions', { path: '/identityGovernance/accessReviews/definitions' });
  coll('/identityGovernance/entitlementManagement/assignmentPolicies', list('entitlementAssignmentPolicies'), {
    navigations: ['accessPackage'],
  });
  fail('entitlementAssignmentPolicies', { path: '/identityGovernance/entitlementManagement/assignmentPolicies' });
  coll('/identityGovernance/entitlementManagement/connectedOrganizations', list('connectedOrganizations'));
  fail('connectedOrganizations', { path: '/identityGovernance/entitlementManagement/connectedOrganizations' });
  ent('/identityGovernance/entitlementManagement/settings', entity('entitlementManagementSettings'));
  fail('entitlementManagementSettings', { path: '/identityGovernance/entitlementManagement/settings' });

  coll('/identity/conditionalAccess/policies', list('conditionalAccessPolicies'));
  fail('conditionalAccessPolicies', { path: '/identity/conditionalAccess/policies' });
  coll('/groupSettings', list('groupSettings'));
  fail('groupSettings', { path: '/groupSettings' });
  coll('/roleManagement/directory/roleDefinitions', list('directoryRoleDefinitions'));
  fail('directoryRoleDefinitions', { path: '/roleManagement/directory/roleDefinitions' });
  coll('/roleManagement/directory/roleAssignments', list('directoryRoleAssignments'));
  fail('directoryRoleAssignments', { path: '/roleManagement/directory/roleAssignments' });
  const eligibilities = list('directoryRoleEligibilities');
  coll('/roleManagement/directory/roleEligibilityScheduleInstances', eligibilities);
  coll('/roleManagement/directory/roleEligibilitySchedules', eligibilities ? clone(eligibilities) : undefined);
  fail('directoryRoleEligibilities', { path: '/roleManagement/directory/roleEligibilitySchedule*' });

  const owned = list('appOwnership');
  if (owned) {
    const strip = (o: Record<string, unknown>) => {
      const { objectType: _objectType, ...rest } = o;
      return rest;
    };
    coll('/applications', owned.filter((o) => o.objectType === 'application').map(strip), { navigations: ['owners'], maxPageSize: 999 });
    coll('/servicePrincipals', owned.filter((o) => o.objectType === 'servicePrincipal').map(strip), {
      navigations: ['owners'],
      maxPageSize: 999,
    });
  }
  fail('appOwnership', { path: '/applications' });
  fail('appOwnership', { path: '/servicePrincipals' });

  // Dynamic and role-assignable groups are one /groups collection in Graph; each section's request has its own filter.
  const dynamic = list('dynamicGroups');
  const roleGroups = list('roleAssignableGroups');
  if (dynamic || roleGroups) {
    const seen = new Set<string>();
    const groups = [...(roleGroups ?? []), ...(dynamic ?? [])].filter((g) => !seen.has(String(g.id)) && Boolean(seen.add(String(g.id))));
    coll('/groups', groups, { maxPageSize: 999, navigations: ['members', 'owners'] });
  }
  fail('dynamicGroups', { path: '/groups', queryIncludes: 'DynamicMembership' });
  fail('roleAssignableGroups', { path: '/groups', queryIncludes: 'isAssignableToRole' });
  fail('roleAssignableGroups', { path: '/groups/*/members' });
  fail('roleAssignableGroups', { path: '/groups/*/owners' });
  coll('/identityGovernance/privilegedAccess/group/eligibilityScheduleInstances', list('groupEligibilities'));
  fail('groupEligibilities', { path: '/identityGovernance/privilegedAccess/group/eligibilityScheduleInstances' });

  ent('/admin/sharepoint/settings', entity('sharepointSettings'));
  fail('sharepointSettings', { path: '/admin/sharepoint/settings' });
  coll('/identityProtection/riskyUsers', list('riskyUsers'));
  fail('riskyUsers', { path: '/identityProtection/riskyUsers' });
  ent('/networkAccess/settings/crossTenantAccess', entity('universalTenantRestrictions'), ['beta']);
  fail('universalTenantRestrictions', { path: '/networkAccess/settings/crossTenantAccess' });
  coll('/identityGovernance/entitlementManagement/assignments', list('accessPackageAssignments'), {
    navigations: ['target', 'accessPackage'],
  });
  fail('accessPackageAssignments', { path: '/identityGovernance/entitlementManagement/assignments' });
  return model;
}

/** The on-disk form of a model (collections materialised), e.g. to write `fixtures/graph/<tenant>/model.json`. */
export function modelToFile(model: TenantModel): ModelFile {
  const resources: ModelFile['resources'] = {};
  for (const [path, r] of model.resources) {
    if (r.kind === 'entity') resources[path] = r;
    else {
      const items: Record<string, unknown>[] = [];
      for (let i = 0; i < r.items.size; i++) items.push(r.items.at(i));
      const { items: _items, ...rest } = r;
      resources[path] = { ...rest, items };
    }
  }
  const tenants = new Map<string, TenantInformation & { domains: string[] }>();
  for (const info of model.tenantsById.values()) tenants.set(info.tenantId.toLowerCase(), { ...info, domains: [] });
  for (const [domain, info] of model.tenantsByDomain) {
    const t = tenants.get(info.tenantId.toLowerCase()) ?? { ...info, domains: [] };
    if (domain !== info.defaultDomainName?.toLowerCase()) t.domains.push(domain);
    tenants.set(info.tenantId.toLowerCase(), t);
  }
  return { tenantId: model.tenantId, resources, tenants: [...tenants.values()] };
}
