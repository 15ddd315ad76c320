import { formatLocal } from '../calendar/working-time.js';
import { catalogues, quotedList, text, type NoticeMessageKey } from '../i18n/catalogue.js';
import { formatMessage, type MessageArgs } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';

type LeadRef = { leadId: string; leadName: string };
/** A batch notice lists the first few names and counts them all. */
type LeadBatch = { leadIds: string[]; count: number; names: string[] };
type CustomerRef = { customerId: string; customerName: string; ruleId: string };
type ContractRef = { contractId: string; contractTitle: string };
type Party = 'product' | 'finance';
type Department = 'product' | 'finance' | 'delivery';

/**
 * The data each notice wording needs, stored with the notice so it can be worded in the reader's
 * language whenever it is read. Times are ISO instants (shown in the business time zone); names,
 * counts and codes are kept as they are and worded by the catalogue.
 */
export interface NoticeDataOf {
  'lead.sla.warning': LeadRef & { leadType: string; dueAt: string };
  'lead.sla.breached': LeadRef & { leadType: string; region: string; productLine: string; dueAt: string; escalationLevel: number };
  'lead.sla.breached#batch': LeadBatch;
  'lead.sla.escalated': LeadRef & { dueAt: string; escalationLevel: number };
  'lead.sla.escalated#batch': LeadBatch & { escalationLevel: number };
  'lead.unassigned': LeadRef & { region: string; productLine: string; minutes: number };
  'lead.unassigned#batch': LeadBatch & { minutes: number };
  'lead.recycle.reminder': LeadRef & { taskId: string; idleDays: number; recycleAfterDays: number; recycleAt: string };
  'lead.recycled': LeadRef & { previousOwner: string; recycleAfterDays: number };
  'health.inactive': CustomerRef & { lastActivityAt: string; idleDays: number; thresholdDays: number };
  'health.renewal': CustomerRef & ContractRef & { endDate: string; daysLeft: number; windowDays: number; windowStart: string };
  'renewal.created': ContractRef & { customerId: string; customerName: string; opportunityId: string; endDate: string; leadDays: number };
  'health.nps': CustomerRef & { npsResponseId: string; score: number; threshold: number; answeredAt: string; comment: string | null; hasComment: boolean };
  'contract.confirmation': ContractRef & { customerName: string | null; amount: number; party: Party; round: number };
  'contract.confirmed': ContractRef & { party: Party; reason: string | null; hasReason: boolean };
  'contract.vetoed': ContractRef & { party: Party; reason: string };
  'contract.frozen': ContractRef & { anomalyId: string; customerName: string; reason: string };
  'contract.approved': ContractRef;
  'card.created': ContractRef & { cardId: string; department: Department; slaDays: number };
  'card.overdue': ContractRef & { cardId: string; department: Department; slaDays: number; dueAt: string };
  'card.rejected': ContractRef & { cardId: string; reason: string };
  'report.collaboration': { month: string; department: string; ratePercent: number; reasons: number; topReason: string | null };
  'report.collaboration#empty': { month: string };
  'report.stale': { teamId: string; teamName: string; date: string; count: number; hours: number; reps: { name: string | null; count: number }[] };
  'authenticity.spot_check': { week: string; count: number };
}

/** What a capability hands to the notifier: the kind, the data and the Chinese wording to store. */
export interface NoticeContent {
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function stringList(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error('expected a list of names');
  return value;
}

function batchArgs(data: Record<string, unknown>, locale: Locale): MessageArgs {
  const names = stringList(data.names);
  if (typeof data.count !== 'number') throw new Error('expected a count');
  return { names: quotedList(locale, names), more: data.count - names.length };
}

/** Arguments computed from the data: lists, and what "and N more" counts. */
const derived: Partial<Record<NoticeMessageKey, (data: Record<string, unknown>, locale: Locale) => MessageArgs>> = {
  'lead.sla.breached#batch': batchArgs,
  'lead.sla.escalated#batch': batchArgs,
  'lead.unassigned#batch': batchArgs,
  'report.stale': (data, locale) => {
    if (!Array.isArray(data.reps)) throw new Error('expected the reps of the digest');
    const lines = (data.reps as { name?: unknown; count?: unknown }[]).map((r) =>
      text(locale, 'notice.staleRep', { pool: String(r.name === null), name: typeof r.name === 'string' ? r.name : '', count: Number(r.count) }),
    );
    return { breakdown: lines.join(text(locale, 'list.separator')) };
  },
};

function localTime(value: string, timeZone: string | undefined): string {
  if (!timeZone) throw new Error('a notice with times needs the business time zone');
  return formatLocal(new Date(value), timeZone);
}

function argsOf(key: NoticeMessageKey, data: Record<string, unknown>, locale: Locale, timeZone: string | undefined): MessageArgs {
  const args: MessageArgs = {};
  for (const [name, value] of Object.entries(data)) {
    if (typeof value === 'string') args[name] = ISO_INSTANT.test(value) ? localTime(value, timeZone) : value;
    else if (typeof value === 'number') args[name] = value;
    else if (typeof value === 'boolean') args[name] = String(value);
    else if (value === null) args[name] = '';
  }
  return { ...args, ...derived[key]?.(data, locale) };
}

function render(locale: Locale, key: NoticeMessageKey, data: Record<string, unknown>, timeZone: string | undefined) {
  const entry = catalogues[locale].notices[key];
  const args = argsOf(key, data, locale, timeZone);
  return { title: formatMessage(locale, entry.title, args), body: formatMessage(locale, entry.body, args) };
}

function isNoticeKey(key: string): key is NoticeMessageKey {
  return Object.hasOwn(catalogues['zh-CN'].notices, key);
}

/** A notice's title and body in one language, e.g. to send the same words to a team's group. */
export function noticeIn<K extends NoticeMessageKey>(locale: Locale, key: K, data: NoticeDataOf[K], timeZone?: string): { title: string; body: string } {
  return render(locale, key, data, timeZone);
}

/**
 * A notice as kind + data, worded in Chinese for storage (the stored text is what older readers and
 * kinds without a catalogue entry fall back to). `kind#variant` keys store the variant in the data.
 * The time zone (the playbook's business hours) is needed when the data holds times.
 */
export function noticeContent<K extends NoticeMessageKey>(key: K, data: NoticeDataOf[K], timeZone?: string): NoticeContent {
  const [kind, variant] = key.split('#');
  const stored: Record<string, unknown> = variant ? { ...data, variant } : { ...data };
  return { kind, ...render('zh-CN', key, stored, timeZone), data: stored };
}

/**
 * The title and body of a stored notice in the reader's language. Notices written before their
 * kind had a catalogue entry, or whose data lacks a value the wording needs, keep their stored text.
 */
export function renderNotice(
  notice: { kind: string; title: string; body: string; data: Record<string, unknown> | null },
  locale: Locale,
  timeZone: string,
): { title: string; body: string } {
  const data = notice.data ?? {};
  const key = typeof data.variant === 'string' ? `${notice.kind}#${data.variant}` : notice.kind;
  if (!isNoticeKey(key)) return { title: notice.title, body: notice.body };
  try {
    return render(locale, key, data, timeZone);
  } catch {
    return { title: notice.title, body: notice.body };
  }
}
