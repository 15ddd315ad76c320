/**
 * 跟进记录 (follow-ups): append-only records of every contact with a lead, customer or
 * opportunity, with evidence attached and the time set by the server. `createFollowup` is the one
 * write path; the records concerned and the authenticity check react to `followup.created`.
 */
import type { CapabilityModule } from '../core/module.js';
import { followupRoutes } from './followups.js';

export const followupsModule: CapabilityModule = {
  name: 'followups',
  summary: 'Follow-ups with evidence, server time, append-only',
  routes: followupRoutes,
  publishes: ['followup.created'],
  permissions: ['records:write'],
};

export { createFollowup, recordFollowup, type FollowupInput, type RecordOptions } from './followup.service.js';
