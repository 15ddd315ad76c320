import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import type { Database } from '../core/db/connect.js';
import { dateTimeString, idParams, iso, itemsOf, uuidString } from '../core/http/common.js';
import { invalidReference, notFound } from '../core/http/errors.js';

const teamBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    region: z.string().trim().min(1).max(50),
    supervisorId: z.uuid().nullable().optional(),
    parentTeamId: z.uuid().nullable().optional(),
    /** Language of the team's group bots and e-mail. */
    locale: z.enum(['zh-CN', 'en']).optional().meta({ description: 'Language of the team’s group-bot messages and e-mail (zh-CN by default)' }),
  })
  .strict()
  .meta({ id: 'CreateTeamRequest' });

const teamSchema = z
  .object({
    id: uuidString,
    name: z.string(),
    region: z.string(),
    supervisorId: uuidString.nullable(),
    parentTeamId: uuidString.nullable(),
    locale: z.string().meta({ description: '`zh-CN` or `en`: the language of the team’s group-bot messages and e-mail' }),
    createdAt: dateTimeString.nullable(),
  })
  .meta({ id: 'Team' });

type TeamRow = { id: string; name: string; region: string; supervisor_id: string | null; parent_team_id: string | null; locale: string; created_at: Date };
const toTeam = (t: TeamRow) => ({
  id: t.id,
  name: t.name,
  region: t.region,
  supervisorId: t.supervisor_id,
  parentTeamId: t.parent_team_id,
  locale: t.locale,
  createdAt: iso(t.created_at),
});

async function checkTeamReferences(db: Database, teamId: string | null, body: { supervisorId?: string | null; parentTeamId?: string | null }) {
  if (body.supervisorId) {
    const user = await db.selectFrom('users').select(['id', 'active']).where('id', '=', body.supervisorId).executeTakeFirst();
    if (!user?.active) throw invalidReference('supervisorId');
  }
  if (body.parentTeamId) {
    if (body.parentTeamId === teamId) throw invalidReference('parentTeamId');
    const parent = await db.selectFrom('teams').select('id').where('id', '=', body.parentTeamId).executeTakeFirst();
    if (!parent) throw invalidReference('parentTeamId');
    // Refuse cycles: the new parent must not sit below this team.
    let cursor: string | null = body.parentTeamId;
    while (cursor && teamId) {
      if (cursor === teamId) throw invalidReference('parentTeamId');
      const row: { parent_team_id: string | null } | undefined = await db
        .selectFrom('teams')
        .select('parent_team_id')
        .where('id', '=', cursor)
        .executeTakeFirst();
      cursor = row?.parent_team_id ?? null;
    }
  }
}

export function teamRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/teams',
    { schema: { operationId: 'listTeams', tags: ['org'], summary: 'All teams', response: { 200: itemsOf(teamSchema, 'TeamList') } } },
    async (request) => {
      actorOf(request);
      const rows = await ctx.db.selectFrom('teams').selectAll().orderBy('region').orderBy('name').execute();
      return { items: rows.map(toTeam) };
    },
  );

  app.post(
    '/teams',
    {
      schema: {
        operationId: 'createTeam',
        tags: ['org'],
        summary: 'Create a team',
        body: teamBody,
        response: { 201: teamSchema },
        errors: { 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'org:manage');
      const body = request.body;
      await checkTeamReferences(ctx.db, null, body);
      const now = ctx.clock.now();
      const row = {
        id: randomUUID(),
        name: body.name,
        region: body.region,
        supervisor_id: body.supervisorId ?? null,
        parent_team_id: body.parentTeamId ?? null,
        locale: body.locale ?? 'zh-CN',
        created_at: now,
        updated_at: now,
      };
      await ctx.db.transaction().execute(async (trx) => {
        await trx.insertInto('teams').values(row).execute();
        await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'team.create', entityType: 'team', entityId: row.id, data: toTeam(row) });
      });
      return reply.status(201).send(toTeam(row));
    },
  );

  app.patch(
    '/teams/:id',
    {
      schema: {
        operationId: 'updateTeam',
        tags: ['org'],
        summary: 'Change a team',
        params: idParams,
        body: teamBody.partial().meta({ id: 'UpdateTeamRequest' }),
        response: { 200: teamSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'org:manage');
      const { id } = request.params;
      const body = request.body;
      const existing = await ctx.db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
      if (!existing) throw notFound('team');
      await checkTeamReferences(ctx.db, id, body);
      const updated = {
        ...existing,
        name: body.name ?? existing.name,
        region: body.region ?? existing.region,
        supervisor_id: body.supervisorId === undefined ? existing.supervisor_id : body.supervisorId,
        parent_team_id: body.parentTeamId === undefined ? existing.parent_team_id : body.parentTeamId,
        locale: body.locale ?? existing.locale,
        updated_at: ctx.clock.now(),
      };
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('teams')
          .set({
            name: updated.name,
            region: updated.region,
            supervisor_id: updated.supervisor_id,
            parent_team_id: updated.parent_team_id,
            locale: updated.locale,
            updated_at: updated.updated_at,
          })
          .where('id', '=', id)
          .execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'team.update',
          entityType: 'team',
          entityId: id,
          data: { before: toTeam(existing), after: toTeam(updated) },
        });
      });
      return toTeam(updated);
    },
  );
}
