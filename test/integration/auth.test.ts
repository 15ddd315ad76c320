import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { ADMIN_PASSWORD, Client, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let org: Awaited<ReturnType<typeof createOrg>>;
beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t);
});
afterAll(() => t.close());

describe('authentication', () => {
  it('refuses wrong credentials with a localised 401', async () => {
    const zh = await t.anonymous.post('/auth/login', { username: 'admin', password: 'wrong' });
    expect(zh.status).toBe(401);
    expect(zh.body.error).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    const en = await t.anonymous.post('/auth/login', { username: 'nobody', password: 'x' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.body.error.message).toBe('Invalid username or password');
  });

  it('sets an http-only session cookie and returns a CSRF token', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: ADMIN_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(JSON.parse(response.body).csrfToken).toMatch(/.{20,}/);
  });

  it('requires sign-in for every API route', async () => {
    for (const url of ['/me', '/leads', '/customers', '/opportunities', '/playbook', '/teams', '/users', '/audit']) {
      const r = await t.anonymous.get(url);
      expect(r.status, url).toBe(401);
      expect(r.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses cookie-authenticated writes without the CSRF token', async () => {
    const r = await t.admin.post('/teams', { name: 'X', region: '华北' }, { 'x-csrf-token': 'forged' });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('CSRF');
    const teams = await t.admin.get('/teams');
    expect(teams.body.items.map((x: { name: string }) => x.name)).not.toContain('X');
  });

  it('accepts API tokens without CSRF and enforces their scopes', async () => {
    const created = await t.admin.post('/tokens', { name: 'ERP', scopes: ['read'] });
    expect(created.status).toBe(201);
    const reader = new Client(t.app, { bearer: created.body.token });
    expect((await reader.get('/me')).body.username).toBe('admin');
    const write = await reader.post('/teams', { name: 'Y', region: '华北' });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('TOKEN_SCOPE');
    const writerToken = await t.admin.post('/tokens', { name: 'ERP-w', scopes: ['read', 'write'] });
    const writer = new Client(t.app, { bearer: writerToken.body.token });
    expect((await writer.post('/teams', { name: 'Z', region: '华北' })).status).toBe(201);
    expect((await t.admin.delete(`/tokens/${writerToken.body.id}`)).status).toBe(204);
    expect((await writer.get('/me')).status).toBe(401);
  });

  it('applies the data scope to API tokens too', async () => {
    const token = await t.admin.post('/tokens', { name: 'rep token', scopes: ['read', 'write'], userId: org.ids.rep3 });
    const client = new Client(t.app, { bearer: token.body.token });
    const rep1 = await org.as('rep1');
    const lead = await rep1.post('/leads', { name: '甲', type: 'B2B', region: '华东', productLine: '工业设备' });
    expect((await client.get(`/leads/${lead.body.id}`)).status).toBe(404);
  });

  it('tells the signed-in user what their role may do', async () => {
    const admin = await t.admin.get('/me');
    expect(admin.body.permissions).toEqual(expect.arrayContaining(['org:manage', 'records:write', 'system:operate']));
    const rep = await (await org.as('rep1')).get('/me');
    expect(rep.body.permissions).toEqual(['records:write']);
    const supervisor = await (await org.as('sup1')).get('/me');
    expect(supervisor.body.permissions).toEqual(['records:write', 'leads:assign', 'leads:import', 'quotes:approve']);
  });

  it('lets only admins manage users and teams', async () => {
    const rep = await org.as('rep1');
    expect((await rep.post('/teams', { name: 'T', region: '华东' })).status).toBe(403);
    expect((await rep.post('/users', { username: 'u9', password: PASSWORD, displayName: 'u9', role: 'admin' })).status).toBe(403);
    expect((await rep.patch(`/users/${org.ids.rep1}`, { role: 'admin' })).status).toBe(403);
  });

  it('ends sessions of a deactivated user', async () => {
    const rep = await org.as('rep2');
    expect((await rep.get('/me')).status).toBe(200);
    await t.admin.patch(`/users/${org.ids.rep2}`, { active: false });
    expect((await rep.get('/me')).status).toBe(401);
    expect((await t.anonymous.post('/auth/login', { username: 'rep2', password: PASSWORD })).status).toBe(401);
  });

  it('rate-limits repeated login attempts', async () => {
    let last = 0;
    for (let i = 0; i < 12; i++) last = (await t.anonymous.post('/auth/login', { username: 'sup2', password: 'bad' })).status;
    expect(last).toBe(429);
  });

  it('rejects malformed input with a localised validation error and changes nothing', async () => {
    const r = await t.admin.post('/users', { username: 'x', password: 'short', displayName: '', role: 'king' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION');
    expect(r.body.error.details.issues.length).toBeGreaterThanOrEqual(3);
    const en = await t.admin.post('/users', { username: 'x' }, { 'accept-language': 'en' });
    expect(en.body.error.message).toMatch(/^Invalid input/);
    const users = await t.admin.get('/users');
    expect(users.body.items.some((u: { username: string }) => u.username === 'x')).toBe(false);
  });
});
