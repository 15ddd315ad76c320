import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav } from '../../src/voice/wav.js';
import { startAsrReceiver, type AsrReceiver } from '../support/asr-receiver.js';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

/** Half a second of a 440 Hz tone at 16 kHz: a real, small WAV file. */
function toneWav(seconds = 0.5, rate = 16_000): Buffer {
  const samples = new Float32Array(Math.round(seconds * rate));
  for (let i = 0; i < samples.length; i++) samples[i] = 0.3 * Math.sin((2 * Math.PI * 440 * i) / rate);
  return encodeWav(samples, rate);
}

/** Mandarin speech synthesised with `espeak-ng -v cmn -s 180` (「价格偏高，交付周期要缩短，再谈预算。」), 22.05 kHz mono. */
const SPEECH = fs.readFileSync(path.resolve('test/fixtures/voice-visit-zh.wav'));

const TRANSCRIPT = '客户说价格偏高，交付周期也要缩短，我们约了下周再沟通预算和产线改造的需求。';

describe('voice follow-ups: recording → transcript with suggested tags → follow-up', () => {
  let t: TestApp;
  let asr: AsrReceiver;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let rep2: Client;
  let sup1: Client;
  let customerId: string;

  beforeAll(async () => {
    asr = await startAsrReceiver();
    t = await createTestApp({ env: { ASR_PROVIDER: 'http', ASR_HTTP_URL: asr.url, ASR_HTTP_TOKEN: 'asr-secret', ASR_HTTP_TIMEOUT_MS: '5000' } });
    org = await createOrg(t);
    [rep1, rep2, sup1] = await Promise.all([org.as('rep1'), org.as('rep2'), org.as('sup1')]);
    const customer = await rep1.post('/customers', { name: '苏州精密制造', type: 'B2B', grade: 'B', region: '华东' });
    expect(customer.status).toBe(201);
    customerId = customer.body.id;
  });
  afterAll(async () => {
    await t?.close();
    await asr?.close();
  });

  const uploadRecording = async (client: Client, bytes = toneWav(), name = 'visit.wav') => {
    const r = await client.upload(bytes, name, 'recording', 'audio/wav');
    expect(r.status).toBe(201);
    return r.body as { id: string; mime: string };
  };

  it('reports the configured engine', async () => {
    const engine = await rep1.get('/transcriptions/engine');
    expect(engine.status).toBe(200);
    expect(engine.body).toEqual({ provider: 'http', state: 'ready', detail: null, language: 'zh-CN' });
  });

  it('posts the recording to the service by the contract, and suggests the value tag and concerns from the transcript', async () => {
    asr.requests.length = 0;
    asr.answer({ status: 200, body: { text: TRANSCRIPT, segments: [{ start: 0, end: 4.2, text: TRANSCRIPT }], language: 'zh' } });
    const wav = SPEECH;
    const file = await uploadRecording(rep1, wav);
    expect(file.mime).toMatch(/^audio\//);

    const created = await rep1.post('/transcriptions', { fileId: file.id });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      fileId: file.id,
      status: 'done',
      provider: 'http',
      language: 'zh-CN',
      text: TRANSCRIPT,
      detectedLanguage: 'zh',
      attempts: 1,
      error: null,
    });
    expect(created.body.segments).toEqual([{ start: 0, end: 4.2, text: TRANSCRIPT }]);
    // The contract: one POST, the bearer token, multipart with the audio's bytes as uploaded, the language and the format.
    expect(asr.requests).toHaveLength(1);
    const sent = asr.requests[0];
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe('/v1/asr');
    expect(sent.headers.authorization).toBe('Bearer asr-secret');
    expect(sent.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.fields).toEqual({ language: 'zh-CN', format: file.mime });
    expect(sent.file?.name).toBe('visit.wav');
    expect(sent.file?.type).toBe(file.mime);
    expect(sent.file?.bytes.equals(wav)).toBe(true);

    const { suggestions } = created.body;
    expect(suggestions.valueTag).toBe('needs_discovery');
    expect(suggestions.concerns).toEqual(['price', 'delivery_time', 'features']);
    expect(suggestions.matches).toContainEqual(expect.objectContaining({ kind: 'valueTag', key: 'needs_discovery', words: ['预算', '改造', '需求'] }));
    expect(suggestions.matches).toContainEqual(expect.objectContaining({ kind: 'concern', key: 'price', words: expect.arrayContaining(['价格']) }));
    expect(suggestions.matches).toContainEqual(expect.objectContaining({ kind: 'concern', key: 'delivery_time', words: expect.arrayContaining(['交付周期']) }));
    expect(suggestions.keywords).toEqual(expect.arrayContaining(['价格', '交付周期', '预算', '需求']));

    // Audited; asking again answers the same transcription without calling the service again.
    const audit = await t.ctx.db
      .selectFrom('audit_pending')
      .select(['actor_id', 'entity_id'])
      .where('action', '=', 'transcription.request')
      .unionAll(t.ctx.db.selectFrom('audit_log').select(['actor_id', 'entity_id']).where('action', '=', 'transcription.request'))
      .execute();
    expect(audit).toContainEqual({ actor_id: org.ids.rep1, entity_id: created.body.id });
    const again = await rep1.post('/transcriptions', { fileId: file.id });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(created.body.id);
    expect(asr.requests).toHaveLength(1);

    // The transcript becomes the follow-up's text and the recording its evidence; the rep confirmed the tags.
    const followup = await rep1.post('/followups', {
      targetType: 'customer',
      targetId: customerId,
      channel: 'visit',
      valueTag: suggestions.valueTag,
      content: created.body.text,
      attachmentIds: [file.id],
      concerns: ['price', 'delivery_time'],
    });
    expect(followup.status).toBe(201);
    expect(followup.body.content).toBe(TRANSCRIPT);
    expect(followup.body.createdAt).toBe(t.clock.now().toISOString());
    expect(followup.body.attachments).toEqual([expect.objectContaining({ id: file.id, kind: 'recording' })]);
    const concerns = await t.ctx.db
      .selectFrom('followup_concerns')
      .select('category')
      .where('followup_id', '=', followup.body.id)
      .orderBy('category')
      .execute();
    expect(concerns.map((c) => c.category)).toEqual(['delivery_time', 'price']);
    const linked = await rep1.get(`/transcriptions/${created.body.id}`);
    expect(linked.status).toBe(200);
    expect(linked.body.followupId).toBe(followup.body.id);
  });

  it('refuses a concern the playbook does not know, and changes nothing', async () => {
    const file = await uploadRecording(rep1);
    const r = await rep1.post('/followups', {
      targetType: 'customer',
      targetId: customerId,
      channel: 'visit',
      valueTag: 'needs_discovery',
      content: '客户关注价格',
      attachmentIds: [file.id],
      concerns: ['weather'],
    });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('INVALID_REFERENCE');
    expect(await t.ctx.db.selectFrom('followup_attachments').select('followup_id').where('file_id', '=', file.id).execute()).toEqual([]);
  });

  it('keeps the recording when the service is down, marks the transcription failed and retries it (by hand and by the time rule)', async () => {
    asr.answer({ status: 503, body: { error: 'overloaded' } });
    const file = await uploadRecording(rep1);
    const failed = await rep1.post('/transcriptions', { fileId: file.id });
    expect(failed.status).toBe(201);
    expect(failed.body).toMatchObject({ status: 'failed', error: 'HTTP 503', attempts: 1, text: null });
    expect(failed.body.nextAttemptAt).toBe(new Date(t.clock.now().getTime() + 60_000).toISOString());
    expect(await t.ctx.db.selectFrom('files').select('id').where('id', '=', file.id).executeTakeFirst()).toEqual({ id: file.id });
    const download = await rep1.get(`/files/${file.id}`);
    expect(download.status).toBe(200);

    // Still down: the retry fails again and waits longer.
    const stillDown = await rep1.post(`/transcriptions/${failed.body.id}/retry`);
    expect(stillDown.status).toBe(200);
    expect(stillDown.body).toMatchObject({ status: 'failed', attempts: 2 });
    expect(stillDown.body.nextAttemptAt).toBe(new Date(t.clock.now().getTime() + 5 * 60_000).toISOString());

    asr.answer({ status: 200, body: { text: '客户同意下周演示样机。' } });
    const retried = await rep1.post(`/transcriptions/${failed.body.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'done', text: '客户同意下周演示样机。', attempts: 3, error: null, nextAttemptAt: null });
    expect(retried.body.suggestions.valueTag).toBe('solution_demo');
    const done = await rep1.post(`/transcriptions/${failed.body.id}/retry`);
    expect(done.status).toBe(409);
    expect(done.body.error.code).toBe('TRANSCRIPTION_STATE');

    // A failure left to the time rule: nothing happens before the backoff, then the sweep transcribes it.
    asr.answer({ status: 500 });
    const other = await uploadRecording(rep1);
    const second = await rep1.post('/transcriptions', { fileId: other.id });
    expect(second.body.status).toBe('failed');
    asr.answer({ status: 200, body: { text: '回访客户，使用情况良好。' } });
    await t.ctx.scheduler.tick();
    expect((await rep1.get(`/transcriptions/${second.body.id}`)).body.status).toBe('failed');
    t.clock.advance(61_000);
    await t.ctx.scheduler.tick();
    const swept = await rep1.get(`/transcriptions/${second.body.id}`);
    expect(swept.body).toMatchObject({ status: 'done', text: '回访客户，使用情况良好。', attempts: 2 });
    expect(swept.body.suggestions.valueTag).toBe('customer_success');
  });

  it('answers a service that breaks the contract as a failure, never a 500', async () => {
    asr.answer({ status: 200, body: { transcript: 'wrong field' } });
    const file = await uploadRecording(rep1);
    const r = await rep1.post('/transcriptions', { fileId: file.id });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'failed', error: 'the answer is not {"text": …} JSON' });
  });

  it('lets only the uploader and their managers transcribe and read a recording', async () => {
    asr.answer({ status: 200, body: { text: '价格谈判' } });
    const file = await uploadRecording(rep1);
    const peer = await rep2.post('/transcriptions', { fileId: file.id });
    expect(peer.status).toBe(404);
    expect(peer.body.error.code).toBe('NOT_FOUND');
    const mine = await rep1.post('/transcriptions', { fileId: file.id });
    expect(mine.status).toBe(201);
    expect((await rep2.get(`/transcriptions/${mine.body.id}`)).status).toBe(404);
    expect((await rep2.post(`/transcriptions/${mine.body.id}/retry`)).status).toBe(404);
    const rep3 = await org.as('rep3');
    expect((await rep3.get(`/transcriptions/${mine.body.id}`)).status).toBe(404);
    // The team's supervisor reads it.
    const supervisor = await sup1.get(`/transcriptions/${mine.body.id}`);
    expect(supervisor.status).toBe(200);
    expect(supervisor.body.text).toBe('价格谈判');
  });

  it('transcribes recordings only', async () => {
    const text = await rep1.upload('这不是录音', 'notes.txt', 'recording', 'audio/wav');
    const r = await rep1.post('/transcriptions', { fileId: text.body.id });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('AUDIO_REQUIRED');
    const photo = await rep1.upload(toneWav(), 'visit.wav', 'photo', 'audio/wav');
    expect((await rep1.post('/transcriptions', { fileId: photo.body.id })).body.error.code).toBe('AUDIO_REQUIRED');
    expect((await rep1.post('/transcriptions', { fileId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
  });

  it('suggests tags for typed text too', async () => {
    const r = await rep1.post('/transcriptions/suggest', { text: '客户对售后服务有顾虑，担心维修响应慢' });
    expect(r.status).toBe(200);
    expect(r.body.valueTag).toBe('objection_handling');
    expect(r.body.concerns).toEqual(['after_sales']);
  });
});

describe('voice follow-ups without a speech engine', () => {
  let t: TestApp;
  let rep1: Client;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await createOrg(t);
    rep1 = await org.as('rep1');
  });
  afterAll(() => t?.close());

  it('answers 503 TRANSCRIPTION_DISABLED, says so in the engine state, and still suggests tags for typed text', async () => {
    const engine = await rep1.get('/transcriptions/engine');
    expect(engine.body).toMatchObject({ provider: null, state: 'disabled' });
    const file = await rep1.upload(toneWav(), 'visit.wav', 'recording', 'audio/wav');
    const r = await rep1.post('/transcriptions', { fileId: file.body.id }, { 'accept-language': 'en' });
    expect(r.status).toBe(503);
    expect(r.body.error.code).toBe('TRANSCRIPTION_DISABLED');
    expect(r.body.error.message).toContain('ASR_PROVIDER');
    expect(await t.ctx.db.selectFrom('transcriptions').select('id').execute()).toEqual([]);
    const suggested = await rep1.post('/transcriptions/suggest', { text: '报价太贵' });
    expect(suggested.body.concerns).toEqual(['price']);
  });
});

describe('the local engine without its model', () => {
  let t: TestApp;
  let rep1: Client;

  beforeAll(async () => {
    t = await createTestApp({ env: { ASR_PROVIDER: 'local', ASR_MODEL_PATH: '/nonexistent/ggml-base.bin' } });
    const org = await createOrg(t);
    rep1 = await org.as('rep1');
  });
  afterAll(() => t?.close());

  it('reports the missing model and answers 503 TRANSCRIPTION_UNAVAILABLE', async () => {
    const engine = await rep1.get('/transcriptions/engine');
    expect(engine.body).toMatchObject({ provider: 'local', state: 'model_missing' });
    expect(engine.body.detail).toContain('/nonexistent/ggml-base.bin');
    const file = await rep1.upload(toneWav(), 'visit.wav', 'recording', 'audio/wav');
    const r = await rep1.post('/transcriptions', { fileId: file.body.id });
    expect(r.status).toBe(503);
    expect(r.body.error.code).toBe('TRANSCRIPTION_UNAVAILABLE');
  });
});
