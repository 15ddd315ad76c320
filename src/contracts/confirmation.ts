import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { AppError } from '../core/http/errors.js';
import { noticeContent } from '../core/notifications/notice-text.js';
import { departmentAssignee } from '../core/org-hierarchy.js';
import type { Locale } from '../core/i18n/locale.js';
import { assertContractStageRules } from '../opportunities/index.js';
import { PARTIES, paymentTermsComplete, submissionBlockers, type Party } from './lifecycle.js';
import { findVisibleContract, moveContract } from './contract.service.js';

export async function currentConfirmations(db: Transaction<DB> | AppContext['db'], contractId: string, round: number) {
  if (round === 0) return [];
  const rows = await db
    .selectFrom('contract_confirmations')
    .leftJoin('users', 'users.id', 'contract_confirmations.assignee_id')
    .selectAll('contract_confirmations')
    .select('users.display_name as assignee_name')
    .where('contract_id', '=', contractId)
    .where('round', '=', round)
    .execute();
  return rows.sort((a, b) => PARTIES.indexOf(a.party as Party) - PARTIES.indexOf(b.party as Party));
}

/** 三方确认弹窗: once payment terms are filled in, product and finance are asked to confirm. */
export async function requestConfirmation(ctx: AppContext, actor: Actor, contractId: string): Promise<void> {
  const { document } = await ctx.playbook.active();
  await ctx.db.transaction().execute(async (trx) => {
    const contract = await findVisibleContract(trx, actor, contractId, { forUpdate: true });
    if (!paymentTermsComplete(contract.payment_terms)) throw new AppError(422, 'PAYMENT_TERMS_REQUIRED');
    await moveContract(trx, ctx, actor.id, contract, 'confirming', { round: contract.confirmation_round + 1 });
    const round = contract.confirmation_round + 1;
    await trx.updateTable('contracts').set({ confirmation_round: round }).where('id', '=', contract.id).execute();
    const now = ctx.clock.now();
    for (const party of ['product', 'finance'] as const) {
      const assignee = await departmentAssignee(trx, document.collaboration, party, contract.region);
      await trx
        .insertInto('contract_confirmations')
        .values({ id: randomUUID(), contract_id: contract.id, round, party, assignee_id: assignee, decision: 'pending', requested_at: now })
        .execute();
      if (assignee) {
        await ctx.notifier.toInbox(trx, [
          {
            userId: assignee,
            dedupeKey: `confirm:${contract.id}:${round}:${party}`,
            notice: {
              ...noticeContent('contract.confirmation', {
                contractId: contract.id,
                contractTitle: contract.title,
                customerName: contract.customer_name ?? null,
                amount: Number(contract.amount),
                party,
                round,
              }),
              severity: 'info',
              link: `/contracts/${contract.id}`,
            },
          },
        ]);
      }
    }
  });
}

export async function decideConfirmation(
  ctx: AppContext,
  actor: Actor,
  contractId: string,
  party: Party,
  decision: 'confirm' | 'veto',
  reason: string | undefined,
  clauseKeys: string[],
): Promise<void> {
  if (actor.role !== party && actor.role !== 'admin') throw new AppError(403, 'FORBIDDEN');
  if (decision === 'veto' && !reason) throw new AppError(422, 'VETO_REASON_REQUIRED');
  await ctx.db.transaction().execute(async (trx) => {
    const contract = await findVisibleContract(trx, actor, contractId, { forUpdate: true });
    if (contract.status !== 'confirming') throw new AppError(409, 'CONTRACT_NOT_CONFIRMING');
    const unknownClause = clauseKeys.find((k) => !contract.clauses.some((c) => c.key === k));
    if (unknownClause) throw new AppError(422, 'INVALID_REFERENCE', { reason: `clause ${unknownClause}` });
    const now = ctx.clock.now();
    const updated = await trx
      .updateTable('contract_confirmations')
      .set({
        decision: decision === 'confirm' ? 'confirmed' : 'vetoed',
        reason: reason ?? null,
        clause_keys: clauseKeys,
        decided_by: actor.id,
        decided_at: now,
      })
      .where('contract_id', '=', contract.id)
      .where('round', '=', contract.confirmation_round)
      .where('party', '=', party)
      .where('decision', '=', 'pending')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new AppError(409, 'CONFIRMATION_DECIDED');
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: decision === 'confirm' ? 'contract.confirm' : 'contract.veto',
      entityType: 'contract',
      entityId: contract.id,
      data: { party, round: contract.confirmation_round, reason: reason ?? null, clauseKeys },
    });
    if (contract.owner_id) {
      await ctx.notifier.toInbox(trx, [
        {
          userId: contract.owner_id,
          dedupeKey: `confirm-decision:${contract.id}:${contract.confirmation_round}:${party}`,
          notice: {
            ...(decision === 'confirm'
              ? noticeContent('contract.confirmed', {
                  contractId: contract.id,
                  contractTitle: contract.title,
                  party,
                  reason: reason ?? null,
                  hasReason: Boolean(reason),
                })
              : noticeContent('contract.vetoed', { contractId: contract.id, contractTitle: contract.title, party, reason: reason ?? '' })),
            severity: decision === 'confirm' ? 'info' : 'warning',
            link: `/contracts/${contract.id}`,
          },
        },
      ]);
    }
  });
}

/**
 * Submitting for approval needs both confirmations of the current round and every grade rule of
 * entering the contract stage (a contract must not bypass the stage gate). Collaboration reacts to
 * `contract.submitted` in the same transaction and creates the product, finance and delivery cards.
 */
export async function submitContract(ctx: AppContext, actor: Actor, contractId: string, locale: Locale): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const contract = await findVisibleContract(trx, actor, contractId, { forUpdate: true });
    if (contract.status !== 'confirming') throw new AppError(409, 'CONTRACT_TRANSITION', { from: `@status_${contract.status}`, to: '@status_submitted' });
    const blockers = submissionBlockers(
      (await currentConfirmations(trx, contract.id, contract.confirmation_round)).map((c) => ({
        party: c.party as Party,
        decision: c.decision as 'pending',
        reason: c.reason,
      })),
    );
    if (blockers.length) throw new AppError(422, 'CONFIRMATION_REQUIRED', { count: blockers.length }, { blockers });
    await assertContractStageRules(trx, ctx, contract.opportunity_id, locale);
    await moveContract(trx, ctx, actor.id, contract, 'submitted');
    await ctx.events.publish(trx, 'contract.submitted', {
      contractId: contract.id,
      number: contract.number,
      title: contract.title,
      amount: Number(contract.amount),
      opportunityId: contract.opportunity_id,
      customerId: contract.customer_id,
      ownerId: contract.owner_id,
      teamId: contract.team_id,
      region: contract.region,
      confirmationRound: contract.confirmation_round,
      actorId: actor.id,
      submittedAt: ctx.clock.now().toISOString(),
    });
  });
}
