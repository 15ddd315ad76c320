import type { RequirementDocument, RequirementTemplate } from '../../api/types';

/** The same Markdown the server renders into `requirementDocument`, for a live preview while editing. */
export function renderRequirementPreview(templates: RequirementTemplate[], requirement: RequirementDocument | null | undefined, empty: string): string {
  if (!requirement || requirement.items.length === 0) return empty;
  const lines: string[] = [];
  for (const template of templates) {
    const entries = requirement.items.filter((i) => i.template === template.key);
    if (entries.length === 0) continue;
    lines.push(`## ${template.name}`);
    for (const entry of entries) {
      const item = template.items.find((i) => i.key === entry.item);
      if (!item) continue;
      const params = item.params
        .filter((p) => entry.params[p.key] !== undefined && entry.params[p.key] !== '')
        .map((p) => `${p.label}：${String(entry.params[p.key])}${p.unit ?? ''}`);
      lines.push(`- [x] ${item.label}${params.length ? `（${params.join('；')}）` : ''}`);
    }
  }
  if (requirement.notes) lines.push('', `备注：${requirement.notes}`);
  return lines.join('\n');
}
