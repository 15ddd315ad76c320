import { randomBytes, randomUUID } from 'node:crypto';
import type { AppContext } from './core/context.js';
import { hashPassword } from './core/auth/password.js';
import { recordAudit } from './core/audit/audit.js';

/**
 * First start on an empty database: the admin account. With no ADMIN_PASSWORD a random one is
 * generated and returned so the caller can print it once; it is never stored in clear.
 */
export async function ensureAdmin(ctx: AppContext, adminPassword: string | undefined): Promise<{ created: boolean; password?: string }> {
  const existing = await ctx.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  if (existing) return { created: false };
  const password = adminPassword ?? randomBytes(12).toString('base64url');
  const now = ctx.clock.now();
  const id = randomUUID();
  const created = await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .insertInto('users')
      .values({
        id,
        username: 'admin',
        password_hash: await hashPassword(password),
        display_name: '系统管理员',
        role: 'admin',
        team_id: null,
        active: true,
        locale: 'zh-CN',
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    await recordAudit(trx, ctx.clock, {
      actorId: null,
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      data: { username: 'admin', role: 'admin', bootstrap: true },
    });
    return true;
  });
  return created ? { created: true, password: adminPassword ? undefined : password } : { created: false };
}
