import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requirePermission } from '../auth/guard.js';
import { AdjustableClock, type ClockState } from '../clock.js';
import type { ClusterSignals } from '../cluster.js';
import type { Database } from '../db/connect.js';
import type { App, AppContext } from '../context.js';
import { dateTimeString } from '../http/common.js';

const schedulerSchema = z
  .object({
    node: z.string().meta({ description: 'This app node' }),
    rules: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          kind: z.enum(['sweep', 'daily']).meta({ description: 'sweep: every tick; daily: once per working day at a local time' }),
          lastRunAt: dateTimeString.nullable(),
          lastResult: z.number().nullable().meta({ description: 'How many things the last run did' }),
          lastError: z.string().nullable(),
          lastDurationMs: z.number().int().nullable().meta({ description: 'How long the last run took on this node (ms)' }),
        })
        .meta({ id: 'TimeRuleStatus' }),
    ),
  })
  .meta({ id: 'SchedulerStatus', description: 'The time rules declared on this node and their last runs here' });

const CLOCK_KEY = 'time-machine-clock';

/**
 * The time machine's clock on every node (TIME_MACHINE=1): the state stored in the database at
 * start, and each move another node signals.
 */
export async function shareTimeMachineClock(db: Database, clock: AdjustableClock, signals: ClusterSignals): Promise<void> {
  const load = async () => {
    const stored = await db.selectFrom('cluster_state').select('value').where('key', '=', CLOCK_KEY).executeTakeFirst();
    if (stored) clock.apply(stored.value as unknown as ClockState);
  };
  signals.on('clock', (state) => {
    // The signal carries the state; a node that lost its signal connection reads it back.
    if (state && typeof state === 'object' && 'offsetMs' in state) clock.apply(state as ClockState);
    else void load().catch(() => undefined);
  });
  await load();
}

export function schedulerRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/admin/scheduler',
    {
      schema: {
        operationId: 'getSchedulerStatus',
        tags: ['system'],
        summary: 'Declared time rules and their last runs on this node',
        response: { 200: schedulerSchema },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requirePermission(request, 'system:operate');
      return { node: ctx.scheduler.nodeId, rules: ctx.scheduler.list() };
    },
  );

  // The time machine exists only when the app was started with TIME_MACHINE=1.
  const clock = ctx.clock;
  if (!ctx.config.timeMachine || !(clock instanceof AdjustableClock)) return;

  app.get(
    '/admin/clock',
    {
      schema: {
        operationId: 'getClock',
        tags: ['system'],
        summary: 'Time machine: the app clock (TIME_MACHINE=1 only)',
        response: { 200: z.object({ now: dateTimeString }).meta({ id: 'Clock' }) },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requirePermission(request, 'system:operate');
      return { now: clock.now().toISOString() };
    },
  );

  app.post(
    '/admin/clock',
    {
      schema: {
        operationId: 'advanceClock',
        tags: ['system'],
        summary: 'Time machine: move the app clock forward and run every due time rule (TIME_MACHINE=1 only)',
        body: z
          .object({
            advanceMs: z
              .number()
              .int()
              .positive()
              .max(366 * 86_400_000),
          })
          .strict()
          .meta({ id: 'AdvanceClockRequest' }),
        response: {
          200: z
            .object({
              now: z.string(),
              fired: z.record(z.string(), z.number()),
              delivered: z.object({ sent: z.number(), retried: z.number(), dead: z.number(), deferred: z.number() }),
            })
            .meta({ id: 'ClockAdvance', description: 'The new time, how often each rule fired, and the deliveries made' }),
        },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'system:operate');
      // The clock is shared by every node: moved from the stored state under its row lock, stored,
      // and signalled, so every node runs on the new time at once.
      await ctx.db.transaction().execute(async (trx) => {
        const stored = await trx.selectFrom('cluster_state').select('value').where('key', '=', CLOCK_KEY).forUpdate().executeTakeFirst();
        if (stored) clock.apply(stored.value as unknown as ClockState);
        const from = clock.now();
        clock.advance(request.body.advanceMs);
        const value = JSON.stringify(clock.state());
        await trx
          .insertInto('cluster_state')
          .values({ key: CLOCK_KEY, value, updated_at: new Date() })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: new Date() }))
          .execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'clock.advance',
          entityType: 'system',
          entityId: null,
          data: { from: from.toISOString(), advanceMs: request.body.advanceMs },
        });
        await ctx.signals.publish('clock', clock.state(), trx);
      });
      const fired = await ctx.scheduler.tick();
      const delivered = await ctx.outbox.drain();
      return { now: clock.now().toISOString(), fired, delivered };
    },
  );
}
