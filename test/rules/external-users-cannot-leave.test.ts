import rule from '../../rules/external-users-cannot-leave.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// EXTID https://learn.microsoft.com/graph/api/resources/externalidentitiespolicy?view=graph-rest-beta —
//       allowExternalIdentitiesToLeave: whether external users can leave the organisation on their own.
// LEAVE https://learn.microsoft.com/entra/external-id/leave-the-organization

ruleTable(rule, [
  { name: 'external users may leave: pass', expect: { status: 'pass' } },
  {
    name: 'leaving blocked → informational finding (EXTID, LEAVE)',
    mutate: (d) => {
      d.externalIdentitiesPolicy.allowExternalIdentitiesToLeave = false;
    },
    expect: { status: 'fail', findings: [{ messageId: 'cannotLeave', resourceId: 'externalIdentitiesPolicy', severity: 'info' }] },
  },
  {
    name: 'value missing → not assessed (EXTID)',
    mutate: (d) => {
      d.externalIdentitiesPolicy.allowExternalIdentitiesToLeave = null;
    },
    expect: { status: 'not-assessed' },
  },
]);
