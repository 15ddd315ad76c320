import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { AppError, notFound } from '../core/http/errors.js';
import type { PlaybookDocument } from '../core/playbook/schema.js';
import { EDITABLE, FREEZABLE, canMove, type ContractStatus } from './lifecycle.js';
import type { ContractRow, contractInput, contractPatch, requirementInput } from './contract.model.js';

type Executor = Kysely<DB> | Transaction<DB>;

async function loadContract(db: Executor, id: string, scope: Actor['scope'] | null, options: { forUpdate?: boolean }): Promise<ContractRow> {
  let query = db
    .selectFrom('contracts')
    .innerJoin('customers', 'customers.id', 'contracts.customer_id')
    .leftJoin('users', 'users.id', 'contracts.owner_id')
    .selectAll('contracts')
    .select(['customers.name as customer_name', 'users.display_name as owner_name'])
    .where('contracts.id', '=', id);
  if (scope) query = query.where(inScope(scope, 'contracts'));
  if (options.forUpdate) query = query.forUpdate('contracts');
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('contract');
  return row;
}

export async function findVisibleContract(db: Executor, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<ContractRow> {
  return loadContract(db, id, actor.scope, options);
}

/** A contract by id, whatever the caller's scope: for internal callers (cards, subscribers) that reached it another way. */
export async function contractById(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<ContractRow> {
  return loadContract(db, id, null, options);
}

/** Every template item and parameter must exist in the playbook's 12 requirement templates. */
export function checkRequirement(document: PlaybookDocument, requirement: z.infer<typeof requirementInput> | null | undefined): void {
  for (const entry of requirement?.items ?? []) {
    const template = document.collaboration.requirementTemplates.find((t) => t.key === entry.template);
    const item = template?.items.find((i) => i.key === entry.item);
    if (!template || !item) throw new AppError(422, 'INVALID_REFERENCE', { reason: `requirement ${entry.template}.${entry.item}` });
    for (const key of Object.keys(entry.params)) {
      if (!item.params.some((p) => p.key === key))
        throw new AppError(422, 'INVALID_REFERENCE', { reason: `requirement ${entry.template}.${entry.item}.${key}` });
    }
  }
}

/** The structured requirement document the product card carries, as Markdown. */
export function renderRequirement(document: PlaybookDocument, requirement: z.infer<typeof requirementInput> | null): string {
  if (!requirement || requirement.items.length === 0) return '（未勾选需求模板）';
  const lines: string[] = [];
  for (const template of document.collaboration.requirementTemplates) {
    const items = requirement.items.filter((i) => i.template === template.key);
    if (items.length === 0) continue;
    lines.push(`## ${template.name}`);
    for (const entry of items) {
      const item = template.items.find((i) => i.key === entry.item)!;
      const params = item.params
        .filter((p) => entry.params[p.key] !== undefined && entry.params[p.key] !== '')
        .map((p) => `${p.label}：${String(entry.params[p.key])}${p.unit ?? ''}`);
      lines.push(`- [x] ${item.label}${params.length ? `（${params.join('；')}）` : ''}`);
    }
  }
  if (requirement.notes) lines.push('', `备注：${requirement.notes}`);
  return lines.join('\n');
}

export async function createContract(ctx: AppContext, actor: Actor, input: z.infer<typeof contractInput>): Promise<string> {
  const { document } = await ctx.playbook.active();
  checkRequirement(document, input.requirement);
  const opportunity = await ctx.db
    .selectFrom('opportunities')
    .selectAll()
    .where('id', '=', input.opportunityId)
    .where(inScope(actor.scope, 'opportunities'))
    .executeTakeFirst();
  if (!opportunity) throw notFound('opportunity');
  if (opportunity.status !== 'open') throw new AppError(409, 'OPPORTUNITY_CLOSED');
  const id = randomUUID();
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ n: number }>`select nextval('contract_number_seq') as n`.execute(trx);
    const number = `HT-${now.getUTCFullYear()}-${String(rows[0].n).padStart(6, '0')}`;
    const values = {
      id,
      number,
      opportunity_id: opportunity.id,
      customer_id: opportunity.customer_id,
      title: input.title,
      amount: input.amount,
      payment_terms: input.paymentTerms ? JSON.stringify(input.paymentTerms) : null,
      clauses: JSON.stringify(input.clauses ?? []),
      requirement: input.requirement ? JSON.stringify(input.requirement) : null,
      start_date: input.startDate ?? null,
      end_date: input.endDate ?? null,
      status: 'draft',
      owner_id: opportunity.owner_id,
      team_id: opportunity.team_id,
      region: opportunity.region,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('contracts').values(values).execute();
    await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'contract.create', entityType: 'contract', entityId: id, data: { ...input, number } });
  });
  return id;
}

