import rule from '../../rules/guest-app-owner.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// OWNERS https://learn.microsoft.com/graph/api/application-list-owners — owners are directory objects (users or service
//        principals); an owner can manage the application's credentials.
// PROPS  https://learn.microsoft.com/entra/external-id/user-properties — userType Guest marks a guest.

const APP = 'a9900000-0000-4000-8000-000000000001';
const G2 = '7a1c0000-0000-4000-8000-000000000002';
const owners = (d: MutableData) => d.appOwnership[0]!.owners!;
const dropGuests = (d: MutableData, s: Snapshot) => {
  s.sections.guests = { status: 'forbidden', httpStatus: 403 };
  delete (d as Partial<MutableData>).guests;
};

ruleTable(rule, [
  { name: 'member owner passes', expect: { status: 'pass' } },
  {
    name: 'owner with userType Guest → finding per app per guest (PROPS)',
    mutate: (d) => {
      owners(d).push({
        id: 'b1000000-0000-4000-8000-000000000009',
        '@odata.type': '#microsoft.graph.user',
        userType: 'Guest',
        displayName: 'Ext Dev',
      });
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'owner',
          resourceId: APP,
          resourceType: 'application',
          subKey: 'b1000000-0000-4000-8000-000000000009',
          severity: 'medium',
          params: { owner: 'Ext Dev', objectType: 'application' },
        },
      ],
    },
  },
  {
    name: 'owner without userType but in the guest list',
    mutate: (d) => {
      owners(d).push({ id: G2, '@odata.type': '#microsoft.graph.user' });
    },
    expect: { status: 'fail', findings: [{ subKey: G2, params: { owner: 'Partner User 2' } }] },
  },
  {
    name: 'service principal owned by a guest',
    mutate: (d) => {
      d.appOwnership.push({
        id: 'a9900000-0000-4000-8000-000000000002',
        objectType: 'servicePrincipal',
        appId: 'b9900000-0000-4000-8000-000000000002',
        displayName: 'Payroll connector',
        owners: [{ id: G2, '@odata.type': '#microsoft.graph.user', userType: 'Guest' }],
      });
    },
    expect: {
      status: 'fail',
      findings: [
        {
          resourceId: 'a9900000-0000-4000-8000-000000000002',
          resourceType: 'servicePrincipal',
          params: { objectType: 'service principal' },
        },
      ],
    },
  },
  {
    name: 'one guest owning two apps → two findings',
    mutate: (d) => {
      owners(d).push({ id: G2, '@odata.type': '#microsoft.graph.user', userType: 'Guest' });
      d.appOwnership.push({
        id: 'a9900000-0000-4000-8000-000000000003',
        objectType: 'application',
        displayName: 'Second',
        owners: [{ id: G2, '@odata.type': '#microsoft.graph.user', userType: 'Guest' }],
      });
    },
    expect: { status: 'fail', findingCount: 2 },
  },
  {
    name: 'a service principal as owner is not a user (OWNERS)',
    mutate: (d) => {
      owners(d).push({ id: 'c0000000-0000-4000-8000-0000000000aa', '@odata.type': '#microsoft.graph.servicePrincipal' });
    },
    expect: { status: 'pass' },
  },
  {
    name: 'owner without userType and no guest list: incomplete, not pass',
    mutate: (d, s) => {
      owners(d).push({ id: 'b1000000-0000-4000-8000-000000000010', '@odata.type': '#microsoft.graph.user' });
      dropGuests(d, s);
    },
    expect: { status: 'not-assessed', reason: /1 owner does not say whether it is a guest, and the guest list is not available/ },
  },
  {
    name: 'no guest list but every owner carries userType: assessed',
    mutate: (d, s) => dropGuests(d, s),
    expect: { status: 'pass' },
  },
]);
