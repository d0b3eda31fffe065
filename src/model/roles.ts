import type { UnifiedRoleAssignment, UnifiedRoleDefinition } from '../snapshot/snapshot.types.js';

/**
 * Which directory roles are privileged. Microsoft marks them itself: `unifiedRoleDefinition.isPrivileged`, which only
 * Graph beta carries, and the PRIVILEGED label on its built-in roles reference. gatehouse reads the flag; when a
 * snapshot has no flag (role definitions read from v1.0, or not read at all) it falls back on its copy of Microsoft's
 * labelled list below, which must match Microsoft's list exactly. Role template ids are Microsoft's fixed ids.
 *
 * `readOnly` roles (Global Reader, Security Reader, Attribute Provisioning Reader) cannot change anything but can
 * read settings, policies and security reports — a reconnaissance position for an outsider; findings on them are one
 * severity lower.
 */
export interface KnownRole {
  templateId: string;
  name: string;
  readOnly?: boolean;
  /** Why it is reported although Microsoft does not label it privileged. */
  note?: string;
}

/**
 * The version of Microsoft's list of privileged built-in roles (the PRIVILEGED label) copied below, from
 * https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference.
 */
export const PRIVILEGED_ROLES_LISTED = '2026-01-20';

/** Microsoft's PRIVILEGED-labelled built-in roles, as listed on PRIVILEGED_ROLES_LISTED (alphabetical, as Microsoft lists them). */
export const MICROSOFT_PRIVILEGED_ROLES: readonly KnownRole[] = [
  { templateId: 'db506228-d27e-4b7d-95e5-295956d6615f', name: 'Agent ID Administrator' },
  { templateId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', name: 'Application Administrator' },
  { templateId: 'cf1c38e5-3621-4004-a7cb-879624dced7c', name: 'Application Developer' },
  { templateId: 'ecb2c6bf-0ab6-418e-bd87-7986f8d63bbe', name: 'Attribute Provisioning Administrator' },
  { templateId: '422218e4-db15-4ef9-bbe0-8afb41546d79', name: 'Attribute Provisioning Reader', readOnly: true },
  { templateId: 'c4e39bd9-1100-46d3-8c65-fb160da0071f', name: 'Authentication Administrator' },
  { templateId: '25a516ed-2fa0-40ea-a2d0-12923a21473a', name: 'Authentication Extensibility Administrator' },
  { templateId: 'aaf43236-0c0d-4d5f-883a-6955382ac081', name: 'B2C IEF Keyset Administrator' },
  { templateId: '158c047a-c907-4556-b7ef-446551a6b5f7', name: 'Cloud Application Administrator' },
  { templateId: '7698a772-787b-4ac8-901f-60d6b08affd2', name: 'Cloud Device Administrator' },
  { templateId: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', name: 'Conditional Access Administrator' },
  { templateId: '9360feb5-f418-4baa-8175-e2a00bac4301', name: 'Directory Writers' },
  { templateId: '8329153b-31d0-4727-b945-745eb3bc5f31', name: 'Domain Name Administrator' },
  { templateId: 'be2f45a1-457d-42af-a067-6ec1fa63bc45', name: 'External Identity Provider Administrator' },
  { templateId: '62e90394-69f5-4237-9190-012177145e10', name: 'Global Administrator' },
  { templateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', name: 'Global Reader', readOnly: true },
  { templateId: '729827e3-9c14-49f7-bb1b-9608f156bbb8', name: 'Helpdesk Administrator' },
  { templateId: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2', name: 'Hybrid Identity Administrator' },
  { templateId: '3a2c62db-5318-420d-8d74-23affee5d9d5', name: 'Intune Administrator' },
  { templateId: '59d46f88-662b-457b-bceb-5c3809e5908f', name: 'Lifecycle Workflows Administrator' },
  { templateId: '4ba39ca4-527c-499a-b93d-d9b492c50246', name: 'Partner Tier1 Support' },
  { templateId: 'e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8', name: 'Partner Tier2 Support' },
  { templateId: '966707d0-3269-4727-9be2-8c3a10f19b9d', name: 'Password Administrator' },
  { templateId: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13', name: 'Privileged Authentication Administrator' },
  { templateId: 'e8611ab8-c189-46e8-94e1-60213ab1f814', name: 'Privileged Role Administrator' },
  { templateId: '194ae4cb-b126-40b2-bd5b-6091b380977d', name: 'Security Administrator' },
  { templateId: '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f', name: 'Security Operator' },
  { templateId: '5d6b6bb7-de71-4623-b4af-96380a352509', name: 'Security Reader', readOnly: true },
  { templateId: 'fe930be7-5e62-47db-91af-98c3a49a38b1', name: 'User Administrator' },
];

/**
 * Roles gatehouse reports although Microsoft does not label them privileged, whatever the flag says: they read and
 * change all of the organisation's mail and files. A judgement of gatehouse's own, kept apart from Microsoft's list.
 */
export const ALSO_PRIVILEGED_ROLES: readonly KnownRole[] = [
  {
    templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de',
    name: 'Exchange Administrator',
    note: 'not labelled privileged by Microsoft; manages every mailbox',
  },
  {
    templateId: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
    name: 'SharePoint Administrator',
    note: 'not labelled privileged by Microsoft; manages every site and file',
  },
];

/** Every role gatehouse can recognise as privileged without a flag. */
export const PRIVILEGED_ROLES: readonly KnownRole[] = [...MICROSOFT_PRIVILEGED_ROLES, ...ALSO_PRIVILEGED_ROLES];

const byTemplate = (roles: readonly KnownRole[]) => new Map(roles.map((r) => [r.templateId.toLowerCase(), r]));
const MICROSOFT = byTemplate(MICROSOFT_PRIVILEGED_ROLES);
const ALSO = byTemplate(ALSO_PRIVILEGED_ROLES);

export function knownPrivilegedRole(templateId: string | null | undefined): KnownRole | undefined {
  return templateId ? (MICROSOFT.get(templateId.toLowerCase()) ?? ALSO.get(templateId.toLowerCase())) : undefined;
}

/**
 * Why a role counts as privileged: Microsoft's flag on its definition, Microsoft's labelled list (when the snapshot
 * has no flag), or gatehouse's own addition (ALSO_PRIVILEGED_ROLES).
 */
export type PrivilegeBasis = 'isPrivileged' | 'microsoft-list' | 'gatehouse';

export type RoleVerdict =
  | { privileged: true; name: string; readOnly: boolean; basis: PrivilegeBasis; templateId?: string }
  | { privileged: false; name: string }
  | { privileged: 'unknown'; roleDefinitionId: string };

/**
 * Whether an assignment's role is privileged. The definition comes from the assignment itself (`$expand=roleDefinition`)
 * or from the collected definitions (by id or template id; built-in roles use the template id as id). Microsoft's
 * `isPrivileged` decides when the definition carries it; gatehouse's additions are privileged either way. Without
 * the flag, Microsoft's labelled list decides for built-in roles; a custom role without the flag, or a role that
 * cannot be resolved at all, is `unknown` — never silently "not privileged".
 */
export function classifyRole(assignment: UnifiedRoleAssignment, definitions: readonly UnifiedRoleDefinition[] | undefined): RoleVerdict {
  const roleId = assignment.roleDefinitionId ?? '';
  const inline = assignment.roleDefinition as UnifiedRoleDefinition | undefined;
  const def =
    (inline && typeof inline === 'object' ? inline : undefined) ??
    definitions?.find((d) => d.id.toLowerCase() === roleId.toLowerCase() || (d.templateId ?? '').toLowerCase() === roleId.toLowerCase());
  const template = (def?.templateId ?? roleId).toLowerCase();
  const listed = MICROSOFT.get(template) ?? MICROSOFT.get(roleId.toLowerCase());
  const also = ALSO.get(template) ?? ALSO.get(roleId.toLowerCase());
  const privileged = (basis: PrivilegeBasis, known: KnownRole | undefined): RoleVerdict => {
    const templateId = def?.templateId ?? known?.templateId;
    return {
      privileged: true,
      name: def?.displayName ?? known?.name ?? roleId,
      readOnly: known?.readOnly ?? false,
      basis,
      ...(templateId ? { templateId } : {}),
    };
  };
  if (def?.isPrivileged === true) return privileged('isPrivileged', listed ?? also);
  if (also) return privileged('gatehouse', also);
  if (def?.isPrivileged === false) return { privileged: false, name: def.displayName ?? roleId };
  if (listed) return privileged('microsoft-list', listed);
  if (def?.isBuiltIn === true) return { privileged: false, name: def.displayName ?? roleId };
  return { privileged: 'unknown', roleDefinitionId: roleId };
}
