import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/connect.js';

/**
 * Sign-in throttling, kept in the database so every app node agrees:
 * - per account: after `accountFailures` failures for one username within `windowMs`, every
 *   further attempt for that username is refused for a lock-out that doubles each time it is
 *   earned again (15 min, 30 min, 1 h … up to a day), whatever address it comes from, until it
 *   passes or an admin unlocks the account;
 * - per address: after `addressFailures` failures from one address within the window, that
 *   address is refused (password spraying); fewer never block another account's correct password.
 * Unknown usernames count like real ones, so throttling does not reveal which accounts exist.
 */
export const THROTTLE_POLICY = {
  windowMs: 15 * 60_000,
  accountFailures: 10,
  addressFailures: 50,
  maxLockMs: 24 * 3600_000,
} as const;

export type ThrottleDecision = { allowed: true } | { allowed: false; scope: 'account' | 'address'; retryAfterSeconds: number };

/** How long the n-th consecutive lock-out (level 0, 1, 2 …) lasts. Pure. */
export function lockDuration(level: number, policy = THROTTLE_POLICY): number {
  return Math.min(policy.windowMs * 2 ** Math.max(0, level), policy.maxLockMs);
}

export const usernameKey = (username: string) => username.trim().toLowerCase();

export class LoginThrottle {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy = THROTTLE_POLICY,
  ) {}

  /** Whether an attempt for `username` from `address` may be checked at all. */
  async check(username: string, address: string): Promise<ThrottleDecision> {
    const now = this.clock.now();
    const key = usernameKey(username);
    const lock = await this.db.selectFrom('auth_lockouts').select('locked_until').where('username', '=', key).executeTakeFirst();
    if (lock && lock.locked_until.getTime() > now.getTime()) {
      return { allowed: false, scope: 'account', retryAfterSeconds: Math.ceil((lock.locked_until.getTime() - now.getTime()) / 1000) };
    }
    const since = new Date(now.getTime() - this.policy.windowMs);
    const { rows } = await sql<{ n: number; oldest: Date | null }>`
      select count(*)::int as n, min(at) as oldest from (
        select at from auth_failures where address = ${address} and at > ${since} order by at desc limit ${this.policy.addressFailures}
      ) recent`.execute(this.db);
    const recent = rows[0];
    if (recent && Number(recent.n) >= this.policy.addressFailures && recent.oldest) {
      // Refused until the oldest of the counted failures leaves the window.
      const until = new Date(recent.oldest).getTime() + this.policy.windowMs;
      return { allowed: false, scope: 'address', retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
    }
    return { allowed: true };
  }

  /**
   * Records a failure; returns the lock-out it started, if this failure was the one too many.
   * `reason`: 'password' (sign-in) or 'current_password' (a password change).
   */
  async recordFailure(username: string, address: string, reason: string): Promise<{ lockedUntil: Date } | null> {
    const now = this.clock.now();
    const key = usernameKey(username);
    const inserted = await this.db.insertInto('auth_failures').values({ username: key, address, reason, at: now }).returning('id').executeTakeFirstOrThrow();
    const state = await this.db.selectFrom('auth_lockouts').selectAll().where('username', '=', key).executeTakeFirst();
    // Failures count within the window, and only since the account's last lock-out, sign-in or unlock.
    const count = await this.db
      .selectFrom('auth_failures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('username', '=', key)
      .where('at', '>', new Date(now.getTime() - this.policy.windowMs))
      .where('id', '>', Number(state?.failures_after ?? 0))
      .executeTakeFirstOrThrow();
    if (Number(count.n) < this.policy.accountFailures) return null;
    return this.db.transaction().execute(async (trx) => {
      const previous = await trx.selectFrom('auth_lockouts').selectAll().where('username', '=', key).forUpdate().executeTakeFirst();
      if (previous && previous.locked_until.getTime() > now.getTime()) return { lockedUntil: previous.locked_until };
      // A lock-out earned again within a day of the last one lasts twice as long.
      const wasLocked = previous && previous.locked_until.getTime() > previous.updated_at.getTime();
      const level = wasLocked && now.getTime() - previous.locked_until.getTime() < this.policy.maxLockMs ? previous.level + 1 : 0;
      const lockedUntil = new Date(now.getTime() + lockDuration(level, this.policy));
      const row = { locked_until: lockedUntil, level, failures_after: Number(inserted.id), updated_at: now };
      await trx
        .insertInto('auth_lockouts')
        .values({ username: key, ...row })
        .onConflict((oc) => oc.column('username').doUpdateSet(row))
        .execute();
      return { lockedUntil };
    });
  }

  /** A correct password starts the account's count afresh (the address's failures still count). */
  async recordSuccess(username: string): Promise<void> {
    await this.reset(usernameKey(username));
  }

  /** An admin lifts a lock-out at once. Returns whether the account was locked. */
  async unlock(username: string): Promise<boolean> {
    const key = usernameKey(username);
    const lock = await this.db.selectFrom('auth_lockouts').select('locked_until').where('username', '=', key).executeTakeFirst();
    await this.reset(key);
    return Boolean(lock && lock.locked_until.getTime() > this.clock.now().getTime());
  }

  private async reset(key: string): Promise<void> {
    const now = this.clock.now();
    const last = await this.db
      .selectFrom('auth_failures')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    // locked_until = updated_at: not locked, no lock-out to grow from; earlier failures no longer count.
    const row = { locked_until: now, level: 0, failures_after: Number(last?.id ?? 0), updated_at: now };
    await this.db
      .insertInto('auth_lockouts')
      .values({ username: key, ...row })
      .onConflict((oc) => oc.column('username').doUpdateSet(row))
      .execute();
  }

  /** Forgets failures older than the window; each one is in the audit log. */
  async purge(now: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('auth_failures')
      .where('at', '<', new Date(now.getTime() - this.policy.windowMs))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
