import { z } from 'zod';
import type { Actor } from '../core/auth/actor.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, iso, itemsOf, noContent, uuidString } from '../core/http/common.js';
import { notFound } from '../core/http/errors.js';
import { contractSchema, toContract } from '../contracts/index.js';
import { complaintSchema, toComplaint } from '../health/index.js';
import { addSitePhoto, createCommitment, deleteCommitment, removeSitePhoto, updateCommitment } from './commitments.service.js';

const hours = z
  .number()
  .gt(0)
  .max(24 * 365);
const commitmentFields = {
  contractId: z.uuid().nullable().optional().meta({ description: 'The contract the promise belongs to, if any' }),
  responseHours: hours.nullable().optional().meta({ description: 'Promised response time (hours)' }),
  onsiteHours: hours.nullable().optional().meta({ description: 'Promised on-site time (hours)' }),
  uptimePercent: z.number().min(0).max(100).nullable().optional().meta({ description: 'Promised uptime (%)' }),
  freeServices: z.array(z.string().trim().min(1).max(200)).max(30).optional().meta({ description: 'Free services promised, e.g. 免费部署' }),
  notes: z.string().trim().max(2000).nullable().optional(),
};

const commitmentSchema = z
  .object({
    id: uuidString,
    customerId: uuidString,
    contractId: uuidString.nullable(),
    contractNumber: z.string().nullable(),
    responseHours: z.number().nullable(),
    onsiteHours: z.number().nullable(),
    uptimePercent: z.number().nullable(),
    freeServices: z.array(z.string()),
    notes: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
  })
  .meta({ id: 'SlaCommitment', description: '服务承诺: response time, on-site time, uptime and free services promised to the customer' });

const photoSchema = z
  .object({
    id: uuidString,
    customerId: uuidString,
    fileId: uuidString,
    fileName: z.string(),
    mime: z.string(),
    caption: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: dateTimeString,
    url: z.string().meta({ description: 'Download path of the photo (GET /api/v1/files/{fileId})' }),
  })
  .meta({ id: 'SitePhoto', description: '安装环境照片' });

const cardSummarySchema = z
  .object({
    id: uuidString,
    contractId: uuidString,
    department: z.string(),
    title: z.string(),
    status: z.string(),
    assigneeName: z.string().nullable(),
    dueAt: dateTimeString,
    completedAt: dateTimeString.nullable(),
  })
  .meta({ id: 'CardSummary', description: 'A collaboration card of one of the customer’s contracts' });

