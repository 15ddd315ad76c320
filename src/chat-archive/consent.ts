/**
 * 同意存档: an external contact's consent history decides which of their messages may be kept.
 * Pure: facts in, a decision out. After a `disagree`, nothing of the contact is kept (what was
 * stored is purged) until an `agree` that came after it; from that agree on, messages are kept
 * again. Deciding by message time, not arrival order, makes a replayed export store exactly the
 * same messages as the first run.
 */
export interface ConsentEvent {
  kind: 'agree' | 'disagree';
  at: Date;
}

export interface ConsentWindow {
  state: 'agreed' | 'disagreed';
  /** The last disagree; null when the contact never disagreed. */
  lastDisagreeAt: Date | null;
  /** The first agree after the last disagree: messages from then on are kept again. */
  agreedAgainAt: Date | null;
  /** The latest consent event. */
  changedAt: Date;
}

export function consentWindow(events: readonly ConsentEvent[]): ConsentWindow | null {
  if (events.length === 0) return null;
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === b.kind ? 0 : a.kind === 'disagree' ? -1 : 1));
  const disagrees = sorted.filter((e) => e.kind === 'disagree');
  const lastDisagreeAt = disagrees.length ? disagrees[disagrees.length - 1].at : null;
  const agreedAgainAt = lastDisagreeAt ? (sorted.find((e) => e.kind === 'agree' && e.at.getTime() > lastDisagreeAt.getTime())?.at ?? null) : null;
  return {
    state: lastDisagreeAt && !agreedAgainAt ? 'disagreed' : 'agreed',
    lastDisagreeAt,
    agreedAgainAt,
    changedAt: sorted[sorted.length - 1].at,
  };
}

/** Whether a message of the contact sent at `msgtime` may be kept. */
export function mayKeep(window: Pick<ConsentWindow, 'lastDisagreeAt' | 'agreedAgainAt'> | null | undefined, msgtime: Date): boolean {
  if (!window?.lastDisagreeAt) return true;
  return window.agreedAgainAt !== null && msgtime.getTime() >= window.agreedAgainAt.getTime();
}
