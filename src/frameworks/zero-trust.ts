import type { Framework } from './types.js';

/** Microsoft Zero Trust Assessment test ids about external identities. Titles are ours. */
export const ZERO_TRUST: Framework = {
  id: 'zero-trust',
  name: 'Microsoft Zero Trust Assessment',
  publisher: 'Microsoft',
  edition: 'ZeroTrustAssessment test ids',
  idFormat: 'numeric test id as a string, e.g. 21790',
  controls: [
    { id: '21790', title: 'Default outbound B2B collaboration and direct connect are blocked' },
    { id: '21791', title: 'Guests cannot invite other guests' },
    { id: '21792', title: 'Guest directory access is the restricted role' },
    { id: '21793', title: 'Tenant restrictions v2 default blocks unknown tenants' },
    { id: '21822', title: 'Guest invitations go to an allow list of domains' },
    { id: '21823', title: 'Guest self-service sign-up via user flows is off' },
    { id: '21824', title: 'Guest sessions have a short sign-in frequency' },
    { id: '21851', title: 'Guests use strong authentication', note: 'under construction in the peer tool' },
    { id: '21857', title: 'Guest access is reviewed', note: 'under construction in the peer tool' },
    { id: '21858', title: 'Inactive guests are disabled or removed' },
    { id: '21868', title: 'Guests do not own applications' },
    { id: '21874', title: 'Guest invitations go to an allow list of domains (duplicate of 21822)' },
    { id: '21875', title: 'Access packages for externals are limited to connected organisations' },
    { id: '21877', title: 'Every guest has a sponsor' },
    { id: '21879', title: 'External access-package requests need approval' },
    { id: '21929', title: 'Guest access packages expire or are reviewed' },
    { id: '22128', title: 'Guests hold no privileged directory roles' },
    { id: '25377', title: 'Universal tenant restrictions are enforced' },
    { id: '25383', title: 'No guest holds Global Secure Access or Global Administrator roles' },
    { id: '25384', title: 'No guest holds the Application Administrator role' },
  ],
};
