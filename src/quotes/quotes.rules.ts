import { sql } from 'kysely';
import { recordAuditBatch } from '../core/audit/audit.js';
import { localParts } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';

/** Quotes not sent by the end of their last valid day (local) become `expired`, once, audited. */
export function quoteExpiryRule(ctx: AppContext): SweepRule {
  return {
    kind: 'sweep',
    id: 'quotes-expire',
    name: '报价单过期',
    run: async (now) => {
      const { document } = await ctx.playbook.active();
      const today = localParts(now, document.sla.businessHours.timeZone).date;
      return ctx.db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ id: string; number: string; status: string }>`
          update quotes q set status = 'expired', updated_at = ${now}
          from (
            select id, status from quotes
            where status in ('draft', 'pending_approval', 'approved', 'rejected') and valid_until < ${today}::date
            order by valid_until limit 500
            for update skip locked
          ) due
          where q.id = due.id
          returning q.id, q.number, due.status`.execute(trx);
        if (rows.length > 0)
          await recordAuditBatch(
            trx,
            ctx.clock,
            rows.map((r) => ({ actorId: null, action: 'quote.expire', entityType: 'quote', entityId: r.id, data: { number: r.number, from: r.status } })),
          );
        return rows.length;
      });
    },
  };
}
