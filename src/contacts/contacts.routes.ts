import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { Actor } from '../core/auth/actor.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, listOf, noContent, pageQuery, queryBoolean } from '../core/http/common.js';
import { orderOf, sendSheet, sortQuery, xlsxDownload, type SheetColumn } from '../core/http/list.js';
import { readerLocale } from '../core/i18n/reader.js';
import type { Locale } from '../core/i18n/locale.js';
import { contactInput, contactRoleSchema, contactSchema, contactUpdate, toContact, type ContactRow } from './contact.model.js';
import { assertVisibleCustomer, createContact, deleteContact, findVisibleContact, updateContact } from './contact.service.js';

const filters = {
  q: z.string().trim().max(100).optional().meta({ description: 'Part of the name, title or e-mail' }),
  role: contactRoleSchema.optional(),
  primary: queryBoolean.optional(),
  sort: sortQuery(['name', 'role', 'createdAt'], '-createdAt'),
};
const SORT_COLUMNS = { name: 'contacts.name', role: 'contacts.role', createdAt: 'contacts.created_at' } as const;

const ROLE_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  decision_maker: { 'zh-CN': '决策人', en: 'Decision maker' },
  influencer: { 'zh-CN': '影响人', en: 'Influencer' },
  technical: { 'zh-CN': '技术', en: 'Technical' },
  finance: { 'zh-CN': '财务', en: 'Finance' },
  user: { 'zh-CN': '使用人', en: 'User' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

function contactsQuery(ctx: AppContext, customerId: string, q: { q?: string; role?: string; primary?: boolean; sort: `${string}` }) {
  let query = ctx.db.selectFrom('contacts').where('contacts.customer_id', '=', customerId);
  if (q.role) query = query.where('contacts.role', '=', q.role);
  if (q.primary !== undefined) query = query.where('contacts.is_primary', '=', q.primary);
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('contacts.name', 'ilike', like), eb('contacts.title', 'ilike', like), eb('contacts.email', 'ilike', like)]));
  }
  const { key, direction } = orderOf(q.sort as keyof typeof SORT_COLUMNS);
  return { query, order: [SORT_COLUMNS[key], direction] as const };
}

export function contactRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/customers/:id/contacts',
    {
      schema: {
        operationId: 'listContacts',
        tags: ['contacts'],
        summary: 'Contacts of a customer in the caller’s scope (delivery reads them too; mobiles masked outside sales)',
        params: idParams,
        querystring: z.object({ ...pageQuery, ...filters }),
        response: { 200: listOf(contactSchema, 'ContactList') },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await assertVisibleCustomer(ctx, actor, request.params.id);
      const q = request.query;
      const { query, order } = contactsQuery(ctx, request.params.id, q);
      const [rows, count] = await Promise.all([
        query
          .selectAll('contacts')
          .orderBy(order[0], order[1])
          .orderBy('contacts.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map((r) => toContact(r, actor.role)), total: count.n, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/customers/:id/contacts.xlsx',
    {
      schema: {
        operationId: 'exportContacts',
        tags: ['contacts'],
        summary: 'Contacts of a customer as an Excel workbook (same filters and masking as the list)',
        params: idParams,
        querystring: z.object(filters),
        download: xlsxDownload('The contacts (.xlsx)'),
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await assertVisibleCustomer(ctx, actor, request.params.id);
      const { query, order } = contactsQuery(ctx, request.params.id, request.query);
      const rows = await query.selectAll('contacts').orderBy(order[0], order[1]).orderBy('contacts.id').limit(10000).execute();
      const locale = readerLocale(request);
      return sendSheet(reply, {
        sheet: { 'zh-CN': '联系人', en: 'Contacts' },
        columns: contactColumns(actor, locale),
        rows,
        locale,
        asciiName: 'contacts.xlsx',
        localName: locale === 'en' ? 'contacts.xlsx' : '联系人.xlsx',
        now: ctx.clock.now(),
      });
    },
  );

  app.post(
    '/customers/:id/contacts',
    {
      schema: {
        operationId: 'createContact',
        tags: ['contacts'],
        summary: 'Add a contact person to a customer',
        params: idParams,
        body: contactInput,
        response: { 201: contactSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONFLICT'] },
        examples: {
          decisionMaker: {
            summary: 'The plant manager, who decides',
            value: { name: '王建国', title: '生产部经理', mobile: '138 1234 5678', role: 'decision_maker', primary: true },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const id = await createContact(ctx, actor, request.params.id, request.body);
      return reply.status(201).send(toContact(await findVisibleContact(ctx, actor, id), actor.role));
    },
  );

  app.patch(
    '/contacts/:id',
    {
      schema: {
        operationId: 'updateContact',
        tags: ['contacts'],
        summary: 'Change a contact person',
        params: idParams,
        body: contactUpdate,
        response: { 200: contactSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONFLICT'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await updateContact(ctx, actor, request.params.id, request.body);
      return toContact(await findVisibleContact(ctx, actor, request.params.id), actor.role);
    },
  );

  app.delete(
    '/contacts/:id',
    {
      schema: {
        operationId: 'deleteContact',
        tags: ['contacts'],
        summary: 'Remove a contact person (follow-ups no longer name them)',
        params: idParams,
        response: { 204: noContent },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      await deleteContact(ctx, actor, request.params.id);
      return reply.status(204).send();
    },
  );
}

function contactColumns(actor: Actor, locale: Locale): SheetColumn<ContactRow>[] {
  const contact = (row: ContactRow) => toContact(row, actor.role);
  return [
    { header: { 'zh-CN': '姓名', en: 'Name' }, width: 14, value: (r) => r.name },
    { header: { 'zh-CN': '职务', en: 'Title' }, width: 16, value: (r) => r.title },
    { header: { 'zh-CN': '角色', en: 'Role' }, width: 10, value: (r) => ROLE_LABELS[r.role]?.[locale] ?? r.role },
    { header: { 'zh-CN': '主要联系人', en: 'Primary' }, width: 10, value: (r) => (r.is_primary ? '✓' : '') },
    { header: { 'zh-CN': '手机', en: 'Mobile' }, width: 16, value: (r) => contact(r).mobile },
    { header: { 'zh-CN': '微信', en: 'WeChat' }, width: 16, value: (r) => r.wechat_id },
    { header: { 'zh-CN': '邮箱', en: 'E-mail' }, width: 24, value: (r) => r.email },
    { header: { 'zh-CN': '企业微信外部联系人', en: 'WeCom external id' }, width: 24, value: (r) => r.wecom_external_user_id },
  ];
}
