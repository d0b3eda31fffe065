import { CLOUD_NAMES } from '../graph/cloud.js';
import { SECTIONS, SECTION_NAMES } from '../snapshot/sections.js';

/**
 * The README's table of which sections each national cloud's Graph offers, generated from the section registry
 * (`absentIn`); the conformance test checks the same registry against Microsoft's per-cloud metadata.
 */
export function cloudAvailabilityMarkdown(): string {
  const clouds = CLOUD_NAMES.filter((c) => c !== 'global');
  const rows = SECTION_NAMES.filter((s) => !SECTIONS[s].evidenceOf && clouds.some((c) => SECTIONS[s].absentIn?.includes(c)));
  const lines = [
    `| section | API | ${clouds.map((c) => `\`${c}\``).join(' | ')} |`,
    `|---|---|${clouds.map(() => '---').join('|')}|`,
    ...rows.map(
      (s) =>
        `| \`${s}\` (${SECTIONS[s].title}) | ${SECTIONS[s].apiVersion} \`${SECTIONS[s].path.split('?')[0]}\` | ${clouds.map((c) => (SECTIONS[s].absentIn?.includes(c) ? 'not-available' : 'collected')).join(' | ')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
