/**
 * 防伪跟进 (no fake follow-ups): near-duplicate and burst flags on every new follow-up (it
 * subscribes to `followup.created`, see `followup-check.ts`), their review, the weekly spot check,
 * the fingerprint backfill, and the metrics built on them (有效动作密度, fake-follow-up rate).
 */
import type { CapabilityModule } from '../core/module.js';
import { chatEvidenceRule } from './chat-evidence.js';
import { fingerprintBackfillRule } from './fingerprint-backfill.js';
import { flagRoutes } from './flags.js';
import { checkNewFollowup } from './followup-check.js';
import { metricsRoutes } from './metrics.js';
import { spotCheckRoutes, spotCheckRule } from './spot-check.js';

export const authenticityModule: CapabilityModule = {
  name: 'authenticity',
  switch: 'authenticity',
  summary: 'Near-duplicate and burst flags on follow-ups, their review, weekly spot checks, fake-follow-up metrics',
  routes: (app, ctx) => {
    flagRoutes(app, ctx);
    spotCheckRoutes(app, ctx);
    metricsRoutes(app, ctx);
  },
  timeRules: (ctx) => [spotCheckRule(ctx), fingerprintBackfillRule(ctx), chatEvidenceRule(ctx)],
  subscribers: [checkNewFollowup],
  publishes: ['followup.flagged'],
  playbookSections: ['authenticity'],
};

export { flagSchema, flagsOf } from './flags.js';
export { fingerprintRows, teamKeyOf, type FollowupText } from './fingerprint-rows.js';
export { actionDensity, fakeFollowupRate, FAKE_SQL } from './metrics.js';
export { latestSpotCheckOf, pendingFlagsFor } from './home.js';
