import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { createI18n } from './config';
import { en, FALLBACK_NAMESPACES, zhCN, type Namespace } from './index';

const namespaces = Object.keys(zhCN) as Namespace[];
const format = (message: string, locale: string, values?: Record<string, number | string>) =>
  new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).format(values) as string;

describe('web locales', () => {
  it('have the same namespaces and keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual([...namespaces].sort());
    for (const ns of namespaces) expect([ns, Object.keys(en[ns]).sort()]).toEqual([ns, Object.keys(zhCN[ns]).sort()]);
  });

  it('hold only messages that parse as ICU', () => {
    for (const [locale, catalogue] of [
      ['zh-CN', zhCN],
      ['en', en],
    ] as const) {
      for (const ns of namespaces) {
        for (const [key, message] of Object.entries(catalogue[ns] as Record<string, string>)) {
          expect(() => new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }), `${locale} ${ns}:${key}`).not.toThrow();
        }
      }
    }
  });

  it('keep every key unique across the namespaces looked up without a prefix', () => {
    const seen = new Map<string, string>();
    for (const ns of ['common', ...FALLBACK_NAMESPACES] as const) {
      for (const key of Object.keys(zhCN[ns])) {
        expect(seen.get(key), `${ns}:${key}`).toBeUndefined();
        seen.set(key, ns);
      }
    }
  });

  it('count in English with plural forms, and in Chinese without', () => {
    expect(format(en.analytics['kpi.contracts'], 'en', { n: 1 })).toBe('1 contract');
    expect(format(en.analytics['kpi.contracts'], 'en', { n: 2 })).toBe('2 contracts');
    expect(format(zhCN.analytics['kpi.contracts'], 'zh-CN', { n: 1 })).toBe('1 份合同');
    expect(format(en.collaboration['payment.marked'], 'en', { n: 1 })).toBe('Payment anomaly recorded; 1 contract frozen');
    expect(format(en.common['inbox.markedAll'], 'en', { n: 3 })).toBe('3 notifications marked read');
    expect(format(en.admin['channels.testQueued'], 'en', { n: 1 })).toMatch(/^1 test message queued/);
  });
});

describe('the app’s i18next', () => {
  // Plain signatures: the typed keys are checked where the app calls `t`, not here.
  const tOf = (language: 'zh-CN' | 'en') => createI18n(language).t as unknown as (key: string, options?: Record<string, unknown>) => string;

  it('finds keys of the unprefixed namespaces and words plurals through ICU', () => {
    const english = tOf('en');
    expect(english('menu.home')).toBe('Workbench');
    expect(english('contract.status.draft')).toBe(en.collaboration['contract.status.draft']);
    expect(english('payment.marked', { n: 1 })).toBe('Payment anomaly recorded; 1 contract frozen');
    expect(english('payment.marked', { n: 2 })).toBe('Payment anomaly recorded; 2 contracts frozen');
    expect(english('kpi.contracts', { ns: 'analytics', n: 1 })).toBe('1 contract');
    const chinese = tOf('zh-CN');
    expect(chinese('payment.marked', { n: 2 })).toBe('已标记付款异常，冻结 2 份合同');
    expect(chinese('home.welcome', { name: '李销售' })).toBe('你好，李销售');
  });
});
