import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { resolvePath, type Verdict } from '../../src/simulator/metadata/judge.js';
import { graphSchema } from '../../src/simulator/metadata/index.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { reportFigure } from './figures.js';
import { checkModelFile, checkSnapshot, declaredGatehouseFields, emptyReport } from './properties.js';

const snapshotFiles = readdirSync(packagePath('fixtures', 'snapshots'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const modelDirs = readdirSync(packagePath('fixtures', 'graph')).sort();

function typeOfPath(version: 'v1.0' | 'beta', path: string): string | undefined {
  const v: Verdict = { unknown: [], checked: [], leniencies: [] };
  const r = resolvePath(graphSchema(version), path.split('/'), v);
  return 'target' in r && r.target && !v.unknown.length ? r.target.type : undefined;
}

describe('every property of every fixture object exists on its Graph type', () => {
  const report = emptyReport();

  for (const file of snapshotFiles) {
    it(`fixtures/snapshots/${file}`, () => {
      const snapshot = JSON.parse(readFileSync(packagePath('fixtures', 'snapshots', file), 'utf8')) as Snapshot;
      const own = checkSnapshot(snapshot, file);
      for (const p of own.graphProperties) report.graphProperties.add(p);
      for (const g of own.gatehouseFields) report.gatehouseFields.add(g);
      report.occurrences += own.occurrences;
      report.lenient += own.lenient;
      report.problems.push(...own.problems);
      expect(own.problems).toEqual([]);
    });
  }

  for (const dir of modelDirs) {
    it(`fixtures/graph/${dir}/model.json (served by the simulator as Graph)`, () => {
      const model = JSON.parse(readFileSync(packagePath('fixtures', 'graph', dir, 'model.json'), 'utf8')) as {
        resources: Parameters<typeof checkModelFile>[1];
      };
      const own = checkModelFile(`${dir}/model.json`, model.resources, typeOfPath);
      for (const p of own.graphProperties) report.graphProperties.add(p);
      report.occurrences += own.occurrences;
      report.problems.push(...own.problems);
      expect(own.problems).toEqual([]);
    });
  }

  it('the fields gatehouse adds are the ones snapshot.schema.json marks x-gatehouse, each with its reason', () => {
    expect(declaredGatehouseFields()).toEqual([
      "#/definitions/crossTenantAccessPolicyConfigurationPartner/properties/defaultDomainName (the partner tenant's default domain, from findTenantInformationByTenantId)",
      "#/definitions/crossTenantAccessPolicyConfigurationPartner/properties/displayName (the partner tenant's name, from findTenantInformationByTenantId)",
      "#/definitions/domainTenantLookup (gatehouse's record of one findTenantInformationByDomainName call per federated domain; Graph's answer is its tenantInformation)",
      '#/definitions/domainTenantLookup/properties/domainName (the federated domain that was looked up)',
      "#/definitions/domainTenantLookup/properties/errorCode (Graph's error code when the look-up failed)",
      "#/definitions/domainTenantLookup/properties/httpStatus (the look-up's HTTP status)",
      '#/definitions/domainTenantLookup/properties/outcome (how the look-up ended)',
      '#/definitions/ownedApp/properties/objectType (which collection (/applications or /servicePrincipals) the entry was read from)',
    ]);
  });

  it('reports the figures', () => {
    const total = report.occurrences;
    reportFigure({
      kind: 'properties',
      checked: total,
      ok: total - report.problems.length - report.lenient,
      allowListed: report.lenient,
      detail: [
        `${report.graphProperties.size} distinct Graph properties over ${snapshotFiles.length} fixture snapshots and ${modelDirs.length} simulator model(s)`,
        ...[...report.gatehouseFields].sort().map((f) => `gatehouse field (x-gatehouse): ${f}`),
      ],
    });
    expect(report.problems).toEqual([]);
  });
});
