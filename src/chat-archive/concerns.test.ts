import { describe, expect, it } from 'vitest';
import { defaultConcerns } from '../core/playbook/schema.js';
import { concernTagger } from './concerns.js';

describe('concern tagging', () => {
  const tagger = concernTagger(defaultConcerns().categories);

  it('tags the default categories by their keywords, in playbook order', () => {
    expect(tagger.tag('你们的价格太贵了，交付周期能不能缩短？')).toEqual(['price', 'delivery_time']);
    expect(tagger.tag('售后服务怎么保障？坏了多久能上门维修')).toEqual(['delivery_time', 'after_sales']);
    expect(tagger.tag('友商报价比你们低两成')).toEqual(['price', 'competitor']);
    expect(tagger.tag('尾款能不能分期，发票什么时候开')).toEqual(['payment']);
    expect(tagger.tag('能不能定制一个接口对接我们的ERP')).toEqual(['features']);
    expect(tagger.tag('上线后需要给操作员做培训')).toContain('training');
    expect(tagger.tag('这批货的质量不稳定，良率太低')).toEqual(['quality']);
  });

  it('keeps keywords whole and matches Latin words case-insensitively', () => {
    expect(tagger.tag('交付周期')).toEqual(['delivery_time']);
    expect(tagger.tag('What is the Price and the WARRANTY?')).toEqual(['price', 'after_sales']);
  });

  it('tags nothing in small talk or an empty text', () => {
    expect(tagger.tag('好的，明天见')).toEqual([]);
    expect(tagger.tag('')).toEqual([]);
  });

  it('follows the categories it is given', () => {
    const custom = concernTagger([
      { key: 'eco', label: '环保', labelEn: 'Environment', keywords: ['碳排放', '环评'] },
      { key: 'price', label: '价格', labelEn: 'Price', keywords: ['价格'] },
    ]);
    expect(custom.tag('碳排放指标和价格都要看')).toEqual(['eco', 'price']);
    expect(custom.tag('交付周期')).toEqual([]);
    expect(concernTagger([]).tag('价格')).toEqual([]);
  });
});