export function commitmentRoutes(app: App, ctx: AppContext): void {
  const visibleCustomer = async (actor: Actor, id: string) => {
    const customer = await ctx.db
      .selectFrom('customers')
      .leftJoin('users', 'users.id', 'customers.owner_id')
      .select(['customers.id', 'customers.name', 'customers.region', 'customers.grade', 'customers.type', 'users.display_name as owner_name'])
      .where('customers.id', '=', id)
      .where(inScope(actor.scope, 'customers'))
      .executeTakeFirst();
    if (!customer) throw notFound('customer');
    return customer;
  };
  const commitments = async (customerId: string) =>
    (
      await ctx.db
        .selectFrom('sla_commitments')
        .leftJoin('contracts', 'contracts.id', 'sla_commitments.contract_id')
        .leftJoin('users', 'users.id', 'sla_commitments.created_by')
        .selectAll('sla_commitments')
        .select(['contracts.number as contract_number', 'users.display_name as created_by_name'])
        .where('sla_commitments.customer_id', '=', customerId)
        .orderBy('sla_commitments.created_at')
        .orderBy('sla_commitments.id')
        .execute()
    ).map((c) => ({
      id: c.id,
      customerId: c.customer_id,
      contractId: c.contract_id,
      contractNumber: c.contract_number,
      responseHours: c.response_hours === null ? null : Number(c.response_hours),
      onsiteHours: c.onsite_hours === null ? null : Number(c.onsite_hours),
      uptimePercent: c.uptime_percent === null ? null : Number(c.uptime_percent),
      freeServices: c.free_services,
      notes: c.notes,
      createdByName: c.created_by_name,
      createdAt: iso(c.created_at)!,
      updatedAt: iso(c.updated_at)!,
    }));
  const photos = async (customerId: string) =>
    (
      await ctx.db
        .selectFrom('site_photos')
        .innerJoin('files', 'files.id', 'site_photos.file_id')
        .leftJoin('users', 'users.id', 'site_photos.created_by')
        .selectAll('site_photos')
        .select(['files.name as file_name', 'files.mime', 'users.display_name as created_by_name'])
        .where('site_photos.customer_id', '=', customerId)
        .orderBy('site_photos.created_at')
        .orderBy('site_photos.id')
        .execute()
    ).map((p) => ({
      id: p.id,
      customerId: p.customer_id,
      fileId: p.file_id,
      fileName: p.file_name,
      mime: p.mime,
      caption: p.caption,
      createdByName: p.created_by_name,
      createdAt: iso(p.created_at)!,
      url: `/api/v1/files/${p.file_id}`,
    }));

  app.get(
    '/customers/:id/sla-commitments',
    {
      schema: {
        operationId: 'listSlaCommitments',
        tags: ['customers'],
        summary: 'The customer’s SLA commitments (服务承诺)',
        params: idParams,
        response: { 200: itemsOf(commitmentSchema, 'SlaCommitmentList') },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const customer = await visibleCustomer(actorOf(request), request.params.id);
      return { items: await commitments(customer.id) };
    },
  );

  app.post(
    '/customers/:id/sla-commitments',
    {
      schema: {
        operationId: 'createSlaCommitment',
        tags: ['customers'],
        summary: 'Record what was promised to the customer: response and on-site time, uptime, free services',
        params: idParams,
        body: z.object(commitmentFields).strict().meta({ id: 'CreateSlaCommitmentRequest' }),
        response: { 201: commitmentSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const id = await createCommitment(ctx, actor, request.params.id, request.body);
      return reply.status(201).send((await commitments(request.params.id)).find((c) => c.id === id)!);
    },
  );

  app.patch(
    '/sla-commitments/:id',
    {
      schema: {
        operationId: 'updateSlaCommitment',
        tags: ['customers'],
        summary: 'Change an SLA commitment',
        params: idParams,
        body: z.object(commitmentFields).strict().meta({ id: 'UpdateSlaCommitmentRequest' }),
        response: { 200: commitmentSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      const customerId = await updateCommitment(ctx, actor, request.params.id, request.body);
      return (await commitments(customerId)).find((c) => c.id === request.params.id)!;
    },
  );

  app.delete(
    '/sla-commitments/:id',
    {
      schema: {
        operationId: 'deleteSlaCommitment',
        tags: ['customers'],
        summary: 'Remove an SLA commitment (audited with what it said)',
        params: idParams,
        response: { 204: noContent },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      await deleteCommitment(ctx, actor, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/customers/:id/site-photos',
    {
      schema: {
        operationId: 'listSitePhotos',
        tags: ['customers'],
        summary: 'Installation-environment photos of the customer',
        params: idParams,
        response: { 200: itemsOf(photoSchema, 'SitePhotoList') },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const customer = await visibleCustomer(actorOf(request), request.params.id);
      return { items: await photos(customer.id) };
    },
  );

  app.post(
    '/customers/:id/site-photos',
    {
      schema: {
        operationId: 'addSitePhoto',
        tags: ['customers'],
        summary: 'Attach an uploaded photo (POST /files with kind photo) as an installation-environment photo',
        params: idParams,
        body: z
          .object({ fileId: z.uuid(), caption: z.string().trim().max(500).nullable().optional() })
          .strict()
          .meta({ id: 'AddSitePhotoRequest' }),
        response: { 201: photoSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONFLICT'], 422: ['FILE_KIND'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const id = await addSitePhoto(ctx, actor, request.params.id, request.body);
      return reply.status(201).send((await photos(request.params.id)).find((p) => p.id === id)!);
    },
  );

  app.delete(
    '/site-photos/:id',
    {
      schema: {
        operationId: 'removeSitePhoto',
        tags: ['customers'],
        summary: 'Detach an installation-environment photo (the file stays)',
        params: idParams,
        response: { 204: noContent },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      await removeSitePhoto(ctx, actor, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/customers/:id/delivery-view',
    {
      schema: {
        operationId: 'getCustomerDeliveryView',
        tags: ['customers'],
        summary: 'Delivery’s read-only customer view (交付团队只读权限): complaints, SLA commitments, site photos, contracts and collaboration cards',
        description: 'Readable by every role that sees the customer; the delivery role may read it and every write on these records answers 403.',
        params: idParams,
        response: {
          200: z
            .object({
              customer: z.object({
                id: uuidString,
                name: z.string(),
                region: z.string(),
                grade: z.string(),
                type: z.string(),
                ownerName: z.string().nullable(),
              }),
              complaints: z.array(complaintSchema),
              slaCommitments: z.array(commitmentSchema),
              sitePhotos: z.array(photoSchema),
              contracts: z.array(contractSchema),
              cards: z.array(cardSummarySchema),
            })
            .meta({ id: 'CustomerDeliveryView' }),
        },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const customer = await visibleCustomer(actor, request.params.id);
      const [complaints, slaCommitments, sitePhotos, contracts] = await Promise.all([
        ctx.db
          .selectFrom('complaints')
          .leftJoin('users', 'users.id', 'complaints.created_by')
          .selectAll('complaints')
          .select('users.display_name as created_by_name')
          .where('complaints.customer_id', '=', customer.id)
          .orderBy('complaints.created_at', 'desc')
          .orderBy('complaints.id')
          .limit(200)
          .execute(),
        commitments(customer.id),
        photos(customer.id),
        ctx.db
          .selectFrom('contracts')
          .innerJoin('customers', 'customers.id', 'contracts.customer_id')
          .leftJoin('users', 'users.id', 'contracts.owner_id')
          .selectAll('contracts')
          .select(['customers.name as customer_name', 'users.display_name as owner_name'])
          .where('contracts.customer_id', '=', customer.id)
          .where(inScope(actor.scope, 'contracts'))
          .orderBy('contracts.created_at', 'desc')
          .orderBy('contracts.id')
          .execute(),
      ]);
      const cards = contracts.length
        ? await ctx.db
            .selectFrom('task_cards')
            .leftJoin('users', 'users.id', 'task_cards.assignee_id')
            .select([
              'task_cards.id',
              'task_cards.contract_id',
              'task_cards.department',
              'task_cards.title',
              'task_cards.status',
              'task_cards.due_at',
              'task_cards.completed_at',
              'users.display_name as assignee_name',
            ])
            .where(
              'task_cards.contract_id',
              'in',
              contracts.map((c) => c.id),
            )
            .orderBy('task_cards.created_at')
            .orderBy('task_cards.id')
            .execute()
        : [];
      return {
        customer: { id: customer.id, name: customer.name, region: customer.region, grade: customer.grade, type: customer.type, ownerName: customer.owner_name },
        complaints: complaints.map(toComplaint),
        slaCommitments,
        sitePhotos,
        contracts: contracts.map(toContract),
        cards: cards.map((c) => ({
          id: c.id,
          contractId: c.contract_id,
          department: c.department,
          title: c.title,
          status: c.status,
          assigneeName: c.assignee_name,
          dueAt: iso(c.due_at)!,
          completedAt: iso(c.completed_at),
        })),
      };
    },
  );
}
