import { describe, expect, it } from 'vitest';
import { defaultPlaybook } from '../../../../src/core/playbook/default-playbook';
import { missingRequirements } from '../../../../src/opportunities/stage-gate';
import type { OpportunityDetail } from '../../api/types';
import { carriedOverFields, liveMissing } from './liveGate';

const now = new Date('2026-11-20T02:00:00Z');
const doc = defaultPlaybook;
const subject = { grade: 'A', type: 'B2B', region: '华东', productLine: '工业设备' };
const visits = {
  key: 'followups:visit',
  label: '线下拜访记录 ≥ 3 次（已有 1 次）',
  rule: 'grade_a_before_contract',
  ruleName: 'A',
  kind: 'followups' as const,
  reason: 'insufficient' as const,
};

const opportunity = (stage: string, stageFields: Record<string, Record<string, string>>, nextStage: string) =>
  ({
    id: 'o1',
    stage,
    status: 'open',
    stageFields,
    fields: stageFields[stage] ?? {},
    gate: { nextStage, missing: [visits], subject },
  }) as unknown as OpportunityDetail;

describe('live stage gate', () => {
  it('follows the typing with the same field rules as the server', () => {
    const opp = opportunity('negotiation', { negotiation: { painPoints: '客户确认了产线改造的三个痛点' } }, 'contract');
    const typed = { competitorResponse: '', nextFollowUpAt: '2026-11-21T02:00:00Z' };
    const live = liveMissing(opp, doc, typed, 'zh-CN', now);
    const server = missingRequirements({
      document: defaultPlaybook,
      from: 'negotiation',
      to: 'contract',
      subject,
      fields: { painPoints: '客户确认了产线改造的三个痛点', nextFollowUpAt: '2026-11-21T02:00:00Z' },
      facts: { followupsByChannel: { visit: 1 }, filesByKind: { proposal: 1 } },
      now,
      locale: 'zh-CN',
    });
    expect(live.map((m) => m.key)).toEqual(['competitorResponse', 'followups:visit']);
    expect(live.map((m) => m.key)).toEqual(server.map((m) => m.key));
    expect(live[0].label).toBe(server[0].label);

    // Filling the last field clears it from the checklist; a past date is refused like the server does.
    const filled = liveMissing(opp, doc, { ...typed, competitorResponse: '强调本地化服务与交付周期' }, 'en', now);
    expect(filled.map((m) => m.key)).toEqual(['followups:visit']);
    const past = liveMissing(opp, doc, { ...typed, competitorResponse: '强调本地化服务与交付周期', nextFollowUpAt: '2026-11-19T00:00:00Z' }, 'en', now);
    expect(past.map((m) => [m.key, m.reason])).toEqual([
      ['nextFollowUpAt', 'not_future'],
      ['followups:visit', 'insufficient'],
    ]);
  });

  it('keeps the server list until the form reports its values', () => {
    const opp = opportunity('initial', {}, 'needs');
    expect(liveMissing(opp, doc, null, 'zh-CN', now)).toEqual([visits]);
  });

  it('offers the latest earlier answer for fields the current stage has not recorded', () => {
    const opp = opportunity(
      'proposal',
      {
        initial: { painPoints: '初步痛点', competitorResponse: '初步话术' },
        needs: { painPoints: '确认后的痛点' },
        proposal: { competitorResponse: '本阶段已填' },
      },
      'negotiation',
    );
    expect(carriedOverFields(opp, doc.stages)).toEqual({ painPoints: { value: '确认后的痛点', stage: 'needs' } });
    expect(carriedOverFields(opportunity('initial', { initial: {} }, 'needs'), doc.stages)).toEqual({});
  });
});
