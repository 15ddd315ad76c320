/**
 * 月度考核 and LTV: each rep's monthly appraisal from the playbook's weighted components
 * (新客户签约额, 老客户续约率, 商机孵化质量, 客户健康度) with team ranking and the share of
 * 「内部协调不畅」 complaints, and customer lifetime value with each rep's share of it.
 */
import type { CapabilityModule } from '../core/module.js';
import { appraisalRoutes } from './appraisal.routes.js';

export const appraisalModule: CapabilityModule = {
  name: 'appraisal',
  summary: 'Monthly appraisal per rep with weights from the playbook, team ranking, customer LTV and reps’ LTV shares',
  routes: appraisalRoutes,
  playbookSections: ['appraisal'],
};
