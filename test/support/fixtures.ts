import { expect } from 'vitest';
import type { Client, TestApp } from './test-app.js';
import type { DB } from '../../src/core/db/schema.js';

export const PASSWORD = 'Lantern-Brisk-2026';

/** How many rows a table holds (the database's count, as a number on either database). */
export async function rowCount(t: TestApp, table: keyof DB): Promise<number> {
  const row = await t.ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Two regions with one team each: 华东一组 (supervisor sup1, reps rep1/rep2) and 华南一组
 * (supervisor sup2, rep3), a regional manager for 华东, a director and the other departments.
 */
export async function createOrg(t: TestApp) {
  const team = async (name: string, region: string) => {
    const r = await t.admin.post('/teams', { name, region });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const user = async (username: string, role: string, teamId: string | null) => {
    const r = await t.admin.post('/users', { username, password: PASSWORD, displayName: username, role, teamId });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const east = await team('华东一组', '华东');
  const south = await team('华南一组', '华南');
  const ids = {
    east,
    south,
    sup1: await user('sup1', 'supervisor', east),
    rep1: await user('rep1', 'sales', east),
    rep2: await user('rep2', 'sales', east),
    sup2: await user('sup2', 'supervisor', south),
    rep3: await user('rep3', 'sales', south),
    mgrEast: await user('mgr_east', 'regional_manager', east),
    director: await user('director', 'director', null),
    delivery: await user('delivery', 'delivery', east),
    finance: await user('finance', 'finance', null),
  };
  await t.admin.patch(`/teams/${east}`, { supervisorId: ids.sup1 });
  await t.admin.patch(`/teams/${south}`, { supervisorId: ids.sup2 });
  const as = (username: string): Promise<Client> => t.login(username, PASSWORD);
  return { ids, as };
}

export async function uploadEvidence(client: Client, kind = 'recording', name = 'call.txt') {
  const r = await client.upload(`evidence ${Math.random()}`, name, kind);
  expect(r.status).toBe(201);
  return r.body.id as string;
}

export const validStageFields = (now: Date) => ({
  painPoints: '产线换型时间过长，生产总监当面确认',
  competitorResponse: '对比德系竞品，强调本地化 24 小时服务',
  nextFollowUpAt: new Date(now.getTime() + 3 * 24 * 3600_000).toISOString(),
});

/** POST /leads/import with one file, as the browser's multipart upload sends it. */
export function importFile(client: Client, content: Buffer, filename: string, mime: string, headers: Record<string, string> = {}, url = '/leads/import') {
  const boundary = '----spmimport' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${mime}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', url, body, { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` });
}
