import { sql } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import { localParts } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import { AppError, notFound } from '../core/http/errors.js';
import { noticeContent } from '../core/notifications/notice-text.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';
import { RUNNING_CONTRACT_STATES, findVisibleContract } from '../contracts/index.js';
import { findVisibleOpportunity, insertOpportunity } from '../opportunities/index.js';
import { renewalDay } from './renewal-stats.js';

/**
 * 续约商机: `renewals.leadDays` (default 90) before a running contract ends — on the first working
 * day from then — a renewal opportunity is created for the customer's owner, exactly once per
 * contract (the contract is the primary key of its renewal link, claimed under FOR UPDATE SKIP
 * LOCKED), and the owner is told.
 */
export function renewalOpportunityRule(ctx: AppContext): SweepRule {
  return {
    kind: 'sweep',
    id: 'renewal-opportunity',
    name: '合同到期前自动创建续约商机',
    run: async (now) => {
      const active = await ctx.playbook.active();
      const { document } = active;
      const calendar = await ctx.calendar.current();
      const tz = calendar.hours.timeZone;
      const today = localParts(now, tz).date;
      const lead = document.renewals.leadDays;
      return ctx.db.transaction().execute(async (trx) => {
        const { rows } = await sql<{
          id: string;
          title: string;
          number: string;
          amount: number;
          end_date: string;
          customer_id: string;
          customer_name: string;
          region: string;
          owner_id: string | null;
          team_id: string | null;
          product_line: string | null;
        }>`
          select k.id, k.title, k.number, k.amount, to_char(k.end_date, 'YYYY-MM-DD') as end_date, k.customer_id, c.name as customer_name, c.region,
            coalesce(c.owner_id, k.owner_id) as owner_id, coalesce(c.team_id, k.team_id) as team_id, o.product_line
          from contracts k
          join customers c on c.id = k.customer_id
          left join opportunities o on o.id = k.opportunity_id
          where k.status in (${sql.join(RUNNING_CONTRACT_STATES)}) and k.end_date is not null
            and k.end_date >= ${today}::date and k.end_date - ${lead}::int <= ${today}::date
            and not exists (select 1 from contract_renewals r where r.contract_id = k.id)
          order by k.end_date, k.id
          limit 500
          for update of k skip locked`.execute(trx);
        const due = rows.filter((k) => renewalDay(k.end_date, lead, calendar.isWorkingDay) <= today && calendar.isWorkingDay(today));
        for (const k of due) {
          const productLine = k.product_line && document.productLines.includes(k.product_line) ? k.product_line : document.productLines[0];
          const opportunityId = await insertOpportunity(
            trx,
            ctx,
            { id: null },
            {
              customer: { id: k.customer_id, region: k.region },
              name: `续约：${k.title}`.slice(0, 200),
              amount: Number(k.amount),
              productLine,
              owner: { ownerId: k.owner_id, teamId: k.team_id },
            },
            active,
          );
          await trx
            .insertInto('contract_renewals')
            .values({ contract_id: k.id, opportunity_id: opportunityId, source: 'rule', created_by: null, created_at: now })
            .execute();
          await recordAudit(trx, ctx.clock, {
            actorId: null,
            action: 'renewal.create',
            entityType: 'contract',
            entityId: k.id,
            data: { rule: 'renewal-opportunity', opportunityId, endDate: k.end_date, leadDays: lead },
          });
          if (k.owner_id)
            await ctx.notifier.toInbox(trx, [
              {
                userId: k.owner_id,
                dedupeKey: `renewal:${k.id}`,
                notice: {
                  ...noticeContent(
                    'renewal.created',
                    {
                      contractId: k.id,
                      contractTitle: k.title,
                      customerId: k.customer_id,
                      customerName: k.customer_name,
                      opportunityId,
                      endDate: k.end_date,
                      leadDays: lead,
                    },
                    tz,
                  ),
                  severity: 'info',
                  link: `/opportunities/${opportunityId}`,
                },
              },
            ]);
        }
        return due.length;
      });
    },
  };
}

/** A rep marks an opportunity as the renewal of one of the customer's contracts (once per contract). */
export async function markRenewal(ctx: AppContext, actor: Actor, opportunityId: string, contractId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const opportunity = await findVisibleOpportunity(trx, actor, opportunityId);
    const contract = await findVisibleContract(trx, actor, contractId, { forUpdate: true });
    if (contract.customer_id !== opportunity.customer_id) throw new AppError(422, 'INVALID_REFERENCE', { reason: 'contract of another customer' });
    if (contract.opportunity_id === opportunity.id) throw new AppError(422, 'INVALID_REFERENCE', { reason: 'the contract of this opportunity' });
    const taken = await trx
      .selectFrom('contract_renewals')
      .select('contract_id')
      .where((eb) => eb.or([eb('contract_id', '=', contract.id), eb('opportunity_id', '=', opportunity.id)]))
      .executeTakeFirst();
    if (taken) throw new AppError(409, 'RENEWAL_EXISTS');
    await trx
      .insertInto('contract_renewals')
      .values({ contract_id: contract.id, opportunity_id: opportunity.id, source: 'manual', created_by: actor.id, created_at: ctx.clock.now() })
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'renewal.mark',
      entityType: 'opportunity',
      entityId: opportunity.id,
      data: { contractId: contract.id },
    });
  });
}

/** The renewal link of an opportunity, if it renews a contract the caller may see. */
export async function renewalOf(ctx: AppContext, actor: Actor, opportunityId: string) {
  const opportunity = await ctx.db
    .selectFrom('opportunities')
    .select('id')
    .where('id', '=', opportunityId)
    .where(inScope(actor.scope, 'opportunities'))
    .executeTakeFirst();
  if (!opportunity) throw notFound('opportunity');
  return ctx.db
    .selectFrom('contract_renewals')
    .innerJoin('contracts', 'contracts.id', 'contract_renewals.contract_id')
    .select([
      'contract_renewals.contract_id',
      'contract_renewals.source',
      'contract_renewals.created_at',
      'contracts.number',
      'contracts.title',
      'contracts.end_date',
      'contracts.amount',
    ])
    .where('contract_renewals.opportunity_id', '=', opportunityId)
    .executeTakeFirst();
}
