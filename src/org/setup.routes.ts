import { z } from 'zod';
import { requirePermission } from '../core/auth/guard.js';
import { roleSchema } from '../core/auth/roles.js';
import type { App, AppContext } from '../core/context.js';
import { requestLocale } from '../core/http/error-handler.js';
import { AppError } from '../core/http/errors.js';
import { importOrg, orgTemplate, setupStatus } from './setup.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const importBody = z.object({
  file: z.file().meta({ description: '.xlsx or .csv; first row: 团队/区域/用户名/姓名/角色 (or team/region/username/displayName/role)' }),
});

const importResult = z
  .object({
    teams: z.array(z.string()).meta({ description: 'Teams created' }),
    users: z
      .array(z.object({ username: z.string(), displayName: z.string(), role: roleSchema, team: z.string(), password: z.string() }))
      .meta({ description: 'Users created, each with a generated first password shown only in this answer' }),
    errors: z.array(z.object({ row: z.number().int(), message: z.string() })).meta({ description: 'Rows not imported, by line number' }),
  })
  .meta({ id: 'OrgImportResult' });

/** 初始化向导: the state of the install and the team sheet (the other steps use the playbook and team-channel routes). */
export function setupRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/setup',
    {
      schema: {
        operationId: 'getSetupStatus',
        tags: ['org'],
        summary: 'Whether this install is still empty (the setup wizard is offered to an administrator)',
        response: {
          200: z.object({ needed: z.boolean(), teams: z.number().int(), users: z.number().int() }).meta({ id: 'SetupStatus' }),
        },
      },
    },
    async (request) => {
      requirePermission(request, 'org:manage');
      return setupStatus(ctx);
    },
  );

  app.get(
    '/setup/org-template.xlsx',
    {
      schema: {
        operationId: 'downloadOrgTemplate',
        tags: ['org'],
        summary: 'The teams-and-users sheet to fill in (团队/区域/用户名/姓名/角色)',
        download: { mediaType: XLSX, description: 'org-template.xlsx (an attachment)' },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'org:manage');
      reply.header('content-type', XLSX);
      reply.header('content-disposition', 'attachment; filename="org-template.xlsx"');
      return reply.send(await orgTemplate());
    },
  );

  app.post(
    '/setup/org-import',
    {
      schema: {
        operationId: 'importOrg',
        tags: ['org'],
        summary: 'Create teams and users from the sheet; each user gets a generated first password, shown once',
        consumes: ['multipart/form-data'],
        documentedBody: { mediaType: 'multipart/form-data', schema: importBody },
        response: { 200: importResult },
        errors: { 400: ['FILE_REQUIRED'], 422: ['IMPORT_INVALID'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'org:manage');
      const file = await request.file({ limits: { fileSize: 10 * 1024 * 1024 } });
      if (!file) throw new AppError(400, 'FILE_REQUIRED');
      return importOrg(ctx, actor, file.filename, await file.toBuffer(), requestLocale(request));
    },
  );
}
