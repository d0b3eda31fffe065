import type { Framework } from './types.js';

/**
 * CISA Secure Cloud Business Applications (SCuBA) baselines: Entra ID's guest-user section (MS.AAD.8) and the
 * phishing-resistant MFA policy gatehouse extends to guests (MS.AAD.3.1), plus the adjacent SharePoint, Teams, Power BI
 * and Power Platform policies on external access that the catalogue cross-references. Titles are ours.
 */
export const CISA_SCUBA: Framework = {
  id: 'cisa-scuba',
  name: 'CISA SCuBA Microsoft Entra ID baseline',
  publisher: 'Cybersecurity and Infrastructure Security Agency',
  edition: 'policy ids with version suffix (MS.AAD, MS.SHAREPOINT, MS.TEAMS, MS.POWERBI, MS.POWERPLATFORM)',
  idFormat: 'MS.<PRODUCT>.<section>.<n>v<version>, e.g. MS.AAD.8.2v1',
  controls: [
    {
      id: 'MS.AAD.3.1v1',
      title: 'Phishing-resistant MFA is enforced for all users',
      note: "written for the tenant's users; gatehouse applies it to guests only in the strict profile",
    },
    { id: 'MS.AAD.8.1v1', title: 'Guests have limited or restricted directory access' },
    {
      id: 'MS.AAD.8.2v1',
      title: 'Only users with the Guest Inviter role may invite guests',
      note: 'ScubaGear passes adminsAndGuestInviters only; "none" fails',
    },
    {
      id: 'MS.AAD.8.3v1',
      title: 'Guest invitations are limited to specific external domains',
      note: 'ScubaGear: manual; Maester maps it to the default inbound cross-tenant block',
    },
    { id: 'MS.SHAREPOINT.1.1v1', title: 'SharePoint external sharing is limited to existing guests or the organisation', adjacent: true },
    { id: 'MS.SHAREPOINT.1.2v1', title: 'OneDrive external sharing is limited to existing guests or the organisation', adjacent: true },
    { id: 'MS.SHAREPOINT.1.3v1', title: 'External sharing is limited to approved domains or security groups', adjacent: true },
    { id: 'MS.SHAREPOINT.2.1v1', title: 'The default sharing link reaches specific people only', adjacent: true },
    { id: 'MS.SHAREPOINT.2.2v1', title: 'The default sharing link permission is view', adjacent: true },
    { id: 'MS.TEAMS.2.1v2', title: 'Teams external access is limited to allowed domains', adjacent: true },
    { id: 'MS.TEAMS.2.2v2', title: 'Unmanaged Teams users cannot start contact', adjacent: true },
    { id: 'MS.TEAMS.2.3v2', title: 'Teams users cannot contact unmanaged Teams users', adjacent: true },
    { id: 'MS.POWERBI.2.1v1', title: 'Power BI guest access is restricted', adjacent: true },
    { id: 'MS.POWERBI.3.1v1', title: 'Power BI external sharing is restricted', adjacent: true },
    { id: 'MS.POWERPLATFORM.3.1v1', title: 'Power Platform tenant isolation is on', adjacent: true },
  ],
};
