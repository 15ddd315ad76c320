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
}

/** A user-dictionary line: the word, a frequency high enough to keep it whole, a part of speech. */
const userWord = (word: string) => `${word} 200000 n`;

let base: { dictionary: string; jieba: Jieba } | null = null;

/** One segmenter per keyword set (loading the dictionary takes a few hundred milliseconds). */
function segmenterFor(words: string[]): Jieba {
  const dictionary = [...new Set(words)].sort().join('\n');
  if (base?.dictionary === dictionary) return base.jieba;
  const jieba = Jieba.withDict(dict);
  if (dictionary) jieba.loadDict(Buffer.from(dictionary.split('\n').map(userWord).join('\n') + '\n'));
  base = { dictionary, jieba };
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
  if (byWord.size === 0) return { tag: () => [] };
  const jieba = segmenterFor(categories.flatMap((c) => c.keywords.map((k) => k.trim())));
  return {
    tag(text: string): string[] {
      if (!text) return [];
      const hit = new Set<number>();
      for (const word of jieba.cut(text, false)) {
        const indexes = byWord.get(word.toLowerCase());
        if (indexes) for (const i of indexes) hit.add(i);
      }
      return [...hit].sort((a, b) => a - b).map((i) => categories[i].key);
    },
  };
}
