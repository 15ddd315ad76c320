import { useEffect, useEffectEvent } from 'react';

/**
 * A page-wide "data changed behind your back" signal, e.g. after the time machine moved the
 * server clock and the scheduler fired. Every useLoad reloads; other widgets can listen too.
 */
const REFRESH_EVENT = 'spm:refresh';

export function refreshAll(): void {
  window.dispatchEvent(new Event(REFRESH_EVENT));
}

export function useRefreshListener(callback: () => void): void {
  // Always the latest callback, without re-subscribing when it changes.
  const onRefresh = useEffectEvent(callback);
  useEffect(() => {
    const handler = () => onRefresh();
    window.addEventListener(REFRESH_EVENT, handler);
    return () => window.removeEventListener(REFRESH_EVENT, handler);
  }, []);
}
