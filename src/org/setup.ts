import { randomBytes, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { hashPassword } from '../core/auth/password.js';
import { passwordWeakness } from '../core/auth/password-policy.js';
import { ROLES, type Role } from '../core/auth/roles.js';
import type { AppContext } from '../core/context.js';
import { workbookBuffer } from '../core/export/workbook.js';
import { AppError, localise, type Locale } from '../core/http/errors.js';
import { summariseIssues } from '../core/http/validation.js';
import { readSheet } from '../core/import/sheet.js';
import { usernameSchema } from './users.routes.js';

/**
 * 初始化向导 (setup wizard) on an empty install: teams and users from one sheet. Each row is a
 * user in a team (the team is created on its first row); every user gets a generated first
 * password, shown once in the answer.
 */

const HEADERS: Record<string, 'team' | 'region' | 'username' | 'displayName' | 'role'> = {
  团队: 'team',
  team: 'team',
  区域: 'region',
  region: 'region',
  用户名: 'username',
  username: 'username',
  姓名: 'displayName',
  displayname: 'displayName',
  角色: 'role',
  role: 'role',
};

const ROLE_ALIASES: Record<string, Role> = {
  销售: 'sales',
  销售代表: 'sales',
  主管: 'supervisor',
  销售主管: 'supervisor',
  区域经理: 'regional_manager',
  总监: 'director',
  销售总监: 'director',
  产品: 'product',
  交付: 'delivery',
  财务: 'finance',
};

const rowSchema = z.object({
  team: z.string().trim().min(1).max(100),
  region: z.string().trim().min(1).max(50),
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(100),
  role: z.enum(ROLES.filter((r) => r !== 'admin') as [Exclude<Role, 'admin'>, ...Exclude<Role, 'admin'>[]]),
});

/** The install is empty: no team, nobody but the administrator, the playbook never changed. */
export async function setupStatus(ctx: AppContext) {
  const [teams, users, versions] = await Promise.all([
    ctx.db
      .selectFrom('teams')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('playbooks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const count = (v: number | string) => Number(v);
  return { needed: count(teams.n) === 0 && count(users.n) <= 1 && count(versions.n) <= 1, teams: count(teams.n), users: count(users.n) };
}

/** The sheet to fill in, with one example row. */
export async function orgTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('团队与用户');
  sheet.columns = [
    { header: '团队', width: 16 },
    { header: '区域', width: 10 },
    { header: '用户名', width: 16 },
    { header: '姓名', width: 12 },
    { header: '角色', width: 12 },
  ];
  sheet.addRow(['华东一组', '华东', 'zhangsan', '张三', '销售']);
  sheet.addRow(['华东一组', '华东', 'lisi', '李四', '主管']);
  return workbookBuffer(workbook);
}

function generatedPassword(personal: string[]): string {
  for (;;) {
    const candidate = `${randomBytes(9).toString('base64url')}-${randomBytes(3).toString('hex')}`;
    if (!passwordWeakness(candidate, personal)) return candidate;
  }
}

export async function importOrg(ctx: AppContext, actor: Actor, filename: string, buffer: Buffer, locale: Locale) {
  const { columns, records } = await readSheet(filename, buffer, HEADERS, locale);
  for (const needed of ['team', 'region', 'username', 'displayName', 'role'] as const)
    if (!columns.includes(needed)) throw new AppError(422, 'IMPORT_INVALID', { reason: `missing column ${needed}` });
  const { document } = await ctx.playbook.active();
  const errors: { row: number; message: string }[] = [];
  const valid: { row: number; data: z.infer<typeof rowSchema> }[] = [];
  const seen = new Set<string>();
  for (const { row, record, problems } of records) {
    if (record.role) record.role = ROLE_ALIASES[record.role] ?? record.role.toLowerCase();
    const parsed = rowSchema.safeParse(record);
    if (problems.length || !parsed.success) {
      errors.push({ row, message: problems.length ? problems.join('; ') : summariseIssues(parsed.error!.issues).summary });
      continue;
    }
    if (!document.regions.includes(parsed.data.region)) {
      errors.push({ row, message: localise('UNKNOWN_REGION', { value: parsed.data.region }, locale) });
      continue;
    }
    if (seen.has(parsed.data.username)) {
      errors.push({ row, message: localise('CONFLICT', { what: parsed.data.username }, locale) });
      continue;
    }
    seen.add(parsed.data.username);
    valid.push({ row, data: parsed.data });
  }
  const taken = valid.length
    ? new Set(
        (
          await ctx.db
            .selectFrom('users')
            .select('username')
            .where(
              'username',
              'in',
              valid.map((v) => v.data.username),
            )
            .execute()
        ).map((u) => u.username),
      )
    : new Set<string>();
  const now = ctx.clock.now();
  const created: { username: string; displayName: string; role: Role; team: string; password: string }[] = [];
  const teamsCreated: string[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    const teams = new Map((await trx.selectFrom('teams').select(['id', 'name', 'supervisor_id']).execute()).map((t) => [t.name, t]));
    for (const { row, data } of valid) {
      if (taken.has(data.username)) {
        errors.push({ row, message: localise('CONFLICT', { what: data.username }, locale) });
        continue;
      }
      let team = teams.get(data.team);
      if (!team) {
        team = { id: randomUUID(), name: data.team, supervisor_id: null };
        await trx
          .insertInto('teams')
          .values({
            id: team.id,
            name: data.team,
            region: data.region,
            supervisor_id: null,
            parent_team_id: null,
            locale: 'zh-CN',
            created_at: now,
            updated_at: now,
          })
          .execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'team.create',
          entityType: 'team',
          entityId: team.id,
          data: { name: data.team, region: data.region, via: 'setup' },
        });
        teams.set(data.team, team);
        teamsCreated.push(data.team);
      }
      const password = generatedPassword([data.username, data.displayName]);
      const id = randomUUID();
      await trx
        .insertInto('users')
        .values({
          id,
          username: data.username,
          password_hash: await hashPassword(password),
          display_name: data.displayName,
          role: data.role,
          team_id: team.id,
          region: null,
          active: true,
          locale: 'zh-CN',
          created_at: now,
          updated_at: now,
        })
        .execute();
      await recordAudit(trx, ctx.clock, {
        actorId: actor.id,
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        data: { username: data.username, displayName: data.displayName, role: data.role, teamId: team.id, via: 'setup' },
      });
      if (data.role === 'supervisor' && !team.supervisor_id) {
        await trx.updateTable('teams').set({ supervisor_id: id, updated_at: now }).where('id', '=', team.id).execute();
        team.supervisor_id = id;
      }
      created.push({ username: data.username, displayName: data.displayName, role: data.role, team: data.team, password });
    }
  });
  errors.sort((a, b) => a.row - b.row);
  return { teams: teamsCreated, users: created, errors };
}
