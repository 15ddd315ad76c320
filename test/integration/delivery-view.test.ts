import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

describe('complaint categories, SLA commitments, site photos and delivery’s read-only view', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let delivery: Client;
  let customerId: string;
  let complaintId: string;
  let commitmentId: string;
  let photoId: string;
  let fileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    [rep1, delivery] = await Promise.all(['rep1', 'delivery'].map((u) => org.as(u)));
    t.clock.set(sh('2026-11-23T10:00:00'));
    customerId = (await rep1.post('/customers', { name: '杭州云桥医疗', type: 'B2B', grade: 'A', region: '华东' })).body.id;
  });
  afterAll(() => t.close());

  it('files complaints under the playbook’s categories and closes them with a resolution', async () => {
    const bad = await rep1.post(`/customers/${customerId}/complaints`, { title: '安装延期三周', category: 'weather' }, { 'accept-language': 'en' });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: 'UNKNOWN_COMPLAINT_CATEGORY' });
    expect(bad.body.error.message).toContain('weather');
    const created = await rep1.post(`/customers/${customerId}/complaints`, { title: '交付与销售口径不一致', category: 'coordination', severity: 'high' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ category: 'coordination', status: 'open' });
    complaintId = created.body.id;
    await rep1.post(`/customers/${customerId}/complaints`, { title: '发票抬头错误', category: 'billing' });
    expect((await rep1.get(`/customers/${customerId}/complaints?category=coordination`)).body.items.map((c: any) => c.id)).toEqual([complaintId]);
    const closed = await rep1.post(`/complaints/${complaintId}/close`, { resolution: '已召开三方会议统一口径' });
    expect(closed.body).toMatchObject({ status: 'closed', category: 'coordination', resolution: '已召开三方会议统一口径' });
  });

  it('records SLA commitments and installation photos', async () => {
    const c = await rep1.post(`/customers/${customerId}/sla-commitments`, {
      responseHours: 2,
      onsiteHours: 24,
      uptimePercent: 99.5,
      freeServices: ['免费部署', '首年免费巡检'],
      notes: '销售口头承诺免费部署，已写入合同附件',
    });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ responseHours: 2, onsiteHours: 24, uptimePercent: 99.5, freeServices: ['免费部署', '首年免费巡检'], createdByName: 'rep1' });
    commitmentId = c.body.id;
    expect((await rep1.patch(`/sla-commitments/${commitmentId}`, { onsiteHours: 8 })).body.onsiteHours).toBe(8);
    expect((await rep1.post(`/customers/${customerId}/sla-commitments`, { uptimePercent: 120 })).status).toBe(400);

    const text = await rep1.upload('not a photo', 'notes.txt', 'photo', 'text/plain');
    expect((await rep1.post(`/customers/${customerId}/site-photos`, { fileId: text.body.id })).body.error.code).toBe('FILE_KIND');
    const upload = await rep1.upload(PNG, '机房.png', 'photo', 'image/png');
    expect(upload.status).toBe(201);
    fileId = upload.body.id;
    const photo = await rep1.post(`/customers/${customerId}/site-photos`, { fileId, caption: '机房配电' });
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ fileId, caption: '机房配电', url: `/api/v1/files/${fileId}` });
    photoId = photo.body.id;
    expect((await rep1.post(`/customers/${customerId}/site-photos`, { fileId })).status).toBe(409);
  });

  it('lets delivery read the whole view, photos included, and refuses every write there with 403', async () => {
    const view = await delivery.get(`/customers/${customerId}/delivery-view`);
    expect(view.status).toBe(200);
    expect(view.body.customer).toMatchObject({ name: '杭州云桥医疗', ownerName: 'rep1' });
    expect(view.body.complaints.map((c: any) => c.category).sort()).toEqual(['billing', 'coordination']);
    expect(view.body.slaCommitments).toHaveLength(1);
    expect(view.body.sitePhotos.map((p: any) => p.id)).toEqual([photoId]);
    expect(view.body.contracts).toEqual([]);
    expect((await delivery.get(`/files/${fileId}`)).status).toBe(200);
    for (const url of [`/customers/${customerId}/sla-commitments`, `/customers/${customerId}/site-photos`, `/customers/${customerId}/complaints`])
      expect((await delivery.get(url)).status, url).toBe(200);
    const writes: [string, string, unknown][] = [
      ['POST', `/customers/${customerId}/sla-commitments`, { responseHours: 1 }],
      ['PATCH', `/sla-commitments/${commitmentId}`, { responseHours: 1 }],
      ['DELETE', `/sla-commitments/${commitmentId}`, undefined],
      ['POST', `/customers/${customerId}/site-photos`, { fileId }],
      ['DELETE', `/site-photos/${photoId}`, undefined],
      ['POST', `/customers/${customerId}/complaints`, { title: '交付人员投诉', category: 'service_attitude' }],
      ['POST', `/complaints/${complaintId}/close`, { resolution: '已处理' }],
    ];
    for (const [method, url, body] of writes) expect((await delivery.request(method, url, body)).status, `${method} ${url}`).toBe(403);
    expect((await rep1.get(`/customers/${customerId}/sla-commitments`)).body.items[0].onsiteHours).toBe(8);
    // Outside its region, delivery sees nothing.
    const south = (await (await org.as('rep3')).post('/customers', { name: '深圳南山电子', type: 'B2B', grade: 'B', region: '华南' })).body.id;
    expect((await delivery.get(`/customers/${south}/delivery-view`)).status).toBe(404);
  });

  it('removes a commitment and a photo, audited', async () => {
    expect((await rep1.delete(`/site-photos/${photoId}`)).status).toBe(204);
    expect((await rep1.delete(`/sla-commitments/${commitmentId}`)).status).toBe(204);
    const actions = (await t.ctx.db.selectFrom('audit_pending').select('action').where('entity_id', '=', customerId).execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['commitment.create', 'commitment.update', 'commitment.delete', 'site_photo.add', 'site_photo.remove']));
  });
});
