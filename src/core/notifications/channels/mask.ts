/**
 * Webhook URLs are credentials: whoever knows a WeCom key or a Feishu hook token can post into the
 * group. Everything we store or show about a delivery (errors, responses, URLs in the admin UI)
 * goes through these functions first.
 *
 * Masking is idempotent, so text that was masked before it was stored can be masked again when
 * it is displayed without getting worse.
 */

const MASK = '***';

/** Long enough values keep a 4-character prefix so admins can tell two bots apart. */
function maskKeepingPrefix(value: string): string {
  if (value.endsWith(MASK)) return value;
  return value.length > 8 ? `${value.slice(0, 4)}${MASK}` : MASK;
}

function maskFully(value: string): string {
  return value.endsWith(MASK) ? value : MASK;
}

/** Query parameters that identify a bot (WeCom `key`) or carry a bearer token. */
const IDENTIFYING_QUERY = /([?&](?:key|token|access_token)=)([^&\s"'#<>]+)/gi;
/** Query parameters that are pure secrets. */
const SECRET_QUERY = /([?&](?:secret|sign|signature|password)=)([^&\s"'#<>]+)/gi;
/** Feishu custom bot hook: the last path segment is the token. */
const FEISHU_HOOK = /(\/open-apis\/bot\/v2\/hook\/)([^/?#\s"'<>]+)/g;
/** `"secret": "…"`, `sign=…`, `secret: '…'` in JSON, logs or form bodies. */
const SECRET_FIELD = /((?:["'])?\b(?:secret|sign|password)\b(?:["'])?\s*[:=]\s*["']?)([^"'&\s,;}]+)/gi;
/** `scheme://user:password@host` — the user stays readable, the password does not. */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]+:)([^@\s/]+)(@)/gi;

/**
 * Masks webhook keys and tokens, `secret`/`sign` values and URL passwords in free text.
 * `knownSecrets` (the target's own key, token and secret) are also replaced wherever they appear
 * verbatim, e.g. when a proxy echoes the request URL in an unusual form.
 */
export function maskSecrets(text: string, knownSecrets: readonly (string | null | undefined)[] = []): string {
  let masked = text
    .replace(URL_PASSWORD, (_m, head: string, password: string, at: string) => `${head}${maskFully(password)}${at}`)
    .replace(IDENTIFYING_QUERY, (_m, head: string, value: string) => `${head}${maskKeepingPrefix(value)}`)
    .replace(SECRET_QUERY, (_m, head: string, value: string) => `${head}${maskFully(value)}`)
    .replace(FEISHU_HOOK, (_m, head: string, token: string) => `${head}${maskKeepingPrefix(token)}`)
    .replace(SECRET_FIELD, (_m, head: string, value: string) => `${head}${maskFully(value)}`);
  for (const secret of knownSecrets) {
    // Very short strings would mask ordinary words; real keys and tokens are long.
    if (secret && secret.length >= 6) masked = masked.split(secret).join(MASK);
  }
  return masked;
}

/** A webhook or SMTP URL for display: the bot stays recognisable, the credential does not. */
export function maskUrl(url: string): string {
  return maskSecrets(url);
}

/** The secret parts of a webhook URL, for `maskSecrets(text, secretsOfUrl(url))`. */
export function secretsOfUrl(url: string): string[] {
  const found: string[] = [];
  for (const match of url.matchAll(new RegExp(IDENTIFYING_QUERY.source, 'gi'))) found.push(decodeSafely(match[2]), match[2]);
  for (const match of url.matchAll(new RegExp(FEISHU_HOOK.source, 'g'))) found.push(match[2]);
  return found;
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Response bodies are stored for the delivery log; 2000 characters is plenty to diagnose. */
export const MAX_STORED_RESPONSE_CHARS = 2000;

export function truncateForLog(text: string, max = MAX_STORED_RESPONSE_CHARS): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair: a lone half would turn into U+FFFD in the database.
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
