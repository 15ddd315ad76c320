/** Text helpers shared by the channel renderers: byte budgets, safe truncation, neutral markup. */

export const ELLIPSIS = '…';

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * The longest prefix of `text` that fits in `maxBytes` of UTF-8 including a trailing '…', cut on
 * a code point boundary (a cut inside a character or surrogate pair garbles the message).
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  const budget = maxBytes - utf8Bytes(ELLIPSIS);
  let used = 0;
  let kept = '';
  for (const char of text) {
    const size = utf8Bytes(char);
    if (used + size > budget) break;
    used += size;
    kept += char;
  }
  return `${kept}${ELLIPSIS}`;
}

/** The first `maxCodePoints` characters of `text`, with '…' when something was cut. */
export function truncateCodePoints(text: string, maxCodePoints: number): string {
  const chars = Array.from(text);
  return chars.length <= maxCodePoints ? text : `${chars.slice(0, maxCodePoints).join('')}${ELLIPSIS}`;
}

/**
 * The largest `k` in [0, max] for which `fits(k)` holds, or -1 if not even 0 fits. `fits` must
 * be monotonic (true up to some k, false above), which holds for "keep the first k rows".
 */
export function largestFitting(max: number, fits: (k: number) => boolean): number {
  if (!fits(0)) return -1;
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function moreRowsNote(hiddenRows: number): string {
  return `${ELLIPSIS} 另有 ${hiddenRows} 条`;
}

/**
 * Message text quotes names and notes typed by users: a lead named `[点此领奖](https://…)` must not
 * become a link in a team's group chat, `![x](…)` no image, `**…**` no emphasis, `# …` no heading,
 * `<at user_id="all">` no mention. Markdown's special characters become their full-width look-alikes
 * (read the same, mean nothing to the renderer), and `scheme://` loses its colon so no client
 * auto-links an address. Channel renderers add their own markup around the result only.
 */
export function literalMarkdown(text: string): string {
  return defangUrls(text)
    .replace(/[<>[\]*_~`&]/g, (c) => FULL_WIDTH[c] ?? c)
    .replace(/^(\s*)#/gm, '$1＃');
}

/** For fields shown as plain text (a card header): no tags for a lenient renderer, no followable address. */
export function literalPlainText(text: string): string {
  return defangUrls(text).replace(/</g, '＜').replace(/>/g, '＞');
}

const FULL_WIDTH: Record<string, string> = { '<': '＜', '>': '＞', '[': '［', ']': '］', '*': '＊', _: '＿', '~': '～', '`': '｀', '&': '＆' };

/** `https://host/…` → `https：//host/…` and `www.host` → `www．host`: shown, never followed. */
export function defangUrls(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1：//').replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}．`);
}

/** Only absolute http(s) links become buttons and anchors; anything else is shown as text. */
export function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
