import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { cardQuery, toCard } from './cards.routes.js';

const DEPARTMENTS = ['product', 'finance', 'delivery'] as const;

/** Open cards the caller reads (a department its own, sales roles their scope's), soonest due first. */
export async function openCardsFor(ctx: AppContext, actor: Actor, now: Date, limit: number) {
  const open = cardQuery(ctx, actor).where('task_cards.status', '=', 'open');
  const [rows, counts] = await Promise.all([
    open.orderBy('task_cards.due_at').orderBy('task_cards.id').limit(limit).execute(),
    open
      .clearSelect()
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>(eb.case().when('task_cards.due_at', '<=', now).then(1).else(0).end()).as('overdue')])
      .executeTakeFirstOrThrow(),
  ]);
  return { total: Number(counts.n), overdue: Number(counts.overdue ?? 0), items: rows.map((r) => toCard(r, now)) };
}

/**
 * 协作堵点看板: the cross-department cards in the caller's scope that are overdue as of now, per
 * department (the first thing the morning meeting reads), with the longest-overdue ones.
 */
export async function overdueByDepartment(ctx: AppContext, actor: Actor, now: Date, limit: number) {
  const overdue = cardQuery(ctx, actor).where('task_cards.status', '=', 'open').where('task_cards.due_at', '<=', now);
  const [rows, groups] = await Promise.all([
    overdue.orderBy('task_cards.due_at').orderBy('task_cards.id').limit(limit).execute(),
    overdue
      .clearSelect()
      .select(['task_cards.department', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('task_cards.department')
      .execute(),
  ]);
  const byDepartment = new Map(groups.map((g) => [g.department, Number(g.n)]));
  return {
    total: [...byDepartment.values()].reduce((a, b) => a + b, 0),
    departments: DEPARTMENTS.map((department) => ({ department, overdue: byDepartment.get(department) ?? 0 })),
    items: rows.map((r) => ({ ...toCard(r, now), overdueHours: Math.floor((now.getTime() - r.due_at.getTime()) / 3_600_000) })),
  };
}
