import { describe, expect, it } from 'vitest';
import { defaultPlaybook } from '../core/playbook/default-playbook.js';
import { suggestTags } from './suggest.js';

describe('suggested tags (自动打标)', () => {
  const playbook = defaultPlaybook;

  it('suggests the value tag with the most matched keywords and names the words', () => {
    const s = suggestTags('客户讲了现状和痛点，今年预算充足，下周安排样机演示', playbook);
    expect(s.valueTag).toBe('needs_discovery');
    expect(s.matches.find((m) => m.kind === 'valueTag' && m.key === 'needs_discovery')?.words).toEqual(['现状', '痛点', '预算']);
    expect(s.matches.find((m) => m.kind === 'valueTag' && m.key === 'solution_demo')?.words).toEqual(['样机', '演示']);
    expect(s.matches.find((m) => m.kind === 'valueTag')).toMatchObject({ label: '需求挖掘', labelEn: 'Needs discovery' });
  });

  it('suggests the concerns raised, in the playbook order, with the keywords', () => {
    const s = suggestTags('交付周期太长，价格也偏高', playbook);
    expect(s.concerns).toEqual(['price', 'delivery_time']);
    expect(s.keywords).toEqual(expect.arrayContaining(['交付周期', '价格']));
    expect(s.matches.filter((m) => m.kind === 'concern').map((m) => m.words)).toEqual([['价格'], ['交付周期']]);
  });

  it('breaks ties by the order of the keyword lists, and is deterministic', () => {
    // One word each for objection handling (顾虑) and negotiation (折扣): the earlier list wins.
    const text = '客户有顾虑，希望再给点折扣';
    const first = suggestTags(text, playbook);
    expect(first.valueTag).toBe('objection_handling');
    for (let i = 0; i < 5; i++) expect(suggestTags(text, playbook)).toEqual(first);
  });

  it('suggests nothing for small talk or an empty text', () => {
    expect(suggestTags('好的，明天见', playbook)).toEqual({ valueTag: null, concerns: [], keywords: [], matches: [] });
    expect(suggestTags('', playbook).valueTag).toBeNull();
  });

  it('follows the playbook: its keywords, and only value tags it still has', () => {
    const custom = {
      ...playbook,
      valueTags: [{ key: 'site_survey', label: '现场勘查', labelEn: 'Site survey' }],
      voice: {
        valueTagKeywords: [
          { valueTag: 'site_survey', keywords: ['勘查', '测量'] },
          { valueTag: 'gone', keywords: ['预算'] },
        ],
      },
      concerns: { categories: [{ key: 'eco', label: '环保', labelEn: 'Environment', keywords: ['环评'] }] },
    };
    const s = suggestTags('到现场勘查，环评材料和预算都要准备', custom);
    expect(s.valueTag).toBe('site_survey');
    expect(s.concerns).toEqual(['eco']);
    expect(s.matches.map((m) => m.key)).toEqual(['site_survey', 'eco']);
  });

  it('matches Latin keywords case-insensitively and reports them as written', () => {
    const s = suggestTags('We showed the roi case', playbook);
    expect(s.valueTag).toBe('value_presentation');
    expect(s.matches[0].words).toEqual(['roi']);
  });
});
