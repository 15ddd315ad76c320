import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';

/**
 * 待我确认: contracts in 三方确认 whose current round waits for the caller's department (product or
 * finance), assigned to the caller or to the department as a whole.
 */
export async function awaitingConfirmationBy(ctx: AppContext, actor: Actor, limit: number) {
  if (actor.role !== 'product' && actor.role !== 'finance') return null;
  const base = ctx.db
    .selectFrom('contract_confirmations as cc')
    .innerJoin('contracts as c', (join) => join.onRef('c.id', '=', 'cc.contract_id').onRef('c.confirmation_round', '=', 'cc.round'))
    .innerJoin('customers', 'customers.id', 'c.customer_id')
    .where('c.status', '=', 'confirming')
    .where('cc.party', '=', actor.role)
    .where('cc.decision', '=', 'pending')
    .where((eb) => eb.or([eb('cc.assignee_id', '=', actor.id), eb('cc.assignee_id', 'is', null)]));
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select(['c.id', 'c.number', 'c.title', 'c.amount', 'c.region', 'customers.name as customer_name', 'cc.requested_at'])
      .orderBy('cc.requested_at')
      .orderBy('c.id')
      .limit(limit)
      .execute(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      contractId: r.id,
      number: r.number,
      title: r.title,
      amount: Number(r.amount),
      region: r.region,
      customerName: r.customer_name,
      requestedAt: r.requested_at.toISOString(),
    })),
  };
}
