import { describe, expect, it } from 'vitest';
import type {
  CrossTenantAccessPolicyConfigurationDefault,
  CrossTenantAccessPolicyConfigurationPartner,
} from '../../src/snapshot/snapshot.types.js';
import { isOpenToAllUsers, reach, resolveDefault, resolvePartner, usersReach } from '../../src/xtap/resolve.js';

const blockedAll = {
  usersAndGroups: { accessType: 'blocked', targets: [{ target: 'AllUsers', targetType: 'user' }] },
  applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
};
const allowedAll = {
  usersAndGroups: { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] },
  applications: { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] },
};
const customDefault: CrossTenantAccessPolicyConfigurationDefault = {
  isServiceDefault: false,
  b2bCollaborationInbound: blockedAll,
  b2bCollaborationOutbound: allowedAll,
  b2bDirectConnectInbound: blockedAll,
  b2bDirectConnectOutbound: blockedAll,
  inboundTrust: { isMfaAccepted: false, isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: false },
  automaticUserConsentSettings: { inboundAllowed: false, outboundAllowed: false },
};
const partner = (p: Partial<CrossTenantAccessPolicyConfigurationPartner>): CrossTenantAccessPolicyConfigurationPartner => ({
  tenantId: '22223333-4444-4555-8666-777788889999',
  ...p,
});

describe('resolveDefault', () => {
  it('uses the default policy values and marks their source', () => {
    const eff = resolveDefault(customDefault);
    expect(eff.b2bCollaborationInbound.usersAndGroups).toEqual({ value: blockedAll.usersAndGroups, source: 'default' });
    expect(eff.inboundTrust.isCompliantDeviceAccepted).toEqual({ value: true, source: 'default' });
  });

  it('falls back to the documented service default where the default policy is null', () => {
    const eff = resolveDefault({
      b2bCollaborationInbound: null,
      inboundTrust: null,
      automaticUserConsentSettings: null,
      b2bDirectConnectInbound: null,
    });
    expect(eff.b2bCollaborationInbound.usersAndGroups.source).toBe('service-default');
    expect(usersReach(eff.b2bCollaborationInbound)).toBe('all');
    expect(usersReach(eff.b2bDirectConnectInbound)).toBe('none');
    expect(eff.inboundTrust.isMfaAccepted).toEqual({ value: false, source: 'service-default' });
    expect(eff.automaticUserConsentSettings.inboundAllowed).toEqual({ value: false, source: 'service-default' });
  });

  it('treats a missing default policy as the service default everywhere', () => {
    const eff = resolveDefault(undefined);
    expect(eff.tenantRestrictions.applications.source).toBe('service-default');
    expect(isOpenToAllUsers(eff.b2bCollaborationInbound)).toBe(true);
  });

  it('fills a half-null setting from the service default, per half', () => {
    const eff = resolveDefault({ b2bCollaborationInbound: { usersAndGroups: blockedAll.usersAndGroups, applications: null } });
    expect(eff.b2bCollaborationInbound.usersAndGroups.source).toBe('default');
    expect(eff.b2bCollaborationInbound.applications.source).toBe('service-default');
    expect(eff.partialOverrides).toEqual(['b2bCollaborationInbound']);
  });
});

describe('resolvePartner', () => {
  const effDefault = resolveDefault(customDefault);

  it('a partner with every property null is exactly the default', () => {
    const eff = resolvePartner(
      partner({
        b2bCollaborationInbound: null,
        b2bCollaborationOutbound: null,
        inboundTrust: null,
        automaticUserConsentSettings: { inboundAllowed: null, outboundAllowed: null },
      }),
      effDefault,
    );
    expect(eff.b2bCollaborationInbound).toEqual(effDefault.b2bCollaborationInbound);
    expect(eff.inboundTrust).toEqual(effDefault.inboundTrust);
    expect(eff.automaticUserConsentSettings.inboundAllowed.source).toBe('default');
    expect(eff.tenantId).toBe('22223333-4444-4555-8666-777788889999');
  });

  it('a partner whose only setting is inboundTrust is not open when the default is closed', () => {
    const eff = resolvePartner(
      partner({ inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: null, isHybridAzureADJoinedDeviceAccepted: null } }),
      effDefault,
    );
    expect(isOpenToAllUsers(eff.b2bCollaborationInbound)).toBe(false);
    expect(eff.b2bCollaborationInbound.usersAndGroups.source).toBe('default');
    expect(eff.inboundTrust.isMfaAccepted).toEqual({ value: true, source: 'partner' });
    // Null booleans inherit one by one.
    expect(eff.inboundTrust.isCompliantDeviceAccepted).toEqual({ value: true, source: 'default' });
    expect(eff.inboundTrust.isHybridAzureADJoinedDeviceAccepted).toEqual({ value: false, source: 'default' });
  });

  it('inheritance chains through the default to the service default', () => {
    const eff = resolvePartner(partner({}), resolveDefault({ isServiceDefault: true }));
    expect(eff.b2bCollaborationOutbound.usersAndGroups.source).toBe('service-default');
    expect(eff.inboundTrust.isMfaAccepted.source).toBe('service-default');
  });

  it('a partner overriding only usersAndGroups inherits applications and is flagged', () => {
    const eff = resolvePartner(
      partner({ b2bCollaborationInbound: { usersAndGroups: allowedAll.usersAndGroups, applications: null } }),
      effDefault,
    );
    expect(eff.b2bCollaborationInbound.usersAndGroups).toEqual({ value: allowedAll.usersAndGroups, source: 'partner' });
    expect(eff.b2bCollaborationInbound.applications.source).toBe('default');
    expect(isOpenToAllUsers(eff.b2bCollaborationInbound)).toBe(false);
    expect(eff.partialOverrides).toContain('b2bCollaborationInbound');
  });

  it('a partner opening inbound collaboration is open, sourced to the partner', () => {
    const eff = resolvePartner(partner({ b2bCollaborationInbound: allowedAll }), effDefault);
    expect(isOpenToAllUsers(eff.b2bCollaborationInbound)).toBe(true);
    expect(eff.b2bCollaborationInbound.applications.source).toBe('partner');
  });

  it('automatic consent inherits per direction', () => {
    const eff = resolvePartner(partner({ automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: null } }), effDefault);
    expect(eff.automaticUserConsentSettings.inboundAllowed).toEqual({ value: true, source: 'partner' });
    expect(eff.automaticUserConsentSettings.outboundAllowed).toEqual({ value: false, source: 'default' });
  });
});

describe('reach', () => {
  const cfg = (accessType: string, ...targets: string[]) => ({
    accessType,
    targets: targets.map((target) => ({ target, targetType: 'user' })),
  });
  it.each([
    [cfg('allowed', 'AllUsers'), 'all'],
    [cfg('allowed', 'g1'), 'some'],
    [cfg('allowed'), 'none'],
    [cfg('blocked', 'AllUsers'), 'none'],
    [cfg('blocked', 'u1', 'u2'), 'allExcept'],
    [cfg('blocked'), 'all'],
    [cfg('unknownFutureValue', 'AllUsers'), 'unknown'],
    [cfg('allowed', 'allusers'), 'all'],
  ] as const)('%j → %s', (c, expected) => {
    expect(reach(c, 'AllUsers')).toBe(expected);
  });

  it('an unknown access type is never open-or-closed', () => {
    expect(
      isOpenToAllUsers({
        usersAndGroups: { value: cfg('somethingNew', 'AllUsers'), source: 'default' },
        applications: { value: cfg('allowed', 'AllApplications'), source: 'default' },
      }),
    ).toBe('unknown');
  });
});
