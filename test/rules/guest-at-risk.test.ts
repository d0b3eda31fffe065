import rule from '../../rules/guest-at-risk.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// RU  https://learn.microsoft.com/graph/api/resources/riskyuser — riskState none | confirmedSafe | remediated | dismissed
//     | atRisk | confirmedCompromised; riskLevel low | medium | high | hidden | none; isDeleted.
// B2B https://learn.microsoft.com/entra/id-protection/concept-identity-protection-b2b — B2B collaboration users' user
//     risk is evaluated in their home directory; guest users do not appear in the resource tenant's risky users report.

const GUEST = '7a1c0000-0000-4000-8000-000000000001';
const risk = (patch: Record<string, unknown>) => (d: MutableData) => {
  const u = d.riskyUsers.find((x) => x.id === GUEST)!;
  Object.assign(u, patch);
};

ruleTable(rule, [
  { name: 'a remediated guest and an at-risk member: no guest at risk (RU)', expect: { status: 'pass' } },
  {
    name: 'guest at risk, medium → medium (RU)',
    mutate: risk({ riskState: 'atRisk', riskLevel: 'medium', riskDetail: 'none' }),
    expect: { status: 'fail', findings: [{ messageId: 'atRisk', resourceId: GUEST, subKey: 'riskState', severity: 'medium' }] },
  },
  {
    name: 'guest at high risk → high (RU)',
    mutate: risk({ riskState: 'atRisk', riskLevel: 'high' }),
    expect: { status: 'fail', findings: [{ severity: 'high' }] },
  },
  {
    name: 'confirmed compromised → high whatever the level (RU)',
    mutate: risk({ riskState: 'confirmedCompromised', riskLevel: 'low', riskDetail: 'adminConfirmedUserCompromised' }),
    expect: { status: 'fail', findings: [{ severity: 'high', params: { state: 'confirmedCompromised' } }] },
  },
  {
    name: 'hidden risk level → low (RU)',
    mutate: risk({ riskState: 'atRisk', riskLevel: 'hidden' }),
    expect: { status: 'fail', findings: [{ severity: 'low' }] },
  },
  {
    name: 'dismissed and confirmed safe are not at risk (RU)',
    mutate: (d) => {
      risk({ riskState: 'dismissed', riskLevel: 'none' })(d);
      d.riskyUsers.push({ id: '7a1c0000-0000-4000-8000-000000000002', riskState: 'confirmedSafe', riskLevel: 'none' });
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a disabled guest at risk is not reported (it cannot sign in)',
    mutate: (d) => {
      risk({ riskState: 'atRisk', riskLevel: 'high' })(d);
      d.guests.find((g) => g.id === GUEST)!.accountEnabled = false;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a deleted risky-user record is not reported (RU isDeleted)',
    mutate: risk({ riskState: 'atRisk', riskLevel: 'high', isDeleted: true }),
    expect: { status: 'pass' },
  },
  {
    name: 'no risky users at all passes — B2B guests are evaluated at home (B2B)',
    mutate: (d) => {
      d.riskyUsers = [];
    },
    expect: { status: 'pass' },
  },
]);
