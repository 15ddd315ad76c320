import { useSyncExternalStore } from 'react';

/**
 * How old the data of the current page's reports is, when the server read them from its replica
 * (DATABASE_READ_URL): answers say `x-read-source: replica` and `x-data-lag-ms`. Lag up to
 * STALE_AFTER_MS is not worth a word; above it the layout says how old the figures are.
 */
export const STALE_AFTER_MS = 5_000;

let lagMs: number | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Notes where an answer was read; answers that say nothing (writes, detail pages) change nothing. */
export function noteReadSource(headers: Headers): void {
  const source = headers.get('x-read-source');
  if (!source) return;
  const lag = Number(headers.get('x-data-lag-ms'));
  const next = source === 'replica' && Number.isFinite(lag) && lag > STALE_AFTER_MS ? lag : null;
  if (next === lagMs) return;
  lagMs = next;
  emit();
}

/** Forgets the lag (another page is shown). */
export function clearReadSource(): void {
  if (lagMs === null) return;
  lagMs = null;
  emit();
}

/** The lag worth a word on the current page, in ms, or null. */
export function currentDataLag(): number | null {
  return lagMs;
}

export function useDataLag(): number | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, currentDataLag);
}
