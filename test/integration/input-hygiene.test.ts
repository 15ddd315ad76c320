import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A NUL byte or an unpaired surrogate in any string a request carries answers 400 VALIDATION
 * naming the field, on every route of the API (PostgreSQL refuses NUL in text: it used to be a
 * 500), and changes nothing.
 */
describe('unstorable text in requests', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
  });
  afterAll(() => t.close());

  const operations = async () => {
    const doc = (await t.admin.get('/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const list: { method: string; url: string }[] = [];
    for (const [route, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        list.push({ method: method.toUpperCase(), url: route.replace(/^\/api\/v1/, '').replace(/\{[^}]+\}/g, () => randomUUID()) });
      }
    }
    return list;
  };

  it('walks every route of the OpenAPI document: NUL in the query string', async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(100);
    for (const op of ops) {
      const r = await t.admin.request(op.method, `${op.url}?probe=a%00b`, op.method === 'GET' || op.method === 'DELETE' ? undefined : {});
      expect(r.status, `${op.method} ${op.url}`).toBe(400);
      expect(r.body.error.code, `${op.method} ${op.url}`).toBe('VALIDATION');
      expect(r.body.error.details.issues[0]).toMatchObject({ in: 'query', path: 'probe', code: 'invalid_text_nul' });
    }
  });

  it('walks every route of the OpenAPI document: NUL and unpaired surrogates in JSON bodies', async () => {
    for (const op of await operations()) {
      if (op.method === 'GET' || op.method === 'DELETE') continue;
      const nul = await t.admin.request(op.method, op.url, { name: 'a\u0000b' });
      expect(nul.status, `${op.method} ${op.url}`).toBe(400);
      expect(nul.body.error.details.issues[0], `${op.method} ${op.url}`).toMatchObject({ in: 'body', path: 'name', code: 'invalid_text_nul' });
      const surrogate = await t.admin.request(op.method, op.url, { nested: { items: ['ok', 'x\ud800y'] } });
      expect(surrogate.status, `${op.method} ${op.url}`).toBe(400);
      expect(surrogate.body.error.details.issues[0], `${op.method} ${op.url}`).toMatchObject({
        in: 'body',
        path: 'nested.items.1',
        code: 'invalid_text_surrogate',
      });
    }
  });

  it('answers a lead named with NUL, and five list filters, with a localised 400 and stores nothing', async () => {
    const rep1 = await org.as('rep1');
    const created = await rep1.post('/leads', { name: '宁波\u0000精密', type: 'B2B', region: '华东', productLine: '工业设备' });
    expect(created.status).toBe(400);
    expect(created.body.error.message).toBe('输入有误：name: 不能包含空字符（\\u0000）');
    const en = await rep1.post('/leads', { name: 'x\u0000', type: 'B2B', region: '华东', productLine: '工业设备' }, { 'accept-language': 'en' });
    expect(en.body.error.message).toBe('Invalid input: name: must not contain NUL characters (\\u0000)');
    expect((await rep1.get('/leads')).body.total).toBe(0);
    for (const url of [
      '/leads?q=%00',
      '/customers?q=a%00',
      '/opportunities?stage=%00',
      '/leads?region=%00',
      '/opportunities?productLine=x%00',
      '/reports/stale?region=%00',
    ]) {
      const r = await rep1.get(url);
      expect(r.status, url).toBe(400);
      expect(r.body.error.code, url).toBe('VALIDATION');
    }
  });

  it('keeps well-formed text, emoji included', async () => {
    const rep1 = await org.as('rep1');
    const r = await rep1.post('/leads', { name: '宁波精密 🚀 有限公司', type: 'B2B', region: '华东', productLine: '工业设备' });
    expect(r.status).toBe(201);
    expect(r.body.name).toBe('宁波精密 🚀 有限公司');
  });
});
