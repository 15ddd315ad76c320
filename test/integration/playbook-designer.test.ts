import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, validStageFields } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

let t: TestApp;
let rep: Client;
let director: Client;

beforeAll(async () => {
  t = await createTestApp();
  const org = await createOrg(t);
  rep = await org.as('rep1');
  director = await org.as('director');
});
afterAll(() => t.close());

async function opportunityAt(stage: 'initial' | 'needs' | 'proposal') {
  const customer = await rep.post('/customers', { name: `客户${Math.random()}`, type: 'B2B', grade: 'B', region: '华东' });
  const opportunity = await rep.post('/opportunities', {
    customerId: customer.body.id,
    name: `产线改造${Math.random()}`,
    amount: 100000,
    productLine: '工业设备',
  });
  const id = opportunity.body.id as string;
  for (const to of ['needs', 'proposal'].slice(0, ['initial', 'needs', 'proposal'].indexOf(stage))) {
    const moved = await rep.post(`/opportunities/${id}/stage`, { to, fields: validStageFields(t.clock.now()) });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  }
  // The current stage's fields are on record, so only a new rule can block the next move.
  const saved = await rep.patch(`/opportunities/${id}`, { fields: validStageFields(t.clock.now()) });
  expect(saved.status).toBe(200);
  return id;
}

/** The active document plus a required 预算确认 field on 方案报价. */
async function withBudgetRule() {
  const draft = (await director.get('/playbook/draft')).body;
  const doc = structuredClone(draft.document);
  doc.fields.push({ key: 'budget', label: '预算确认', labelEn: 'Budget confirmed', type: 'text', minLength: 2 });
  doc.rules.stageFields.push({ id: 'budget_at_proposal', name: '方案报价须确认预算', enabled: true, scope: {}, stages: ['proposal'], fields: ['budget'] });
  return doc;
}

