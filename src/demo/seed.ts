import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { hashPassword } from '../core/auth/password.js';
import { localParts, zonedInstant } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import type { FastifyInstance } from 'fastify';
import type { AdjustableClock } from '../core/clock.js';
import { seedFieldDemo } from '../field/index.js';
import { FileStorage } from '../files/index.js';
import { recordFollowup } from '../followups/index.js';
import { responseDeadline, secondEscalationAt } from '../leads/index.js';
import { seedDevices } from './devices.js';
import { seedHistory } from './history.js';
import { demoOrganisation, demoCompanies, demoFollowupTexts, DEMO_PASSWORD } from './data.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** A deterministic pseudo-random sequence, so every demo looks the same. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** Fisher–Yates with the demo's random sequence. */
function shuffled<T>(list: readonly T[], rand: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A demo rep writing their own follow-ups (a trusted in-process caller, not a session). */
function demoAuthor(rep: { id: string; username: string; name: string; teamId: string }): Actor {
  return {
    id: rep.id,
    username: rep.username,
    displayName: rep.name,
    role: 'sales',
    teamId: rep.teamId,
    locale: 'zh-CN',
    via: 'internal',
    tokenScopes: null,
    scope: { kind: 'own', userId: rep.id, teamIds: [], region: null, readOnly: false },
  };
}

/**
 * Loads a demo organisation into an empty database (no teams yet): three regions, their teams,
 * reps, leads, customers, opportunities across the pipeline and follow-ups with evidence.
 */
export async function seedDemo(
  ctx: AppContext,
  history?: { app: FastifyInstance; clock: AdjustableClock },
): Promise<{
  users: number;
  leads: number;
  customers: number;
  opportunities: number;
  followups: number;
  history?: Awaited<ReturnType<typeof seedHistory>>;
} | null> {
  const hasTeams = await ctx.db.selectFrom('teams').select('id').limit(1).executeTakeFirst();
  if (hasTeams) return null;
  const rand = random(20260101);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const now = ctx.clock.now();
  const playbook = await ctx.playbook.active();
  const { document } = playbook;
  const timeZone = document.sla.businessHours.timeZone;
  const calendar = await ctx.calendar.current();
  const demoEngineers: [string, string, string[]][] = [
    ['张建国', '华东', ['安装调试', 'PLC']],
    ['李明', '华东', ['系统集成']],
    ['王海', '华南', ['安装调试']],
    ['赵磊', '华北', ['培训', '维保']],
  ];
  const storage = new FileStorage(path.join(ctx.config.dataDir, 'files'));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const counts = { users: 0, leads: 0, customers: 0, opportunities: 0, followups: 0 };

  await ctx.db.transaction().execute(async (trx) => {
    const user = async (username: string, displayName: string, role: string, teamId: string | null, region: string | null = null) => {
      const id = randomUUID();
      await trx
        .insertInto('users')
        .values({
          id,
          username,
          password_hash: passwordHash,
          display_name: displayName,
          role,
          team_id: teamId,
          region,
          active: true,
          locale: 'zh-CN',
          created_at: now,
          updated_at: now,
        })
        .execute();
      counts.users++;
      return id;
    };
    await user('director', '陈总监', 'director', null);
    for (const [username, name, role, region] of demoOrganisation.departments) await user(username, name, role, null, region ?? null);

    const reps: { id: string; username: string; name: string; teamId: string; region: string }[] = [];
    for (const region of demoOrganisation.regions) {
      const regionTeamId = randomUUID();
      await trx
        .insertInto('teams')
        .values({
          id: regionTeamId,
          name: `${region.name}大区`,
          region: region.name,
          supervisor_id: null,
          parent_team_id: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      const managerId = await user(region.manager[0], region.manager[1], 'regional_manager', regionTeamId);
      await trx.updateTable('teams').set({ supervisor_id: managerId }).where('id', '=', regionTeamId).execute();
      for (const team of region.teams) {
        const teamId = randomUUID();
        await trx
          .insertInto('teams')
          .values({ id: teamId, name: team.name, region: region.name, supervisor_id: null, parent_team_id: regionTeamId, created_at: now, updated_at: now })
          .execute();
        const supervisorId = await user(team.supervisor[0], team.supervisor[1], 'supervisor', teamId);
        await trx.updateTable('teams').set({ supervisor_id: supervisorId }).where('id', '=', teamId).execute();
        for (const [username, name] of team.reps) reps.push({ id: await user(username, name, 'sales', teamId), username, name, teamId, region: region.name });
      }
    }

    const productLines = document.productLines;
    // Each rep's leads and customers are companies of the rep's region.
    const companyIndex = new Map<string, number>();
    const companyOf = (region: string) => {
      const list = demoCompanies.filter((c) => c.region === region);
      const k = companyIndex.get(region) ?? 0;
      companyIndex.set(region, k + 1);
      return list[k % list.length];
    };
    for (const rep of reps) {
      // Leads: one just arrived (a live countdown), one answered in time, one overdue that the
      // scheduler escalates on its first tick, one in the pool of the rep's region.
      for (let i = 0; i < 4; i++) {
        const createdAt =
          i === 0 ? new Date(now.getTime() - Math.floor(10 + rand() * 40) * 60_000) : new Date(now.getTime() - Math.floor(rand() * 10 * DAY) - HOUR);
        const pooled = i === 3;
        const answered = i === 1;
        const company = companyOf(rep.region);
        const type = i === 0 || rand() < 0.7 ? 'B2B' : 'B2C';
        const deadline = responseDeadline(createdAt, type, document.sla, calendar.isWorkingDay);
        const respondedAt = answered && deadline ? new Date(createdAt.getTime() + (deadline.dueAt.getTime() - createdAt.getTime()) / 3) : null;
        await trx
          .insertInto('leads')
          .values({
            id: randomUUID(),
            name: `${company.contact}（${company.name}）`,
            type,
            region: rep.region,
            product_line: pick(productLines),
            phone: `1${Math.floor(3e9 + rand() * 6e9)}`.slice(0, 11),
            company: company.name,
            source: pick(document.leadSources),
            status: answered ? 'contacted' : 'new',
            owner_id: pooled ? null : rep.id,
            team_id: pooled ? null : rep.teamId,
            customer_id: null,
            assigned_at: pooled ? null : createdAt,
            first_contact_at: respondedAt,
            next_follow_up_at: null,
            created_at: createdAt,
            updated_at: respondedAt ?? createdAt,
            last_activity_at: respondedAt ?? createdAt,
            response_due_at: deadline?.dueAt ?? null,
            response_warn_at: deadline?.warnAt ?? null,
            sla_status: respondedAt ? 'met' : 'pending',
            responded_at: respondedAt,
            next_escalation_at: deadline ? secondEscalationAt(deadline.dueAt, type, document.sla, calendar.isWorkingDay) : null,
            pool_since: pooled ? createdAt : null,
          })
          .execute();
        counts.leads++;
      }
      // Customers with opportunities spread across the pipeline.
      for (let i = 0; i < 2; i++) {
        const company = companyOf(rep.region);
        const customerId = randomUUID();
        const createdAt = new Date(now.getTime() - Math.floor(20 + rand() * 40) * DAY);
        await trx
          .insertInto('customers')
          .values({
            id: customerId,
            name: company.name,
            type: 'B2B',
            grade: pick(['A', 'B', 'B', 'C', 'D'] as const),
            region: rep.region,
            industry: company.industry,
            phone: null,
            owner_id: rep.id,
            team_id: rep.teamId,
            lead_id: null,
            next_follow_up_at: null,
            created_at: createdAt,
            updated_at: createdAt,
            last_activity_at: createdAt,
          })
          .execute();
        counts.customers++;
        const openStages = document.stages.filter((s) => s.kind === 'open');
        const stageIndex = Math.floor(rand() * openStages.length);
        const stage = openStages[stageIndex];
        const stageFields: Record<string, Record<string, string>> = {};
        for (const passed of openStages.slice(0, stageIndex)) {
          stageFields[passed.key] = {
            painPoints: pick(demoFollowupTexts.painPoints),
            competitorResponse: pick(demoFollowupTexts.competitors),
            nextFollowUpAt: new Date(createdAt.getTime() + 7 * DAY).toISOString(),
          };
        }
        const opportunityId = randomUUID();
        const productLine = pick(productLines);
        const nextFollowUpAt = new Date(now.getTime() + Math.floor(1 + rand() * 5) * DAY);
        const lastActivity = new Date(now.getTime() - Math.floor(rand() * 5 * DAY) - HOUR);
        await trx
          .insertInto('opportunities')
          .values({
            id: opportunityId,
            customer_id: customerId,
            name: `${company.name} ${productLine}采购项目`,
            amount: Math.round(5 + rand() * 195) * 10000,
            product_line: productLine,
            region: rep.region,
            stage: stage.key,
            status: 'open',
            lost_reason: null,
            stage_entered_at: lastActivity,
            stage_fields: JSON.stringify(stageFields),
            owner_id: rep.id,
            team_id: rep.teamId,
            next_follow_up_at: nextFollowUpAt,
            created_at: createdAt,
            updated_at: lastActivity,
            last_activity_at: lastActivity,
          })
          .execute();
        counts.opportunities++;
        let previous: string | null = null;
        for (const reached of openStages.slice(0, stageIndex + 1)) {
          await trx
            .insertInto('stage_changes')
            .values({
              opportunity_id: opportunityId,
              from_stage: previous,
              to_stage: reached.key,
              actor_id: rep.id,
              reason: null,
              playbook_version: 1,
              at: createdAt,
            })
            .execute();
          previous = reached.key;
        }
        // Follow-ups go through the one write path, as of when they happened: fingerprints, flags
        // and audit entries like any other. Written in office hours, each note once per customer.
        const author = demoAuthor(rep);
        const notes = shuffled(demoFollowupTexts.notes, rand);
        const count = 2 + Math.floor(rand() * 3);
        for (let f = 0; f < count; f++) {
          const day = localParts(new Date(createdAt.getTime() + (f + 1) * 2 * DAY), timeZone).date;
          const at = zonedInstant(day, Math.floor((9.5 + rand() * 7.5) * 60) * 60_000, timeZone);
          const channel = pick(['visit', 'phone', 'wechat', 'meeting'] as const);
          const content = `${company.name}：${notes[f % notes.length]}`;
          const blob = await storage.save(Readable.from([`跟进纪要\n客户：${company.name}\n${content}\n`]), at);
          const fileId = randomUUID();
          await trx
            .insertInto('files')
            .values({
              id: fileId,
              name: channel === 'visit' ? '现场拜访纪要.txt' : '通话录音转写稿.txt',
              kind: channel === 'visit' ? 'photo' : 'recording',
              mime: 'text/plain',
              size: blob.size,
              sha256: blob.sha256,
              storage_path: blob.storagePath,
              uploaded_by: rep.id,
              created_at: at,
            })
            .execute();
          await recordFollowup(
            trx,
            ctx,
            author,
            { targetType: 'opportunity', targetId: opportunityId, channel, valueTag: pick(document.valueTags).key, content, attachmentIds: [fileId] },
            { asOf: at, playbook },
          );
          counts.followups++;
        }
        // The opportunity moved on after its early follow-ups: its latest activity and planned follow-up.
        await trx
          .updateTable('opportunities')
          .set({ last_activity_at: lastActivity, updated_at: lastActivity, next_follow_up_at: nextFollowUpAt })
          .where('id', '=', opportunityId)
          .execute();
      }
    }
    // Delivery engineers for the 资源甘特图, some already booked.
    for (const [name, region, skills] of demoEngineers) {
      const engineerId = randomUUID();
      await trx.insertInto('engineers').values({ id: engineerId, name, region, skills, created_at: now }).execute();
      const offset = Math.floor(rand() * 10);
      const startsOn = new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
      const endsOn = new Date(now.getTime() + (offset + 2 + Math.floor(rand() * 4)) * DAY).toISOString().slice(0, 10);
      await trx
        .insertInto('engineer_bookings')
        .values({
          id: randomUUID(),
          engineer_id: engineerId,
          contract_id: null,
          starts_on: startsOn,
          ends_on: endsOn,
          note: '既有项目驻场',
          created_by: null,
          created_at: now,
        })
        .execute();
    }
    // The installed base: products, fault codes, devices with a service history.
    await seedDevices(trx, document, now);
    await recordAudit(trx, ctx.clock, { actorId: null, action: 'demo.seed', entityType: 'system', entityId: null, data: counts });
  });
  // Three months of history through the API, the clock walking from then to now.
  const walked = history ? await seedHistory(history.app, ctx, history.clock) : undefined;
  // Addresses, competitor stores, today's visits and check-ins (the map and 今日拜访).
  await seedFieldDemo(ctx);
  ctx.log.info(
    `demo users share the password "${DEMO_PASSWORD}" (e.g. director, ${demoOrganisation.regions[0].teams[0].supervisor[0]}, ${demoOrganisation.regions[0].teams[0].reps[0][0]})`,
  );
  return walked ? { ...counts, history: walked } : counts;
}
