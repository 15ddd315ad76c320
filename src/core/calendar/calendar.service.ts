import { sql, type Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock.js';
import type { Database } from '../db/connect.js';
import type { DB } from '../db/schema.js';
import type { PlaybookService } from '../playbook/service.js';
import { baseDay, datesOfYear, hasOfficialData, type CalendarDay } from './official-days.js';
import { localParts, type BusinessHours, type IsWorkingDay } from './working-time.js';

// Overrides made on another app node reach this one within this time.
const OVERRIDES_TTL_MS = 30_000;

export interface WorkingCalendar {
  isWorkingDay: IsWorkingDay;
  hours: BusinessHours;
}

export const missingYearWarning = (year: number) => ({
  'zh-CN': `${year} 年的法定节假日安排尚未收录（国务院通常在上一年年底公布），暂按周一至周五计算工作日。公布后请升级系统，或在「工作日历」中手动维护节假日和调休。`,
  en: `The ${year} statutory holiday schedule is not available yet; working days fall back to Monday–Friday. Upgrade once it is published, or enter holidays and make-up days as calendar overrides.`,
});

/**
 * Chinese working days (official calendar + company overrides) and the playbook's business hours.
 * The official calendar is written into `calendar_days` so SQL reports can join it.
 */
export class CalendarService {
  private overrides = new Map<string, { working: boolean; note: string }>();
  private loadedAt = -Infinity;
  private readonly warnedYears = new Set<number>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly playbook: PlaybookService,
    private readonly log?: FastifyBaseLogger,
  ) {}

  /** Writes the years around now into the calendar table (idempotent; other nodes may run it too). */
  async precompute(years?: number[]): Promise<void> {
    const year = Number(localParts(this.clock.now(), 'Asia/Shanghai').date.slice(0, 4));
    for (const y of years ?? [year - 1, year, year + 1]) {
      const rows = datesOfYear(y).map((date) => {
        const day = baseDay(date);
        return { day: date, working: day.working, source: day.source, name: day.name };
      });
      await this.db
        .insertInto('calendar_days')
        .values(rows)
        .onConflict((oc) => oc.column('day').doUpdateSet({ working: sql`excluded.working`, source: sql`excluded.source`, name: sql`excluded.name` }))
        .execute();
    }
    await this.refresh(true);
  }

  async refresh(force = false, db: Kysely<DB> = this.db): Promise<void> {
    if (!force && Date.now() - this.loadedAt < OVERRIDES_TTL_MS) return;
    const rows = await db.selectFrom('calendar_overrides').select(['day', 'working', 'note']).execute();
    this.overrides = new Map(rows.map((r) => [r.day, { working: r.working, note: r.note }]));
    this.loadedAt = Date.now();
  }

  day(date: string): CalendarDay {
    const override = this.overrides.get(date);
    if (override) return { date, working: override.working, source: 'override', name: override.note };
    return baseDay(date);
  }

  /** A consistent snapshot for arithmetic: call once per operation (inside a transaction, pass it as `db`). */
  async current(db: Kysely<DB> = this.db): Promise<WorkingCalendar> {
    await this.refresh(false, db);
    const { document } = await this.playbook.active(db);
    const isWorkingDay: IsWorkingDay = (date) => {
      const year = Number(date.slice(0, 4));
      if (!this.overrides.has(date) && !hasOfficialData(year) && !this.warnedYears.has(year)) {
        this.warnedYears.add(year);
        this.log?.warn({ year }, missingYearWarning(year).en);
      }
      return this.day(date).working;
    };
    return { isWorkingDay, hours: document.sla.businessHours };
  }

  year(year: number): { year: number; official: boolean; days: CalendarDay[] } {
    return { year, official: hasOfficialData(year), days: datesOfYear(year).map((d) => this.day(d)) };
  }

  /** Years within the next `horizonDays` that have no official data. */
  missingYears(horizonDays = 60): number[] {
    const now = this.clock.now();
    const years = new Set([now, new Date(now.getTime() + horizonDays * 86_400_000)].map((d) => Number(localParts(d, 'Asia/Shanghai').date.slice(0, 4))));
    return [...years].filter((y) => !hasOfficialData(y));
  }
}
