import { useSearchParams } from 'react-router-dom';

/**
 * A list's filters, sort and page kept in the URL: reloading or sharing the address shows the
 * same list. Every change replaces the history entry, and a filter or sort change goes back to page 1.
 */
export function useListParams(defaultSort: string) {
  const [params, setParams] = useSearchParams();
  const get = (key: string): string | undefined => params.get(key) || undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const sort = params.get('sort') || defaultSort;

  const update = (patch: Record<string, string | undefined | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  /** The filters and sort as a query string without the page: what a saved view keeps. */
  const viewQuery = () => {
    const copy = new URLSearchParams(params);
    copy.delete('page');
    return copy.toString();
  };
  const applyView = (query: string) => setParams(new URLSearchParams(query), { replace: true });

  return { params, get, page, sort, update, viewQuery, applyView };
}
