import { sql } from 'kysely';
import { recordAuditBatch } from '../core/audit/audit.js';
import type { AppContext } from '../core/context.js';
import { regionalManagersOf, regionTeams, supervisorsOfTeams } from '../core/org-hierarchy.js';
import type { InboxDelivery } from '../core/notifications/notifier.js';
import { noticeContent } from '../core/notifications/notice-text.js';
import { textsIn, type TextKey } from '../core/i18n/catalogue.js';
import { groupBy, sweepInBatches } from '../core/scheduler/sweep.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';
import type { RawBuilder, Transaction } from 'kysely';
import type { DB } from '../core/db/schema.js';
import { formatLocal } from '../core/calendar/working-time.js';
import { OPEN_LEAD_STATUSES_SQL } from './lead.model.js';

type Trx = Transaction<DB>;

interface FiredLead {
  id: string;
  name: string;
  type: string;
  region: string;
  product_line: string;
  owner_id: string | null;
  team_id: string | null;
  response_due_at: Date;
  pool_since: Date | null;
}

const OPEN = OPEN_LEAD_STATUSES_SQL;

/**
 * The response-clock rules claim up to this many leads per transaction: a morning's backlog of
 * 10,000 due leads is one claim, one notification insert and one audit insert per rule instead
 * of five of each (each with its commit).
 */
export const SLA_SWEEP_BATCH = 10_000;

/**
 * Claims a batch of due leads and moves their state in one statement: the condition and the new
 * state together make each firing happen once, whichever node gets there first.
 */
async function fireDueLeads<T extends FiredLead = FiredLead>(
  trx: Trx,
  due: { where: RawBuilder<unknown>; orderBy: string; set: RawBuilder<unknown> },
  limit: number,
): Promise<T[]> {
  const { rows } = await sql<T>`
    with due as (
      select id from leads where ${due.where}
      order by ${sql.ref(due.orderBy)} limit ${limit} for update skip locked)
    update leads l set ${due.set} from due where l.id = due.id
    returning l.id, l.name, l.type, l.region, l.product_line, l.owner_id, l.team_id, l.response_due_at, l.pool_since`.execute(trx);
  return rows;
}
const leadLink = (id: string) => `/leads/${id}`;

/** Where a lead's escalation goes: its team's supervisor, or for pool leads the region's supervisors. */
async function escalationTargets(trx: Trx, leads: FiredLead[]) {
  const supervisors = await supervisorsOfTeams(
    trx,
    leads.flatMap((l) => (l.team_id ? [l.team_id] : [])),
  );
  const regions = await regionTeams(
    trx,
    leads.filter((l) => !l.team_id).map((l) => l.region),
  );
  // Worked out once per lead: the rule asks for each lead's targets several times.
  const known = new Map<string, { teamIds: string[]; userIds: string[] }>();
  return (lead: FiredLead) => {
    let targets = known.get(lead.id);
    if (!targets) {
      if (lead.team_id) {
        const supervisor = supervisors.get(lead.team_id);
        targets = { teamIds: [lead.team_id], userIds: supervisor && supervisor !== lead.owner_id ? [supervisor] : [] };
      } else {
        const teams = regions.get(lead.region) ?? [];
        targets = { teamIds: teams.map((t) => t.teamId), userIds: teams.flatMap((t) => (t.supervisorId ? [t.supervisorId] : [])) };
      }
      known.set(lead.id, targets);
    }
    return targets;
  };
}

/**
 * Broadcast recipients (a region's supervisors for pool leads, regional managers) get one notice
 * per sweep batch listing the leads, not one per lead: 10,000 due leads must not become 100,000
 * inbox entries. A single lead keeps its own notice.
 */
function perRecipient(
  groups: Map<string, FiredLead[]>,
  single: (lead: FiredLead) => InboxDelivery['notice'],
  summary: (leads: FiredLead[]) => InboxDelivery['notice'],
  key: string,
): InboxDelivery[] {
  return [...groups].map(([userId, leads]) =>
    leads.length === 1
      ? { userId, notice: single(leads[0]), dedupeKey: `${key}:${leads[0].id}` }
      : { userId, notice: summary(leads), dedupeKey: `${key}:batch:${leads[0].id}:${leads.length}` },
  );
}

