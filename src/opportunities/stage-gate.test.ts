import { describe, expect, it } from 'vitest';
import { defaultPlaybook } from '../core/playbook/default-playbook.js';
import { checkFieldValue, checkTransition, matchesScope, missingRequirements, nextStageOf } from './stage-gate.js';

const now = new Date('2026-11-20T02:00:00Z');
const subject = { grade: 'A', type: 'B2B', region: '华东', productLine: '工业设备' };
const facts = { followupsByChannel: { visit: 1 }, filesByKind: {} };

describe('stage transitions', () => {
  it('walks the pipeline one stage at a time', () => {
    expect(nextStageOf(defaultPlaybook, 'initial')).toBe('needs');
    expect(nextStageOf(defaultPlaybook, 'contract')).toBe('won');
    expect(nextStageOf(defaultPlaybook, 'won')).toBeNull();
    expect(checkTransition(defaultPlaybook, 'initial', 'needs', undefined)).toEqual({ ok: true, kind: 'advance' });
    expect(checkTransition(defaultPlaybook, 'initial', 'proposal', undefined)).toEqual({ ok: false, code: 'STAGE_TRANSITION' });
    expect(checkTransition(defaultPlaybook, 'needs', 'initial', undefined)).toEqual({ ok: false, code: 'STAGE_TRANSITION' });
    expect(checkTransition(defaultPlaybook, 'contract', 'won', undefined)).toEqual({ ok: true, kind: 'win' });
    expect(checkTransition(defaultPlaybook, 'won', 'lost', 'x')).toEqual({ ok: false, code: 'STAGE_CLOSED' });
    expect(checkTransition(defaultPlaybook, 'needs', 'lost', '  ')).toEqual({ ok: false, code: 'LOST_REASON_REQUIRED' });
    expect(checkTransition(defaultPlaybook, 'needs', 'nowhere', undefined)).toEqual({ ok: false, code: 'UNKNOWN_STAGE' });
  });
});

describe('requirements', () => {
  it('checks field values by type', () => {
    const [pain, , next] = defaultPlaybook.fields;
    expect(checkFieldValue(pain, undefined, now)).toBe('missing');
    expect(checkFieldValue(pain, '短', now)).toBe('too_short');
    expect(checkFieldValue(pain, '客户确认了痛点', now)).toBeNull();
    expect(checkFieldValue(next, 'not a date', now)).toBe('invalid');
    expect(checkFieldValue(next, '2026-11-19T00:00:00Z', now)).toBe('not_future');
    expect(checkFieldValue(next, '2026-11-21T00:00:00Z', now)).toBeNull();
  });

  it('matches scopes; an empty scope matches everything', () => {
    expect(matchesScope({}, subject)).toBe(true);
    expect(matchesScope({ grades: ['A'] }, subject)).toBe(true);
    expect(matchesScope({ grades: ['B'] }, subject)).toBe(false);
    expect(matchesScope({ grades: ['A'], regions: ['华南'] }, subject)).toBe(false);
  });

  it('lists fields and grade rules together, with counts', () => {
    const missing = missingRequirements({
      document: defaultPlaybook,
      from: 'negotiation',
      to: 'contract',
      subject,
      fields: { painPoints: '客户确认了痛点' },
      facts,
      now,
      locale: 'zh-CN',
    });
    expect(missing.map((m) => m.key)).toEqual(['competitorResponse', 'nextFollowUpAt', 'followups:visit', 'files:proposal']);
    expect(missing[2].label).toBe('线下拜访记录 ≥ 3 次（已有 1 次）');
    const grB = missingRequirements({
      document: defaultPlaybook,
      from: 'negotiation',
      to: 'contract',
      subject: { ...subject, grade: 'B' },
      fields: {},
      facts,
      now,
      locale: 'en',
    });
    expect(grB.map((m) => m.kind)).toEqual(['field', 'field', 'field']);
  });

  it('ignores disabled rules', () => {
    const document = structuredClone(defaultPlaybook);
    document.rules.stageFields[0].enabled = false;
    document.rules.gradeRules[0].enabled = false;
    expect(missingRequirements({ document, from: 'negotiation', to: 'contract', subject, fields: {}, facts, now, locale: 'zh-CN' })).toEqual([]);
  });
});
