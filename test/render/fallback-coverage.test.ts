import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { sectionGaps } from '../../src/render/model.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { evaluateSnapshot, htmlReport } from './support.js';

const FALLBACK =
  "isPrivileged not read: GET /beta/roleManagement/directory/roleDefinitions answered 400; privileged roles are judged by gatehouse's copy of Microsoft's list";

describe('a section collected by a fallback is a coverage gap in every report', () => {
  const snapshot = fixtureSnapshot('base');
  snapshot.sections.directoryRoleDefinitions = { status: 'ok', apiVersion: 'v1.0', itemCount: 2, fallback: FALLBACK };
  for (const d of snapshot.data.directoryRoleDefinitions ?? []) delete d.isPrivileged;
  const result = evaluateSnapshot(snapshot);

  it('result.json carries the fallback on the section', () => {
    expect(result.sections.directoryRoleDefinitions).toMatchObject({ status: 'ok', fallback: FALLBACK });
  });

  it('coverage lists it as ok (fallback), with what was relied on', () => {
    expect(sectionGaps(result)).toContainEqual(
      expect.objectContaining({ name: 'directoryRoleDefinitions', status: 'ok (fallback)', detail: FALLBACK }),
    );
    const html = htmlReport(result, snapshot);
    const coverage = html.slice(html.indexOf('id="coverage"'));
    expect(coverage).toContain('ok (fallback)');
    expect(coverage).toContain('isPrivileged not read');
    expect(renderMarkdown(result)).toMatch(/### Collected by a fallback[\s\S]*Directory role definitions — isPrivileged not read/);
  });

  it('a section read without a fallback is not listed', () => {
    const clean = evaluateSnapshot(fixtureSnapshot('base'));
    expect(sectionGaps(clean).some((g) => g.name === 'directoryRoleDefinitions')).toBe(false);
    expect(renderMarkdown(clean)).not.toContain('Collected by a fallback');
  });
});
