import type { GroupSetting } from '../snapshot/snapshot.types.js';

/** Template id of the tenant-wide Microsoft 365 group settings ("Group.Unified"). */
export const GROUP_UNIFIED_TEMPLATE = '62375ab9-6b52-47ed-826b-58e47e0e304b';

export function isGroupUnified(s: GroupSetting): boolean {
  if (s.templateId) return s.templateId.trim().toLowerCase() === GROUP_UNIFIED_TEMPLATE;
  return (s.displayName ?? '').trim().toLowerCase() === 'group.unified';
}

export type GroupUnifiedRead =
  | { kind: 'set'; value: boolean; raw: string; setting: GroupSetting }
  | { kind: 'template-default'; value: boolean; raw: string; setting?: GroupSetting }
  | { kind: 'unreadable'; raw: string; settingId: string };

/**
 * A boolean value of the Group.Unified settings: the one a Group.Unified object sets, else the template's default
 * (a tenant that never created the object, or left the value null, runs on it). Setting values are strings.
 */
export function groupUnifiedValue(settings: readonly GroupSetting[], name: string, templateDefault: boolean): GroupUnifiedRead {
  const unified = settings.filter(isGroupUnified);
  for (const setting of unified) {
    const entry = (setting.values ?? []).find((v) => (v.name ?? '').toLowerCase() === name.toLowerCase());
    if (!entry || entry.value === null || entry.value === undefined) continue;
    const v = entry.value.trim().toLowerCase();
    if (v !== 'true' && v !== 'false') return { kind: 'unreadable', raw: entry.value, settingId: setting.id };
    return { kind: 'set', value: v === 'true', raw: entry.value, setting };
  }
  return { kind: 'template-default', value: templateDefault, raw: String(templateDefault), ...(unified[0] ? { setting: unified[0] } : {}) };
}
