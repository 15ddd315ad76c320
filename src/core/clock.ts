/** The one source of business time. Everything that stamps or compares times asks a Clock. */
export interface Clock {
  now(): Date;
}

export interface ClockState {
  offsetMs: number;
  frozenAt: number | null;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that runs with real time plus a movable offset. Used by tests (fixed start, moved by
 * hand) and by the time machine (TIME_MACHINE=1) that lets an admin move the app forward.
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  private frozenAt: number | null;

  constructor(options: { start?: Date; frozen?: boolean } = {}) {
    if (options.start) this.offsetMs = options.start.getTime() - Date.now();
    this.frozenAt = options.frozen ? (options.start ?? new Date()).getTime() : null;
  }

  now(): Date {
    if (this.frozenAt !== null) return new Date(this.frozenAt);
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): Date {
    if (this.frozenAt !== null) this.frozenAt += ms;
    else this.offsetMs += ms;
    return this.now();
  }

  set(at: Date): void {
    if (this.frozenAt !== null) this.frozenAt = at.getTime();
    else this.offsetMs = at.getTime() - Date.now();
  }

  /** What another node needs to run the same clock (the time machine stores it in the database). */
  state(): ClockState {
    return { offsetMs: this.offsetMs, frozenAt: this.frozenAt };
  }

  apply(state: ClockState): void {
    if (this.frozenAt !== null && state.frozenAt !== null) this.frozenAt = state.frozenAt;
    else if (this.frozenAt === null) this.offsetMs = state.offsetMs;
  }
}
