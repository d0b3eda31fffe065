import rule from '../../rules/guest-in-privileged-role.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// ROLEDEF https://learn.microsoft.com/graph/api/resources/unifiedroledefinition — isPrivileged.
// PERMREF https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference — built-in role
//         template ids and the PRIVILEGED label.
// ELIG    https://learn.microsoft.com/graph/api/resources/unifiedroleeligibilityschedule — eligible (PIM) assignments.

const G1 = '7a1c0000-0000-4000-8000-000000000001';
const GA = '62e90394-69f5-4237-9190-012177145e10';
const INVITER = '95e79109-95c0-4d8e-aee3-d01accf2d47b';
const assign = (d: MutableData, principalId: string, roleDefinitionId: string, directoryScopeId = '/') => {
  d.directoryRoleAssignments.push({ id: `ra-${d.directoryRoleAssignments.length + 1}`, principalId, roleDefinitionId, directoryScopeId });
};
const removeSection = (
  d: MutableData,
  s: Snapshot,
  name: 'directoryRoleDefinitions' | 'directoryRoleEligibilities',
  status: 'forbidden' | 'not-licensed',
) => {
  s.sections[name] = { status, httpStatus: 403 };
  delete (d as Partial<MutableData>)[name];
};

ruleTable(rule, [
  { name: 'only a member holds Global Administrator: passes', expect: { status: 'pass' } },
  {
    name: 'guest as Global Administrator → high finding on the guest (PERMREF)',
    mutate: (d) => assign(d, G1, GA),
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'privileged',
          resourceId: G1,
          resourceType: 'user',
          subKey: `active:${GA}:/`,
          severity: 'high',
          params: { role: 'Global Administrator', kind: 'active', scope: 'whole tenant' },
        },
      ],
    },
  },
  { name: 'guest as Guest Inviter (not privileged) passes', mutate: (d) => assign(d, G1, INVITER), expect: { status: 'pass' } },
  {
    name: "eligible (PIM) Security Administrator without a collected definition: Microsoft's list (ELIG, PERMREF)",
    mutate: (d) => {
      d.directoryRoleEligibilities.push({
        id: 'el-1',
        principalId: G1.toUpperCase(),
        roleDefinitionId: '194ae4cb-b126-40b2-bd5b-6091b380977d',
        directoryScopeId: '/',
      });
    },
    expect: {
      status: 'fail',
      findings: [
        { subKey: 'eligible:194ae4cb-b126-40b2-bd5b-6091b380977d:/', params: { role: 'Security Administrator', kind: 'eligible' } },
      ],
    },
  },
  {
    name: 'Global Reader is privileged but read-only → medium',
    mutate: (d) => assign(d, G1, 'f2ef992c-3afb-46b9-b7cf-a126ee74c451'),
    expect: { status: 'fail', findings: [{ severity: 'medium', params: { role: 'Global Reader' } }] },
  },
  {
    name: 'custom role marked isPrivileged in its definition (ROLEDEF)',
    mutate: (d) => {
      d.directoryRoleDefinitions.push({
        id: 'c0570000-0000-4000-8000-000000000001',
        displayName: 'Custom app credential admin',
        templateId: 'c0570000-0000-4000-8000-000000000001',
        isBuiltIn: false,
        isPrivileged: true,
      });
      assign(d, G1, 'c0570000-0000-4000-8000-000000000001');
    },
    expect: { status: 'fail', findings: [{ params: { role: 'Custom app credential admin' } }] },
  },
  {
    name: 'Exchange Administrator: not labelled by Microsoft, privileged by gatehouse',
    mutate: (d) => {
      d.directoryRoleDefinitions.push({
        id: '29232cdf-9323-42fd-ade2-1d097af3e4de',
        displayName: 'Exchange Administrator',
        templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de',
        isBuiltIn: true,
        isPrivileged: false,
      });
      assign(d, G1, '29232cdf-9323-42fd-ade2-1d097af3e4de');
    },
    expect: { status: 'fail', findings: [{ params: { role: 'Exchange Administrator' } }] },
  },
  {
    // Learn, "Microsoft Entra built-in roles": Application Developer carries the PRIVILEGED label; unifiedRoleDefinition
    // (beta) documents isPrivileged.
    name: 'Application Developer with isPrivileged from Graph beta → finding',
    mutate: (d) => {
      const dev = 'cf1c38e5-3621-4004-a7cb-879624dced7c';
      d.directoryRoleDefinitions.push({
        id: dev,
        displayName: 'Application Developer',
        templateId: dev,
        isBuiltIn: true,
        isPrivileged: true,
      });
      assign(d, G1, dev);
    },
    expect: { status: 'fail', findings: [{ severity: 'high', params: { role: 'Application Developer' } }] },
  },
  {
    name: "role definitions read from v1.0 (no isPrivileged, a fallback): Application Developer found through Microsoft's list",
    mutate: (d, s) => {
      for (const def of d.directoryRoleDefinitions) delete def.isPrivileged;
      s.sections.directoryRoleDefinitions = { status: 'ok', apiVersion: 'v1.0', fallback: 'isPrivileged not read' };
      assign(d, G1, 'cf1c38e5-3621-4004-a7cb-879624dced7c');
    },
    expect: { status: 'fail', findings: [{ params: { role: 'Application Developer' } }] },
  },
  {
    name: 'role definitions without isPrivileged: a custom role held by a guest cannot be judged → not assessed',
    mutate: (d, s) => {
      for (const def of d.directoryRoleDefinitions) delete def.isPrivileged;
      s.sections.directoryRoleDefinitions = { status: 'ok', apiVersion: 'v1.0', fallback: 'isPrivileged not read' };
      d.directoryRoleDefinitions.push({
        id: 'c0570000-0000-4000-8000-000000000002',
        displayName: 'Custom helper',
        templateId: 'c0570000-0000-4000-8000-000000000002',
        isBuiltIn: false,
      });
      assign(d, G1, 'c0570000-0000-4000-8000-000000000002');
    },
    expect: { status: 'not-assessed', reason: /gatehouse cannot classify: no collected role definition says whether it is privileged/ },
  },
  {
    name: 'administrative-unit scoped User Administrator is still reported, with its scope',
    mutate: (d) => assign(d, G1, 'fe930be7-5e62-47db-91af-98c3a49a38b1', '/administrativeUnits/au000000-0000-4000-8000-000000000001'),
    expect: { status: 'fail', findings: [{ params: { scope: '/administrativeUnits/au000000-0000-4000-8000-000000000001' } }] },
  },
  {
    name: 'unknown custom role held by a guest, definitions collected: incomplete, not pass',
    mutate: (d) => assign(d, G1, 'c0570000-0000-4000-8000-00000000ffff'),
    expect: { status: 'not-assessed', reason: /c0570000-0000-4000-8000-00000000ffff/ },
  },
  {
    name: 'unknown role and definitions forbidden: names the missing section',
    mutate: (d, s) => {
      assign(d, G1, 'c0570000-0000-4000-8000-00000000ffff');
      removeSection(d, s, 'directoryRoleDefinitions', 'forbidden');
    },
    expect: { status: 'not-assessed', reason: /not allowed to read the directory role definitions/ },
  },
  {
    name: 'eligibilities not licensed (no PIM): assessed on active assignments alone (ELIG)',
    mutate: (d, s) => removeSection(d, s, 'directoryRoleEligibilities', 'not-licensed'),
    expect: { status: 'pass' },
  },
  {
    name: 'eligibilities forbidden: a 403 is not-assessed, not pass',
    mutate: (d, s) => removeSection(d, s, 'directoryRoleEligibilities', 'forbidden'),
    expect: { status: 'not-assessed', reason: /Eligible \(PIM\) role assignments were not read/ },
  },
  {
    name: 'eligibilities forbidden does not hide an active finding',
    mutate: (d, s) => {
      removeSection(d, s, 'directoryRoleEligibilities', 'forbidden');
      assign(d, G1, GA);
    },
    expect: { status: 'fail', findingCount: 1, reason: /Partly assessed/ },
  },
  {
    name: 'active and eligible on the same role are two findings',
    mutate: (d) => {
      assign(d, G1, GA);
      d.directoryRoleEligibilities.push({ id: 'el-1', principalId: G1, roleDefinitionId: GA, directoryScopeId: '/' });
    },
    expect: { status: 'fail', findings: [{ subKey: `active:${GA}:/` }, { subKey: `eligible:${GA}:/` }] },
  },
]);
