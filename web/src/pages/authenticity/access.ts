import type { Me } from '../../api/types';
import { can } from '../../state/permissions';

/** Who reviews flags and runs the weekly spot check (the server checks again on every call). */
export const canReviewAuthenticity = (me: Me) => can.superviseTeams(me);
/** Who runs the weekly spot check: the supervisors it is issued to, and their superiors (read-only). */
export const canSeeSpotChecks = canReviewAuthenticity;

const ROUTES: Record<string, string> = { lead: '/leads', opportunity: '/opportunities', customer: '/customers' };

/** The page of the record a follow-up belongs to, scrolled to that follow-up. */
export function followupRecordPath(target: { type: string; id: string } | null | undefined, followupId?: string | null): string | null {
  if (!target) return null;
  const root = ROUTES[target.type];
  if (!root) return null;
  return `${root}/${encodeURIComponent(target.id)}${followupId ? `#followup-${followupId}` : ''}`;
}
