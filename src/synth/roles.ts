import type { UnifiedRoleDefinition } from '../snapshot/snapshot.types.js';

/** Built-in Entra role template ids (identical in every tenant). */
export const ROLE = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  guestInviter: '95e79109-95c0-4d8e-aee3-d01accf2d47b',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
} as const;

const DEFINITIONS: ReadonlyArray<readonly [keyof typeof ROLE, string, boolean]> = [
  ['globalAdministrator', 'Global Administrator', true],
  ['privilegedRoleAdministrator', 'Privileged Role Administrator', true],
  ['securityAdministrator', 'Security Administrator', true],
  ['applicationAdministrator', 'Application Administrator', true],
  ['userAdministrator', 'User Administrator', true],
  ['helpdeskAdministrator', 'Helpdesk Administrator', true],
  ['guestInviter', 'Guest Inviter', false],
  ['reportsReader', 'Reports Reader', false],
  // Microsoft does not label Exchange Administrator privileged (gatehouse reports it anyway).
  ['exchangeAdministrator', 'Exchange Administrator', false],
  ['securityReader', 'Security Reader', true],
];

export function roleDefinitions(): UnifiedRoleDefinition[] {
  return DEFINITIONS.map(([key, displayName, isPrivileged]) => ({
    id: ROLE[key],
    displayName,
    templateId: ROLE[key],
    isBuiltIn: true,
    isPrivileged,
  }));
}
