import type { FrameworkId } from '../engine/rule.js';
import type { Framework, FrameworkControl } from './types.js';

export type PeerFramework = Exclude<FrameworkId, 'catalog'>;

/** A row of the merged external-identity catalogue (peer tools' external-identity checks, merged) with the peer controls it gathers. */
export interface CatalogRow extends FrameworkControl {
  area:
    | 'invitations-and-settings'
    | 'cross-tenant-access'
    | 'lifecycle-and-governance'
    | 'privilege'
    | 'conditional-access'
    | 'sharepoint-and-onedrive'
    | 'other-workloads';
  /** The same control in the frameworks gatehouse catalogues, by exact id. */
  peers: Partial<Record<PeerFramework, readonly string[]>>;
  /** Rows gatehouse leaves unjudged, with the reason (for most: Microsoft Graph has no API that exposes the setting). */
  outOfScope?: string;
  /** What part of the row gatehouse's rules do not judge, when they judge only part of it. */
  partly?: string;
  /** Rows gatehouse added to the 31 merged from peer tools: controls peers test outside Entra, and doors none of them checks. */
  addedByGatehouse?: true;
}

export const CATALOG_ROWS: readonly CatalogRow[] = [
  {
    id: 'EI-01',
    area: 'invitations-and-settings',
    title: 'Restrict who can invite guests',
    peers: { 'cis-m365': ['5.1.6.3'], 'cisa-scuba': ['MS.AAD.8.2v1'], eidsca: ['EIDSCA.AP04'], 'zero-trust': ['21791'] },
  },
  {
    id: 'EI-02',
    area: 'invitations-and-settings',
    title: 'Invitations only to allowed domains',
    peers: { 'cis-m365': ['5.1.6.1'], 'cisa-scuba': ['MS.AAD.8.3v1'], 'zero-trust': ['21822', '21874'] },
  },
  {
    id: 'EI-03',
    area: 'invitations-and-settings',
    title: 'Guest directory access limited or restricted',
    peers: { 'cis-m365': ['5.1.6.2'], 'cisa-scuba': ['MS.AAD.8.1v1'], eidsca: ['EIDSCA.AP07'], 'zero-trust': ['21792'] },
  },
  {
    id: 'EI-04',
    area: 'invitations-and-settings',
    title: 'No joining the tenant by email verification',
    peers: { eidsca: ['EIDSCA.AP06'] },
  },
  {
    id: 'EI-05',
    area: 'invitations-and-settings',
    title: 'No self-service sign-up for email-based subscriptions',
    peers: { eidsca: ['EIDSCA.AP05'] },
  },
  {
    id: 'EI-06',
    area: 'invitations-and-settings',
    title: 'Guest self-service sign-up through user flows controlled',
    peers: { 'zero-trust': ['21823'] },
  },
  {
    id: 'EI-07',
    area: 'invitations-and-settings',
    title: 'Email one-time passcode for guests (contested direction)',
    peers: {},
    note: "CIS 5.2.3.7, often cited here, audits the Email OTP authentication method's state (the tenant's own users), not the switch for external users",
  },
  { id: 'EI-08', area: 'invitations-and-settings', title: 'External users can leave the tenant', peers: {} },
  { id: 'EI-09', area: 'invitations-and-settings', title: 'Guests cannot own Microsoft 365 groups', peers: { eidsca: ['EIDSCA.ST08'] } },
  {
    id: 'EI-10',
    area: 'invitations-and-settings',
    title: 'Guest access to Microsoft 365 group content (direction set by the profile)',
    peers: { eidsca: ['EIDSCA.ST09'] },
  },
  { id: 'XT-01', area: 'cross-tenant-access', title: 'Default inbound B2B collaboration not open to everyone', peers: {} },
  {
    id: 'XT-02',
    area: 'cross-tenant-access',
    title: 'Default outbound B2B collaboration and direct connect restricted',
    peers: { 'zero-trust': ['21790'] },
  },
  { id: 'XT-03', area: 'cross-tenant-access', title: 'Default inbound B2B direct connect not open to everyone', peers: {} },
  { id: 'XT-04', area: 'cross-tenant-access', title: 'Inbound trust of external MFA and device claims (contested direction)', peers: {} },
  {
    id: 'XT-05',
    area: 'cross-tenant-access',
    title: 'Tenant restrictions v2 default blocks unknown tenants',
    peers: { 'zero-trust': ['21793'] },
  },
  {
    id: 'XT-06',
    area: 'cross-tenant-access',
    title: 'Universal tenant restrictions enforced',
    peers: { 'zero-trust': ['25377'] },
    partly: 'enforcement by a proxy header or Windows device policy is not visible in Graph, so tagging that is off is reported low',
  },
  { id: 'XT-07', area: 'cross-tenant-access', title: 'Partner overrides no looser than the default', peers: {} },
  {
    id: 'XT-08',
    area: 'cross-tenant-access',
    title: 'Entra and SharePoint external-sharing settings agree',
    peers: {},
    partly:
      "whether the tenant is enrolled in the SharePoint and OneDrive integration with Entra B2B (which makes Entra's list apply to SharePoint invitations) is not in Graph",
  },
  {
    id: 'LC-01',
    area: 'lifecycle-and-governance',
    title: 'Recurring access reviews cover guests',
    peers: { 'cis-m365': ['5.3.2', '1.1.4'], 'zero-trust': ['21857'] },
  },
  { id: 'LC-02', area: 'lifecycle-and-governance', title: 'Inactive guests disabled or removed', peers: { 'zero-trust': ['21858'] } },
  { id: 'LC-03', area: 'lifecycle-and-governance', title: 'Every guest has a sponsor', peers: { 'zero-trust': ['21877'] } },
  { id: 'LC-04', area: 'lifecycle-and-governance', title: 'A dynamic group of all guests exists', peers: { 'cis-m365': ['5.1.3.1'] } },
  {
    id: 'LC-05',
    area: 'lifecycle-and-governance',
    title: 'External access packages limited to connected organisations',
    peers: { 'zero-trust': ['21875'] },
  },
  {
    id: 'LC-06',
    area: 'lifecycle-and-governance',
    title: 'External access-package requests need approval',
    peers: { 'zero-trust': ['21879'] },
  },
  {
    id: 'LC-07',
    area: 'lifecycle-and-governance',
    title: 'Guest access packages expire or are reviewed',
    peers: { 'zero-trust': ['21929'] },
  },
  {
    id: 'PR-01',
    area: 'privilege',
    title: 'Guests hold no privileged directory roles',
    peers: { 'zero-trust': ['22128', '25383', '25384'] },
  },
  { id: 'PR-02', area: 'privilege', title: 'Guests do not own applications or service principals', peers: { 'zero-trust': ['21868'] } },
  { id: 'CA-01', area: 'conditional-access', title: 'MFA required for every guest on all apps', peers: { 'zero-trust': ['21851'] } },
  { id: 'CA-02', area: 'conditional-access', title: 'At least one Conditional Access policy targets guests', peers: {} },
  { id: 'CA-03', area: 'conditional-access', title: 'Guests have short sign-in sessions', peers: { 'zero-trust': ['21824'] } },
  { id: 'CA-04', area: 'conditional-access', title: 'Device-based grants on guest-inclusive policies (lock-out risk)', peers: {} },

  // Added by gatehouse: external-access doors the merged list leaves out (controls peers test in the adjacent workloads,
  // and doors no peer checks).
  {
    id: 'EI-11',
    area: 'invitations-and-settings',
    title: 'Identity providers guests can use (inventory; findings where the profile disallows one)',
    peers: {},
    addedByGatehouse: true,
  },
  {
    id: 'XT-09',
    area: 'cross-tenant-access',
    title: 'Partners allowed to synchronise users into the tenant',
    peers: {},
    addedByGatehouse: true,
  },
  {
    id: 'XT-10',
    area: 'cross-tenant-access',
    title: "Invitation redemption keeps users of Entra organisations on their organisation's account",
    peers: {},
    addedByGatehouse: true,
  },
  {
    id: 'PR-03',
    area: 'privilege',
    title: 'Guests hold no privileged role through role-assignable groups (member, owner or eligible)',
    peers: {},
    addedByGatehouse: true,
  },
  {
    id: 'PR-04',
    area: 'privilege',
    title: 'No enabled guest is at risk in Identity Protection',
    peers: {},
    addedByGatehouse: true,
    partly:
      "Microsoft evaluates the user risk of B2B collaboration guests in their home tenant; they do not appear in this tenant's risky users",
  },
  {
    id: 'CA-05',
    area: 'conditional-access',
    title: 'Phishing-resistant MFA for guests who authenticate with Entra ID (strict profile)',
    peers: { 'cisa-scuba': ['MS.AAD.3.1v1'] },
    note: "SCuBA sets it for the tenant's users; applied to guests only where Microsoft says a strength can be met (internal guests, tenants whose MFA is trusted)",
    addedByGatehouse: true,
  },
  {
    id: 'SP-01',
    area: 'sharepoint-and-onedrive',
    title: 'SharePoint and OneDrive external sharing level restricted',
    peers: { 'cis-m365': ['7.2.3', '7.2.4'], 'cisa-scuba': ['MS.SHAREPOINT.1.1v1', 'MS.SHAREPOINT.1.2v1'] },
    partly:
      "OneDrive's own level (CIS 7.2.4, MS.SHAREPOINT.1.2v1) is not in Graph; it can never be wider than SharePoint's, which is judged",
    addedByGatehouse: true,
  },
  {
    id: 'SP-02',
    area: 'sharepoint-and-onedrive',
    title: 'Guests cannot reshare items they do not own',
    peers: { 'cis-m365': ['7.2.5'] },
    addedByGatehouse: true,
  },
  {
    id: 'SP-03',
    area: 'sharepoint-and-onedrive',
    title: 'SharePoint sharing limited by a domain allow or block list',
    peers: { 'cis-m365': ['7.2.6'], 'cisa-scuba': ['MS.SHAREPOINT.1.3v1'] },
    partly:
      "the SharePoint list is judged against Entra's invitation list (a list missing on one side is reported when the other has one); restriction to security groups (CIS 7.2.8) is not in Graph",
    addedByGatehouse: true,
  },
  {
    id: 'SP-04',
    area: 'sharepoint-and-onedrive',
    title: 'Sharing invitations are accepted only by the invited account',
    peers: {},
    addedByGatehouse: true,
  },
  {
    id: 'SP-05',
    area: 'sharepoint-and-onedrive',
    title: 'SharePoint and OneDrive use Entra B2B for guests',
    peers: { 'cis-m365': ['7.2.2'] },
    outOfScope: 'not in Microsoft Graph: read with SharePoint Online PowerShell (Get-SPOTenant, EnableAzureADB2BIntegration)',
    addedByGatehouse: true,
  },
  {
    id: 'SP-06',
    area: 'sharepoint-and-onedrive',
    title: 'Sharing links default to specific people and view; Anyone links expire',
    peers: { 'cis-m365': ['7.2.7', '7.2.11'], 'cisa-scuba': ['MS.SHAREPOINT.2.1v1', 'MS.SHAREPOINT.2.2v1'] },
    outOfScope:
      "not in Microsoft Graph's sharepointSettings (v1.0 or beta): read with SharePoint Online PowerShell (DefaultSharingLinkType, DefaultLinkPermission, RequireAnonymousLinksExpireInDays)",
    addedByGatehouse: true,
  },
  {
    id: 'SP-07',
    area: 'sharepoint-and-onedrive',
    title: 'Guest access to sites expires; verification-code guests re-authenticate',
    peers: { 'cis-m365': ['7.2.9', '7.2.10'] },
    outOfScope:
      "not in Microsoft Graph's sharepointSettings: read with SharePoint Online PowerShell (ExternalUserExpirationRequired, EmailAttestationRequired)",
    addedByGatehouse: true,
  },
  {
    id: 'SP-08',
    area: 'sharepoint-and-onedrive',
    title: 'External sharing limited to chosen security groups',
    peers: { 'cis-m365': ['7.2.8'] },
    outOfScope: "not in Microsoft Graph's sharepointSettings: read with SharePoint Online PowerShell",
    addedByGatehouse: true,
  },
  {
    id: 'TM-01',
    area: 'other-workloads',
    title: 'Teams external access limited to allowed domains; unmanaged and trial tenants blocked',
    peers: { 'cis-m365': ['8.2.1', '8.2.2', '8.2.3', '8.2.4'], 'cisa-scuba': ['MS.TEAMS.2.1v2', 'MS.TEAMS.2.2v2', 'MS.TEAMS.2.3v2'] },
    outOfScope:
      'Teams external access (the tenant federation configuration) has no Microsoft Graph API in v1.0 or beta; it is read with Teams PowerShell (Get-CsTenantFederationConfiguration)',
    addedByGatehouse: true,
  },
  {
    id: 'TM-02',
    area: 'other-workloads',
    title: 'Anonymous and external users in Teams meetings controlled',
    peers: {},
    note: 'CIS 8.5.x and ScubaGear MS.TEAMS.1.x',
    outOfScope: 'Teams meeting policies are not in Microsoft Graph; they are read with Teams PowerShell (Get-CsTeamsMeetingPolicy)',
    addedByGatehouse: true,
  },
  {
    id: 'WL-01',
    area: 'other-workloads',
    title: 'Power BI and Fabric guest access and external sharing restricted',
    peers: { 'cis-m365': ['9.1.1', '9.1.2', '9.1.3', '9.1.8'], 'cisa-scuba': ['MS.POWERBI.2.1v1', 'MS.POWERBI.3.1v1'] },
    outOfScope: 'Power BI tenant settings are in the Fabric admin REST API, not Microsoft Graph',
    addedByGatehouse: true,
  },
  {
    id: 'WL-02',
    area: 'other-workloads',
    title: 'Power Platform tenant isolation on',
    peers: { 'cisa-scuba': ['MS.POWERPLATFORM.3.1v1'] },
    outOfScope: 'Power Platform tenant settings are in the Power Platform admin API, not Microsoft Graph',
    addedByGatehouse: true,
  },
  {
    id: 'WL-03',
    area: 'other-workloads',
    title: 'External calendar sharing off',
    peers: { 'cis-m365': ['1.3.3'] },
    outOfScope: 'Exchange sharing policies are read with Exchange Online PowerShell (Get-SharingPolicy), not Microsoft Graph',
    addedByGatehouse: true,
  },
  {
    id: 'WL-04',
    area: 'other-workloads',
    title: 'Azure DevOps external guest access and invitations restricted',
    peers: {},
    note: 'Maester AZDO.1006 and AZDO.1007',
    outOfScope: 'Azure DevOps organisation policies are in the Azure DevOps REST API, not Microsoft Graph',
    addedByGatehouse: true,
  },
];

export const CATALOG: Framework = {
  id: 'catalog',
  name: 'gatehouse merged external-identity catalogue',
  publisher: 'gatehouse',
  edition:
    '31 rows merged from Maester/EIDSCA, ScubaGear, Monkey365, Prowler, Zero Trust Assessment, CIPP, AzureADAssessment, M365-Assess, Powerpipe and CIS, and rows gatehouse added for the adjacent SharePoint, Teams and other workloads and for doors no peer checks',
  idFormat: 'EI-nn, XT-nn, LC-nn, PR-nn, CA-nn, SP-nn, TM-nn, WL-nn',
  controls: CATALOG_ROWS,
};
