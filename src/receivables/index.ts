/**
 * 回款: a submitted contract's instalments become receivables with due dates (it subscribes to
 * `contract.submitted`); payments recorded by finance or the ERP settle the oldest first; a
 * receivable unpaid the playbook's working days after its due date raises the payment anomaly
 * (collaboration's freeze) exactly once; the 回款 report and the 合同签署时效性 report.
 */
import type { CapabilityModule } from '../core/module.js';
import { on } from '../core/events/subscriber.js';
import { receivableRoutes } from './receivables.routes.js';
import { createReceivables, overdueReceivablesRule } from './receivables.service.js';

const createReceivablesOnSubmission = on('contract.submitted', 'turns the contract’s instalments into receivables with due dates', async (trx, event, ctx) => {
  await createReceivables(trx, ctx, event.contractId, new Date(event.submittedAt));
});

export const receivablesModule: CapabilityModule = {
  name: 'receivables',
  summary: 'Receivables from contracts’ instalments, payments, the overdue freeze, the 回款 and contract-signing reports',
  routes: receivableRoutes,
  timeRules: (ctx) => [overdueReceivablesRule(ctx)],
  subscribers: [createReceivablesOnSubmission],
  playbookSections: ['receivables'],
};
