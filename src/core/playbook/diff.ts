/** Pure: the differences between two playbook documents, as setting paths with both values. */

export interface PlaybookChange {
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lists of keyed items (stages, fields, rules…) are compared by key or id, so a reorder reads as one change. */
function keyOf(item: unknown): string | null {
  if (!isObject(item)) return null;
  if (typeof item.key === 'string') return item.key;
  if (typeof item.id === 'string') return item.id;
  return null;
}

export function diffPlaybooks(before: unknown, after: unknown, path = ''): PlaybookChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffPlaybooks(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const beforeKeys = before.map(keyOf);
    const afterKeys = after.map(keyOf);
    const keyed = beforeKeys.every((k) => k !== null) && afterKeys.every((k) => k !== null) && before.length + after.length > 0;
    if (!keyed) return [{ path, before, after }];
    const changes: PlaybookChange[] = [];
    if (JSON.stringify(beforeKeys.filter((k) => afterKeys.includes(k))) !== JSON.stringify(afterKeys.filter((k) => beforeKeys.includes(k))))
      changes.push({ path: `${path}[order]`, before: beforeKeys, after: afterKeys });
    for (const k of new Set([...beforeKeys, ...afterKeys])) {
      const b: unknown = before.find((item: unknown) => keyOf(item) === k);
      const a: unknown = after.find((item: unknown) => keyOf(item) === k);
      changes.push(...diffPlaybooks(b, a, `${path}[${k}]`));
    }
    return changes;
  }
  return [{ path, before, after }];
}
