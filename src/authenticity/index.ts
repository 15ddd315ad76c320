/**
 * 防伪跟进 (no fake follow-ups): near-duplicate and burst flags on every new follow-up (see
 * `checks.ts`, hooked into the follow-up's create transaction), their review, the weekly spot
 * check, and the metrics built on them (有效动作密度, fake-follow-up rate).
 */
import type { App, AppContext } from '../core/context.js';
import type { TimeRule } from '../core/scheduler/time-rule.js';
import { flagRoutes } from './flags.js';
import { metricsRoutes } from './metrics.js';
import { spotCheckRoutes, spotCheckRule } from './spot-check.js';

export function authenticityRoutes(app: App, ctx: AppContext): void {
  flagRoutes(app, ctx);
  spotCheckRoutes(app, ctx);
  metricsRoutes(app, ctx);
}

export function authenticityRules(ctx: AppContext): TimeRule[] {
  return [spotCheckRule(ctx)];
}

export {
  actionDensity,
  fakeFollowupRate,
  EFFECTIVE_SQL,
  FAKE_SQL,
  FLAGGED_SQL,
  INVALID_SQL,
  type ActionDensity,
  type FakeFollowupRate,
  type MetricsFilter,
} from './metrics.js';
