import type { Framework } from './types.js';

/** Entra ID Security Config Analyzer (EIDSCA) checks as Maester generates them. Titles are ours. */
export const EIDSCA: Framework = {
  id: 'eidsca',
  name: 'Entra ID Security Config Analyzer (EIDSCA)',
  publisher: 'Cloud-Architekt / Maester',
  edition: 'Maester EIDSCA test ids',
  idFormat: 'EIDSCA.<area><nn>, e.g. EIDSCA.AP04',
  controls: [
    { id: 'EIDSCA.AP04', title: 'Guest invitations restricted to admins and Guest Inviters (or no one)' },
    { id: 'EIDSCA.AP05', title: 'Users cannot sign up for email-based subscriptions' },
    { id: 'EIDSCA.AP06', title: 'Users cannot join the tenant by email verification' },
    { id: 'EIDSCA.AP07', title: 'Guest directory access is the restricted role', note: 'restricted only; limited fails' },
    { id: 'EIDSCA.ST08', title: 'Guests cannot own Microsoft 365 groups' },
    { id: 'EIDSCA.ST09', title: 'Guests can access Microsoft 365 group content', note: 'expects true (collaboration default kept)' },
  ],
};
