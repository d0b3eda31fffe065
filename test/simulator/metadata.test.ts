import { describe, expect, it } from 'vitest';
import { filterPaths, judgeRequest } from '../../src/simulator/metadata/judge.js';
import { graphSchema, metadataSource } from '../../src/simulator/metadata/index.js';

const judge = (version: 'v1.0' | 'beta', cloud: 'global' | 'usgov' | 'usgov-dod' | 'china', pathAndQuery: string) => {
  const [path, query = ''] = pathAndQuery.split('?');
  return judgeRequest(version, cloud, path!.split('/').map(decodeURIComponent), new URLSearchParams(query));
};

describe('Graph metadata index', () => {
  it('names its source', () => {
    expect(metadataSource()).toMatchObject({
      repository: 'microsoftgraph/msgraph-metadata',
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
  });

  it('knows types, bases and enums per cloud', () => {
    expect(graphSchema('v1.0').member('user', 'signInActivity')).toMatchObject({ kind: 'property' });
    expect(graphSchema('v1.0').member('crossTenantAccessPolicyConfigurationDefault', 'tenantRestrictions')).toBeTruthy();
    expect(graphSchema('v1.0', 'usgov').member('crossTenantAccessPolicyConfigurationDefault', 'tenantRestrictions')).toBeUndefined();
    expect(graphSchema('v1.0', 'china').member('crossTenantAccessPolicyConfigurationDefault', 'tenantRestrictions')).toBeUndefined();
    expect(graphSchema('v1.0').enum('crossTenantAccessPolicyTargetConfigurationAccessType')?.members).toEqual([
      'allowed',
      'blocked',
      'unknownFutureValue',
    ]);
    expect(graphSchema('beta').member('b2bManagementPolicy', 'definition')).toMatchObject({ declaredOn: { name: 'stsPolicy' } });
  });
});

describe('judgeRequest', () => {
  it('accepts what gatehouse sends', () => {
    for (const url of [
      "/users?$filter=userType eq 'Guest'&$select=id,displayName,signInActivity&$expand=sponsors($select=id)&$top=500",
      '/directory/federationConfigurations/graph.samlOrWsFedExternalDomainFederation?$expand=domains',
      "/tenantRelationships/findTenantInformationByDomainName(domainName='contoso.com')",
      '/applications?$select=id,appId,displayName&$expand=owners($select=id,userType,displayName)&$top=999',
      '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/email',
      "/users/$count?$filter=userType eq 'Guest' and createdDateTime ge 2024-01-01T00:00:00Z",
      "/groups?$filter=groupTypes/any(c:c eq 'DynamicMembership')&$select=id,membershipRule",
      '/identity/b2xUserFlows/B2X_1_x/apiConnectorConfiguration?$expand=postFederationSignup,postAttributeCollection',
    ]) {
      const v = judge('v1.0', 'global', url);
      expect(v.refusal, url).toBeUndefined();
      expect(v.unknown, url).toEqual([]);
    }
    expect(judge('beta', 'global', '/roleManagement/directory/roleDefinitions?$select=id,isPrivileged').refusal).toBeUndefined();
    expect(judge('beta', 'global', '/policies/b2bManagementPolicies').unknown).toEqual([]);
  });

  it('refuses like Graph', () => {
    expect(judge('v1.0', 'global', '/roleManagement/directory/roleDefinitions?$select=id,isPrivileged').refusal).toMatchObject({
      message: "Could not find a property named 'isPrivileged' on type 'microsoft.graph.unifiedRoleDefinition'.",
    });
    expect(judge('v1.0', 'usgov', '/identity/identityProviders').refusal).toMatchObject({
      message: "Resource not found for the segment 'identityProviders'.",
    });
    expect(judge('v1.0', 'global', '/users?$select=displayNme').refusal?.message).toBe(
      "Could not find a property named 'displayNme' on type 'microsoft.graph.user'.",
    );
    expect(judge('v1.0', 'global', '/users?$expand=sponsor').refusal?.name).toBe('sponsor');
    expect(judge('v1.0', 'global', "/users?$filter=usertype2 eq 'Guest'").refusal?.part).toBe('$filter');
    expect(judge('v1.0', 'global', '/users?$orderby=displayNam desc').refusal?.part).toBe('$orderby');
    expect(judge('beta', 'usgov', '/policies/b2bManagementPolicies').refusal?.part).toBe('segment');
    expect(judge('v1.0', 'global', '/applications?$expand=owners($select=id,userTyp)').refusal?.name).toBe('userTyp');
  });

  it('reads the property paths of a filter', () => {
    expect(filterPaths("userType eq 'Guest' and createdDateTime ge 2024-01-01T00:00:00Z")).toEqual(['userType', 'createdDateTime']);
    expect(filterPaths("groupTypes/any(c:c eq 'and or')")).toEqual(['groupTypes']);
    expect(filterPaths("startswith(displayName,'x') and signInActivity/lastSignInDateTime le 2024-01-01T00:00:00Z")).toEqual([
      'displayName',
      'signInActivity/lastSignInDateTime',
    ]);
  });
});

describe('per-cloud metadata', () => {
  // Facts read from Microsoft's v1.0 Fairfax and Mooncake CSDL: the index must give them back exactly.
  it('US Government: identity providers, API connectors, user flows and the flows policy are missing; Conditional Access and federation are there', () => {
    const s = graphSchema('v1.0', 'usgov');
    for (const n of ['identityProviders', 'apiConnectors', 'b2xUserFlows']) expect(s.member('identityContainer', n), n).toBeUndefined();
    for (const n of ['conditionalAccess', 'customAuthenticationExtensions', 'authenticationEventListeners'])
      expect(s.member('identityContainer', n), n).toBeTruthy();
    expect(s.member('policyRoot', 'authenticationFlowsPolicy')).toBeUndefined();
    expect(s.member('directory', 'federationConfigurations')).toBeTruthy();
    expect(graphSchema('v1.0', 'usgov-dod')).toBe(s);
  });

  it('China: custom extensions, event listeners and the email OTP configuration are missing', () => {
    const s = graphSchema('v1.0', 'china');
    for (const n of ['customAuthenticationExtensions', 'authenticationEventListeners'])
      expect(s.member('identityContainer', n), n).toBeUndefined();
    for (const n of ['conditionalAccess', 'identityProviders', 'apiConnectors', 'b2xUserFlows'])
      expect(s.member('identityContainer', n), n).toBeTruthy();
    expect(s.type('emailAuthenticationMethodConfiguration')).toBeUndefined();
  });

  it('a type whose base differs by cloud keeps its members (Fairfax identityContainer has no base)', () => {
    expect(graphSchema('v1.0', 'usgov').type('identityContainer')?.base).toBeUndefined();
    expect(graphSchema('v1.0').type('identityContainer')?.base).toBe('entity');
  });
});

describe('judgeRequest on $count', () => {
  it("checks the $filter names against the collection's element type", () => {
    expect(
      judgeRequest('v1.0', 'global', '/users/$count'.split('/'), new URLSearchParams("$filter=userTyp eq 'Guest'")).refusal?.message,
    ).toBe("Could not find a property named 'userTyp' on type 'microsoft.graph.user'.");
  });
});
