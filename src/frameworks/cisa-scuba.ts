import type { Framework } from './types.js';

/** CISA Secure Cloud Business Applications (SCuBA) baseline for Entra ID, guest-user section (MS.AAD.8). Titles are ours. */
export const CISA_SCUBA: Framework = {
  id: 'cisa-scuba',
  name: 'CISA SCuBA Microsoft Entra ID baseline',
  publisher: 'Cybersecurity and Infrastructure Security Agency',
  edition: 'MS.AAD policy ids with version suffix',
  idFormat: 'MS.AAD.<section>.<n>v<version>, e.g. MS.AAD.8.2v1',
  controls: [
    { id: 'MS.AAD.8.1v1', title: 'Guests have limited or restricted directory access' },
    { id: 'MS.AAD.8.2v1', title: 'Only users with the Guest Inviter role may invite guests', note: 'ScubaGear passes adminsAndGuestInviters only; "none" fails' },
    { id: 'MS.AAD.8.3v1', title: 'Guest invitations are limited to specific external domains', note: 'ScubaGear: manual; Maester maps it to the default inbound cross-tenant block' },
  ],
};
