import rule from '../../rules/external-users-cannot-leave.js';
import { ruleTable } from '../support/rule-table.js';

ruleTable(rule, [
  { name: 'external users may leave: pass', expect: { status: 'pass' } },
  {
    name: 'leaving blocked → informational finding',
    mutate: (d) => { d.externalIdentitiesPolicy.allowExternalIdentitiesToLeave = false; },
    expect: { status: 'fail', findings: [{ messageId: 'cannotLeave', resourceId: 'externalIdentitiesPolicy', severity: 'info' }] },
  },
  {
    name: 'value missing → not assessed',
    mutate: (d) => { d.externalIdentitiesPolicy.allowExternalIdentitiesToLeave = null; },
    expect: { status: 'not-assessed' },
  },
]);
