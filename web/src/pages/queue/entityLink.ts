const ROUTES: Record<string, string> = { lead: '/leads', opportunity: '/opportunities', customer: '/customers' };

/** The app page of a record a queue item or report row points to, if there is one. */
export function entityPath(entityType: string | null | undefined, entityId: string | null | undefined): string | null {
  if (!entityType || entityId === null || entityId === undefined) return null;
  const root = ROUTES[entityType];
  return root ? `${root}/${encodeURIComponent(entityId)}` : null;
}