/** Adds the lead to each key's group (appending: a batch of 10,000 leads must not copy a group per lead). */
function addTo(groups: Map<string, FiredLead[]>, keys: Iterable<string>, lead: FiredLead) {
  for (const key of keys) {
    const group = groups.get(key);
    if (group) group.push(lead);
    else groups.set(key, [lead]);
  }
}

const batchData = (leads: FiredLead[]) => ({
  leadIds: leads.slice(0, 200).map((l) => l.id),
  count: leads.length,
  names: leads.slice(0, 5).map((l) => l.name),
});

/** One group message per team per sweep: a bot limited to 20 messages a minute cannot take one per lead. */
async function queueTeamDigest(
  ctx: AppContext,
  trx: Trx,
  tz: string,
  fired: { lead: FiredLead; teamIds: string[] }[],
  ruleId: string,
  now: Date,
  title: { key: TextKey; minutes?: number },
  severity: 'warning' | 'critical',
) {
  const byTeam = new Map<string, FiredLead[]>();
  for (const { lead, teamIds } of fired) addTo(byTeam, teamIds, lead);
  const link = ctx.notifier.absoluteLink('/leads?slaStatus=breached')!;
  await ctx.notifier.toEachTeam(
    trx,
    [...byTeam].map(([teamId, leads]) => {
      let first = leads[0].id;
      for (const l of leads) if (l.id < first) first = l.id;
      return {
        teamId,
        message: (locale) => {
          const t = textsIn(locale);
          return {
            title: t(title.key, { count: leads.length, minutes: title.minutes ?? 0 }),
            severity,
            lines: [t('bot.time', { time: formatLocal(now, tz) })],
            table: {
              columns: [t('bot.leads.lead'), t('bot.leads.region'), t('bot.leads.productLine'), t('bot.leads.type'), t('bot.leads.dueAt')],
              rows: leads.map((l) => [l.name, l.region, l.product_line, l.type, formatLocal(l.response_due_at, tz)]),
            },
            link: { label: t('bot.leads.open'), url: link },
          };
        },
        dedupeKey: `${ruleId}:${now.toISOString()}:${first}:${leads.length}`,
      };
    }),
  );
}

