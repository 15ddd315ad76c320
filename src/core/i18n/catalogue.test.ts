import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogues, quotedList, text } from './catalogue.js';
import { LOCALES } from './locale.js';

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/** The argument names a message uses, through its plural and select branches. */
function argumentsOf(elements: Element[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    // 0 = literal, 7 = pound (#); everything else names an argument.
    if (el.type !== 0 && el.type !== 7 && el.value) into.add(el.value);
    for (const option of Object.values(el.options ?? {})) argumentsOf(option.value, into);
  }
  return into;
}

const messagesOf = (locale: (typeof LOCALES)[number]) => {
  const c = catalogues[locale];
  return {
    ...Object.fromEntries(Object.entries(c.notices).flatMap(([k, v]) => [[`${k}.title`, v.title] as const, [`${k}.body`, v.body] as const])),
    ...Object.fromEntries(Object.entries(c.text).map(([k, v]) => [`text:${k}`, v] as const)),
  };
};

describe('server message catalogue', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(catalogues.en.notices).sort()).toEqual(Object.keys(catalogues['zh-CN'].notices).sort());
    expect(Object.keys(catalogues.en.text).sort()).toEqual(Object.keys(catalogues['zh-CN'].text).sort());
  });

  it('holds only messages that parse as ICU; English needs no argument the Chinese source does not', () => {
    const zh = messagesOf('zh-CN');
    const en = messagesOf('en');
    for (const [key, message] of Object.entries(zh)) {
      const zhArgs = argumentsOf(new IntlMessageFormat(message, 'zh-CN', undefined, { ignoreTag: true }).getAst());
      const enArgs = argumentsOf(new IntlMessageFormat(en[key], 'en', undefined, { ignoreTag: true }).getAst());
      expect([key, [...enArgs].filter((a) => !zhArgs.has(a))]).toEqual([key, []]);
    }
  });

  it('counts in English with plural forms', () => {
    expect(text('en', 'sheet.stale.truncated', { count: 1 })).toBe('Only the 1 record idle the longest are listed');
    expect(text('en', 'sheet.stale.ruleText', { hours: 48 })).toBe('Open leads and opportunities without an update for more than 48 hours');
    expect(text('en', 'sheet.stale.ruleText', { hours: 1 })).toBe('Open leads and opportunities without an update for more than 1 hour');
    expect(text('zh-CN', 'sheet.stale.ruleText', { hours: 48 })).toBe('进行中的线索和商机超过 48 小时无更新');
  });

  it('quotes lists the way each language does', () => {
    expect(quotedList('zh-CN', ['甲', '乙'])).toBe('「甲」、「乙」');
    expect(quotedList('en', ['A', 'B'])).toBe('\u201cA\u201d, \u201cB\u201d');
  });
});