describe('playbook designer: draft, preview, publish, compare, roll back', () => {
  it('serves the JSON Schema with every section and its owner', async () => {
    const r = await rep.get('/playbook/schema');
    expect(r.status).toBe(200);
    expect(r.body.jsonSchema.properties.thresholds.properties.staleHours.type).toBe('number');
    const sections = Object.fromEntries(r.body.sections.map((s: { key: string; owner: string | null }) => [s.key, s.owner]));
    expect(sections).toMatchObject({ stages: 'playbook', sla: 'leads', rules: 'opportunities', modules: 'playbook', collaboration: 'collaboration' });
  });

  it('lists the templates, each a valid start for a draft', async () => {
    const r = await rep.get('/playbook/templates');
    expect(r.body.items.map((t: { key: string }) => t.key)).toEqual(['b2b_manufacturing', 'store_sales', 'saas', 'medical_devices']);
    const store = r.body.items.find((t: { key: string }) => t.key === 'store_sales');
    const validated = await director.post('/playbook/validate', store.document);
    expect(validated.body).toEqual({ valid: true });
  });

  it('keeps drafts to editors, and refuses an invalid draft with the paths of its problems', async () => {
    expect((await rep.get('/playbook/draft')).status).toBe(403);
    const start = await director.get('/playbook/draft');
    expect(start.body).toMatchObject({ exists: false, baseVersion: 1 });
    const bad = structuredClone(start.body.document);
    bad.thresholds.staleHours = -1;
    bad.rules.stageFields[0].fields.push('nope');
    const r = await director.put('/playbook/draft', bad);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('PLAYBOOK_INVALID');
    expect(r.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['thresholds.staleHours', 'rules.stageFields.0.fields']),
    );
    expect((await director.get('/playbook/draft')).body.exists).toBe(false);
    expect((await director.post('/playbook/draft/preview')).body.error.code).toBe('NO_PLAYBOOK_DRAFT');
  });

  it('previews the opportunities a new required field blocks, publishes with a note, refuses the move, rolls back', async () => {
    const blocked = await opportunityAt('proposal');
    const fine = await opportunityAt('initial');
    const saved = await director.put('/playbook/draft', await withBudgetRule());
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ exists: true, baseVersion: 1 });
    // Saving a draft changes nothing for anyone.
    expect((await rep.get('/playbook')).body.version).toBe(1);

    const preview = await director.post('/playbook/draft/preview');
    expect(preview.status).toBe(200);
    expect(preview.body.activeVersion).toBe(1);
    const ids = preview.body.opportunities.items.map((o: { id: string }) => o.id);
    expect(ids).toContain(blocked);
    expect(ids).not.toContain(fine);
    const item = preview.body.opportunities.items.find((o: { id: string }) => o.id === blocked);
    expect(item).toMatchObject({ stage: 'proposal', stageLabel: '方案报价', nextStage: 'negotiation', blockedNow: false });
    expect(item.missing).toEqual([expect.objectContaining({ key: 'budget', label: '预算确认', rule: 'budget_at_proposal', kind: 'field', reason: 'missing' })]);
    expect(preview.body.opportunities.newlyBlocked).toBeGreaterThanOrEqual(1);
    expect(preview.body.permissions).toEqual([]);

    const published = await director.post('/playbook/draft/publish', { note: '方案报价须确认预算' });
    expect(published.status).toBe(200);
    expect(published.body.version).toBe(2);
    expect((await director.get('/playbook/draft')).body.exists).toBe(false);
    const versions = await rep.get('/playbook/versions');
    expect(versions.body.items[0]).toMatchObject({ version: 2, note: '方案报价须确认预算', createdBy: 'director' });

    const refused = await rep.post(`/opportunities/${blocked}/stage`, { to: 'negotiation' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('STAGE_GATE');
    expect(refused.body.error.details.missing).toEqual([expect.objectContaining({ key: 'budget', label: '预算确认', rule: 'budget_at_proposal' })]);
    expect(refused.body.error.details.playbookVersion).toBe(2);
    // The designer links from the rule to what it decided.
    const decisions = await director.get('/playbook/rules/budget_at_proposal/decisions');
    expect(decisions.status).toBe(200);
    expect(decisions.body.items).toEqual([
      expect.objectContaining({ action: 'opportunity.stage_refused', entityId: blocked, playbookVersion: 2, actor: 'rep1' }),
    ]);
    expect((await director.get('/playbook/rules/budget_at_proposalx/decisions')).body.items).toEqual([]);

    const compare = await rep.get('/playbook/compare?from=1&to=2');
    expect(compare.status).toBe(200);
    expect(compare.body.changes.map((c: { path: string }) => c.path)).toEqual(['fields[budget]', 'rules.stageFields[budget_at_proposal]']);
    expect(compare.body.from.version).toBe(1);

    expect((await rep.post('/playbook/versions/1/rollback', {})).status).toBe(403);
    const rolled = await director.post('/playbook/versions/1/rollback', {});
    expect(rolled.status).toBe(200);
    expect(rolled.body.version).toBe(3);
    expect(rolled.body.document.fields.map((f: { key: string }) => f.key)).not.toContain('budget');
    expect((await rep.get('/playbook/versions')).body.items[0].note).toContain('v1');
    const moved = await rep.post(`/opportunities/${blocked}/stage`, { to: 'negotiation' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((await rep.get('/playbook/versions/9')).status).toBe(404);

    const audit = await t.ctx.db.selectFrom('audit_pending').select(['action', 'data']).where('action', 'like', 'playbook.%').execute();
    const logged = await t.ctx.db.selectFrom('audit_log').select(['action', 'data']).where('action', 'like', 'playbook.%').execute();
    const actions = [...audit, ...logged].map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['playbook.draft_save', 'playbook.publish']));
    expect([...audit, ...logged].some((a) => a.action === 'playbook.publish' && (a.data as { rollbackOf?: number }).rollbackOf === 1)).toBe(true);
  });

  it('refuses to publish a draft started before another version was published', async () => {
    const draft = await director.get('/playbook/draft');
    const doc = structuredClone(draft.body.document);
    doc.thresholds.staleHours = 36;
    expect((await director.put('/playbook/draft', doc)).status).toBe(200);
    const active = (await director.get('/playbook')).body;
    expect((await director.put('/playbook', active.document)).status).toBe(200);
    const r = await director.post('/playbook/draft/publish', { note: 'stale' });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('PLAYBOOK_DRAFT_STALE');
    expect((await director.delete('/playbook/draft')).status).toBe(204);
    expect((await director.delete('/playbook/draft')).status).toBe(404);
  });

  it('previews and applies moved response deadlines of leads still waiting for an answer', async () => {
    const lead = await rep.post('/leads', { name: '等待响应', type: 'B2C', region: '华东', productLine: '工业设备', phone: '13800000001' });
    expect(lead.status).toBe(201);
    const before = new Date(lead.body.responseDueAt).getTime();
    const draft = (await director.get('/playbook/draft')).body.document;
    draft.sla.responsePolicies = draft.sla.responsePolicies.map((p: { type: string }) => (p.type === 'B2C' ? { ...p, hours: 12 } : p));
    expect((await director.put('/playbook/draft', draft)).status).toBe(200);
    const preview = await director.post('/playbook/draft/preview');
    const moved = preview.body.leads.items.find((l: { id: string }) => l.id === lead.body.id);
    expect(moved).toMatchObject({ shiftMinutes: -12 * 60 });
    // Nothing moved yet.
    expect(new Date((await rep.get(`/leads/${lead.body.id}`)).body.responseDueAt).getTime()).toBe(before);
    expect((await director.post('/playbook/draft/publish', { note: 'B2C 12 小时' })).status).toBe(200);
    expect(new Date((await rep.get(`/leads/${lead.body.id}`)).body.responseDueAt).getTime()).toBe(before - 12 * 3_600_000);
    // The escalation names its rule and the version it fired under.
    t.clock.advance(13 * 3_600_000);
    await t.ctx.scheduler.tick();
    const version = (await rep.get('/playbook')).body.version;
    const decisions = await director.get('/playbook/rules/lead-response-breach/decisions');
    expect(decisions.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'lead.sla.breached', entityId: lead.body.id, playbookVersion: version })]),
    );
  });
});

