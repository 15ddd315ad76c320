import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { AppError, localise, type Locale } from '../core/http/errors.js';
import { summariseIssues } from '../core/http/validation.js';
import { readRecords } from '../core/import/sheet.js';
import { leadInput, type LeadRow } from './lead.model.js';
import { insertLeads, prepareLead } from './lead.service.js';

/** Column headers accepted in import files: Chinese as exported by the UI, or the API's keys. */
const HEADERS: Record<string, keyof typeof leadInput.shape> = {
  名称: 'name',
  姓名: 'name',
  线索名称: 'name',
  name: 'name',
  类型: 'type',
  type: 'type',
  区域: 'region',
  region: 'region',
  产品线: 'productLine',
  productline: 'productLine',
  电话: 'phone',
  phone: 'phone',
  公司: 'company',
  company: 'company',
  来源: 'source',
  source: 'source',
};
const TYPE_ALIASES: Record<string, string> = { B端: 'B2B', C端: 'B2C', b2b: 'B2B', b2c: 'B2C' };
const BATCH = 500;

/**
 * Every row goes through the same validation as POST /leads; valid rows are saved in batches,
 * invalid rows are reported with their line number and nothing of them is stored.
 */
export async function importLeads(ctx: AppContext, actor: Actor, filename: string, buffer: Buffer, locale: Locale) {
  const { columns, records } = await readRecords(filename, buffer, HEADERS, locale);
  if (!columns.includes('name')) throw new AppError(422, 'IMPORT_INVALID', { reason: 'missing column 名称/name' });
  const errors: { row: number; message: string }[] = [];
  let batch: LeadRow[] = [];
  let created = 0;
  for (const { row, record, problems } of records) {
    if (problems.length) {
      errors.push({ row, message: problems.join('; ') });
      continue;
    }
    if (record.type) record.type = TYPE_ALIASES[record.type] ?? TYPE_ALIASES[record.type.toLowerCase()] ?? record.type;
    const parsed = leadInput.safeParse(record);
    if (!parsed.success) {
      errors.push({ row, message: summariseIssues(parsed.error.issues).summary });
      continue;
    }
    try {
      batch.push(await prepareLead(ctx, actor, parsed.data));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push({ row, message: localise(error.code, error.params, locale) });
    }
    if (batch.length >= BATCH) {
      await insertLeads(ctx, actor, batch, 'import');
      created += batch.length;
      batch = [];
    }
  }
  await insertLeads(ctx, actor, batch, 'import');
  created += batch.length;
  return { created, failed: errors.length, errors: errors.slice(0, 1000) };
}
