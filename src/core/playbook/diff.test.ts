import { describe, expect, it } from 'vitest';
import { defaultPlaybook } from './default-playbook.js';
import { diffPlaybooks } from './diff.js';

describe('diffPlaybooks', () => {
  it('finds nothing between equal documents', () => {
    expect(diffPlaybooks(defaultPlaybook, structuredClone(defaultPlaybook))).toEqual([]);
  });

  it('names a changed threshold by its path', () => {
    const after = structuredClone(defaultPlaybook);
    after.thresholds.staleHours = 24;
    expect(diffPlaybooks(defaultPlaybook, after)).toEqual([{ path: 'thresholds.staleHours', before: 48, after: 24 }]);
  });

  it('compares keyed lists by key: an added field, a renamed stage, a reorder', () => {
    const after = structuredClone(defaultPlaybook);
    after.fields.push({ key: 'budget', label: '预算确认', type: 'text' });
    after.stages[0].label = '初次接洽';
    [after.stages[1], after.stages[2]] = [after.stages[2], after.stages[1]];
    const paths = diffPlaybooks(defaultPlaybook, after).map((c) => c.path);
    expect(paths).toEqual(['stages[order]', 'stages[initial].label', 'fields[budget]']);
  });

  it('reports an unkeyed list as one change', () => {
    const after = structuredClone(defaultPlaybook);
    after.regions = ['华东'];
    expect(diffPlaybooks(defaultPlaybook, after)).toEqual([{ path: 'regions', before: defaultPlaybook.regions, after: ['华东'] }]);
  });
});
