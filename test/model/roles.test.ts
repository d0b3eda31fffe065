import { describe, expect, it } from 'vitest';
import { MICROSOFT_PRIVILEGED_ROLES, PRIVILEGED_ROLES, classifyRole, knownPrivilegedRole } from '../../src/model/roles.js';

const GA = '62e90394-69f5-4237-9190-012177145e10';

describe('well-known privileged roles', () => {
  it('are unique GUID template ids with names', () => {
    const ids = PRIVILEGED_ROLES.map((r) => r.templateId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of PRIVILEGED_ROLES) {
      expect(r.templateId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(r.name.length).toBeGreaterThan(3);
    }
    expect(knownPrivilegedRole(GA.toUpperCase())?.name).toBe('Global Administrator');
    expect(knownPrivilegedRole('95e79109-95c0-4d8e-aee3-d01accf2d47b')).toBeUndefined(); // Guest Inviter
    expect(knownPrivilegedRole(null)).toBeUndefined();
  });
});

describe("Microsoft's privileged built-in roles", () => {
  // Learn, "Microsoft Entra built-in roles" (permissions-reference), the roles carrying the PRIVILEGED label in its
  // "All roles" table (ms.date 2026-01-20). The fallback must be exactly this list: no more, no fewer.
  it('are the PRIVILEGED-labelled roles of the built-in roles reference', () => {
    expect(MICROSOFT_PRIVILEGED_ROLES.map((r) => r.name)).toEqual([
      'Agent ID Administrator',
      'Application Administrator',
      'Application Developer',
      'Attribute Provisioning Administrator',
      'Attribute Provisioning Reader',
      'Authentication Administrator',
      'Authentication Extensibility Administrator',
      'B2C IEF Keyset Administrator',
      'Cloud Application Administrator',
      'Cloud Device Administrator',
      'Conditional Access Administrator',
      'Directory Writers',
      'Domain Name Administrator',
      'External Identity Provider Administrator',
      'Global Administrator',
      'Global Reader',
      'Helpdesk Administrator',
      'Hybrid Identity Administrator',
      'Intune Administrator',
      'Lifecycle Workflows Administrator',
      'Partner Tier1 Support',
      'Partner Tier2 Support',
      'Password Administrator',
      'Privileged Authentication Administrator',
      'Privileged Role Administrator',
      'Security Administrator',
      'Security Operator',
      'Security Reader',
      'User Administrator',
    ]);
    expect(knownPrivilegedRole('cf1c38e5-3621-4004-a7cb-879624dced7c')?.name).toBe('Application Developer');
    expect(MICROSOFT_PRIVILEGED_ROLES.filter((r) => r.readOnly).map((r) => r.name)).toEqual([
      'Attribute Provisioning Reader',
      'Global Reader',
      'Security Reader',
    ]);
  });
});

describe('classifyRole', () => {
  it("without a definition: Microsoft's list decides", () => {
    expect(classifyRole({ id: 'a', roleDefinitionId: GA }, undefined)).toMatchObject({
      privileged: true,
      name: 'Global Administrator',
      basis: 'microsoft-list',
      readOnly: false,
    });
    expect(classifyRole({ id: 'a', roleDefinitionId: 'cf1c38e5-3621-4004-a7cb-879624dced7c' }, undefined)).toMatchObject({
      privileged: true,
      name: 'Application Developer',
      basis: 'microsoft-list',
    });
    expect(classifyRole({ id: 'a', roleDefinitionId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451' }, [])).toMatchObject({
      privileged: true,
      readOnly: true,
    });
  });

  it('isPrivileged from an expanded roleDefinition or from the collected definitions', () => {
    expect(
      classifyRole({ id: 'a', roleDefinitionId: 'c1', roleDefinition: { id: 'c1', displayName: 'Custom', isPrivileged: true } }, undefined),
    ).toMatchObject({
      privileged: true,
      name: 'Custom',
      basis: 'isPrivileged',
    });
    expect(classifyRole({ id: 'a', roleDefinitionId: 'C1' }, [{ id: 'c1', displayName: 'Custom', isPrivileged: true }])).toMatchObject({
      privileged: true,
      name: 'Custom',
    });
  });

  it('a resolved, unlisted, non-privileged definition is not privileged', () => {
    expect(classifyRole({ id: 'a', roleDefinitionId: 'c2' }, [{ id: 'c2', displayName: 'Reader of things', isPrivileged: false }])).toEqual(
      { privileged: false, name: 'Reader of things' },
    );
  });

  it("gatehouse's own additions stay privileged even when the definition says otherwise (Exchange Administrator)", () => {
    const id = '29232cdf-9323-42fd-ade2-1d097af3e4de';
    expect(
      classifyRole({ id: 'a', roleDefinitionId: id }, [{ id, templateId: id, displayName: 'Exchange Administrator', isPrivileged: false }]),
    ).toMatchObject({ privileged: true, basis: 'gatehouse' });
  });

  it("Microsoft's flag decides over its list when the definition carries it", () => {
    expect(
      classifyRole({ id: 'a', roleDefinitionId: GA }, [
        { id: GA, templateId: GA, displayName: 'Global Administrator', isBuiltIn: true, isPrivileged: false },
      ]),
    ).toEqual({ privileged: false, name: 'Global Administrator' });
    const guestInviter = '95e79109-95c0-4d8e-aee3-d01accf2d47b';
    expect(
      classifyRole({ id: 'a', roleDefinitionId: guestInviter }, [
        { id: guestInviter, templateId: guestInviter, displayName: 'Guest Inviter', isBuiltIn: true, isPrivileged: true },
      ]),
    ).toMatchObject({ privileged: true, basis: 'isPrivileged' });
  });

  it('without the flag (definitions read from v1.0): built-in roles by the list, custom roles unknown', () => {
    const guestInviter = '95e79109-95c0-4d8e-aee3-d01accf2d47b';
    expect(
      classifyRole({ id: 'a', roleDefinitionId: guestInviter }, [
        { id: guestInviter, templateId: guestInviter, displayName: 'Guest Inviter', isBuiltIn: true },
      ]),
    ).toEqual({ privileged: false, name: 'Guest Inviter' });
    expect(classifyRole({ id: 'a', roleDefinitionId: 'c9' }, [{ id: 'c9', displayName: 'Custom', isBuiltIn: false }])).toEqual({
      privileged: 'unknown',
      roleDefinitionId: 'c9',
    });
    const dev = 'cf1c38e5-3621-4004-a7cb-879624dced7c';
    expect(
      classifyRole({ id: 'a', roleDefinitionId: dev }, [
        { id: dev, templateId: dev, displayName: 'Application Developer', isBuiltIn: true },
      ]),
    ).toMatchObject({ privileged: true, basis: 'microsoft-list' });
  });

  it('an unresolvable role is unknown, never "not privileged"', () => {
    expect(classifyRole({ id: 'a', roleDefinitionId: 'c3' }, [])).toEqual({ privileged: 'unknown', roleDefinitionId: 'c3' });
    expect(classifyRole({ id: 'a', roleDefinitionId: 'c3' }, undefined)).toEqual({ privileged: 'unknown', roleDefinitionId: 'c3' });
  });
});
