import { recordAudit } from '../core/audit/audit.js';
import type { AppContext } from '../core/context.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';
import { localToday } from './visits.js';

const DAY = 86_400_000;

/**
 * 位置保留期: check-in positions older than the playbook's `field.locationRetentionDays` lose their
 * coordinates, accuracy and distance (the check-in stays: that the visit happened, when, at which
 * customer); one audit entry per purge with the count and the cutoff, never a position.
 */
export function locationRetentionRule(ctx: AppContext): SweepRule {
  return {
    kind: 'sweep',
    id: 'field-location-retention',
    name: '签到位置保留期清理',
    run: async (now) => {
      const { document } = await ctx.playbook.active();
      const days = document.field.locationRetentionDays;
      const cutoff = new Date(now.getTime() - days * DAY);
      return ctx.db.transaction().execute(async (trx) => {
        const purged = await trx
          .updateTable('checkins')
          .set({ lat: null, lng: null, accuracy_m: null, distance_m: null, purged_at: now })
          .where('purged_at', 'is', null)
          .where('checked_in_at', '<', cutoff)
          .returning('id')
          .execute();
        if (purged.length > 0)
          await recordAudit(trx, ctx.clock, {
            actorId: null,
            action: 'checkin.location_purge',
            entityType: 'checkin',
            entityId: purged.length === 1 ? purged[0].id : null,
            data: { retentionDays: days, cutoff: cutoff.toISOString(), count: purged.length, ids: purged.slice(0, 1000).map((p) => p.id) },
          });
        return purged.length;
      });
    },
  };
}

/** 未拜访: visits still planned after their day are marked missed (audited as one entry per sweep). */
export function missedVisitsRule(ctx: AppContext): SweepRule {
  return {
    kind: 'sweep',
    id: 'field-missed-visits',
    name: '过期拜访计划标记为未拜访',
    run: async (now) => {
      const today = await localToday(ctx, now);
      return ctx.db.transaction().execute(async (trx) => {
        const missed = await trx
          .updateTable('visits')
          .set({ status: 'missed', updated_at: now })
          .where('status', '=', 'planned')
          .where('visit_date', '<', today)
          .returning('id')
          .execute();
        if (missed.length > 0)
          await recordAudit(trx, ctx.clock, {
            actorId: null,
            action: 'visit.missed',
            entityType: 'visit',
            entityId: missed.length === 1 ? missed[0].id : null,
            data: { before: today, count: missed.length, ids: missed.slice(0, 1000).map((m) => m.id) },
          });
        return missed.length;
      });
    },
  };
}
