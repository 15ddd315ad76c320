import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { resolveOwner } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import { AppError } from '../core/http/errors.js';
import { assertInPlaybook } from '../core/playbook/checks.js';
import { GRADES, insertCustomer, prepareCustomer, toCustomer } from '../customers/index.js';
import { findVisibleOpportunity, insertOpportunity, toOpportunity } from '../opportunities/index.js';
import { findVisibleLead, markResponded } from './lead.service.js';

export const convertInput = z
  .object({
    grade: z.enum(GRADES),
    customerName: z.string().trim().min(1).max(200).optional(),
    industry: z.string().trim().max(100).optional(),
    opportunity: z
      .object({ name: z.string().trim().min(1).max(200), amount: z.number().min(0).max(1e13) })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: 'ConvertLeadRequest', description: 'The new customer’s grade (and name), and optionally a first opportunity' });

/**
 * A qualified lead becomes a customer owned by the lead's owner (and, if asked, an opportunity at
 * the first stage), all in one transaction; the lead keeps a link to the customer.
 */
export async function convertLead(ctx: AppContext, actor: Actor, leadId: string, input: z.infer<typeof convertInput>) {
  const lead = await findVisibleLead(ctx, actor, leadId);
  if (lead.status === 'converted' || lead.customer_id) throw new AppError(409, 'LEAD_CONVERTED');
  const customer = await prepareCustomer(
    ctx,
    actor,
    {
      name: input.customerName ?? lead.company ?? lead.name,
      type: lead.type as 'B2B' | 'B2C',
      grade: input.grade,
      region: lead.region,
      industry: input.industry,
      phone: lead.phone ?? undefined,
      ownerId: lead.owner_id ?? (actor.role === 'sales' ? actor.id : null),
    },
    lead.id,
  );
  // The opportunity belongs to the customer's owner, whoever converts.
  const anyScope = { ...actor, scope: { ...actor.scope, kind: 'all' as const } };
  const playbook = await ctx.playbook.active();
  if (input.opportunity) assertInPlaybook(playbook.document, { productLine: lead.product_line });
  const opportunityOwner = input.opportunity ? await resolveOwner(ctx.db, anyScope, customer.owner_id) : null;
  const opportunityId = await ctx.db.transaction().execute(async (trx) => {
    await insertCustomer(trx, ctx, actor, customer);
    const updated = await trx
      .updateTable('leads')
      .set({ status: 'converted', customer_id: customer.id, updated_at: ctx.clock.now() })
      .where('id', '=', lead.id)
      .where('customer_id', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new AppError(409, 'LEAD_CONVERTED');
    await markResponded(trx, lead.id, ctx.clock.now());
    await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'lead.convert', entityType: 'lead', entityId: lead.id, data: { customerId: customer.id } });
    if (!input.opportunity || !opportunityOwner) return null;
    return insertOpportunity(
      trx,
      ctx,
      anyScope,
      { customer, name: input.opportunity.name, amount: input.opportunity.amount, productLine: lead.product_line, owner: opportunityOwner },
      playbook,
    );
  });
  const opportunity = opportunityId ? toOpportunity(await findVisibleOpportunity(ctx.db, anyScope, opportunityId)) : null;
  return { customer: toCustomer(customer), opportunity };
}
