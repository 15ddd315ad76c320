import { z } from 'zod';
import { actorOf, requirePermission } from '../auth/guard.js';
import type { App, AppContext } from '../context.js';
import { dateTimeString, iso, itemsOf, noContent } from '../http/common.js';
import { AppError } from '../http/errors.js';
import { requestLocale } from '../http/error-handler.js';
import { diffPlaybooks } from './diff.js';
import { impactReportSchema } from './impact.js';
import { playbookTemplates } from './templates/index.js';
import { playbookDocumentSchema, stageSchema, type PlaybookDocument } from './schema.js';
import { PlaybookService } from './service.js';

const draftSchema = z
  .object({
    exists: z.boolean().meta({ description: 'false: no draft yet; `document` is then the active version to start from' }),
    baseVersion: z.number().int(),
    updatedAt: dateTimeString.nullable(),
    document: playbookDocumentSchema,
  })
  .meta({ id: 'PlaybookDraft', description: 'The shared playbook draft the designer edits' });

const versionParams = z.object({ version: z.coerce.number().int().min(1) });
const noteBody = z.object({ note: z.string().trim().max(500).optional().meta({ description: 'Why this version, shown in the version list' }) });

const changeSchema = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() }).meta({ id: 'PlaybookChange' });

/** Sections in document order with the module that owns each (a capability adds its own). */
const schemaResponse = z
  .object({
    jsonSchema: z
      .record(z.string(), z.unknown())
      .meta({ description: 'The playbook document’s JSON Schema (draft 2020-12), generated from the server’s validation' }),
    sections: z.array(z.object({ key: z.string(), owner: z.string().nullable() })),
    modules: z.array(z.object({ name: z.string(), switch: z.string().nullable(), timeRules: z.array(z.string()) })),
  })
  .meta({ id: 'PlaybookSchema' });

/** Replaces the `$defs` references (named schemas) by the schemas themselves: a form walks one tree. */
function inlineRefs(node: unknown, defs: Record<string, unknown>): unknown {
  if (Array.isArray(node)) return node.map((n) => inlineRefs(n, defs));
  if (!node || typeof node !== 'object') return node;
  const { $ref, ...rest } = node as Record<string, unknown>;
  const target = typeof $ref === 'string' ? defs[$ref.replace('#/$defs/', '')] : undefined;
  const merged = target && typeof target === 'object' ? { ...target, ...rest } : rest;
  return Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, inlineRefs(v, defs)]));
}