export function leadSlaRules(ctx: AppContext): SweepRule[] {
  const warning: SweepRule = {
    kind: 'sweep',
    id: 'lead-response-warning',
    name: '黄金响应时效：超时前提醒负责人',
    run: async (now) => {
      // Everything the batch needs is read before its transaction: on the embedded database a
      // query outside the transaction would wait for the connection the transaction holds.
      const { document: playbook, version: playbookVersion } = await ctx.playbook.active();
      const tz = playbook.sla.businessHours.timeZone;
      return sweepInBatches(
        ctx.db,
        async (trx, limit) => {
          const rows = await fireDueLeads(
            trx,
            { where: sql`sla_status = 'pending' and response_warn_at <= ${now}`, orderBy: 'response_warn_at', set: sql`sla_status = 'warned'` },
            limit,
          );
          const deliveries: InboxDelivery[] = rows.flatMap((lead) =>
            lead.owner_id
              ? [
                  {
                    userId: lead.owner_id,
                    dedupeKey: `lead-warning:${lead.id}`,
                    notice: {
                      ...noticeContent(
                        'lead.sla.warning',
                        { leadId: lead.id, leadName: lead.name, leadType: lead.type, dueAt: lead.response_due_at.toISOString() },
                        tz,
                      ),
                      severity: 'warning',
                      link: leadLink(lead.id),
                    },
                  },
                ]
              : [],
          );
          await ctx.notifier.toInbox(trx, deliveries);
          await recordAuditBatch(
            trx,
            ctx.clock,
            rows.map((l) => ({
              actorId: null,
              action: 'lead.sla.warned',
              entityType: 'lead',
              entityId: l.id,
              data: { rule: 'lead-response-warning', dueAt: l.response_due_at.toISOString(), now: now.toISOString(), playbookVersion },
            })),
          );
          return rows.length;
        },
        SLA_SWEEP_BATCH,
      );
    },
  };

  const breach: SweepRule = {
    kind: 'sweep',
    id: 'lead-response-breach',
    name: '黄金响应时效：超时升级至主管',
    run: async (now) => {
      // Everything the batch needs is read before its transaction: on the embedded database a
      // query outside the transaction would wait for the connection the transaction holds.
      const { document: playbook, version: playbookVersion } = await ctx.playbook.active();
      const tz = playbook.sla.businessHours.timeZone;
      return sweepInBatches(
        ctx.db,
        async (trx, limit) => {
          const rows = await fireDueLeads(
            trx,
            {
              where: sql`sla_status in ('pending','warned') and response_due_at <= ${now}`,
              orderBy: 'response_due_at',
              set: sql`sla_status = 'breached', escalation_level = 1`,
            },
            limit,
          );
          if (rows.length === 0) return 0;
          const targetsOf = await escalationTargets(trx, rows);
          const deliveries: InboxDelivery[] = [];
          const poolDispatchers = new Map<string, FiredLead[]>();
          // Worded once per lead: the owner and the supervisor get the same notice.
          const worded = new Map<string, InboxDelivery['notice']>();
          const breachNotice = (lead: FiredLead) => {
            let notice = worded.get(lead.id);
            if (!notice) {
              notice = wordBreach(lead);
              worded.set(lead.id, notice);
            }
            return notice;
          };
          const wordBreach = (lead: FiredLead): InboxDelivery['notice'] => ({
            ...noticeContent(
              'lead.sla.breached',
              {
                leadId: lead.id,
                leadName: lead.name,
                leadType: lead.type,
                region: lead.region,
                productLine: lead.product_line,
                dueAt: lead.response_due_at.toISOString(),
                escalationLevel: 1,
              },
              tz,
            ),
            severity: 'critical' as const,
            link: leadLink(lead.id),
          });
          const fired = rows.map((lead) => {
            const targets = targetsOf(lead);
            if (lead.team_id) {
              for (const userId of new Set([...(lead.owner_id ? [lead.owner_id] : []), ...targets.userIds]))
                deliveries.push({ userId, notice: breachNotice(lead), dedupeKey: `lead-breach:${lead.id}` });
            } else {
              addTo(poolDispatchers, targets.userIds, lead);
            }
            return { lead, teamIds: targets.teamIds };
          });
          deliveries.push(
            ...perRecipient(
              poolDispatchers,
              breachNotice,
              (leads) => ({
                ...noticeContent('lead.sla.breached#batch', batchData(leads), tz),
                severity: 'critical',
                link: '/leads?pool=true&slaStatus=breached',
              }),
              'lead-breach',
            ),
          );
          await ctx.notifier.toInbox(trx, deliveries);
          await queueTeamDigest(ctx, trx, tz, fired, 'lead-response-breach', now, { key: 'bot.leads.breached' }, 'critical');
          await recordAuditBatch(
            trx,
            ctx.clock,
            rows.map((l) => ({
              actorId: null,
              action: 'lead.sla.breached',
              entityType: 'lead',
              entityId: l.id,
              data: { rule: 'lead-response-breach', dueAt: l.response_due_at.toISOString(), escalatedTo: targetsOf(l).userIds, playbookVersion },
            })),
          );
          await ctx.events.publishAll(
            trx,
            'lead.sla_breached',
            rows.map((l) => ({
              leadId: l.id,
              name: l.name,
              type: l.type,
              region: l.region,
              productLine: l.product_line,
              ownerId: l.owner_id,
              teamId: l.team_id,
              responseDueAt: l.response_due_at.toISOString(),
              escalatedTo: targetsOf(l).userIds,
              breachedAt: now.toISOString(),
            })),
          );
          return rows.length;
        },
        SLA_SWEEP_BATCH,
      );
    },
  };

  const secondEscalation: SweepRule = {
    kind: 'sweep',
    id: 'lead-response-escalation',
    name: '黄金响应时效：超时仍未联系，升级至区域经理',
    run: async (now) => {
      // Everything the batch needs is read before its transaction: on the embedded database a
      // query outside the transaction would wait for the connection the transaction holds.
      const { document: playbook, version: playbookVersion } = await ctx.playbook.active();
      const tz = playbook.sla.businessHours.timeZone;
      return sweepInBatches(
        ctx.db,
        async (trx, limit) => {
          const rows = await fireDueLeads(
            trx,
            {
              where: sql`sla_status = 'breached' and escalation_level = 1 and responded_at is null and next_escalation_at <= ${now}`,
              orderBy: 'next_escalation_at',
              set: sql`escalation_level = 2`,
            },
            limit,
          );
          if (rows.length === 0) return 0;
          const managers = await regionalManagersOf(
            trx,
            rows.map((l) => l.region),
          );
          const targetsOf = await escalationTargets(trx, rows);
          const byManager = new Map<string, FiredLead[]>();
          for (const lead of rows) addTo(byManager, managers.get(lead.region) ?? [], lead);
          const deliveries = perRecipient(
            byManager,
            (lead) => ({
              ...noticeContent(
                'lead.sla.escalated',
                { leadId: lead.id, leadName: lead.name, dueAt: lead.response_due_at.toISOString(), escalationLevel: 2 },
                tz,
              ),
              severity: 'critical',
              link: leadLink(lead.id),
            }),
            (leads) => ({
              ...noticeContent('lead.sla.escalated#batch', { ...batchData(leads), escalationLevel: 2 }, tz),
              severity: 'critical',
              link: '/leads?slaStatus=breached',
            }),
            'lead-escalation2',
          );
          await ctx.notifier.toInbox(trx, deliveries);
          await queueTeamDigest(
            ctx,
            trx,
            tz,
            rows.map((lead) => ({ lead, teamIds: targetsOf(lead).teamIds })),
            'lead-response-escalation',
            now,
            { key: 'bot.leads.escalated' },
            'critical',
          );
          await recordAuditBatch(
            trx,
            ctx.clock,
            rows.map((l) => ({
              actorId: null,
              action: 'lead.sla.escalated',
              entityType: 'lead',
              entityId: l.id,
              data: { rule: 'lead-response-escalation', level: 2, escalatedTo: managers.get(l.region) ?? [], playbookVersion },
            })),
          );
          return rows.length;
        },
        SLA_SWEEP_BATCH,
      );
    },
  };

  const unassigned: SweepRule = {
    kind: 'sweep',
    id: 'lead-unassigned-alert',
    name: '公海线索长时间未分配提醒',
    run: async (now) => {
      const { document } = await ctx.playbook.active();
      const threshold = new Date(now.getTime() - document.assignment.unassignedAlertMinutes * 60_000);
      const tz = document.sla.businessHours.timeZone;
      return sweepInBatches(ctx.db, async (trx, limit) => {
        const rows = await fireDueLeads<FiredLead & { pool_since: Date }>(
          trx,
          {
            where: sql`owner_id is null and unassigned_alerted_at is null and pool_since <= ${threshold} and status in ${OPEN}`,
            orderBy: 'pool_since',
            set: sql`unassigned_alerted_at = ${now}`,
          },
          limit,
        );
        if (rows.length === 0) return 0;
        const teams = await regionTeams(
          trx,
          rows.map((l) => l.region),
        );
        const managers = await regionalManagersOf(
          trx,
          rows.map((l) => l.region),
        );
        const byRecipient = new Map<string, FiredLead[]>();
        for (const [region, leads] of groupBy(rows, (l) => l.region)) {
          const recipients = new Set([...(teams.get(region) ?? []).flatMap((t) => (t.supervisorId ? [t.supervisorId] : [])), ...(managers.get(region) ?? [])]);
          for (const lead of leads) addTo(byRecipient, recipients, lead);
        }
        const minutes = document.assignment.unassignedAlertMinutes;
        const deliveries = perRecipient(
          byRecipient,
          (lead) => ({
            ...noticeContent('lead.unassigned', { leadId: lead.id, leadName: lead.name, region: lead.region, productLine: lead.product_line, minutes }, tz),
            severity: 'warning',
            link: leadLink(lead.id),
          }),
          (leads) => ({
            ...noticeContent('lead.unassigned#batch', { ...batchData(leads), minutes }, tz),
            severity: 'warning',
            link: '/leads?pool=true',
          }),
          `lead-unassigned:${now.toISOString()}`,
        );
        await ctx.notifier.toInbox(trx, deliveries);
        await queueTeamDigest(
          ctx,
          trx,
          tz,
          rows.map((lead) => ({ lead, teamIds: (teams.get(lead.region) ?? []).map((t) => t.teamId) })),
          'lead-unassigned-alert',
          now,
          { key: 'bot.leads.unassigned', minutes: document.assignment.unassignedAlertMinutes },
          'warning',
        );
        return rows.length;
      });
    },
  };

  return [warning, breach, secondEscalation, unassigned];
}
