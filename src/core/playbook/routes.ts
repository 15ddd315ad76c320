import { z } from 'zod';
import { actorOf, requirePermission } from '../auth/guard.js';
import type { App, AppContext } from '../context.js';
import { dateTimeString, iso, itemsOf } from '../http/common.js';
import { playbookDocumentSchema, stageSchema, type PlaybookDocument } from './schema.js';
import { PlaybookService } from './service.js';

const playbookSchema = z
  .object({
    version: z.number().int(),
    createdAt: dateTimeString.nullable(),
    document: playbookDocumentSchema,
    stages: z.array(stageSchema).meta({ description: 'The document’s stages in order (a shortcut)' }),
  })
  .meta({ id: 'Playbook', description: 'A published playbook version' });

/** Either the bare document or an exported file (`{format, version, document}`). */
const playbookUpload = z
  .union([playbookDocumentSchema, z.object({ document: playbookDocumentSchema }).meta({ description: 'An exported file; only `document` is read' })])
  .meta({ description: 'A playbook document, or an exported file whose `document` is read' });

const exportSchema = z
  .object({ format: z.literal('sales-playbook'), version: z.number().int(), exportedAt: dateTimeString, document: playbookDocumentSchema })
  .meta({ id: 'PlaybookExport' });

export function playbookRoutes(app: App, ctx: AppContext): void {
  const present = (p: { version: number; createdAt: Date; document: PlaybookDocument }) => ({
    version: p.version,
    createdAt: iso(p.createdAt),
    document: p.document,
  });

  app.get(
    '/playbook',
    {
      schema: {
        operationId: 'getPlaybook',
        tags: ['playbook'],
        summary: 'The active playbook (stages in order, fields, rules, value tags, thresholds)',
        response: { 200: playbookSchema },
      },
    },
    async (request) => {
      actorOf(request);
      const active = await ctx.playbook.active();
      return { ...present(active), stages: active.document.stages };
    },
  );

  app.put(
    '/playbook',
    {
      schema: {
        operationId: 'publishPlaybook',
        tags: ['playbook'],
        summary: 'Publish a new playbook version (validated; the old versions stay)',
        body: z.unknown(),
        documentedBody: { mediaType: 'application/json', schema: playbookUpload },
        querystring: z.object({ note: z.string().max(500).optional().meta({ description: 'Why this version, shown in the version list' }) }),
        response: { 200: playbookSchema },
        errors: { 422: ['PLAYBOOK_INVALID'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'playbook:edit');
      const body = request.body as Record<string, unknown> | null;
      // Accept either the bare document or an exported file ({version, document}).
      const document = body && typeof body === 'object' && 'document' in body ? body.document : body;
      const published = await ctx.playbook.publish(document, actor.id, request.query.note ?? null);
      return { ...present(published), stages: published.document.stages };
    },
  );

  app.post(
    '/playbook/validate',
    {
      schema: {
        operationId: 'validatePlaybook',
        tags: ['playbook'],
        summary: 'Check a playbook document without publishing it',
        body: z.unknown(),
        documentedBody: { mediaType: 'application/json', schema: playbookUpload },
        response: { 200: z.object({ valid: z.boolean() }).meta({ id: 'PlaybookValidation', description: '`{valid: true}`; an invalid document answers 422' }) },
        errors: { 422: ['PLAYBOOK_INVALID'] },
      },
    },
    async (request) => {
      actorOf(request);
      const body = request.body as Record<string, unknown> | null;
      PlaybookService.validate(body && typeof body === 'object' && 'document' in body ? body.document : body);
      return { valid: true };
    },
  );

  app.get(
    '/playbook/versions',
    {
      schema: {
        operationId: 'listPlaybookVersions',
        tags: ['playbook'],
        summary: 'Published versions, newest first',
        response: {
          200: itemsOf(
            z
              .object({ version: z.number().int(), createdAt: dateTimeString.nullable(), createdBy: z.string().nullable(), note: z.string().nullable() })
              .meta({ id: 'PlaybookVersion' }),
            'PlaybookVersionList',
          ),
        },
      },
    },
    async (request) => {
      actorOf(request);
      const rows = await ctx.playbook.versions();
      return { items: rows.map((r) => ({ version: r.version, createdAt: iso(r.created_at), createdBy: r.created_by_name, note: r.note })) };
    },
  );

  app.get(
    '/playbook/export',
    {
      schema: {
        operationId: 'exportPlaybook',
        tags: ['playbook'],
        summary: 'Download the active playbook as a JSON file',
        download: { mediaType: 'application/json', description: 'playbook-v{version}.json (an attachment)', schema: exportSchema },
      },
    },
    async (request, reply) => {
      actorOf(request);
      const active = await ctx.playbook.active();
      reply.header('content-type', 'application/json; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="playbook-v${active.version}.json"`);
      return reply.send(
        JSON.stringify({ format: 'sales-playbook', version: active.version, exportedAt: ctx.clock.now().toISOString(), document: active.document }, null, 2),
      );
    },
  );
}
