import { describe, expect, it } from 'vitest';
import { PRIVILEGED_ROLES, classifyRole, knownPrivilegedRole } from '../../src/model/roles.js';

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

describe('classifyRole', () => {
  it('well-known template without any definition', () => {
    expect(classifyRole({ id: 'a', roleDefinitionId: GA }, undefined)).toMatchObject({ privileged: true, name: 'Global Administrator', basis: 'well-known', readOnly: false });
    expect(classifyRole({ id: 'a', roleDefinitionId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451' }, [])).toMatchObject({ privileged: true, readOnly: true });
  });

  it('isPrivileged from an expanded roleDefinition or from the collected definitions', () => {
    expect(classifyRole({ id: 'a', roleDefinitionId: 'c1', roleDefinition: { id: 'c1', displayName: 'Custom', isPrivileged: true } }, undefined)).toMatchObject({
      privileged: true,
      name: 'Custom',
      basis: 'isPrivileged',
    });
    expect(classifyRole({ id: 'a', roleDefinitionId: 'C1' }, [{ id: 'c1', displayName: 'Custom', isPrivileged: true }])).toMatchObject({ privileged: true, name: 'Custom' });
  });

  it('a resolved, unlisted, non-privileged definition is not privileged', () => {
    expect(classifyRole({ id: 'a', roleDefinitionId: 'c2' }, [{ id: 'c2', displayName: 'Reader of things', isPrivileged: false }])).toEqual({ privileged: false, name: 'Reader of things' });
  });

  it('a well-known role stays privileged even when its definition says otherwise (Exchange Administrator)', () => {
    const id = '29232cdf-9323-42fd-ade2-1d097af3e4de';
    expect(classifyRole({ id: 'a', roleDefinitionId: id }, [{ id, templateId: id, displayName: 'Exchange Administrator', isPrivileged: false }])).toMatchObject({ privileged: true, basis: 'well-known' });
  });

  it('an unresolvable role is unknown, never "not privileged"', () => {
    expect(classifyRole({ id: 'a', roleDefinitionId: 'c3' }, [])).toEqual({ privileged: 'unknown', roleDefinitionId: 'c3' });
    expect(classifyRole({ id: 'a', roleDefinitionId: 'c3' }, undefined)).toEqual({ privileged: 'unknown', roleDefinitionId: 'c3' });
  });
});
