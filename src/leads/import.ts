import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { AppError, localise, type Locale } from '../core/http/errors.js';
import { summariseIssues } from '../core/http/validation.js';
import { readRecords, type ImportError as SheetError } from '../core/import/sheet.js';
import { leadInput, type LeadRow } from './lead.model.js';
import { insertLeads, prepareLead } from './lead.service.js';
import { findDuplicates, probeKeys, type DuplicateMatch } from '../core/duplicates/duplicates.js';

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
  const read = await readRecords<string>(filename, buffer, HEADERS, { key: 'name', label: '名称/name' }, locale);
  const records = read.records;
  const errors: ImportError[] = read.errors;
  const prepared: { line: number; row: LeadRow }[] = [];
  for (const { line, record } of records) {
    if (record.type) record.type = TYPE_ALIASES[record.type] ?? TYPE_ALIASES[record.type.toLowerCase()] ?? record.type;
    const parsed = leadInput.safeParse(record);
    if (!parsed.success) {
      errors.push({ row: line, message: summariseIssues(parsed.error.issues).summary });
      continue;
    }
    try {
      prepared.push({ line, row: await prepareLead(ctx, actor, parsed.data) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push({ row: line, message: localise(error.code, error.params, locale) });
    }
  }
  const accepted = await withoutDuplicates(ctx, actor, prepared, errors, locale);
  let created = 0;
  for (let i = 0; i < accepted.length; i += BATCH) {
    const batch = accepted.slice(i, i + BATCH);
    await insertLeads(ctx, actor, batch, 'import');
    created += batch.length;
  }
  errors.sort((a, b) => a.row - b.row);
  return { created, failed: errors.length, errors: errors.slice(0, 1000) };
}

type ImportError = SheetError & { code?: 'DUPLICATE'; duplicateOfRow?: number; matches?: DuplicateMatch[] };

const duplicateText = {
  'zh-CN': {
    row: (line: number) => `与第 ${line} 行重复（电话或公司名称相同）`,
    record: (m: DuplicateMatch) =>
      'hidden' in m
        ? `与一条您无权查看的${m.type === 'lead' ? '线索' : '客户'}重复`
        : `与${m.type === 'lead' ? '线索' : '客户'}「${m.name}」重复（负责人：${m.ownerName ?? '无'}）`,
  },
  en: {
    row: (line: number) => `Duplicate of row ${line} (same phone or company name)`,
    record: (m: DuplicateMatch) =>
      'hidden' in m ? `Duplicate of a ${m.type} you cannot see` : `Duplicate of ${m.type} "${m.name}" (owner: ${m.ownerName ?? 'none'})`,
  },
};

/**
 * 查重 of an import: a row whose phone or company name matches an earlier row of the file, or a
 * lead or customer already stored, is reported and not imported.
 */
async function withoutDuplicates(ctx: AppContext, actor: Actor, prepared: { line: number; row: LeadRow }[], errors: ImportError[], locale: Locale) {
  const probes = prepared.map(({ row }) => ({ phone: row.phone, companyName: row.company }));
  const stored = await findDuplicates(ctx.db, actor.scope, probes);
  const firstLine = new Map<string, number>();
  const accepted: LeadRow[] = [];
  const text = duplicateText[locale];
  prepared.forEach(({ line, row }, i) => {
    const keys = probeKeys(probes[i]);
    const own = [keys.phone && `p:${keys.phone}`, keys.name && `n:${keys.name}`].filter((k): k is string => Boolean(k));
    const earlier = own.map((k) => firstLine.get(k)).find((l) => l !== undefined);
    for (const k of own) if (!firstLine.has(k)) firstLine.set(k, line);
    if (earlier !== undefined) {
      errors.push({ row: line, message: text.row(earlier), code: 'DUPLICATE', duplicateOfRow: earlier });
      return;
    }
    if (stored[i].length > 0) {
      errors.push({ row: line, message: stored[i].map(text.record).join('; '), code: 'DUPLICATE', matches: stored[i] });
      return;
    }
    accepted.push(row);
  });
  return accepted;
}
