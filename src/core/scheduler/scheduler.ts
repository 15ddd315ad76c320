import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Transaction } from 'kysely';
import type { CalendarService } from '../calendar/calendar.service.js';
import { latestWorkingDayAt } from '../calendar/working-time.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/connect.js';
import { withDatabaseUse } from '../db/request-use.js';
import type { DB } from '../db/schema.js';
import type { TimeRule } from './time-rule.js';

/** A daily slot missed because no node was running is still run if it is at most this old. */
const DAILY_CATCH_UP_MS = 12 * 3_600_000;

export interface RuleStatus {
  id: string;
  name: string;
  kind: TimeRule['kind'];
  lastRunAt: string | null;
  lastResult: number | null;
  lastError: string | null;
  /** How long the last run took here (wall clock, ms), null before the first. */
  lastDurationMs: number | null;
}

/** How late a rule ran (for monitoring). */
export interface RuleTiming {
  id: string;
  kind: TimeRule['kind'];
  /** When its last run started (app clock), null before the first. */
  lastStartedAt: Date | null;
  /**
   * How late that run started: a sweep after the tick it was due at (previous start + interval),
   * a daily rule after its slot's local time.
   */
  lastLagMs: number;
  lastDurationMs: number;
  failures: number;
}

export class Scheduler {
  readonly nodeId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly rules: TimeRule[] = [];
  private readonly status = new Map<string, RuleStatus>();
  private readonly timing = new Map<string, RuleTiming>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<Record<string, number>> | null = null;
  /** The tick interval while started (null: ticks are driven by hand, e.g. by the time machine). */
  private intervalMs: number | null = null;
  private stopping = false;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly log: FastifyBaseLogger,
  ) {}

  register(rule: TimeRule): void {
    if (this.rules.some((r) => r.id === rule.id)) throw new Error(`Time rule ${rule.id} is registered twice`);
    this.rules.push(rule);
    this.status.set(rule.id, { id: rule.id, name: rule.name, kind: rule.kind, lastRunAt: null, lastResult: null, lastError: null, lastDurationMs: null });
    this.timing.set(rule.id, { id: rule.id, kind: rule.kind, lastStartedAt: null, lastLagMs: 0, lastDurationMs: 0, failures: 0 });
  }

  list(): RuleStatus[] {
    return [...this.status.values()];
  }

  /** Whether this node runs the time rules on its own (SCHEDULER on and started). */
  get started(): boolean {
    return this.intervalMs !== null;
  }

  /**
   * How late each rule is: the lag of its last run, or, for a sweep whose next tick is overdue (a
   * stuck scheduler), how long overdue it is now.
   */
  lag(now: Date = this.clock.now()): { id: string; kind: TimeRule['kind']; lagMs: number; lastStartedAt: Date | null; failures: number }[] {
    return [...this.timing.values()].map((t) => {
      let lagMs = t.lastLagMs;
      if (t.kind === 'sweep' && this.intervalMs !== null && t.lastStartedAt)
        lagMs = Math.max(lagMs, now.getTime() - (t.lastStartedAt.getTime() + t.lastDurationMs + this.intervalMs));
      return { id: t.id, kind: t.kind, lagMs: Math.max(0, lagMs), lastStartedAt: t.lastStartedAt, failures: t.failures };
    });
  }

  /** Runs every rule that is due now; overlapping calls wait for the running tick. */
  async tick(): Promise<Record<string, number>> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.runAll();
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  private async runAll(): Promise<Record<string, number>> {
    const fired: Record<string, number> = {};
    for (const rule of this.rules) {
      // Shutting down: the rule running now finishes (its transaction commits), no further one starts.
      if (this.stopping) break;
      const status = this.status.get(rule.id)!;
      const timing = this.timing.get(rule.id)!;
      const started = this.clock.now();
      const wallStart = Date.now();
      if (rule.kind === 'sweep') {
        const due =
          timing.lastStartedAt && this.intervalMs !== null ? timing.lastStartedAt.getTime() + timing.lastDurationMs + this.intervalMs : started.getTime();
        timing.lastLagMs = Math.max(0, started.getTime() - due);
      }
      timing.lastStartedAt = started;
      try {
        // Each rule is its own unit of work for the embedded database's connection hand-out.
        const count = await withDatabaseUse(() => (rule.kind === 'sweep' ? rule.run(this.clock.now()) : this.runDaily(rule, timing)));
        fired[rule.id] = count;
        Object.assign(status, { lastRunAt: this.clock.now().toISOString(), lastResult: count, lastError: null });
      } catch (error) {
        // One failing rule must not stop the others; it is retried on the next tick.
        Object.assign(status, { lastRunAt: this.clock.now().toISOString(), lastError: String(error) });
        timing.failures += 1;
        this.log.error({ err: error, rule: rule.id }, 'time rule failed');
      } finally {
        timing.lastDurationMs = Date.now() - wallStart;
        status.lastDurationMs = timing.lastDurationMs;
      }
    }
    return fired;
  }

  private async runDaily(rule: Extract<TimeRule, { kind: 'daily' }>, timing: RuleTiming): Promise<number> {
    const now = this.clock.now();
    const cal = await this.calendar.current();
    const slot = latestWorkingDayAt(now, await rule.at(), cal.isWorkingDay, cal.hours.timeZone);
    if (!slot || now.getTime() - slot.at.getTime() > DAILY_CATCH_UP_MS) return 0;
    const done = await this.db
      .selectFrom('job_runs')
      .select('slot')
      .where('job', '=', rule.id)
      .where('slot', '=', rule.slotOf?.(slot.date) ?? slot.date)
      .executeTakeFirst();
    if (done) return 0;
    timing.lastLagMs = Math.max(0, now.getTime() - slot.at.getTime());
    return rule.run({ date: slot.date, at: slot.at, now });
  }

  /**
   * Claims a daily slot inside the rule's transaction: the first node inserts the row and does the
   * work; a concurrent node blocks on the key until that commits, then finds it taken.
   */
  async claimSlot(trx: Transaction<DB>, job: string, slot: string, result: unknown): Promise<boolean> {
    const inserted = await trx
      .insertInto('job_runs')
      .values({ job, slot, node: this.nodeId, started_at: this.clock.now(), finished_at: this.clock.now(), result: JSON.stringify(result ?? null) })
      .onConflict((oc) => oc.columns(['job', 'slot']).doNothing())
      .returning('slot')
      .execute();
    return inserted.length === 1;
  }

  start(intervalMs: number): void {
    this.intervalMs = intervalMs;
    const run = () => {
      if (this.running) return;
      this.tick().catch((error) => this.log.error({ err: error }, 'scheduler tick failed'));
    };
    this.timer = setInterval(run, intervalMs);
    this.timer.unref();
    setImmediate(run);
  }

  /**
   * Stops ticking: the rule running now finishes (each sweep batch and daily slot is one
   * transaction, committed or rolled back whole), the rest of the tick is left to the next node.
   */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.intervalMs = null;
    this.stopping = true;
    try {
      while (this.running) await this.running.catch(() => undefined);
    } finally {
      this.stopping = false;
    }
  }
}
