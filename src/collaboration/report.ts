import type { WorkingCalendar } from '../core/calendar/calendar.service.js';
import { zonedInstant, nextDate } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import { workingDaysBetween } from './card-sla.js';

/** 协作堵点分析报告: where collaboration stalls, for one calendar month (Shanghai time). */

export interface CollaborationReport {
  month: string;
  steps: { step: string; label: string; count: number; avgWorkingDays: number | null }[];
  rejectionReasons: { reason: string; count: number }[];
  disputedClauses: { key: string; title: string; count: number }[];
  slaCompliance: { department: string; label: string; completed: number; onTime: number; rate: number | null; overdueOpen: number }[];
}

const STEP_LABELS: Record<string, string> = {
  confirm_product: '三方确认：产品',
  confirm_finance: '三方确认：财务',
  product: '需求评审',
  finance: '信用核验',
  delivery: '排期预审',
};
const DEPARTMENT_LABELS: Record<string, string> = { product: '产品', finance: '财务', delivery: '交付' };

export function monthBounds(month: string, timeZone: string): { from: Date; to: Date } {
  const first = `${month}-01`;
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: zonedInstant(first, 0, timeZone), to: zonedInstant(next, 0, timeZone) };
}

export function previousMonth(date: string): string {
  const firstOfMonth = `${date.slice(0, 7)}-01`;
  return nextDate(firstOfMonth, -1).slice(0, 7);
}

const round = (n: number) => Math.round(n * 100) / 100;
const average = (values: number[]) => (values.length ? round(values.reduce((s, v) => s + v, 0) / values.length) : null);

function topCounts<T>(values: T[], keyOf: (v: T) => string, limit: number) {
  const counts = new Map<string, { value: T; count: number }>();
  for (const v of values) {
    const k = keyOf(v);
    const entry = counts.get(k);
    if (entry) entry.count += 1;
    else counts.set(k, { value: v, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || keyOf(a.value).localeCompare(keyOf(b.value))).slice(0, limit);
}

export async function collaborationReport(ctx: AppContext, month: string, calendar: WorkingCalendar): Promise<CollaborationReport> {
  const { from, to } = monthBounds(month, calendar.hours.timeZone);
  const [confirmations, cards, openOverdue] = await Promise.all([
    ctx.db
      .selectFrom('contract_confirmations')
      .innerJoin('contracts', 'contracts.id', 'contract_confirmations.contract_id')
      .select([
        'contract_confirmations.party',
        'contract_confirmations.decision',
        'contract_confirmations.reason',
        'contract_confirmations.clause_keys',
        'contract_confirmations.requested_at',
        'contract_confirmations.decided_at',
        'contracts.clauses',
      ])
      .where('contract_confirmations.decided_at', '>=', from)
      .where('contract_confirmations.decided_at', '<', to)
      .execute(),
    ctx.db
      .selectFrom('task_cards')
      .select(['department', 'status', 'created_at', 'completed_at', 'due_at', 'overdue_at', 'rejection_reason'])
      .where('status', 'in', ['done', 'rejected'])
      .where('completed_at', '>=', from)
      .where('completed_at', '<', to)
      .execute(),
    ctx.db
      .selectFrom('task_cards')
      .select(['department', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'open')
      .where('due_at', '<', to)
      .groupBy('department')
      .execute(),
  ]);
  const wd = (a: Date, b: Date) => workingDaysBetween(a, b, calendar.isWorkingDay, calendar.hours);

  const steps = [
    ...(['product', 'finance'] as const).map((party) => {
      const decided = confirmations.filter((c) => c.party === party);
      return {
        step: `confirm_${party}`,
        label: STEP_LABELS[`confirm_${party}`],
        count: decided.length,
        avgWorkingDays: average(decided.map((c) => wd(c.requested_at, c.decided_at!))),
      };
    }),
    ...(['product', 'finance', 'delivery'] as const).map((department) => {
      const done = cards.filter((c) => c.department === department);
      return {
        step: department,
        label: STEP_LABELS[department],
        count: done.length,
        avgWorkingDays: average(done.map((c) => wd(c.created_at, c.completed_at!))),
      };
    }),
  ];

  const reasons = [
    ...confirmations.filter((c) => c.decision === 'vetoed' && c.reason).map((c) => c.reason!.trim()),
    ...cards.filter((c) => c.status === 'rejected' && c.rejection_reason).map((c) => c.rejection_reason!.trim()),
  ];
  const clauses = confirmations
    .filter((c) => c.decision === 'vetoed')
    .flatMap((c) => c.clause_keys.map((key) => ({ key, title: c.clauses.find((x) => x.key === key)?.title ?? key })));

  return {
    month,
    steps,
    rejectionReasons: topCounts(reasons, (r) => r, 3).map(({ value, count }) => ({ reason: value, count })),
    disputedClauses: topCounts(clauses, (c) => c.key, 5).map(({ value, count }) => ({ ...value, count })),
    slaCompliance: (['product', 'finance', 'delivery'] as const).map((department) => {
      const done = cards.filter((c) => c.department === department && c.status === 'done');
      const onTime = done.filter((c) => !c.overdue_at && c.completed_at! <= c.due_at).length;
      return {
        department,
        label: DEPARTMENT_LABELS[department],
        completed: done.length,
        onTime,
        rate: done.length ? round(onTime / done.length) : null,
        overdueOpen: Number(openOverdue.find((o) => o.department === department)?.n ?? 0),
      };
    }),
  };
}
