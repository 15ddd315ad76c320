import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, iso, listOf, pageQuery } from '../core/http/common.js';
import { forbidden } from '../core/http/errors.js';
import { requestLocale } from '../core/http/error-handler.js';
import { decideConfirmation, currentConfirmations, requestConfirmation, submitContract } from './confirmation.js';
import { contractDetailSchema, contractInput, contractPatch, contractSchema, contractStatusSchema, toContract } from './contract.model.js';
import { advanceContract, createContract, findVisibleContract, renderRequirement, signContract, updateContract } from './contract.service.js';
import { paymentTermsComplete, submissionBlockers, type ContractStatus, type Party } from './lifecycle.js';

const decisionBody = z
  .object({
    decision: z.enum(['confirm', 'veto']),
    reason: z.string().trim().min(2).max(1000).optional().meta({ description: 'Required for a veto' }),
    clauseKeys: z.array(z.string()).max(50).default([]).meta({ description: 'Keys of the contract’s clauses a veto disputes' }),
  })
  .strict()
  .meta({ id: 'DecideConfirmationRequest' });

export function contractRoutes(app: App, ctx: AppContext): void {
  const present = async (id: string, actor = null as null | Parameters<typeof findVisibleContract>[1]) => {
    const contract = await findVisibleContract(ctx.db, actor!, id);
    const confirmations = await currentConfirmations(ctx.db, contract.id, contract.confirmation_round);
    const { document } = await ctx.playbook.active();
    return {
      ...toContract(contract),
      paymentTermsComplete: paymentTermsComplete(contract.payment_terms),
      confirmations: confirmations.map((c) => ({
        party: c.party,
        assigneeId: c.assignee_id,
        assigneeName: c.assignee_name,
        decision: c.decision,
        reason: c.reason,
        clauseKeys: c.clause_keys,
        decidedAt: iso(c.decided_at),
        requestedAt: iso(c.requested_at),
      })),
      blockers:
        contract.status === 'confirming' || contract.status === 'draft'
          ? submissionBlockers(confirmations.map((c) => ({ party: c.party as Party, decision: c.decision as 'pending', reason: c.reason })))
          : [],
      requirementDocument: renderRequirement(document, contract.requirement),
    };
  };

  app.get(
    '/contracts',
    {
      schema: {
        operationId: 'listContracts',
        tags: ['contracts'],
        summary: 'Contracts in the caller\u2019s scope',
        querystring: z.object({
          ...pageQuery,
          status: contractStatusSchema.optional(),
          customerId: z.uuid().optional(),
          opportunityId: z.uuid().optional(),
        }),
        response: { 200: listOf(contractSchema, 'ContractList') },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      let query = ctx.db.selectFrom('contracts').where(inScope(actor.scope, 'contracts'));
      if (q.status) query = query.where('contracts.status', '=', q.status);
      if (q.customerId) query = query.where('contracts.customer_id', '=', q.customerId);
      if (q.opportunityId) query = query.where('contracts.opportunity_id', '=', q.opportunityId);
      const [rows, count] = await Promise.all([
        query
          .innerJoin('customers', 'customers.id', 'contracts.customer_id')
          .leftJoin('users', 'users.id', 'contracts.owner_id')
          .selectAll('contracts')
          .select(['customers.name as customer_name', 'users.display_name as owner_name'])
          .orderBy('contracts.created_at', 'desc')
          .orderBy('contracts.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toContract), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  app.post(
    '/contracts',
    {
      schema: {
        operationId: 'createContract',
        tags: ['contracts'],
        summary: 'Draft a contract on an opportunity',
        body: contractInput,
        response: { 201: contractDetailSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['OPPORTUNITY_CLOSED'], 422: ['INVALID_REFERENCE'] },
        examples: {
          equipment: {
            summary: 'Three machines, 30 % at signing and 70 % after acceptance, 60 days credit',
            value: {
              opportunityId: '3f1c9a52-8d7e-4b6a-9c21-5e0f7a8b9c10',
              title: 'JX-200 采购合同',
              amount: 480000,
              paymentTerms: {
                creditDays: 60,
                instalments: [
                  { percent: 30, milestone: '签约', dueDays: 0 },
                  { percent: 70, milestone: '验收', dueDays: 60 },
                ],
              },
              clauses: [{ key: 'warranty', title: '质保', text: '整机质保两年' }],
              requirement: { items: [{ template: 'equipment', item: 'model', params: { model: 'JX-200', quantity: 3 } }] },
              startDate: '2026-12-01',
              endDate: '2027-11-30',
            },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const id = await createContract(ctx, actor, request.body);
      return reply.status(201).send(await present(id, actor));
    },
  );

  app.get(
    '/contracts/:id',
    {
      schema: {
        operationId: 'getContract',
        tags: ['contracts'],
        summary: 'One contract with its confirmation state',
        params: idParams,
        response: { 200: contractDetailSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => present(request.params.id, actorOf(request)),
  );

  app.patch(
    '/contracts/:id',
    {
      schema: {
        operationId: 'updateContract',
        tags: ['contracts'],
        summary: 'Edit a contract before submission',
        params: idParams,
        body: contractPatch,
        response: { 200: contractDetailSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONTRACT_NOT_EDITABLE'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await updateContract(ctx, actor, request.params.id, request.body);
      return present(request.params.id, actor);
    },
  );

  app.post(
    '/contracts/:id/confirmations',
    {
      schema: {
        operationId: 'requestContractConfirmation',
        tags: ['contracts'],
        summary: '三方确认: ask product and finance to confirm (payment terms must be filled in)',
        params: idParams,
        response: { 200: contractDetailSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONTRACT_TRANSITION'], 422: ['PAYMENT_TERMS_REQUIRED'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await requestConfirmation(ctx, actor, request.params.id);
      return present(request.params.id, actor);
    },
  );

  app.post(
    '/contracts/:id/confirmations/:party',
    {
      schema: {
        operationId: 'decideContractConfirmation',
        tags: ['contracts'],
        summary: 'Product (technical feasibility) or finance (payment-term compliance) confirms or vetoes',
        params: z.object({ id: z.uuid(), party: z.enum(['product', 'finance']) }),
        body: decisionBody,
        response: { 200: contractDetailSchema },
        errors: {
          404: ['NOT_FOUND'],
          409: ['CONTRACT_NOT_CONFIRMING', 'CONFIRMATION_DECIDED'],
          422: ['VETO_REASON_REQUIRED', 'INVALID_REFERENCE'],
        },
        examples: {
          confirm: { summary: 'Finance confirms the payment terms', value: { decision: 'confirm' } },
          veto: {
            summary: 'Finance vetoes, disputing a clause',
            value: { decision: 'veto', reason: '账期 90 天超出信用政策（最长 60 天）', clauseKeys: ['penalty'] },
          },
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await decideConfirmation(ctx, actor, request.params.id, request.params.party, request.body.decision, request.body.reason, request.body.clauseKeys);
      return present(request.params.id, actor);
    },
  );

  app.post(
    '/contracts/:id/submit',
    {
      schema: {
        operationId: 'submitContract',
        tags: ['contracts'],
        summary: 'Submit for approval: creates the product, finance and delivery task cards',
        description:
          'Needs both parties’ confirmation in the current round: otherwise 422 `CONFIRMATION_REQUIRED` with `error.details.blockers`. The opportunity must meet every grade rule of entering the contract stage (e.g. A类: ≥ 3 visits and ≥ 1 proposal): otherwise 422 `STAGE_GATE` with `error.details.missing`, as for the stage move.',
        params: idParams,
        response: { 200: contractDetailSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONTRACT_TRANSITION'], 422: ['CONFIRMATION_REQUIRED', 'STAGE_GATE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await submitContract(ctx, actor, request.params.id, requestLocale(request));
      return present(request.params.id, actor);
    },
  );

  const transition = (path: string, operationId: string, to: ContractStatus, roles: string[], summary: string) =>
    app.post(
      `/contracts/:id/${path}`,
      {
        config: { deliveryWrite: roles.includes('delivery') },
        schema: {
          operationId,
          tags: ['contracts'],
          summary,
          params: idParams,
          response: { 200: contractDetailSchema },
          errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'], 409: ['CONTRACT_FROZEN', 'CONTRACT_TRANSITION'] },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        if (!roles.includes(actor.role)) throw forbidden();
        await advanceContract(ctx, actor, request.params.id, to);
        return present(request.params.id, actor);
      },
    );
  app.post(
    '/contracts/:id/sign',
    {
      schema: {
        operationId: 'signContract',
        tags: ['contracts'],
        summary: 'Record when the contract was signed (合同签署时效性); a correction replaces the date and is audited',
        params: idParams,
        body: z
          .object({ signedAt: z.iso.datetime({ offset: true }) })
          .strict()
          .meta({ id: 'SignContractRequest' }),
        response: { 200: contractDetailSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONTRACT_NOT_SIGNABLE'], 422: ['DATE_IN_FUTURE'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!['sales', 'supervisor', 'regional_manager', 'director', 'finance', 'admin'].includes(actor.role)) throw forbidden();
      await signContract(ctx, actor, request.params.id, new Date(request.body.signedAt));
      return present(request.params.id, actor);
    },
  );

  transition('start-delivery', 'startContractDelivery', 'delivering', ['delivery', 'admin'], 'Delivery starts work on an approved contract');
  transition('deliver', 'deliverContract', 'delivered', ['delivery', 'admin'], 'Delivery marks the contract delivered');
  transition('close', 'closeContract', 'closed', ['sales', 'supervisor', 'regional_manager', 'director', 'admin'], 'Close a delivered contract');
}
