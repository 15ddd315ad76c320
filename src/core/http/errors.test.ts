import { describe, expect, it } from 'vitest';
import { localise, pickLocale } from './errors.js';

describe('localised errors', () => {
  it('picks the language from Accept-Language, Chinese by default', () => {
    expect(pickLocale(undefined)).toBe('zh-CN');
    expect(pickLocale('en-GB,en;q=0.9')).toBe('en');
    expect(pickLocale('zh-TW,en;q=0.5')).toBe('zh-CN');
    expect(pickLocale('fr-FR')).toBe('zh-CN');
  });

  it('fills parameters and translates entity names', () => {
    expect(localise('NOT_FOUND', { entity: '@lead' }, 'zh-CN')).toBe('线索不存在或您无权查看');
    expect(localise('NOT_FOUND', { entity: '@lead' }, 'en')).toBe('Lead not found');
  });
});
