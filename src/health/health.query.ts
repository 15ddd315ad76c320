import { sql, type RawBuilder } from 'kysely';
import { localParts } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import type { PlaybookDocument } from '../core/playbook/schema.js';
import { RUNNING_CONTRACT_STATES } from '../contracts/index.js';
import { healthScore, type HealthFacts, type HealthResult, type HealthSettings } from './health.score.js';

/** The health rules, as named in their tasks' rule_id. */
export const HEALTH_RULE_IDS = ['health-inactive', 'health-renewal', 'health-nps'] as const;

/** Local midnight `window` days before a contract's end date: when the renewal window opens. */
export function windowStartSql(endDate: RawBuilder<unknown>, window: number, timeZone: string) {
  return sql<Date>`((${endDate} - ${window}::int)::timestamp at time zone ${timeZone})`;
}

/**
 * A renewal conversation has started when, since the window opened, the customer got a follow-up,
 * a new opportunity (not the one the renewal rule created by itself), or another contract, or the
 * contract's renewal opportunity moved on from its first stage or was won.
 */
export function renewalStartedSql(customerId: RawBuilder<unknown>, contractId: RawBuilder<unknown>, windowStart: RawBuilder<unknown>) {
  return sql<boolean>`(
    exists (select 1 from followups f where f.customer_id = ${customerId} and f.created_at >= ${windowStart})
    or exists (select 1 from opportunities o where o.customer_id = ${customerId} and o.created_at >= ${windowStart}
      and not exists (select 1 from contract_renewals auto where auto.opportunity_id = o.id and auto.source = 'rule'))
    or exists (select 1 from contracts r where r.customer_id = ${customerId} and r.id <> ${contractId} and r.created_at >= ${windowStart})
    or exists (select 1 from contract_renewals cr join stage_changes sc on sc.opportunity_id = cr.opportunity_id
      where cr.contract_id = ${contractId} and sc.from_stage is not null and sc.at >= ${windowStart}))`;
}

/** The rule id of the health score and the playbook settings it reads (see `healthSettings`). */
export const HEALTH_SCORE_RULE = 'health-score';
export const HEALTH_SCORE_SETTINGS = [
  'health.weights',
  'health.recentDays',
  'health.complaintPenalty',
  'thresholds.inactiveCustomerDays',
  'thresholds.renewalWarningDays',
];

export function healthSettings(document: PlaybookDocument): HealthSettings {
  return {
    inactiveDays: document.thresholds.inactiveCustomerDays,
    renewalWarningDays: document.thresholds.renewalWarningDays,
    recentDays: Math.min(document.health.recentDays, document.thresholds.inactiveCustomerDays - 1),
    complaintPenalty: document.health.complaintPenalty,
    weights: document.health.weights,
  };
}

export interface HealthAlert {
  taskId: string;
  ruleId: string;
  title: string;
  reason: string | null;
  facts: Record<string, unknown>;
  dueAt: string | null;
  createdAt: string;
  /** The playbook version the alert fired under. */
  playbookVersion: number | null;
}

export interface CustomerHealth extends HealthResult {
  customerId: string;
  alerts: HealthAlert[];
}

/** Health of a batch of customers (ids already checked against the caller's scope). */
export async function loadHealth(ctx: AppContext, customerIds: string[], document: PlaybookDocument, now: Date): Promise<Map<string, CustomerHealth>> {
  const result = new Map<string, CustomerHealth>();
  if (customerIds.length === 0) return result;
  const tz = document.sla.businessHours.timeZone;
  const today = localParts(now, tz).date;
  const window = document.thresholds.renewalWarningDays;
  const ids = sql.join(customerIds);
  const [customers, nps, contracts, complaints, alerts] = await Promise.all([
    ctx.db.selectFrom('customers').select(['id', 'last_activity_at']).where('id', 'in', customerIds).execute(),
    sql<{ customer_id: string; score: number; created_at: Date }>`
      select distinct on (customer_id) customer_id, score, created_at from nps_responses
      where customer_id in (${ids}) order by customer_id, created_at desc, seq desc`.execute(ctx.db),
    sql<{ id: string; customer_id: string; title: string; end_date: string; started: boolean }>`
      select distinct on (k.customer_id) k.id, k.customer_id, k.title, k.end_date,
        ${renewalStartedSql(sql.ref('k.customer_id'), sql.ref('k.id'), windowStartSql(sql.ref('k.end_date'), window, tz))} as started
      from contracts k
      where k.customer_id in (${ids}) and k.status in (${sql.join(RUNNING_CONTRACT_STATES)}) and k.end_date >= ${today}::date
      order by k.customer_id, k.end_date, k.id`.execute(ctx.db),
    ctx.db
      .selectFrom('complaints')
      .select(['customer_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('customer_id', 'in', customerIds)
      .where('status', '=', 'open')
      .groupBy('customer_id')
      .execute(),
    ctx.db
      .selectFrom('tasks')
      .select(['id', 'entity_id', 'rule_id', 'title', 'reason', 'facts', 'due_at', 'created_at', 'playbook_version'])
      .where('entity_type', '=', 'customer')
      .where('entity_id', 'in', customerIds)
      .where('status', '=', 'open')
      .where('rule_id', 'in', [...HEALTH_RULE_IDS])
      .orderBy('created_at')
      .execute(),
  ]);
  const npsOf = new Map(nps.rows.map((r) => [r.customer_id, { score: Number(r.score), at: new Date(r.created_at) }]));
  const contractOf = new Map(
    contracts.rows.map((r) => [r.customer_id, { contractId: r.id, title: r.title, endDate: String(r.end_date), started: Boolean(r.started) }]),
  );
  const complaintsOf = new Map(complaints.map((r) => [r.customer_id, Number(r.n)]));
  const settings = healthSettings(document);
  for (const c of customers) {
    const facts: HealthFacts = {
      today,
      now,
      lastActivityAt: c.last_activity_at,
      nps: npsOf.get(c.id) ?? null,
      renewal: contractOf.get(c.id) ?? null,
      openComplaints: complaintsOf.get(c.id) ?? 0,
    };
    result.set(c.id, {
      customerId: c.id,
      ...healthScore(facts, settings),
      alerts: alerts
        .filter((a) => a.entity_id === c.id)
        .map((a) => ({
          taskId: a.id,
          ruleId: a.rule_id!,
          title: a.title,
          reason: a.reason,
          facts: a.facts,
          dueAt: a.due_at?.toISOString() ?? null,
          createdAt: a.created_at.toISOString(),
          playbookVersion: a.playbook_version === null ? null : Number(a.playbook_version),
        })),
    });
  }
  return result;
}
