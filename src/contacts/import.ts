import { sql } from 'kysely';
import { inScope } from '../core/auth/scope.js';
import { phoneKeySql } from '../core/duplicates/duplicates.js';
import { phoneKey } from '../core/duplicates/keys.js';
import { defineImporter, parseRecord, type RowProblem } from '../core/import/importer.js';
import { CONTACT_ROLES, contactInput, type ContactInput } from './contact.model.js';
import { writeContact } from './contact.service.js';

const ROLE_LABELS: Record<(typeof CONTACT_ROLES)[number], { 'zh-CN': string; en: string }> = {
  decision_maker: { 'zh-CN': '决策人', en: 'Decision maker' },
  influencer: { 'zh-CN': '影响人', en: 'Influencer' },
  technical: { 'zh-CN': '技术', en: 'Technical' },
  finance: { 'zh-CN': '财务', en: 'Finance' },
  user: { 'zh-CN': '使用人', en: 'User' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

interface ContactImport {
  customerId: string;
  customerName: string;
  input: ContactInput;
}

const nameKey = (c: ContactImport) => `c:${c.customerId}:${c.input.name.toLowerCase()}`;

/** Contacts from a spreadsheet, each of a customer the importer may see (named in the 客户名称 column). */
export const contactImporter = defineImporter<ContactImport, ContactImport>({
  kind: 'contacts',
  permission: 'leads:import',
  title: { 'zh-CN': '联系人', en: 'Contacts' },
  columns: [
    {
      key: 'customer',
      header: { 'zh-CN': '客户名称', en: 'Customer' },
      aliases: ['客户', '公司'],
      required: true,
      example: '杭州新锐包装材料有限公司',
      note: { 'zh-CN': '系统中已有客户的名称', en: 'The name of a stored customer' },
    },
    { key: 'name', header: { 'zh-CN': '姓名', en: 'Name' }, aliases: ['联系人'], required: true, example: '王经理' },
    { key: 'title', header: { 'zh-CN': '职务', en: 'Title' }, example: '采购经理' },
    { key: 'mobile', header: { 'zh-CN': '手机', en: 'Mobile' }, aliases: ['电话', '手机号'], example: '13900000000' },
    { key: 'email', header: { 'zh-CN': '邮箱', en: 'E-mail' }, aliases: ['email'], example: 'wang@example.com' },
    { key: 'wechatId', header: { 'zh-CN': '微信号', en: 'WeChat ID' }, example: 'wang_jl' },
    {
      key: 'role',
      header: { 'zh-CN': '角色', en: 'Role' },
      options: CONTACT_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
      example: '决策人',
    },
  ],
  duplicateLabel: { 'zh-CN': '客户和姓名，或手机', en: 'customer and name, or mobile' },
  validate: async (ctx, actor, record, locale) => {
    const { customer, ...rest } = record;
    const problems: RowProblem[] = [];
    let found: { id: string; name: string } | undefined;
    if (typeof customer === 'string') {
      found = await ctx.db
        .selectFrom('customers')
        .select(['id', 'name'])
        .where('name', '=', customer)
        .where(inScope(actor.scope, 'customers'))
        .orderBy('created_at')
        .executeTakeFirst();
      if (!found)
        problems.push({
          key: 'customer',
          message: locale === 'en' ? `no customer "${customer}" you can see` : `没有名为「${customer}」的客户，或您无权查看`,
        });
    }
    const parsed = parseRecord(contactInput, rest, locale);
    if (!parsed.ok) problems.push(...parsed.problems);
    if (problems.length || !parsed.ok || !found) return { ok: false, problems };
    return { ok: true, value: { customerId: found.id, customerName: found.name, input: parsed.value } };
  },
  duplicateKeys: (c) => {
    const mobile = phoneKey(c.input.mobile);
    return [nameKey(c), ...(mobile ? [`m:${mobile}`] : [])];
  },
  storedDuplicates: async (ctx, _actor, contacts, locale) => {
    const customerIds = [...new Set(contacts.map((c) => c.customerId))];
    const mobiles = [...new Set(contacts.map((c) => phoneKey(c.input.mobile)).filter((k): k is string => k !== null))];
    const stored = await ctx.db
      .selectFrom('contacts')
      .innerJoin('customers', 'customers.id', 'contacts.customer_id')
      .select((eb) => ['contacts.customer_id', 'contacts.name', 'customers.name as customer_name', phoneKeySql(eb.ref('contacts.mobile')).as('mobile_key')])
      .where((eb) =>
        eb.or([
          eb('contacts.customer_id', 'in', customerIds),
          ...(mobiles.length ? [eb(phoneKeySql(eb.ref('contacts.mobile')), '=', sql<string>`any(${mobiles}::text[])`)] : []),
        ]),
      )
      .execute();
    return contacts.map((c) => {
      const mobile = phoneKey(c.input.mobile);
      const match = stored.find(
        (s) => (s.customer_id === c.customerId && s.name.toLowerCase() === c.input.name.toLowerCase()) || (mobile !== null && s.mobile_key === mobile),
      );
      if (!match) return null;
      return {
        message:
          locale === 'en'
            ? `Duplicate of contact "${match.name}" of customer "${match.customer_name}"`
            : `与客户「${match.customer_name}」的联系人「${match.name}」重复`,
      };
    });
  },
  prepare: async (_ctx, _actor, contacts) => contacts,
  write: async (trx, ctx, actor, contacts) => {
    for (const c of contacts) await writeContact(trx, ctx, actor, c.customerId, c.input);
  },
});
