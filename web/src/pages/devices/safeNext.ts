/**
 * Where to go after signing in: only a path of this app (`/d/<token>`, `/customers/…`), never
 * another origin (`//evil.example`, `/\evil.example`, `https://…`) and never the login page again.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return null;
  if ([...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null;
  return next;
}

/** The login page's address that comes back to `path` after signing in. */
export const loginReturningTo = (path: string): string => `/login?next=${encodeURIComponent(path)}`;

/** The label token in a scanned or pasted text: `…/d/<token>` or the bare token. */
export function tokenOf(text: string): string | null {
  const trimmed = text.trim();
  const inUrl = /\/d\/([A-Za-z0-9_-]{16,64})(?:[/?#]|$)/.exec(trimmed);
  if (inUrl) return inUrl[1];
  return /^[A-Za-z0-9_-]{16,64}$/.test(trimmed) ? trimmed : null;
}
