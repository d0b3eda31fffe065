import { beforeAll, describe, expect, it } from 'vitest';
import type { CloudName } from '../../src/graph/cloud.js';
import { documentedFacts } from '../../src/simulator/metadata/index.js';
import { reportFigure } from './figures.js';
import { CLOUDS, judgeRecorded, problemsOf, recordCloud, type Recorded, type Recording } from './record.js';

const recordings = new Map<CloudName, Recording>();

beforeAll(async () => {
  for (const cloud of CLOUDS) recordings.set(cloud, await recordCloud(cloud));
}, 300_000);

describe('every request a full scan sends resolves in Microsoft Graph metadata', () => {
  for (const cloud of CLOUDS) {
    it(`${cloud}: paths resolve; $select, $expand, $filter and $orderby names exist on the resolved type`, () => {
      const rec = recordings.get(cloud)!;
      expect(rec.writes).toEqual([]);
      expect(problemsOf(rec, cloud)).toEqual([]);
    });
  }

  it('the recording covers the whole scan: guest split, $batch members, fallbacks, the owners relationship', () => {
    const global = recordings.get('global')!.requests;
    const has = (re: RegExp, extra: (r: Recorded) => boolean = () => true) =>
      global.some((r) => re.test(decodeURIComponent(r.url)) && extra(r));
    expect(has(/^\/users\/\$count\?\$filter=userType eq 'Guest' and createdDateTime ge /)).toBe(true); // --guest-split probes
    expect(has(/^\/users\/\$count\?\$filter=userType eq 'Guest'$/)).toBe(true); // the guest total that sizes the split
    expect(has(/^\/users\?\$filter=userType eq 'Guest' and createdDateTime (ge|le) /)).toBe(true); // the ranges' pages
    expect(has(/createdDateTime eq null/)).toBe(false); // not documented for createdDateTime: never sent
    expect(has(/^\/users\/[^/]+\/sponsors/, (r) => r.viaBatch)).toBe(true); // sponsors in $batch after $expand is refused
    expect(has(/^\/tenantRelationships\/findTenantInformationByDomainName/, (r) => r.viaBatch)).toBe(true);
    expect(has(/^\/tenantRelationships\/findTenantInformationByTenantId/, (r) => r.viaBatch)).toBe(true);
    expect(has(/^\/roleManagement\/directory\/roleDefinitions\?\$select=.*isPrivileged/, (r) => r.version === 'beta')).toBe(true);
    expect(has(/^\/roleManagement\/directory\/roleDefinitions/, (r) => r.version === 'v1.0')).toBe(true); // the fallback
    expect(has(/^\/applications\/[^/]+\/owners/)).toBe(true); // more than 20 owners
    expect(has(/^\/directory\/federationConfigurations\/.*\/domains/)).toBe(true);
    expect(has(/^\/identity\/b2xUserFlows\/[^/]+\/apiConnectorConfiguration/)).toBe(true);
    expect(recordings.get('usgov')!.requests.some((r) => r.url.startsWith('/identity/identityProviders'))).toBe(false);
  });

  it('reports the figures', () => {
    let checked = 0;
    let ok = 0;
    let lenient = 0;
    const names = new Set<string>();
    const leniencies = new Set<string>();
    for (const cloud of CLOUDS) {
      for (const r of recordings.get(cloud)!.requests) {
        checked++;
        const v = judgeRecorded(r, cloud);
        if (!v.refusal && !v.unknown.length && !r.refusedByMetadata) {
          if (v.leniencies.length) lenient++;
          else ok++;
        }
        for (const c of v.checked) names.add(c);
        for (const l of v.leniencies) leniencies.add(l);
      }
    }
    const runs = CLOUDS.map((c) => recordings.get(c)!.runs).reduce((a, b) => a + b, 0);
    const doc = documentedFacts().leniencies;
    reportFigure({
      kind: 'requests',
      checked,
      ok,
      allowListed: lenient,
      detail: [
        `${checked} distinct requests (url as sent) over ${CLOUDS.length} clouds in ${runs} recorded scans; ${names.size} distinct path segments and query names resolved`,
        ...[...leniencies].sort().map((l) => `allow-listed: ${l} — ${doc.map((d) => `${d.what} (${d.source})`).join('; ')}`),
      ],
    });
    expect(ok + lenient).toBe(checked);
  });
});