/**
 * Edits are allowed before submission. Changing what the parties confirmed (terms, clauses,
 * amount, requirement) while confirmation runs sends the contract back to draft: earlier
 * confirmations were about other terms.
 */
export async function updateContract(ctx: AppContext, actor: Actor, id: string, patch: z.infer<typeof contractPatch>): Promise<void> {
  const { document } = await ctx.playbook.active();
  checkRequirement(document, patch.requirement);
  await ctx.db.transaction().execute(async (trx) => {
    const contract = await findVisibleContract(trx, actor, id, { forUpdate: true });
    if (!EDITABLE.includes(contract.status as ContractStatus)) throw new AppError(409, 'CONTRACT_NOT_EDITABLE', { status: `@status_${contract.status}` });
    const start = patch.startDate === undefined ? contract.start_date : patch.startDate;
    const end = patch.endDate === undefined ? contract.end_date : patch.endDate;
    if (start && end && start > end) throw new AppError(400, 'VALIDATION', { summary: 'endDate: 结束日期不能早于开始日期' });
    const confirmedContentChanged = ['amount', 'paymentTerms', 'clauses', 'requirement'].some((k) => k in patch);
    const now = ctx.clock.now();
    await trx
      .updateTable('contracts')
      .set({
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.amount !== undefined ? { amount: patch.amount } : {}),
        ...(patch.paymentTerms !== undefined ? { payment_terms: patch.paymentTerms ? JSON.stringify(patch.paymentTerms) : null } : {}),
        ...(patch.clauses !== undefined ? { clauses: JSON.stringify(patch.clauses) } : {}),
        ...(patch.requirement !== undefined ? { requirement: patch.requirement ? JSON.stringify(patch.requirement) : null } : {}),
        start_date: start,
        end_date: end,
        status: contract.status === 'confirming' && confirmedContentChanged ? 'draft' : contract.status,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'contract.update',
      entityType: 'contract',
      entityId: id,
      data: { patch, reopened: contract.status === 'confirming' && confirmedContentChanged },
    });
  });
}

/** One audited status move, guarded by the life cycle. */
export async function moveContract(
  trx: Transaction<DB>,
  ctx: AppContext,
  actorId: string | null,
  contract: ContractRow,
  to: ContractStatus,
  extra: Record<string, unknown> = {},
): Promise<void> {
  if (!canMove(contract.status as ContractStatus, to))
    throw new AppError(409, 'CONTRACT_TRANSITION', { from: `@status_${contract.status}`, to: `@status_${to}` });
  const now = ctx.clock.now();
  const stamps: Partial<Record<ContractStatus, string>> = {
    submitted: 'submitted_at',
    approved: 'approved_at',
    delivering: 'delivery_started_at',
    delivered: 'delivered_at',
    closed: 'closed_at',
  };
  const stamp = stamps[to];
  await trx
    .updateTable('contracts')
    .set({ status: to, updated_at: now, ...(stamp ? { [stamp]: now } : {}) })
    .where('id', '=', contract.id)
    .execute();
  await recordAudit(trx, ctx.clock, {
    actorId,
    action: `contract.${to}`,
    entityType: 'contract',
    entityId: contract.id,
    data: { from: contract.status, to, ...extra },
  });
}

/** A status move by delivery or sales (start delivery, delivered, close); a frozen contract moves nowhere. */
export async function advanceContract(ctx: AppContext, actor: Actor, id: string, to: ContractStatus): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const contract = await findVisibleContract(trx, actor, id, { forUpdate: true });
    if (contract.status === 'frozen') throw new AppError(409, 'CONTRACT_FROZEN', { reason: contract.frozen_reason ?? '' });
    await moveContract(trx, ctx, actor.id, contract, to);
  });
}

