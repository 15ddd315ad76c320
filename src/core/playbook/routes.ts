import { z } from 'zod';
import { actorOf, requirePermission } from '../auth/guard.js';
import type { App, AppContext } from '../context.js';
import { iso } from '../http/common.js';
import { PlaybookService } from './service.js';

export function playbookRoutes(app: App, ctx: AppContext): void {
  const present = (p: { version: number; createdAt: Date; document: unknown }) => ({ version: p.version, createdAt: iso(p.createdAt), document: p.document });

  app.get(
    '/playbook',
    { schema: { tags: ['playbook'], summary: 'The active playbook (stages in order, fields, rules, value tags, thresholds)' } },
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
        tags: ['playbook'],
        summary: 'Publish a new playbook version (validated; the old versions stay)',
        body: z.unknown(),
        querystring: z.object({ note: z.string().max(500).optional() }),
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
    { schema: { tags: ['playbook'], summary: 'Check a playbook document without publishing it', body: z.unknown() } },
    async (request) => {
      actorOf(request);
      const body = request.body as Record<string, unknown> | null;
      PlaybookService.validate(body && typeof body === 'object' && 'document' in body ? body.document : body);
      return { valid: true };
    },
  );

  app.get('/playbook/versions', { schema: { tags: ['playbook'], summary: 'Published versions, newest first' } }, async (request) => {
    actorOf(request);
    const rows = await ctx.playbook.versions();
    return { items: rows.map((r) => ({ version: r.version, createdAt: iso(r.created_at), createdBy: r.created_by_name, note: r.note })) };
  });

  app.get('/playbook/export', { schema: { tags: ['playbook'], summary: 'Download the active playbook as a JSON file' } }, async (request, reply) => {
    actorOf(request);
    const active = await ctx.playbook.active();
    reply.header('content-type', 'application/json; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="playbook-v${active.version}.json"`);
    return reply.send(
      JSON.stringify({ format: 'sales-playbook', version: active.version, exportedAt: ctx.clock.now().toISOString(), document: active.document }, null, 2),
    );
  });
}
