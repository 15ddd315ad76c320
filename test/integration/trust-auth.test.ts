import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Replays the sign-in attacks: brute force on one account from rotating addresses, password
 * spraying from one address, spoofed X-Forwarded-For, guessing through the password change, weak
 * passwords, sessions that outlive a password change, and a second tab without its CSRF token.
 */

const MINUTE = 60_000;

describe('sign-in throttling and sessions', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, address = '127.0.0.1', headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: address, headers });

  const auditOf = async (action: string) => {
    const r = await t.admin.get(`/audit?entityType=user&pageSize=200`);
    return (r.body.items as { action: string; data: Record<string, unknown> }[]).filter((e) => e.action === action);
  };

  it('locks an account after 10 failures whatever address they come from, with a growing Retry-After, until the window passes', async () => {
    for (let i = 0; i < 10; i++) {
      // A different (spoofed) address for every guess changes nothing: the account is what counts.
      const r = await login('rep1', `wrong-guess-${i}`, `10.0.0.${i + 1}`, { 'x-forwarded-for': `203.0.113.${i}` });
      expect(r.statusCode).toBe(401);
    }
    const refused = await login('rep1', PASSWORD, '10.9.9.9');
    expect(refused.statusCode).toBe(429);
    expect(JSON.parse(refused.body).error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBe(15 * 60);

    // The failures are audited with their address; so is the refused attempt.
    const failed = await auditOf('auth.login_failed');
    expect(failed.filter((e) => e.data.username === 'rep1')).toHaveLength(10);
    expect(failed.map((e) => e.data.address)).toContain('10.0.0.3');
    expect((await auditOf('auth.throttled')).some((e) => e.data.username === 'rep1' && e.data.address === '10.9.9.9')).toBe(true);

    // Once the lock-out has passed, guesses are checked again; earned again the same day, the
    // next lock-out lasts twice as long.
    t.clock.advance(15 * MINUTE + 1000);
    for (let i = 0; i < 10; i++) expect((await login('rep1', 'again-wrong', `10.1.0.${i + 1}`)).statusCode).toBe(401);
    const second = await login('rep1', PASSWORD);
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBe(30 * 60);
    t.clock.advance(30 * MINUTE + 1000);
    expect((await login('rep1', PASSWORD)).statusCode).toBe(200);
  });

  it('an admin unlocks the account at once, audited', async () => {
    for (let i = 0; i < 10; i++) expect((await login('rep1', 'third-wrong')).statusCode).toBe(401);
    expect((await login('rep1', PASSWORD)).statusCode).toBe(429);
    const r = await t.admin.post(`/users/${org.ids.rep1}/unlock`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ username: 'rep1', wasLocked: true });
    expect((await login('rep1', PASSWORD)).statusCode).toBe(200);
    expect((await auditOf('user.unlock')).some((e) => e.data.username === 'rep1')).toBe(true);
    const rep2 = await org.as('rep2');
    expect((await rep2.post(`/users/${org.ids.rep1}/unlock`)).status).toBe(403);
  });

  it('limits password spraying per address without blocking another account before 50 failures', async () => {
    const sprayer = '198.51.100.7';
    // 49 failures spread over many (partly unknown) accounts: under every account's limit.
    for (let i = 0; i < 49; i++) expect((await login(`spray-${i % 7}-${i}`, 'Winter2026!', sprayer)).statusCode).toBe(401);
    expect((await login('rep2', PASSWORD, sprayer)).statusCode).toBe(200);
    expect((await login('nobody-here', 'Winter2026!', sprayer)).statusCode).toBe(401);
    // The 50th failure closes the address, for every account, but not other addresses.
    const closed = await login('rep2', PASSWORD, sprayer);
    expect(closed.statusCode).toBe(429);
    expect(JSON.parse(closed.body).error.details).toMatchObject({ scope: 'address' });
    expect(Number(closed.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login('rep2', PASSWORD, '198.51.100.8')).statusCode).toBe(200);
    t.clock.advance(15 * MINUTE + 1000);
    expect((await login('rep2', PASSWORD, sprayer)).statusCode).toBe(200);
  });

  it('believes X-Forwarded-For only from proxies TRUST_PROXY names', async () => {
    const behind = await createTestApp({ database: t.database, clock: t.clock, env: { TRUST_PROXY: '127.0.0.1' } });
    try {
      const r = await behind.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'ghost-user', password: 'nope-nope-nope' },
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': '192.0.2.44' },
      });
      expect(r.statusCode).toBe(401);
      // Without TRUST_PROXY the header is ignored and the socket address counts.
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'ghost-user-2', password: 'nope-nope-nope' },
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': '192.0.2.45' },
      });
      const failed = await auditOf('auth.login_failed');
      expect(failed.find((e) => e.data.username === 'ghost-user')?.data.address).toBe('192.0.2.44');
      expect(failed.find((e) => e.data.username === 'ghost-user-2')?.data.address).toBe('127.0.0.1');
    } finally {
      await behind.close();
    }
  });

  it('throttles guessing through the current-password check of PATCH /me', async () => {
    const rep3 = await org.as('rep3');
    for (let i = 0; i < 10; i++) {
      const r = await rep3.patch('/me', { password: { current: `guess-${i}`, next: 'Another-Strong-Pass-77' } });
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('WRONG_PASSWORD');
    }
    const refused = await rep3.patch('/me', { password: { current: PASSWORD, next: 'Another-Strong-Pass-77' } });
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    // The lock-out is the account's: signing in is refused too.
    expect((await login('rep3', PASSWORD)).statusCode).toBe(429);
    expect((await t.admin.post(`/users/${org.ids.rep3}/unlock`)).status).toBe(200);
  });

  it('refuses weak passwords with 422 WEAK_PASSWORD and a localised reason', async () => {
    const cases: [string, string][] = [
      ['aaaaaaaaaa', 'guessable'],
      ['12345678', 'too_short'],
      ['password123', 'common'],
      ['weakling-weakling', 'personal'],
    ];
    for (const [password, reason] of cases) {
      const r = await t.admin.post('/users', { username: 'weakling', password, displayName: '弱密码', role: 'sales' });
      expect(r.status, password).toBe(422);
      expect(r.body.error).toMatchObject({ code: 'WEAK_PASSWORD', details: { reason } });
      expect(r.body.error.message).toMatch(/^密码强度不足：/);
    }
    const en = await t.admin.post('/users', { username: 'weakling', password: '12345678', displayName: 'Weak', role: 'sales' }, { 'accept-language': 'en' });
    expect(en.body.error.message).toBe('The password is too weak: it needs at least 10 characters');
    expect((await t.admin.get('/users')).body.items.some((u: { username: string }) => u.username === 'weakling')).toBe(false);
    // The same policy for a password reset and for one's own change.
    expect((await t.admin.patch(`/users/${org.ids.rep2}`, { password: 'qwertyuiop' })).status).toBe(422);
    const rep2 = await org.as('rep2');
    expect((await rep2.patch('/me', { password: { current: PASSWORD, next: 'rep2rep2rep2' } })).body.error.code).toBe('WEAK_PASSWORD');
  });

  it('a password change ends every other session of the user at once; the current one stays', async () => {
    const first = await org.as('sup1');
    const second = await org.as('sup1');
    expect((await second.get('/me')).status).toBe(200);
    const changed = await first.patch('/me', { password: { current: PASSWORD, next: 'Brand-New-Lantern-88' } });
    expect(changed.status).toBe(200);
    expect((await first.get('/me')).status).toBe(200);
    expect((await second.get('/me')).status).toBe(401);

    // An admin's reset ends all of that user's sessions.
    const again = await t.login('sup1', 'Brand-New-Lantern-88');
    expect((await t.admin.patch(`/users/${org.ids.sup1}`, { password: PASSWORD })).status).toBe(200);
    expect((await again.get('/me')).status).toBe(401);
    expect((await first.get('/me')).status).toBe(401);
  });

  it('GET /me hands a new tab the session CSRF token, so writes work there', async () => {
    const response = await login('director', PASSWORD);
    const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const issued = JSON.parse(response.body).csrfToken as string;
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(JSON.parse(me.body).csrfToken).toBe(issued);
    const write = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie, 'x-csrf-token': issued }, payload: { locale: 'en' } });
    expect(write.statusCode).toBe(200);
  });

  it('shows a rep their own team and the managers above it, not the whole directory', async () => {
    const rep1 = await org.as('rep1');
    const names = ((await rep1.get('/users')).body.items as { username: string }[]).map((u) => u.username).sort();
    expect(names).toEqual(['delivery', 'director', 'mgr_east', 'rep1', 'rep2', 'sup1']);
    const sup1 = await org.as('sup1');
    expect(((await sup1.get('/users')).body.items as unknown[]).length).toBeGreaterThan(names.length);
  });
});
