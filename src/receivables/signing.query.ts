import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';

const DAY_MS = 86_400_000;
const days = (from: Date, to: Date) => Math.round(((to.getTime() - from.getTime()) / DAY_MS) * 10) / 10;

/**
 * 合同签署时效性 (the article's tax-audit concern): for each contract whose opportunity is won,
 * the days from 赢单 (the opportunity entering the won stage) to the contract's `signedAt`, and the
 * contracts still unsigned `receivables.signingDeadlineDays` after winning.
 */
export async function signingReport(
  ctx: AppContext,
  actor: Actor,
  q: {
    state?: 'unsigned' | 'signed' | 'late';
    ownerId?: string;
    teamId?: string;
    wonFrom?: string;
    wonTo?: string;
    sort: 'wonAt' | 'daysSinceWin' | 'amount';
    order: 'asc' | 'desc';
  },
) {
  const { document } = await ctx.playbook.active();
  const deadline = document.receivables.signingDeadlineDays;
  const now = ctx.clock.now();
  let query = ctx.db
    .selectFrom('contracts')
    .innerJoin('opportunities', 'opportunities.id', 'contracts.opportunity_id')
    .innerJoin('customers', 'customers.id', 'contracts.customer_id')
    .leftJoin('users', 'users.id', 'contracts.owner_id')
    .select([
      'contracts.id',
      'contracts.number',
      'contracts.title',
      'contracts.amount',
      'contracts.owner_id',
      'contracts.signed_at',
      'customers.name as customer_name',
      'users.display_name as owner_name',
      'opportunities.stage_entered_at as won_at',
    ])
    .where('opportunities.status', '=', 'won')
    // Not while still negotiated (三方确认), frozen or not.
    .where((eb) => eb.fn.coalesce('contracts.frozen_from', 'contracts.status'), 'not in', ['draft', 'confirming'])
    .where(inScope(actor.scope, 'contracts'));
  if (q.ownerId) query = query.where('contracts.owner_id', '=', q.ownerId);
  if (q.teamId) query = query.where('contracts.team_id', '=', q.teamId);
  const rows = await query.orderBy('opportunities.stage_entered_at').orderBy('contracts.id').execute();
  const tzDate = (d: Date) => d.toISOString().slice(0, 10);
  let items = rows
    .filter((r) => (!q.wonFrom || tzDate(r.won_at) >= q.wonFrom) && (!q.wonTo || tzDate(r.won_at) <= q.wonTo))
    .map((r) => {
      const daysToSign = r.signed_at ? days(r.won_at, r.signed_at) : null;
      const daysSinceWin = days(r.won_at, now);
      return {
        contractId: r.id,
        number: r.number,
        title: r.title,
        customerName: r.customer_name,
        ownerId: r.owner_id,
        ownerName: r.owner_name,
        amount: Number(r.amount),
        wonAt: r.won_at.toISOString(),
        signedAt: r.signed_at ? r.signed_at.toISOString() : null,
        daysToSign,
        daysSinceWin,
        late: daysToSign === null ? daysSinceWin > deadline : daysToSign > deadline,
      };
    });
  const signed = items.filter((i) => i.daysToSign !== null);
  const averageDaysToSign = signed.length ? Math.round((signed.reduce((t, i) => t + i.daysToSign!, 0) / signed.length) * 10) / 10 : null;
  const unsignedLate = items.filter((i) => i.signedAt === null && i.late);
  if (q.state === 'unsigned') items = items.filter((i) => i.signedAt === null);
  if (q.state === 'signed') items = items.filter((i) => i.signedAt !== null);
  if (q.state === 'late') items = items.filter((i) => i.late);
  const key = {
    wonAt: (i: (typeof items)[number]) => i.wonAt,
    daysSinceWin: (i: (typeof items)[number]) => i.daysSinceWin,
    amount: (i: (typeof items)[number]) => i.amount,
  }[q.sort];
  const dir = q.order === 'asc' ? 1 : -1;
  items.sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0));
  return { deadlineDays: deadline, averageDaysToSign, unsignedLate, items };
}
