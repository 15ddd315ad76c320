import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';
import { archiveFixture, RAW } from '../support/wecom-fixture.js';

/** The raw text of a message never reaches a log line or an error message, whatever the request. */
describe('chat archive logs', () => {
  let t: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } } });
    t.clock.set(sh('2026-11-22T10:00:00'));
  });
  afterAll(() => t.close());

  it('logs requests, answers and errors without the raw numbers', async () => {
    const token = await t.admin.post('/tokens', { name: 'sidecar', scopes: ['integrations'] });
    const integration = new Client(t.app, { bearer: token.body.token });
    const answers: unknown[] = [];
    answers.push((await integration.post('/integrations/wecom/archive', { records: archiveFixture() })).body);
    // Unreadable calls: a record that is not an object, a field of the wrong type, a control character.
    answers.push((await integration.post('/integrations/wecom/archive', { records: [RAW.phone] })).body);
    answers.push(
      (await integration.post('/integrations/wecom/archive', { records: [{ msgid: 'x', msgtime: RAW.idCard, msgtype: 'text', from: 'wmA01' }] })).body,
    );
    answers.push((await integration.post('/integrations/wecom/archive', { records: [{ msgid: 'y', text: { content: `${RAW.bankCard}\u0000` } }] })).body);
    answers.push((await integration.post('/integrations/wecom/archive', { records: RAW.email })).body);
    answers.push((await integration.post('/integrations/wecom/identities', { staff: [{ wecomUserId: RAW.phone, userId: RAW.idCard }] })).body);
    expect(lines.length).toBeGreaterThan(5);
    const text = lines.join('\n') + JSON.stringify(answers);
    for (const raw of [RAW.phone, '138-1234-1234', RAW.idCard, RAW.bankCard, RAW.email, RAW.street, RAW.placeName]) expect(text, raw).not.toContain(raw);
  });
});
