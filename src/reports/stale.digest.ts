import { sql } from 'kysely';
import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import type { DailyRule } from '../core/scheduler/time-rule.js';
import { formatLocal } from '../core/calendar/working-time.js';
import { staleSource, staleThreshold } from './stale.query.js';

/** The scheduler reads the whole organisation. */
const SYSTEM: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: '系统',
  role: 'admin',
  teamId: null,
  locale: 'zh-CN',
  via: 'session',
  tokenScopes: null,
  scope: { kind: 'all', userId: '', teamIds: [], region: null, readOnly: false },
};

interface TeamRow {
  team_id: string;
  owner_id: string | null;
  owner_name: string | null;
  n: number;
  oldest: Date;
}

/** Every working morning: each supervisor gets the team's 断点清单 in the inbox and the team's group. */
export function staleDigestRule(ctx: AppContext): DailyRule {
  return {
    kind: 'daily',
    id: 'stale-digest',
    name: '昨日断点清单推送',
    at: async () => (await ctx.playbook.active()).document.schedules.staleDigestAt,
    run: async (slot) => {
      const { threshold, hours } = await staleThreshold(ctx, slot.now);
      const { document } = await ctx.playbook.active();
      const tz = document.sla.businessHours.timeZone;
      const { rows } = await sql<TeamRow>`
        select s.team_id, s.owner_id, u.display_name as owner_name, count(*)::int as n, min(s.last_activity_at) as oldest
        from (${staleSource(ctx, SYSTEM, threshold, {})}) s
        left join users u on u.id = s.owner_id
        where s.team_id is not null
        group by s.team_id, s.owner_id, u.display_name
        order by s.team_id, n desc`.execute(ctx.db);
      const teams = await ctx.db
        .selectFrom('teams')
        .innerJoin('users', 'users.id', 'teams.supervisor_id')
        .select(['teams.id', 'teams.name', 'teams.supervisor_id'])
        .where('users.active', '=', true)
        .execute();
      const byTeam = new Map<string, TeamRow[]>();
      for (const r of rows) byTeam.set(r.team_id, [...(byTeam.get(r.team_id) ?? []), r]);
      return ctx.db.transaction().execute(async (trx) => {
        const summary = teams.map((t) => ({ teamId: t.id, count: (byTeam.get(t.id) ?? []).reduce((s, r) => s + Number(r.n), 0) }));
        if (!(await ctx.scheduler.claimSlot(trx, 'stale-digest', slot.date, { teams: summary }))) return 0;
        let sent = 0;
        for (const team of teams) {
          const reps = byTeam.get(team.id) ?? [];
          const count = reps.reduce((s, r) => s + Number(r.n), 0);
          if (count === 0) continue;
          const title = `昨日断点清单（${slot.date}）：${team.name} ${count} 条超 ${hours} 小时未更新`;
          const link = `/reports/stale?teamId=${team.id}`;
          const table = {
            columns: ['销售', '断点数', '最久未更新'],
            rows: reps.map((r) => [r.owner_name ?? '公海（未分配）', String(r.n), formatLocal(r.oldest, tz)]),
          };
          await ctx.notifier.toInbox(trx, [
            {
              userId: team.supervisor_id!,
              dedupeKey: `stale-digest:${slot.date}:${team.id}`,
              notice: {
                kind: 'report.stale',
                severity: 'warning',
                title,
                body: reps.map((r) => `${r.owner_name ?? '公海'}：${r.n} 条`).join('；'),
                link,
                data: { teamId: team.id, date: slot.date, count },
              },
            },
          ]);
          await ctx.notifier.toTeamChannels(
            trx,
            [team.id],
            {
              title,
              severity: 'warning',
              lines: [`晨会前请逐条确认下一步动作。规则：进行中的线索/商机超过 ${hours} 小时无更新。`],
              table,
              link: { label: '查看完整清单', url: ctx.notifier.absoluteLink(link)! },
            },
            `stale-digest:${slot.date}`,
          );
          sent += 1;
        }
        return sent;
      });
    },
  };
}