export interface FrozenContract {
  id: string;
  title: string;
  /** The status it had before the freeze. */
  status: string;
  owner_id: string | null;
  team_id: string | null;
}

/**
 * 付款异常 → 冻结: every undelivered contract of the customer freezes, remembering its status.
 * Publishes `contract.frozen` for each (collaboration stops their cards' clocks).
 */
export async function freezeCustomerContracts(
  trx: Transaction<DB>,
  ctx: AppContext,
  input: { customerId: string; reason: string; anomalyId: string | null },
): Promise<FrozenContract[]> {
  const now = ctx.clock.now();
  const contracts = await trx
    .selectFrom('contracts')
    .select(['id', 'number', 'title', 'status', 'owner_id', 'team_id'])
    .where('customer_id', '=', input.customerId)
    .where('status', 'in', [...FREEZABLE])
    .forUpdate()
    .execute();
  for (const c of contracts) {
    await trx
      .updateTable('contracts')
      .set({ status: 'frozen', frozen_from: c.status, frozen_reason: input.reason, updated_at: now })
      .where('id', '=', c.id)
      .execute();
  }
  await ctx.events.publishAll(
    trx,
    'contract.frozen',
    contracts.map((c) => ({
      contractId: c.id,
      number: c.number,
      title: c.title,
      customerId: input.customerId,
      ownerId: c.owner_id,
      teamId: c.team_id,
      previousStatus: c.status,
      reason: input.reason,
      anomalyId: input.anomalyId,
      frozenAt: now.toISOString(),
    })),
  );
  return contracts.map(({ id, title, status, owner_id, team_id }) => ({ id, title, status, owner_id, team_id }));
}

/** The customer's frozen contracts return to where they were; publishes `contract.unfrozen` for each. Returns their ids. */
export async function unfreezeCustomerContracts(
  trx: Transaction<DB>,
  ctx: AppContext,
  input: { customerId: string; anomalyId: string | null },
): Promise<string[]> {
  const now = ctx.clock.now();
  const contracts = await trx
    .selectFrom('contracts')
    .select(['id', 'frozen_from'])
    .where('customer_id', '=', input.customerId)
    .where('status', '=', 'frozen')
    .forUpdate()
    .execute();
  for (const c of contracts)
    await trx
      .updateTable('contracts')
      .set({ status: c.frozen_from ?? 'draft', frozen_from: null, frozen_reason: null, updated_at: now })
      .where('id', '=', c.id)
      .execute();
  await ctx.events.publishAll(
    trx,
    'contract.unfrozen',
    contracts.map((c) => ({
      contractId: c.id,
      customerId: input.customerId,
      status: c.frozen_from ?? 'draft',
      anomalyId: input.anomalyId,
      unfrozenAt: now.toISOString(),
    })),
  );
  return contracts.map((c) => c.id);
}

/** 签署日期: allowed once the contract left 三方确认 (submitted or later); never in the future. */
export async function signContract(ctx: AppContext, actor: Actor, id: string, signedAt: Date): Promise<void> {
  const now = ctx.clock.now();
  if (signedAt.getTime() > now.getTime()) throw new AppError(422, 'DATE_IN_FUTURE', { field: '@field_signedAt' });
  await ctx.db.transaction().execute(async (trx) => {
    const contract = await findVisibleContract(trx, actor, id, { forUpdate: true });
    const effective = (contract.status === 'frozen' ? (contract.frozen_from ?? 'draft') : contract.status) as ContractStatus;
    if (EDITABLE.includes(effective)) throw new AppError(409, 'CONTRACT_NOT_SIGNABLE', { status: `@status_${effective}` });
    await trx.updateTable('contracts').set({ signed_at: signedAt, updated_at: now }).where('id', '=', id).execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'contract.sign',
      entityType: 'contract',
      entityId: id,
      data: { signedAt: signedAt.toISOString(), previous: contract.signed_at ? contract.signed_at.toISOString() : null },
    });
  });
}
