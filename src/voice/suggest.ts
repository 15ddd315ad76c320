import { concernTagger } from '../chat-archive/index.js';
import type { PlaybookDocument } from '../core/playbook/schema.js';

/**
 * 自动打标: the value tag and the customer concerns a follow-up's text suggests, from the
 * playbook's keywords (`voice.valueTagKeywords`, `concerns.categories`) found as words of the text
 * by jieba — deterministic, and explained by the words that matched. The rep confirms or changes
 * them; nothing is tagged without the rep.
 */
export interface TagMatch {
  kind: 'valueTag' | 'concern';
  key: string;
  label: string;
  labelEn: string | null;
  /** The playbook keywords found in the text, in the order they first came. */
  words: string[];
}

export interface Suggestions {
  /** The value tag with the most distinct matched keywords (ties: the playbook's order); null when none matched. */
  valueTag: string | null;
  /** Concern category keys raised, in the playbook's order. */
  concerns: string[];
  /** Every matched keyword, once, in the order of the matches. */
  keywords: string[];
  /** Why: each suggested value tag candidate and concern with the words that matched. */
  matches: TagMatch[];
}

const VALUE_PREFIX = 'v:';
const CONCERN_PREFIX = 'c:';

type Policy = Pick<PlaybookDocument, 'valueTags' | 'concerns' | 'voice'>;

export function suggestTags(text: string, playbook: Policy): Suggestions {
  const valueTags = new Map(playbook.valueTags.map((t) => [t.key, t]));
  // One segmenter for both keyword sets: one jieba dictionary, one pass over the text.
  const valueCategories = playbook.voice.valueTagKeywords
    .filter((entry) => valueTags.has(entry.valueTag))
    .map((entry) => {
      const tag = valueTags.get(entry.valueTag)!;
      return { key: VALUE_PREFIX + entry.valueTag, label: tag.label, labelEn: tag.labelEn ?? tag.label, keywords: entry.keywords };
    });
  const concernCategories = playbook.concerns.categories.map((c) => ({ ...c, key: CONCERN_PREFIX + c.key }));
  const found = concernTagger([...valueCategories, ...concernCategories]).explain(text);
  const matches: TagMatch[] = [];
  for (const hit of found) {
    if (hit.key.startsWith(VALUE_PREFIX)) {
      const key = hit.key.slice(VALUE_PREFIX.length);
      const tag = valueTags.get(key)!;
      matches.push({ kind: 'valueTag', key, label: tag.label, labelEn: tag.labelEn ?? null, words: hit.words });
    } else {
      const key = hit.key.slice(CONCERN_PREFIX.length);
      const category = playbook.concerns.categories.find((c) => c.key === key)!;
      matches.push({ kind: 'concern', key, label: category.label, labelEn: category.labelEn, words: hit.words });
    }
  }
  // Most distinct words wins; `found` is in keyword-list order, so a stable sort keeps ties in playbook order.
  const best = matches.filter((m) => m.kind === 'valueTag').sort((a, b) => b.words.length - a.words.length)[0];
  const keywords: string[] = [];
  for (const m of matches) for (const w of m.words) if (!keywords.includes(w)) keywords.push(w);
  return {
    valueTag: best?.key ?? null,
    concerns: matches.filter((m) => m.kind === 'concern').map((m) => m.key),
    keywords,
    matches,
  };
}
