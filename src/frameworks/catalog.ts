import type { FrameworkId } from '../engine/rule.js';
import type { Framework, FrameworkControl } from './types.js';

export type PeerFramework = Exclude<FrameworkId, 'catalog'>;

/** A row of the merged external-identity catalogue (peer tools' external-identity checks, merged) with the peer controls it gathers. */
export interface CatalogRow extends FrameworkControl {
  area: 'invitations-and-settings' | 'cross-tenant-access' | 'lifecycle-and-governance' | 'privilege' | 'conditional-access';
  /** The same control in the frameworks gatehouse catalogues, by exact id. */
  peers: Partial<Record<PeerFramework, readonly string[]>>;
  /** Rows gatehouse deliberately leaves unjudged for now, with the reason. */
  outOfScope?: string;
}

export const CATALOG_ROWS: readonly CatalogRow[] = [
  { id: 'EI-01', area: 'invitations-and-settings', title: 'Restrict who can invite guests', peers: { 'cis-m365': ['5.1.6.3'], 'cisa-scuba': ['MS.AAD.8.2v1'], eidsca: ['EIDSCA.AP04'], 'zero-trust': ['21791'] } },
  { id: 'EI-02', area: 'invitations-and-settings', title: 'Invitations only to allowed domains', peers: { 'cis-m365': ['5.1.6.1'], 'cisa-scuba': ['MS.AAD.8.3v1'], 'zero-trust': ['21822', '21874'] } },
  { id: 'EI-03', area: 'invitations-and-settings', title: 'Guest directory access limited or restricted', peers: { 'cis-m365': ['5.1.6.2'], 'cisa-scuba': ['MS.AAD.8.1v1'], eidsca: ['EIDSCA.AP07'], 'zero-trust': ['21792'] } },
  { id: 'EI-04', area: 'invitations-and-settings', title: 'No joining the tenant by email verification', peers: { eidsca: ['EIDSCA.AP06'] } },
  { id: 'EI-05', area: 'invitations-and-settings', title: 'No self-service sign-up for email-based subscriptions', peers: { eidsca: ['EIDSCA.AP05'] } },
  { id: 'EI-06', area: 'invitations-and-settings', title: 'Guest self-service sign-up through user flows controlled', peers: { 'zero-trust': ['21823'] } },
  {
    id: 'EI-07',
    area: 'invitations-and-settings',
    title: 'Email one-time passcode for guests (contested direction)',
    peers: {},
    note: 'CIS 5.2.3.7, often cited here, audits the Email OTP authentication method\'s state (the tenant\'s own users), not the switch for external users',
  },
  { id: 'EI-08', area: 'invitations-and-settings', title: 'External users can leave the tenant', peers: {} },
  { id: 'EI-09', area: 'invitations-and-settings', title: 'Guests cannot own Microsoft 365 groups', peers: { eidsca: ['EIDSCA.ST08'] } },
  {
    id: 'EI-10',
    area: 'invitations-and-settings',
    title: 'Guest access to Microsoft 365 group content',
    peers: { eidsca: ['EIDSCA.ST09'] },
    outOfScope: 'a collaboration choice rather than a weakness (EIDSCA expects it on); reported with the SharePoint-side settings later',
  },
  { id: 'XT-01', area: 'cross-tenant-access', title: 'Default inbound B2B collaboration not open to everyone', peers: {} },
  { id: 'XT-02', area: 'cross-tenant-access', title: 'Default outbound B2B collaboration and direct connect restricted', peers: { 'zero-trust': ['21790'] } },
  { id: 'XT-03', area: 'cross-tenant-access', title: 'Default inbound B2B direct connect not open to everyone', peers: {} },
  { id: 'XT-04', area: 'cross-tenant-access', title: 'Inbound trust of external MFA and device claims (contested direction)', peers: {} },
  { id: 'XT-05', area: 'cross-tenant-access', title: 'Tenant restrictions v2 default blocks unknown tenants', peers: { 'zero-trust': ['21793'] } },
  {
    id: 'XT-06',
    area: 'cross-tenant-access',
    title: 'Universal tenant restrictions enforced',
    peers: { 'zero-trust': ['25377'] },
    outOfScope: 'needs Global Secure Access data (beta networkAccess) that the snapshot does not collect yet',
  },
  { id: 'XT-07', area: 'cross-tenant-access', title: 'Partner overrides no looser than the default', peers: {} },
  {
    id: 'XT-08',
    area: 'cross-tenant-access',
    title: 'Entra and SharePoint external-sharing settings agree',
    peers: {},
    outOfScope: 'SharePoint-side settings (beta admin/sharepoint/settings) are not collected yet',
  },
  { id: 'LC-01', area: 'lifecycle-and-governance', title: 'Recurring access reviews cover guests', peers: { 'cis-m365': ['5.3.2', '1.1.4'], 'zero-trust': ['21857'] } },
  { id: 'LC-02', area: 'lifecycle-and-governance', title: 'Inactive guests disabled or removed', peers: { 'zero-trust': ['21858'] } },
  { id: 'LC-03', area: 'lifecycle-and-governance', title: 'Every guest has a sponsor', peers: { 'zero-trust': ['21877'] } },
  { id: 'LC-04', area: 'lifecycle-and-governance', title: 'A dynamic group of all guests exists', peers: { 'cis-m365': ['5.1.3.1'] } },
  { id: 'LC-05', area: 'lifecycle-and-governance', title: 'External access packages limited to connected organisations', peers: { 'zero-trust': ['21875'] } },
  { id: 'LC-06', area: 'lifecycle-and-governance', title: 'External access-package requests need approval', peers: { 'zero-trust': ['21879'] } },
  { id: 'LC-07', area: 'lifecycle-and-governance', title: 'Guest access packages expire or are reviewed', peers: { 'zero-trust': ['21929'] } },
  { id: 'PR-01', area: 'privilege', title: 'Guests hold no privileged directory roles', peers: { 'zero-trust': ['22128', '25383', '25384'] } },
  { id: 'PR-02', area: 'privilege', title: 'Guests do not own applications or service principals', peers: { 'zero-trust': ['21868'] } },
  { id: 'CA-01', area: 'conditional-access', title: 'MFA required for every guest on all apps', peers: { 'zero-trust': ['21851'] } },
  { id: 'CA-02', area: 'conditional-access', title: 'At least one Conditional Access policy targets guests', peers: {} },
  { id: 'CA-03', area: 'conditional-access', title: 'Guests have short sign-in sessions', peers: { 'zero-trust': ['21824'] } },
  { id: 'CA-04', area: 'conditional-access', title: 'Device-based grants on guest-inclusive policies (lock-out risk)', peers: {} },
];

export const CATALOG: Framework = {
  id: 'catalog',
  name: 'gatehouse merged external-identity catalogue',
  publisher: 'gatehouse',
  edition: '31 rows merged from Maester/EIDSCA, ScubaGear, Monkey365, Prowler, Zero Trust Assessment, CIPP, AzureADAssessment, M365-Assess, Powerpipe and CIS',
  idFormat: 'EI-nn, XT-nn, LC-nn, PR-nn, CA-nn',
  controls: CATALOG_ROWS,
};
