/** 附件: uploaded evidence (recordings, screenshots, proposals…) stored on disk by content hash. */
import type { CapabilityModule } from '../core/module.js';
import { fileRoutes, unattachedFilesRule } from './files.routes.js';

export const filesModule: CapabilityModule = {
  name: 'files',
  summary: 'Evidence uploads and downloads (files of the kinds the playbook names)',
  routes: fileRoutes,
  timeRules: (ctx) => [unattachedFilesRule(ctx)],
  permissions: ['records:write'],
};

export { FileStorage } from './storage.js';
export { detectMime, safeFileName, storeOpportunityFile } from './files.routes.js';
