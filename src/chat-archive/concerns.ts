import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { ConcernCategory } from '../core/playbook/schema.js';

/**
 * 客户关注点: tags a text with the playbook's concern categories it raises. The text is segmented
 * with jieba (the default dictionary plus every category keyword as a user word, so `交付周期`
 * stays one word); a category is raised when one of its keywords is a word of the text
 * (case-insensitive for Latin words).
 */
export interface ConcernTagger {
  /** Category keys raised by the text, in the playbook's order. */
  tag(text: string): string[];
  /** The same, with the keywords of each category that were words of the text (in the order they came). */
  explain(text: string): { key: string; words: string[] }[];
}

/** A user-dictionary line: the word, a frequency high enough to keep it whole, a part of speech. */
const userWord = (word: string) => `${word} 200000 n`;

/** The last few segmenters, most recently used last (the chat archive and voice follow-ups use different keyword sets). */
const segmenters = new Map<string, Jieba>();
const SEGMENTERS_KEPT = 4;

/** One segmenter per keyword set (loading the dictionary takes a few hundred milliseconds). */
function segmenterFor(words: string[]): Jieba {
  const dictionary = [...new Set(words)].sort().join('\n');
  const known = segmenters.get(dictionary);
  if (known) {
    segmenters.delete(dictionary);
    segmenters.set(dictionary, known);
    return known;
  }
  const jieba = Jieba.withDict(dict);
  if (dictionary) jieba.loadDict(Buffer.from(dictionary.split('\n').map(userWord).join('\n') + '\n'));
  segmenters.set(dictionary, jieba);
  if (segmenters.size > SEGMENTERS_KEPT) segmenters.delete(segmenters.keys().next().value!);
  return jieba;
}

export function concernTagger(categories: readonly ConcernCategory[]): ConcernTagger {
  const byWord = new Map<string, number[]>();
  categories.forEach((category, index) => {
    for (const keyword of category.keywords) {
      const word = keyword.trim().toLowerCase();
      const list = byWord.get(word) ?? [];
      if (!list.includes(index)) list.push(index);
      byWord.set(word, list);
    }
  });
  if (byWord.size === 0) return { tag: () => [], explain: () => [] };
  const jieba = segmenterFor(categories.flatMap((c) => c.keywords.map((k) => k.trim())));
  const explain = (text: string) => {
    if (!text) return [];
    const hit = new Map<number, string[]>();
    for (const word of jieba.cut(text, false)) {
      const lower = word.toLowerCase();
      for (const i of byWord.get(lower) ?? []) {
        const words = hit.get(i) ?? [];
        if (!words.some((w) => w.toLowerCase() === lower)) words.push(word);
        hit.set(i, words);
      }
    }
    return [...hit.entries()].sort(([a], [b]) => a - b).map(([i, words]) => ({ key: categories[i].key, words }));
  };
  return {
    tag: (text: string) => explain(text).map((c) => c.key),
    explain,
  };
}
