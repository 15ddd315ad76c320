/**
 * 合同: contracts on opportunities, their life cycle, and the server-enforced 三方确认 (product and
 * finance confirm before submission). Submission publishes `contract.submitted`; a payment anomaly
 * freezes undelivered contracts (`contract.frozen`) until it is resolved (`contract.unfrozen`).
 */
import type { CapabilityModule } from '../core/module.js';
import { contractRoutes } from './contracts.routes.js';

export const contractsModule: CapabilityModule = {
  name: 'contracts',
  summary: 'Contracts, their life cycle and the 三方确认 before submission',
  routes: contractRoutes,
  publishes: ['contract.submitted', 'contract.frozen', 'contract.unfrozen'],
  permissions: ['records:write'],
};

export type { ContractRow } from './contract.model.js';
export { clauseSchema, contractSchema, paymentTermsSchema, requirementSchema, toContract } from './contract.model.js';
export { contractById, findVisibleContract, freezeCustomerContracts, moveContract, renderRequirement, unfreezeCustomerContracts } from './contract.service.js';
export { RUNNING_CONTRACT_STATES } from './lifecycle.js';
export { awaitingConfirmationBy } from './home.js';
