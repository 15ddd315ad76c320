import type { components } from '../../api/schema';

type BulkResult = components['schemas']['BulkResult'];

/** Tells the user what a bulk action did: a success line, or a warning listing each refused record and why. */
export function reportBulk(
  result: BulkResult,
  t: (key: 'list.bulkDone' | 'list.refusedTitle', vars?: Record<string, number>) => string,
  app: { message: { success: (text: string) => void }; modal: { warning: (config: { title: string; content: React.ReactNode }) => void } },
  nameOf: (id: string) => string,
): void {
  const summary = t('list.bulkDone', { done: result.done, refused: result.refused });
  if (result.refused === 0) {
    app.message.success(summary);
    return;
  }
  app.modal.warning({
    title: summary,
    content: (
      <ul data-testid="bulk-refused">
        {result.results
          .filter((r) => r.status === 'refused')
          .map((r) => (
            <li key={r.id}>
              {nameOf(r.id)}：{r.message ?? r.code}
            </li>
          ))}
      </ul>
    ),
  });
}
