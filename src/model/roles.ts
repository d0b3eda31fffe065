import type { UnifiedRoleAssignment, UnifiedRoleDefinition } from '../snapshot/snapshot.types.js';

/**
 * Built-in directory roles gatehouse treats as privileged even when a snapshot carries no role definitions (or
 * definitions without `isPrivileged`, which Graph added later). The list is Microsoft's "PRIVILEGED"-labelled
 * built-in roles (learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference), plus two
 * roles Microsoft does not label but which read and change all of the organisation's mail and files: Exchange
 * Administrator and SharePoint Administrator. Role template ids are Microsoft's fixed, documented ids.
 *
 * `readOnly` roles (Global Reader, Security Reader) cannot change anything but can read every setting, policy and
 * security report — a reconnaissance position for an outsider; findings on them are one severity lower.
 */
export interface KnownRole {
  templateId: string;
  name: string;
  readOnly?: boolean;
  /** Why it is on the list although Microsoft does not label it privileged. */
  note?: string;
}

export const PRIVILEGED_ROLES: readonly KnownRole[] = [
  { templateId: '62e90394-69f5-4237-9190-012177145e10', name: 'Global Administrator' },
  { templateId: 'e8611ab8-c189-46e8-94e1-60213ab1f814', name: 'Privileged Role Administrator' },
  { templateId: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13', name: 'Privileged Authentication Administrator' },
  { templateId: '194ae4cb-b126-40b2-bd5b-6091b380977d', name: 'Security Administrator' },
  { templateId: '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f', name: 'Security Operator' },
  { templateId: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', name: 'Conditional Access Administrator' },
  { templateId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', name: 'Application Administrator' },
  { templateId: '158c047a-c907-4556-b7ef-446551a6b5f7', name: 'Cloud Application Administrator' },
  { templateId: 'fe930be7-5e62-47db-91af-98c3a49a38b1', name: 'User Administrator' },
  { templateId: 'c4e39bd9-1100-46d3-8c65-fb160da0071f', name: 'Authentication Administrator' },
  { templateId: '729827e3-9c14-49f7-bb1b-9608f156bbb8', name: 'Helpdesk Administrator' },
  { templateId: '966707d0-3269-4727-9be2-8c3a10f19b9d', name: 'Password Administrator' },
  { templateId: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2', name: 'Hybrid Identity Administrator' },
  { templateId: 'be2f45a1-457d-42af-a067-6ec1fa63bc45', name: 'External Identity Provider Administrator' },
  { templateId: '8329153b-31d0-4727-b945-745eb3bc5f31', name: 'Domain Name Administrator' },
  { templateId: '3a2c62db-5318-420d-8d74-23affee5d9d5', name: 'Intune Administrator' },
  { templateId: '7698a772-787b-4ac8-901f-60d6b08affd2', name: 'Cloud Device Administrator' },
  { templateId: '9360feb5-f418-4baa-8175-e2a00bac4301', name: 'Directory Writers' },
  { templateId: '59d46f88-662b-457b-bceb-5c3809e5908f', name: 'Lifecycle Workflows Administrator' },
  { templateId: 'aaf43236-0c0d-4d5f-883a-6955382ac081', name: 'B2C IEF Keyset Administrator' },
  { templateId: '4ba39ca4-527c-499a-b93d-d9b492c50246', name: 'Partner Tier1 Support' },
  { templateId: 'e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8', name: 'Partner Tier2 Support' },
  { templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de', name: 'Exchange Administrator', note: 'not labelled privileged by Microsoft; manages every mailbox' },
  { templateId: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c', name: 'SharePoint Administrator', note: 'not labelled privileged by Microsoft; manages every site and file' },
  { templateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', name: 'Global Reader', readOnly: true },
  { templateId: '5d6b6bb7-de71-4623-b4af-96380a352509', name: 'Security Reader', readOnly: true },
];

const BY_TEMPLATE = new Map(PRIVILEGED_ROLES.map((r) => [r.templateId.toLowerCase(), r]));

export function knownPrivilegedRole(templateId: string | null | undefined): KnownRole | undefined {
  return templateId ? BY_TEMPLATE.get(templateId.toLowerCase()) : undefined;
}

export type RoleVerdict =
  | { privileged: true; name: string; readOnly: boolean; basis: 'isPrivileged' | 'well-known'; templateId?: string }
  | { privileged: false; name: string }
  | { privileged: 'unknown'; roleDefinitionId: string };

/**
 * Whether an assignment's role is privileged. The definition comes from the assignment itself (`$expand=roleDefinition`)
 * or from the collected definitions (by id or template id; built-in roles use the template id as id). A definition
 * marked `isPrivileged: true`, or a well-known privileged template, is privileged; a resolved definition that is
 * neither is not; a role that cannot be resolved at all is `unknown` — never silently "not privileged".
 */
export function classifyRole(assignment: UnifiedRoleAssignment, definitions: readonly UnifiedRoleDefinition[] | undefined): RoleVerdict {
  const roleId = assignment.roleDefinitionId ?? '';
  const inline = assignment.roleDefinition as UnifiedRoleDefinition | undefined;
  const def =
    (inline && typeof inline === 'object' ? inline : undefined) ??
    definitions?.find((d) => d.id.toLowerCase() === roleId.toLowerCase() || (d.templateId ?? '').toLowerCase() === roleId.toLowerCase());
  const known = knownPrivilegedRole(def?.templateId ?? roleId) ?? knownPrivilegedRole(roleId);
  if (def?.isPrivileged === true) {
    return { privileged: true, name: def.displayName ?? known?.name ?? roleId, readOnly: known?.readOnly ?? false, basis: 'isPrivileged', ...(def.templateId ? { templateId: def.templateId } : {}) };
  }
  if (known) return { privileged: true, name: known.name, readOnly: known.readOnly ?? false, basis: 'well-known', templateId: known.templateId };
  if (def) return { privileged: false, name: def.displayName ?? roleId };
  return { privileged: 'unknown', roleDefinitionId: roleId };
}
