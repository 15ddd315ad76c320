import { z } from 'zod';
import type { Role } from '../core/auth/roles.js';
import { maskMobile } from '../core/duplicates/keys.js';
import { dateTimeString, iso, storedEnum, uuidString } from '../core/http/common.js';

export const CONTACT_ROLES = ['decision_maker', 'influencer', 'technical', 'finance', 'user', 'other'] as const;
export const contactRoleSchema = z
  .enum(CONTACT_ROLES)
  .meta({ id: 'ContactRole', description: '决策人 decision_maker, 影响人 influencer, 技术 technical, 财务 finance, 使用人 user, other' });

const phoneText = z
  .string()
  .trim()
  .max(50)
  .regex(/^[0-9+\-() ]*$/, '电话号码只能包含数字和 + - ( )');

export const contactInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    title: z.string().trim().max(100).optional(),
    mobile: phoneText.optional(),
    wechatId: z.string().trim().max(100).optional(),
    email: z.email().max(200).optional(),
    role: contactRoleSchema.default('other'),
    primary: z.boolean().default(false).meta({ description: 'The customer’s primary contact (one per customer; setting it moves it here)' }),
    wecomExternalUserId: z
      .string()
      .trim()
      .regex(/^w[mo][\w-]{3,}$/, 'WeCom external user id: wm… or wo…')
      .max(100)
      .optional()
      .meta({ description: 'The contact’s WeCom external_userid; the chat archive then links their messages to the customer' }),
  })
  .strict()
  .meta({ id: 'CreateContactRequest', description: 'A contact person of a customer' });
export type ContactInput = z.infer<typeof contactInput>;

export const contactUpdate = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    title: z.string().trim().max(100).nullable().optional(),
    mobile: phoneText.nullable().optional(),
    wechatId: z.string().trim().max(100).nullable().optional(),
    email: z.email().max(200).nullable().optional(),
    role: contactRoleSchema.optional(),
    primary: z.boolean().optional(),
    wecomExternalUserId: z
      .string()
      .trim()
      .regex(/^w[mo][\w-]{3,}$/, 'WeCom external user id: wm… or wo…')
      .max(100)
      .nullable()
      .optional(),
  })
  .strict()
  .meta({ id: 'UpdateContactRequest', description: 'The fields to change; null clears one' });
export type ContactUpdate = z.infer<typeof contactUpdate>;

export const contactSchema = z
  .object({
    id: uuidString,
    customerId: uuidString,
    name: z.string(),
    title: z.string().nullable(),
    mobile: z.string().nullable().meta({ description: 'Masked (138****5678) for roles outside sales' }),
    mobileMasked: z.boolean(),
    wechatId: z.string().nullable(),
    email: z.string().nullable(),
    role: storedEnum(contactRoleSchema),
    primary: z.boolean(),
    wecomExternalUserId: z.string().nullable(),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
  })
  .meta({ id: 'Contact', description: '联系人' });

export interface ContactRow {
  id: string;
  customer_id: string;
  name: string;
  title: string | null;
  mobile: string | null;
  wechat_id: string | null;
  email: string | null;
  role: string;
  is_primary: boolean;
  wecom_external_user_id: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Sales (reps up to directors) read mobile numbers in full; every other role reads them masked. */
export const SEES_FULL_MOBILE: readonly Role[] = ['sales', 'supervisor', 'regional_manager', 'director'];

export const toContact = (c: ContactRow, reader: Role): z.infer<typeof contactSchema> => {
  const masked = !SEES_FULL_MOBILE.includes(reader) && c.mobile !== null;
  return {
    id: c.id,
    customerId: c.customer_id,
    name: c.name,
    title: c.title,
    mobile: masked ? maskMobile(c.mobile) : c.mobile,
    mobileMasked: masked,
    wechatId: c.wechat_id,
    email: c.email,
    role: c.role as ContactInput['role'],
    primary: c.is_primary,
    wecomExternalUserId: c.wecom_external_user_id,
    createdAt: iso(c.created_at)!,
    updatedAt: iso(c.updated_at)!,
  };
};
