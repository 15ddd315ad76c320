/**
 * A time rule is declared once and the scheduler makes it fire: sweeps run on every tick and act
 * on whatever has become due (each state change is a conditional update, so two nodes can never
 * fire the same deadline twice); daily rules run once per working day at a local time, claimed
 * through the `job_runs` table so exactly one node runs each day's slot.
 */
export interface SweepRule {
  kind: 'sweep';
  id: string;
  name: string;
  /** Acts on everything due at `now`; returns how many records fired. */
  run(now: Date): Promise<number>;
}

export interface DailyRule {
  kind: 'daily';
  id: string;
  name: string;
  /** Local 'HH:MM', usually read from the playbook. */
  at(): Promise<string>;
  /** The `job_runs` slot a day belongs to (default the day itself; a monthly rule names the month). */
  slotOf?(date: string): string;
  /** Runs the slot of `date` ('YYYY-MM-DD', local); `claim` must be called inside the rule's transaction. */
  run(slot: DailySlot): Promise<number>;
}

export interface DailySlot {
  date: string;
  at: Date;
  now: Date;
}

export type TimeRule = SweepRule | DailyRule;
