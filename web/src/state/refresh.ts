import { useEffect, useRef } from 'react';

/**
 * A page-wide "data changed behind your back" signal, e.g. after the time machine moved the
 * server clock and the scheduler fired. Every useLoad reloads; other widgets can listen too.
 */
const REFRESH_EVENT = 'spm:refresh';

export function refreshAll(): void {
  window.dispatchEvent(new Event(REFRESH_EVENT));
}

export function useRefreshListener(callback: () => void): void {
  const ref = useRef(callback);
  ref.current = callback;
  useEffect(() => {
    const handler = () => ref.current();
    window.addEventListener(REFRESH_EVENT, handler);
    return () => window.removeEventListener(REFRESH_EVENT, handler);
  }, []);
}
