import type { Framework } from './types.js';

/**
 * CIS Microsoft 365 Foundations Benchmark: the recommendations about external identities plus the adjacent
 * SharePoint/OneDrive ones we cross-reference. Titles are our own summaries.
 */
export const CIS_M365: Framework = {
  id: 'cis-m365',
  name: 'CIS Microsoft 365 Foundations Benchmark',
  publisher: 'Center for Internet Security',
  edition: 'v3–v7 (ids as numbered in v4 and later unless noted)',
  idFormat: 'section number, e.g. 5.1.6.3',
  controls: [
    { id: '1.1.4', title: 'Guest accounts are reviewed on a short cycle', note: 'v3 numbering; manual' },
    { id: '1.3.3', title: 'External calendar sharing is off', adjacent: true },
    { id: '5.1.3.1', title: 'A dynamic group holds every guest user' },
    { id: '5.1.6.1', title: 'B2B invitations go only to allowed domains' },
    { id: '5.1.6.2', title: 'Guest users get limited or restricted directory access' },
    { id: '5.1.6.3', title: 'Only admins and Guest Inviters may invite guests' },
    {
      id: '5.2.3.7',
      title: 'The Email OTP authentication method is off',
      note: "v6/v7; audits the method's state, not allowExternalIdToUseEmailOtp, so email-otp-direction does not map to it",
    },
    { id: '5.3.2', title: 'Access reviews of guest users are configured' },
    { id: '7.2.2', title: 'SharePoint and OneDrive use Entra B2B for external users', adjacent: true },
    { id: '7.2.3', title: 'SharePoint external sharing is restricted', adjacent: true },
    { id: '7.2.4', title: 'OneDrive external sharing is restricted', adjacent: true },
    { id: '7.2.5', title: 'Guests cannot re-share items they do not own', adjacent: true },
    { id: '7.2.6', title: 'SharePoint sharing is limited by a domain allow or block list', adjacent: true },
    { id: '7.2.7', title: 'Sharing links default to a narrow scope', adjacent: true },
    { id: '7.2.8', title: 'External sharing is limited to chosen security groups', adjacent: true },
    { id: '7.2.9', title: 'Guest access to sites expires', adjacent: true },
    { id: '7.2.10', title: 'Verification-code guests re-authenticate within a bounded period', adjacent: true },
    { id: '7.2.11', title: 'Sharing links default to view permission', adjacent: true },
    { id: '8.2.1', title: 'Teams external access is limited to allowed domains', adjacent: true },
    { id: '8.2.2', title: 'Teams users cannot talk to unmanaged Teams accounts', adjacent: true },
    { id: '8.2.3', title: 'Unmanaged Teams accounts cannot start conversations', adjacent: true },
    { id: '8.2.4', title: 'Teams external access to trial-only tenants is blocked', adjacent: true },
    { id: '9.1.1', title: 'Power BI guest user access is restricted', adjacent: true },
    { id: '9.1.2', title: 'Power BI external invitations are restricted', adjacent: true },
    { id: '9.1.3', title: 'Power BI guest access to content is restricted', adjacent: true },
    { id: '9.1.8', title: 'Power BI external data sharing is restricted', adjacent: true },
  ],
};
