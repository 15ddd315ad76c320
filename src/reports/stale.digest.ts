import { sql } from 'kysely';
import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import type { DailyRule } from '../core/scheduler/time-rule.js';
import { formatLocal } from '../core/calendar/working-time.js';
import { textsIn } from '../core/i18n/catalogue.js';
import { noticeContent, noticeIn, type NoticeDataOf } from '../core/notifications/notice-text.js';
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
          const data: NoticeDataOf['report.stale'] = {
            teamId: team.id,
            teamName: team.name,
            date: slot.date,
            count,
            hours,
            reps: reps.map((r) => ({ name: r.owner_name, count: Number(r.n) })),
          };
          const link = `/reports/stale?teamId=${team.id}`;
          await ctx.notifier.toInbox(trx, [
            {
              userId: team.supervisor_id!,
              dedupeKey: `stale-digest:${slot.date}:${team.id}`,
              notice: { ...noticeContent('report.stale', data, tz), severity: 'warning', link },
            },
          ]);
          await ctx.notifier.toTeamChannels(
            trx,
            [team.id],
            (locale) => {
              const t = textsIn(locale);
              return {
                title: noticeIn(locale, 'report.stale', data, tz).title,
                severity: 'warning',
                lines: [t('bot.stale.hint', { hours })],
                table: {
                  columns: [t('bot.stale.rep'), t('bot.stale.count'), t('bot.stale.oldest')],
                  rows: reps.map((r) => [r.owner_name ?? t('bot.stale.pool'), String(r.n), formatLocal(r.oldest, tz)]),
                },
                link: { label: t('bot.stale.open'), url: ctx.notifier.absoluteLink(link)! },
              };
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