/** The document's JSON Schema, one tree without references; computed once (the schema is static). */
let jsonSchemaCache: Record<string, unknown> | null = null;
function playbookJsonSchema(): Record<string, unknown> {
  if (!jsonSchemaCache) {
    const { $defs, ...root } = z.toJSONSchema(playbookDocumentSchema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
    const { $schema, ...tree } = inlineRefs(root, ($defs ?? {}) as Record<string, unknown>) as Record<string, unknown>;
    jsonSchemaCache = { $schema, ...tree };
  }
  return jsonSchemaCache;
}

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
    '/playbook/schema',
    {
      schema: {
        operationId: 'getPlaybookSchema',
        tags: ['playbook'],
        summary: 'The playbook’s JSON Schema and its sections, for a designer that renders a form for any section',
        response: { 200: schemaResponse },
      },
    },
    async (request) => {
      actorOf(request);
      const owners = new Map<string, string>();
      for (const module of ctx.playbook.modules) for (const section of module.sections) owners.set(section, module.name);
      const jsonSchema = playbookJsonSchema();
      const properties = Object.keys((jsonSchema.properties as Record<string, unknown>) ?? {});
      return {
        jsonSchema,
        sections: properties.map((key) => ({ key, owner: owners.get(key) ?? null })),
        modules: ctx.playbook.modules.map((m) => ({ name: m.name, switch: m.switch ?? null, timeRules: m.timeRules.map((r) => r.id) })),
      };
    },
  );

  app.get(
    '/playbook/templates',
    {
      schema: {
        operationId: 'listPlaybookTemplates',
        tags: ['playbook'],
        summary: 'Playbooks to start from: B2B manufacturing (the article), store sales, SaaS subscriptions, medical devices',
        response: {
          200: itemsOf(
            z
              .object({ key: z.string(), name: z.string(), nameEn: z.string(), summary: z.string(), summaryEn: z.string(), document: playbookDocumentSchema })
              .meta({ id: 'PlaybookTemplate' }),
            'PlaybookTemplateList',
          ),
        },
      },
    },
    async (request) => {
      actorOf(request);
      return { items: [...playbookTemplates] };
    },
  );

  app.get(
    '/playbook/draft',
    {
      schema: {
        operationId: 'getPlaybookDraft',
        tags: ['playbook'],
        summary: 'The draft being edited, or the active version to start one from',
        response: { 200: draftSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'playbook:edit');
      const draft = await ctx.playbook.draft();
      if (draft) return { exists: true, baseVersion: draft.baseVersion, updatedAt: iso(draft.updatedAt), document: draft.document };
      const active = await ctx.playbook.active();
      return { exists: false, baseVersion: active.version, updatedAt: null, document: active.document };
    },
  );

  app.put(
    '/playbook/draft',
    {
      schema: {
        operationId: 'savePlaybookDraft',
        tags: ['playbook'],
        summary: 'Save the draft (validated as a publish is; nothing changes for anyone until it is published)',
        body: z.unknown(),
        documentedBody: { mediaType: 'application/json', schema: playbookDocumentSchema },
        response: { 200: draftSchema },
        errors: { 422: ['PLAYBOOK_INVALID'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'playbook:edit');
      const draft = await ctx.playbook.saveDraft(request.body, actor.id);
      return { exists: true, baseVersion: draft.baseVersion, updatedAt: iso(draft.updatedAt), document: draft.document };
    },
  );

  app.delete(
    '/playbook/draft',
    {
      schema: {
        operationId: 'discardPlaybookDraft',
        tags: ['playbook'],
        summary: 'Discard the draft',
        response: { 204: noContent },
        errors: { 404: ['NO_PLAYBOOK_DRAFT'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'playbook:edit');
      await ctx.playbook.discardDraft(actor.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/playbook/draft/preview',
    {
      schema: {
        operationId: 'previewPlaybookDraft',
        tags: ['playbook'],
        summary: 'Impact preview: what publishing the draft would change on the current data (changes nothing)',
        response: { 200: impactReportSchema },
        errors: { 404: ['NO_PLAYBOOK_DRAFT'] },
      },
    },
    async (request) => {
      requirePermission(request, 'playbook:edit');
      const draft = await ctx.playbook.draft();
      if (!draft) throw new AppError(404, 'NO_PLAYBOOK_DRAFT');
      return ctx.playbook.preview(draft.document, requestLocale(request));
    },
  );

  app.post(
    '/playbook/draft/publish',
    {
      schema: {
        operationId: 'publishPlaybookDraft',
        tags: ['playbook'],
        summary: 'Publish the draft as a new version, with a note (audited)',
        body: noteBody,
        response: { 200: playbookSchema },
        errors: { 404: ['NO_PLAYBOOK_DRAFT'], 409: ['PLAYBOOK_DRAFT_STALE'], 422: ['PLAYBOOK_INVALID'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'playbook:edit');
      const published = await ctx.playbook.publishDraft(actor.id, request.body.note || null);
      return { ...present(published), stages: published.document.stages };
    },
  );

  app.get(
    '/playbook/versions/:version',
    {
      schema: {
        operationId: 'getPlaybookVersion',
        tags: ['playbook'],
        summary: 'One published version',
        params: versionParams,
        response: { 200: playbookSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      actorOf(request);
      const found = await ctx.playbook.version(request.params.version);
      if (!found) throw new AppError(404, 'NOT_FOUND', { entity: 'playbook version' });
      return { ...present(found), stages: found.document.stages };
    },
  );

  app.get(
    '/playbook/compare',
    {
      schema: {
        operationId: 'comparePlaybookVersions',
        tags: ['playbook'],
        summary: 'Two versions side by side, and the settings that differ',
        querystring: z.object({
          from: z.coerce.number().int().min(1),
          to: z.coerce.number().int().min(1),
        }),
        response: {
          200: z
            .object({ from: playbookSchema, to: playbookSchema, changes: z.array(changeSchema) })
            .meta({ id: 'PlaybookComparison', description: 'Both documents and every changed setting path (keyed lists by key)' }),
        },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      actorOf(request);
      const [from, to] = await Promise.all([ctx.playbook.version(request.query.from), ctx.playbook.version(request.query.to)]);
      if (!from || !to) throw new AppError(404, 'NOT_FOUND', { entity: 'playbook version' });
      return {
        from: { ...present(from), stages: from.document.stages },
        to: { ...present(to), stages: to.document.stages },
        changes: diffPlaybooks(from.document, to.document),
      };
    },
  );

  app.post(
    '/playbook/versions/:version/rollback',
    {
      schema: {
        operationId: 'rollbackPlaybook',
        tags: ['playbook'],
        summary: 'Publish an earlier version again, as a new version (audited)',
        params: versionParams,
        body: noteBody,
        response: { 200: playbookSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'playbook:edit');
      const published = await ctx.playbook.rollback(request.params.version, actor.id, request.body.note || null);
      return { ...present(published), stages: published.document.stages };
    },
  );

  app.get(
    '/playbook/rules/:rule/decisions',
    {
      schema: {
        operationId: 'listPlaybookRuleDecisions',
        tags: ['playbook'],
        summary: 'What one rule decided in the last 30 days (refusals, flags…), from the audit log',
        params: z.object({
          rule: z
            .string()
            .regex(/^[a-z][a-z0-9_-]*$/i)
            .max(100),
        }),
        response: {
          200: itemsOf(
            z
              .object({
                at: dateTimeString,
                action: z.string(),
                entityType: z.string(),
                entityId: z.string().nullable(),
                actor: z.string().nullable(),
                playbookVersion: z.number().int().nullable(),
              })
              .meta({ id: 'PlaybookRuleDecision' }),
            'PlaybookRuleDecisionList',
          ),
        },
      },
    },
    async (request) => {
      requirePermission(request, 'playbook:edit');
      const since = new Date(ctx.clock.now().getTime() - 30 * 86_400_000);
      // The rule id quoted as a JSON string anywhere in the entry's data (ids are letters, digits, _ and -; _ escaped for LIKE).
      const pattern = `%"${request.params.rule.replace(/_/g, '\\_')}"%`;
      const rows = await ctx.playbook.decisions(pattern, since);
      return {
        items: rows.map((r) => ({
          at: r.at.toISOString(),
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          actor: r.actor,
          playbookVersion:
            typeof (r.data as { playbookVersion?: unknown }).playbookVersion === 'number' ? (r.data as { playbookVersion: number }).playbookVersion : null,
        })),
      };
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
