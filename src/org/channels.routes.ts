import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import { actorOf } from '../core/auth/guard.js';
import { can } from '../core/auth/roles.js';
import type { App, AppContext } from '../core/context.js';
import { idParams } from '../core/http/common.js';
import { forbidden, notFound } from '../core/http/errors.js';
import { textsIn } from '../core/i18n/catalogue.js';
import { maskUrl } from '../core/notifications/channels/mask.js';

const httpsOrLocal = z
  .string()
  .trim()
  .url()
  .refine((u) => /^https:\/\//.test(u) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u), '只接受 https 地址（本机测试地址除外）');

const channelsBody = z
  .object({
    feishu: z
      .object({ url: httpsOrLocal, secret: z.string().trim().max(200).optional() })
      .strict()
      .nullable()
      .optional(),
    wecom: z.object({ url: httpsOrLocal }).strict().nullable().optional(),
    email: z
      .object({ to: z.array(z.email()).min(1).max(20) })
      .strict()
      .nullable()
      .optional(),
  })
  .strict()
  .meta({ id: 'SetTeamChannelsRequest', description: 'null removes a channel, an omitted key keeps it; an omitted Feishu secret keeps the stored one' });

const channelsView = z
  .object({
    feishu: z.object({ url: z.string(), hasSecret: z.boolean() }).nullable(),
    wecom: z.object({ url: z.string() }).nullable(),
    email: z.object({ to: z.array(z.string()) }).nullable(),
  })
  .meta({ id: 'TeamChannels', description: 'A team’s notification channels; webhook addresses are masked and secrets never shown' });

type ChannelsRow = { feishu_url: string | null; feishu_secret: string | null; wecom_url: string | null; email_to: string[] | null } | undefined;
const view = (c: ChannelsRow) => ({
  feishu: c?.feishu_url ? { url: maskUrl(c.feishu_url), hasSecret: Boolean(c.feishu_secret) } : null,
  wecom: c?.wecom_url ? { url: maskUrl(c.wecom_url) } : null,
  email: c?.email_to?.length ? { to: c.email_to } : null,
});

/** A team's Feishu / WeCom group and e-mail recipients: set by admins or the team's supervisor. */
export function teamChannelRoutes(app: App, ctx: AppContext): void {
  const authorise = async (request: Parameters<typeof actorOf>[0], teamId: string) => {
    const actor = actorOf(request);
    const team = await ctx.db.selectFrom('teams').select(['id', 'supervisor_id']).where('id', '=', teamId).executeTakeFirst();
    if (!team) throw notFound('team');
    if (!can(actor.role, 'org:manage') && team.supervisor_id !== actor.id) throw forbidden();
    return actor;
  };
  const load = (teamId: string) => ctx.db.selectFrom('team_channels').selectAll().where('team_id', '=', teamId).executeTakeFirst();

  app.get(
    '/teams/:id/channels',
    {
      schema: {
        operationId: 'getTeamChannels',
        tags: ['org'],
        summary: 'A team\u2019s notification channels (secrets masked)',
        params: idParams,
        response: { 200: channelsView },
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      await authorise(request, request.params.id);
      return view(await load(request.params.id));
    },
  );

  app.put(
    '/teams/:id/channels',
    {
      schema: {
        operationId: 'setTeamChannels',
        tags: ['org'],
        summary: 'Set a team\u2019s Feishu / WeCom / e-mail channels; null removes one, an omitted key keeps it',
        params: idParams,
        body: channelsBody,
        response: { 200: channelsView },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = await authorise(request, request.params.id);
      const body = request.body;
      const before = await load(request.params.id);
      const now = ctx.clock.now();
      const next = {
        feishu_url: body.feishu === undefined ? (before?.feishu_url ?? null) : (body.feishu?.url ?? null),
        // Omitting the secret keeps the stored one, so the UI never needs to read it back.
        feishu_secret:
          body.feishu === undefined
            ? (before?.feishu_secret ?? null)
            : body.feishu === null
              ? null
              : body.feishu.secret === undefined
                ? (before?.feishu_secret ?? null)
                : body.feishu.secret || null,
        wecom_url: body.wecom === undefined ? (before?.wecom_url ?? null) : (body.wecom?.url ?? null),
        email_to: body.email === undefined ? (before?.email_to ?? null) : (body.email?.to ?? null),
        updated_at: now,
        updated_by: actor.id,
      };
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('team_channels')
          .values({ team_id: request.params.id, ...next })
          .onConflict((oc) => oc.column('team_id').doUpdateSet(next))
          .execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'team.channels.update',
          entityType: 'team',
          entityId: request.params.id,
          data: view({ ...next }),
        });
      });
      return view(await load(request.params.id));
    },
  );

  app.post(
    '/teams/:id/channels/test',
    {
      schema: {
        operationId: 'testTeamChannels',
        tags: ['org'],
        summary: 'Queue a test message to every configured channel',
        params: idParams,
        response: { 200: z.object({ queued: z.number().int() }).meta({ id: 'ChannelTest', description: 'How many messages were queued' }) },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = await authorise(request, request.params.id);
      const now = ctx.clock.now();
      const queued = await ctx.db.transaction().execute((trx) =>
        ctx.notifier.toTeamChannels(
          trx,
          [request.params.id],
          (locale) => {
            const t = textsIn(locale);
            return {
              title: t('bot.test.title'),
              severity: 'info',
              lines: [t('bot.test.body', { name: actor.displayName })],
              link: { label: t('bot.test.open'), url: ctx.notifier.absoluteLink('/')! },
            };
          },
          `channel-test:${now.toISOString()}:${actor.id}`,
        ),
      );
      return { queued };
    },
  );
}
