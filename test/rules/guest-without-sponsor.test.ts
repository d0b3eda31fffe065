import rule from '../../rules/guest-without-sponsor.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// SPONS https://learn.microsoft.com/entra/external-id/b2b-sponsors — sponsors of a guest can be users or groups; the
//       inviter is the default sponsor.
// LIST  https://learn.microsoft.com/graph/api/user-list-sponsors

const G1 = '7a1c0000-0000-4000-8000-000000000001';

ruleTable(rule, [
  { name: 'every guest sponsored passes', expect: { status: 'pass' } },
  {
    name: 'empty sponsor list → low finding (SPONS, LIST)',
    mutate: (d) => {
      d.guests[0]!.sponsors = [];
    },
    expect: { status: 'fail', findings: [{ messageId: 'noSponsor', resourceId: G1, resourceType: 'user', severity: 'low' }] },
  },
  {
    name: 'null sponsors with the sponsor section collected means none',
    mutate: (d) => {
      d.guests[0]!.sponsors = null;
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a group as sponsor counts (SPONS)',
    mutate: (d) => {
      d.guests[0]!.sponsors = [{ id: '9d6e0000-0000-4000-8000-0000000000aa', '@odata.type': '#microsoft.graph.group' }];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'disabled guest is not checked',
    mutate: (d) => {
      d.guests[0]!.sponsors = [];
      d.guests[0]!.accountEnabled = false;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'pending guest is left to guest-invitation-pending',
    mutate: (d) => {
      d.guests[0]!.sponsors = [];
      d.guests[0]!.externalUserState = 'PendingAcceptance';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'sponsor expansion forbidden: not-assessed, never "no sponsor"',
    mutate: (d, s) => {
      d.guests[0]!.sponsors = null;
      s.sections.guestSponsors = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
    },
    expect: { status: 'not-assessed', reason: /not allowed to read the guest sponsors/ },
  },
]);
