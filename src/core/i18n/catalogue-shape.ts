import type { zhCN } from './catalogue.zh-CN.js';

/** A notice wording (kind, or `kind#variant`) of the Chinese source catalogue. */
export type NoticeMessageKey = keyof typeof zhCN.notices;
/** Any other server text: bot messages, sheet names and headers. */
export type TextKey = keyof typeof zhCN.text;

/** What every locale's catalogue must provide: the keys of the Chinese source, no more, no fewer. */
export interface Catalogue {
  notices: Record<NoticeMessageKey, { title: string; body: string }>;
  text: Record<TextKey, string>;
}
