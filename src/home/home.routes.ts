import { z } from 'zod';
import { managerFigures } from '../analytics/index.js';
import { latestSpotCheckOf, pendingFlagsFor } from '../authenticity/index.js';
import { openCardsFor, overdueByDepartment, taskCardSchema } from '../collaboration/index.js';
import { awaitingConfirmationBy } from '../contracts/index.js';
import type { Actor } from '../core/auth/actor.js';
import { actorOf } from '../core/auth/guard.js';
import { roleSchema } from '../core/auth/roles.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString } from '../core/http/common.js';
import { staleGroups, staleItems, staleThreshold } from '../reports/index.js';
import { loadQueue, queueItemSchema } from '../tasks/index.js';

const TOP = 8;
const rate = z.number().nullable();
const countOf = z.number().int();

const homeSchema = z
  .object({
    role: roleSchema,
    generatedAt: dateTimeString,
    queue: z
      .object({ counts: z.object({ overdue: countOf, dueSoon: countOf, upcoming: countOf }), items: z.array(queueItemSchema) })
      .nullable()
      .meta({ description: 'Sales: their own queue (due in 7 days); supervisors and managers: overdue work of their team' }),
    stale: z
      .object({
        total: countOf,
        thresholdHours: z.number(),
        items: z.array(
          z.object({ entityType: z.enum(['lead', 'opportunity']), id: z.string(), name: z.string(), ownerName: z.string().nullable(), idleHours: countOf }),
        ),
      })
      .nullable()
      .meta({ description: '断点清单 summary: open leads and opportunities idle beyond the threshold, longest idle first' }),
    flags: z
      .object({
        pending: countOf,
        items: z.array(
          z.object({
            id: z.string(),
            kind: z.string(),
            reason: z.string(),
            followupId: z.string(),
            excerpt: z.string(),
            authorName: z.string(),
            writtenAt: dateTimeString,
            flaggedAt: dateTimeString,
          }),
        ),
      })
      .nullable()
      .meta({ description: 'Sales: pending flags on their own follow-ups; supervisors and above: flags to review' }),
    spotCheck: z
      .object({ week: z.string().nullable(), total: countOf, judged: countOf })
      .nullable()
      .meta({ description: 'A supervisor’s latest weekly spot-check sample' }),
    kpi: z
      .object({
        from: z.string(),
        to: z.string(),
        responseSlaRate: rate,
        conversionRate: rate,
        highIntentRate: rate,
        fakeFollowupRate: rate,
        leadsArrived: countOf,
      })
      .nullable()
      .meta({ description: 'Managers: the KPIs of the last 30 days' }),
    contribution: z
      .object({
        from: z.string(),
        to: z.string(),
        items: z.array(z.object({ userId: z.string(), name: z.string(), teamName: z.string().nullable(), score: z.number(), rank: countOf })),
      })
      .nullable()
      .meta({ description: 'Managers: the top of the contribution ranking of the last complete month' }),
    blockers: z
      .object({
        total: countOf,
        departments: z.array(z.object({ department: z.enum(['product', 'finance', 'delivery']), overdue: countOf })),
        items: z.array(taskCardSchema.extend({ overdueHours: countOf })),
      })
      .nullable()
      .meta({ description: '协作堵点看板: cross-department cards overdue now, per department' }),
    confirmations: z
      .object({
        total: countOf,
        items: z.array(
          z.object({
            contractId: z.string(),
            number: z.string(),
            title: z.string(),
            amount: z.number(),
            region: z.string(),
            customerName: z.string(),
            requestedAt: dateTimeString,
          }),
        ),
      })
      .nullable()
      .meta({ description: 'Product and finance: 待我确认, contracts waiting for their department’s confirmation' }),
    cards: z
      .object({ total: countOf, overdue: countOf, items: z.array(taskCardSchema) })
      .nullable()
      .meta({ description: 'Product, finance and delivery: their department’s open cards, soonest due first' }),
  })
  .meta({ id: 'Home', description: 'The widgets of the caller’s role; null where the role has none (or the module is switched off)' });

const SALES = ['sales'];
const TEAM_LEADS = ['supervisor', 'regional_manager', 'director', 'admin'];
const MANAGERS = ['regional_manager', 'director', 'admin'];
const DEPARTMENTS = ['product', 'finance', 'delivery'];

async function loadHome(ctx: AppContext, actor: Actor) {
  const now = ctx.clock.now();
  const { document } = await ctx.playbook.active();
  const modules = document.modules;
  const role = actor.role;
  const ruleNames = new Map(ctx.scheduler.list().map((r) => [r.id, r.name]));
  const when = <T>(on: boolean, load: () => Promise<T>): Promise<T | null> => (on ? load() : Promise.resolve(null));

  const [queue, stale, flags, spotCheck, figures, blockers, confirmations, cards] = await Promise.all([
    when(SALES.includes(role) || TEAM_LEADS.includes(role), async () => {
      const mine = SALES.includes(role);
      const all = await loadQueue(ctx, actor, mine, ruleNames);
      const items = mine ? all : all.filter((i) => i.state === 'overdue');
      return {
        counts: {
          overdue: all.filter((i) => i.state === 'overdue').length,
          dueSoon: all.filter((i) => i.state === 'due_soon').length,
          upcoming: all.filter((i) => i.state === 'upcoming').length,
        },
        items: items.slice(0, TOP),
      };
    }),
    when(SALES.includes(role) || role === 'supervisor', async () => {
      const [{ hours }, grouped, items] = await Promise.all([
        staleThreshold(ctx, now),
        staleGroups(ctx, actor, {}, now),
        staleItems(ctx, actor, {}, now, 5, 0),
      ]);
      return {
        total: grouped.total,
        thresholdHours: hours,
        items: items.map((i) => ({ entityType: i.entityType, id: i.id, name: i.name, ownerName: i.ownerName, idleHours: i.idleHours })),
      };
    }),
    when(modules.authenticity && (SALES.includes(role) || role === 'supervisor'), () => pendingFlagsFor(ctx, actor)),
    when(modules.authenticity && role === 'supervisor', () => latestSpotCheckOf(ctx, actor.id)),
    when(modules.analytics && MANAGERS.includes(role), () => managerFigures(ctx, actor, 5)),
    when(modules.collaboration && (MANAGERS.includes(role) || role === 'supervisor'), () => overdueByDepartment(ctx, actor, now, TOP)),
    when(modules.collaboration, () => awaitingConfirmationBy(ctx, actor, TOP)),
    when(modules.collaboration && DEPARTMENTS.includes(role), () => openCardsFor(ctx, actor, now, TOP)),
  ]);
  return {
    role,
    generatedAt: now.toISOString(),
    queue,
    stale,
    flags,
    spotCheck,
    kpi: figures?.kpi ?? null,
    contribution: figures?.contribution ?? null,
    blockers,
    confirmations,
    cards,
  };
}

export function homeRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/home',
    {
      schema: {
        operationId: 'getHome',
        tags: ['home'],
        summary:
          '工作台: the widgets of the caller’s role (queue, 断点清单, flags, spot check, KPIs, contribution, 协作堵点看板, 待我确认, cards), in their scope',
        response: { 200: homeSchema },
      },
    },
    async (request) => loadHome(ctx, actorOf(request)),
  );
}
