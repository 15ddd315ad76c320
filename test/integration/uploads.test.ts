import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

/** A 1×1 PNG: what a phone photo starts with, whatever type the browser claims. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

describe('uploads: type from content, per-user quota, purge of unattached files, downloads as attachments', () => {
  let t: TestApp;
  let rep1: Client;
  let rep2: Client;
  let org: Awaited<ReturnType<typeof createOrg>>;

  beforeAll(async () => {
    // 0.002 MB = 2,097 bytes per user.
    t = await createTestApp({ env: { UPLOAD_QUOTA_MB: '0.002' } });
    org = await createOrg(t);
    [rep1, rep2] = await Promise.all([org.as('rep1'), org.as('rep2')]);
  });
  afterAll(() => t.close());

  const storedPath = async (id: string) => {
    const row = await t.ctx.db.selectFrom('files').select('storage_path').where('id', '=', id).executeTakeFirstOrThrow();
    return path.join(t.dataDir, 'files', row.storage_path);
  };

  it('detects the type from the bytes, never from what the client claims', async () => {
    const html = await rep1.upload('<html><script>alert(document.cookie)</script></html>', 'invoice.html', 'other', 'image/png');
    expect(html.status).toBe(201);
    expect(html.body.mime).toBe('text/plain; charset=utf-8');
    const png = await rep1.upload(PNG, 'site.png', 'photo', 'text/html');
    expect(png.status).toBe(201);
    expect(png.body.mime).toBe('image/png');

    const download = await rep1.get(`/files/${html.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="invoice.html"; filename\*=UTF-8''invoice\.html$/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toContain('sandbox');
  });

  it('keeps file names free of paths and control characters', async () => {
    const r = await rep2.upload('x', '..\\..\\secrets/../報告\u0007.txt', 'other');
    expect(r.status).toBe(201);
    expect(r.body.name).toBe('報告.txt');
    const nul = await rep2.upload('x', 'a.txt', 'other\u0000');
    expect(nul.status).toBe(400);
    expect(nul.body.error).toMatchObject({ code: 'VALIDATION', details: { issues: [{ in: 'body', path: 'kind', code: 'invalid_text_nul' }] } });
  });

  it('refuses an upload over the user’s quota and keeps nothing of it', async () => {
    const before = fs.readdirSync(path.join(t.dataDir, 'files'), { recursive: true }).length;
    const big = Buffer.alloc(1500, 'a');
    expect((await rep2.upload(big, 'a.txt', 'other')).status).toBe(201);
    const over = await rep2.upload(big, 'b.txt', 'other');
    expect(over.status).toBe(413);
    expect(over.body.error.code).toBe('UPLOAD_QUOTA_EXCEEDED');
    expect(over.body.error.message).toMatch(/^上传空间已满/);
    const files = await t.ctx.db.selectFrom('files').select('name').where('uploaded_by', '=', org.ids.rep2).execute();
    expect(files.map((f) => f.name).sort()).toEqual(['a.txt', '報告.txt']);
    // The refused bytes were removed from the disk too (one new file: a.txt).
    expect(fs.readdirSync(path.join(t.dataDir, 'files'), { recursive: true }).length).toBe(before + 1);
    // Another user has a quota of their own.
    expect((await rep1.upload(big, 'c.txt', 'other')).status).toBe(201);
  });

  it('purges uploads no record took within 24 hours, with their bytes; attached evidence stays', async () => {
    const customer = await rep1.post('/customers', { name: '清理测试客户', type: 'B2B', grade: 'C', region: '华东' });
    const attached = await rep1.upload('通话记录', 'call.txt', 'recording');
    const followup = await rep1.post('/followups', {
      targetType: 'customer',
      targetId: customer.body.id,
      channel: 'phone',
      valueTag: 'needs_discovery',
      content: '电话确认了需求',
      attachmentIds: [attached.body.id],
    });
    expect(followup.status).toBe(201);
    const orphan = await rep1.upload('忘了用的文件', 'orphan.txt', 'other');
    const orphanPath = await storedPath(orphan.body.id);
    expect(fs.existsSync(orphanPath)).toBe(true);

    t.clock.advance(23 * 3600_000);
    await t.ctx.scheduler.tick();
    expect((await rep1.get(`/files/${orphan.body.id}/meta`)).status).toBe(200);

    t.clock.advance(3600_000 + 60_000);
    await t.ctx.scheduler.tick();
    expect((await rep1.get(`/files/${orphan.body.id}/meta`)).status).toBe(404);
    expect(fs.existsSync(orphanPath)).toBe(false);
    expect((await rep1.get(`/files/${attached.body.id}/meta`)).status).toBe(200);
    expect(fs.existsSync(await storedPath(attached.body.id))).toBe(true);
    const audit = await t.admin.get(`/audit?entityType=file&entityId=${orphan.body.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toContain('file.purge');
    // A purge frees the quota it used.
    const used = await t.ctx.db.selectFrom('files').select('id').where('uploaded_by', '=', org.ids.rep1).execute();
    expect(used.map((f) => f.id)).toContain(attached.body.id);
  });
  it('keeps every file a record holds: site photos, and files stored before attachment was recorded', async () => {
    const customer = await rep2.post('/customers', { name: '现场照片客户', type: 'B2B', grade: 'C', region: '华东' });
    const photo = await rep2.upload(PNG, 'room.png', 'photo');
    expect((await rep2.post(`/customers/${customer.body.id}/site-photos`, { fileId: photo.body.id })).status).toBe(201);
    const row = await t.ctx.db.selectFrom('files').select('attached_at').where('id', '=', photo.body.id).executeTakeFirstOrThrow();
    expect(row.attached_at).not.toBeNull();

    // A file stored by an earlier release: attached to a follow-up, without `attached_at`.
    const evidence = await rep2.upload('拜访纪要', 'visit.txt', 'recording');
    const followup = await rep2.post('/followups', {
      targetType: 'customer',
      targetId: customer.body.id,
      channel: 'phone',
      valueTag: 'needs_discovery',
      content: '确认了安装环境',
      attachmentIds: [evidence.body.id],
    });
    expect(followup.status).toBe(201);
    await t.ctx.db.updateTable('files').set({ attached_at: null }).where('id', 'in', [evidence.body.id, photo.body.id]).execute();
    const orphan = await rep2.upload('没用上的', 'orphan2.txt', 'other');

    t.clock.advance(25 * 3600_000);
    const fired = await t.ctx.scheduler.tick();
    expect(fired['files-unattached-purge']).toBe(1);
    expect((await rep2.get(`/files/${orphan.body.id}/meta`)).status).toBe(404);
    for (const id of [evidence.body.id, photo.body.id]) {
      expect((await rep2.get(`/files/${id}/meta`)).status).toBe(200);
      const kept = await t.ctx.db.selectFrom('files').select(['attached_at', 'created_at']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(kept.attached_at).toEqual(kept.created_at);
    }
    // Nothing is left for the rule to look at.
    const waiting = await t.ctx.db.selectFrom('files').select('id').where('attached_at', 'is', null).execute();
    expect(waiting).toEqual([]);
  });
});