describe('module switches', () => {
  async function switchModule(key: string, on: boolean) {
    const doc = (await director.get('/playbook/draft')).body.document;
    doc.modules[key] = on;
    expect((await director.put('/playbook/draft', doc)).status).toBe(200);
    const preview = await director.post('/playbook/draft/preview');
    expect((await director.post('/playbook/draft/publish', { note: `${key} ${on ? 'on' : 'off'}` })).status).toBe(200);
    return preview.body;
  }

  it('switches collaboration off: routes refused in both languages, rules stop, /me tells the web; on again it resumes', async () => {
    expect((await director.get('/cards')).status).toBe(200);
    const preview = await switchModule('collaboration', false);
    expect(preview.modules).toEqual({ switchedOff: ['collaboration'], switchedOn: [] });
    expect(preview.timeRules).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'card-overdue', effect: 'stops' })]));

    const refused = await director.get('/cards');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('MODULE_DISABLED');
    expect(refused.body.error.message).toContain('模块已关闭');
    expect((await director.get('/cards', { 'accept-language': 'en' })).body.error.message).toContain('switched off');
    expect((await director.get('/me')).body.modules.collaboration).toBe(false);
    const fired = await t.ctx.scheduler.tick();
    expect(fired['card-overdue']).toBe(0);

    const back = await switchModule('collaboration', true);
    expect(back.modules.switchedOn).toEqual(['collaboration']);
    expect((await director.get('/cards')).status).toBe(200);
    expect((await director.get('/me')).body.modules.collaboration).toBe(true);
  });

  it('previews who loses a permission when the chat archive is switched off', async () => {
    const preview = await switchModule('chatArchive', false);
    const admin = preview.permissions.find((p: { username: string }) => p.username === 'admin');
    expect(admin).toMatchObject({ lost: ['integrations:manage'], gained: [] });
    expect((await t.admin.get('/me')).body.permissions).not.toContain('integrations:manage');
    const on = await switchModule('chatArchive', true);
    expect(on.permissions.find((p: { username: string }) => p.username === 'admin')).toMatchObject({ lost: [], gained: ['integrations:manage'] });
    expect((await t.admin.get('/me')).body.permissions).toContain('integrations:manage');
  });
});
