import type { DataScope } from '../auth/actor.js';
import type { Database } from '../db/connect.js';
import type { Locale } from '../i18n/locale.js';
import type { StoredDuplicate } from '../import/importer.js';
import { findDuplicates, probeKeys, type DuplicateMatch, type DuplicateProbe } from './duplicates.js';

const text = {
  'zh-CN': (m: DuplicateMatch) =>
    'hidden' in m
      ? `与一条您无权查看的${m.type === 'lead' ? '线索' : '客户'}重复`
      : `与${m.type === 'lead' ? '线索' : '客户'}「${m.name}」重复（负责人：${m.ownerName ?? '无'}）`,
  en: (m: DuplicateMatch) =>
    'hidden' in m ? `Duplicate of a ${m.type} you cannot see` : `Duplicate of ${m.type} "${m.name}" (owner: ${m.ownerName ?? 'none'})`,
};

/** What an imported lead or customer is compared by: phone and company name (查重). */
export const LEAD_OR_CUSTOMER_DUPLICATE_LABEL = { 'zh-CN': '电话或公司名称', en: 'phone or company name' };

/** The keys of a probe that make two rows of one file the same lead or customer. */
export function probeRowKeys(probe: DuplicateProbe): string[] {
  const keys = probeKeys(probe);
  return [keys.phone && `p:${keys.phone}`, keys.name && `n:${keys.name}`].filter((k): k is string => Boolean(k));
}

/** For each probe, the stored leads and customers it repeats (by phone or company name), described for the reader. */
export async function storedLeadOrCustomerDuplicates(
  db: Database,
  scope: DataScope,
  probes: DuplicateProbe[],
  locale: Locale,
): Promise<(StoredDuplicate | null)[]> {
  const found = await findDuplicates(db, scope, probes);
  return found.map((matches) => (matches.length ? { message: matches.map(text[locale]).join('; '), matches } : null));
}
