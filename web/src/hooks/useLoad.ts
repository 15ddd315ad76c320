import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useRefreshListener } from '../state/refresh';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Runs `load` whenever `deps` change; ignores answers that arrive after a newer request started. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  // reload() always runs the latest `load`: the ref is updated before any effect can call it.
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const result = await loadRef.current();
      if (mine === generation.current) {
        setData(result);
        setError(null);
      }
    } catch (err) {
      if (mine === generation.current) setError(err);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  // refreshAll() (e.g. after the time machine moved the clock) reloads every open view.
  useRefreshListener(() => void reload());

  useEffect(() => {
    // Deliberate: a request started for new deps shows as loading at once (one extra render, the
    // spinner); everything else reload sets comes after its await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
    // The caller's deps are the dependencies; `load` is read through loadRef.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return { data, error, loading, reload };
}
