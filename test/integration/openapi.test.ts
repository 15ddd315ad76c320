import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The served document is the contract of API v1: every operation must describe itself completely. */

interface Media {
  schema?: Record<string, unknown>;
  examples?: Record<string, { summary?: string; value: unknown }>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description?: string; content?: Record<string, Media> }>;
}
interface Document {
  openapi: string;
  info: { license?: { name: string; identifier?: string } };
  servers?: { url: string }[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

const UNSAFE = ['post', 'put', 'patch', 'delete'];
/** Operations with an `{id}` that do not look a record up, and why. */
const NO_LOOKUP = new Set([
  'GET /api/v1/outbox/{id}/attempts', // the attempts of an unknown message are an empty list
  'POST /api/v1/outbox/{id}/retry', // only a dead message can be retried: anything else is 409 OUTBOX_NOT_DEAD
]);
const ERROR_REF = '#/components/schemas/Error';

describe('the OpenAPI document the app serves', () => {
  let t: TestApp;
  let doc: Document;
  const operations: { key: string; method: string; path: string; op: Operation }[] = [];

  beforeAll(async () => {
    // With the time machine, so its operations are checked too.
    t = await createTestApp({ env: { TIME_MACHINE: '1' } });
    const response = await t.anonymous.get<Document>('/openapi.json');
    expect(response.status).toBe(200);
    doc = response.body;
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) operations.push({ key: `${method.toUpperCase()} ${path}`, method, path, op });
  });
  afterAll(() => t.close());

  it('describes the routes the app serves, and names the server and the license', () => {
    expect(operations.length).toBeGreaterThanOrEqual(113);
    for (const { key, method, path } of operations) {
      const url = path.replace(/\{(\w+)\}/g, ':$1');
      expect(t.app.hasRoute({ method: method.toUpperCase(), url }), key).toBe(true);
    }
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
  });

  it('gives every operation a unique camelCase operationId, a declared tag and a summary', () => {
    const declared = new Map(doc.tags.map((tag) => [tag.name, tag.description]));
    const ids = new Set<string>();
    for (const { key, op } of operations) {
      expect(op.operationId, key).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(ids.has(op.operationId!), `${key}: duplicate ${op.operationId}`).toBe(false);
      ids.add(op.operationId!);
      expect(op.summary?.trim(), key).toBeTruthy();
      expect(op.tags?.length, key).toBeGreaterThan(0);
      for (const tag of op.tags!) expect(declared.get(tag), `${key}: tag ${tag}`).toBeTruthy();
    }
  });

  it('describes the success answer of every operation: a schema, or 204 without content', () => {
    for (const { key, op } of operations) {
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      expect(success.length, key).toBeGreaterThan(0);
      for (const [status, response] of success) {
        if (status === '204') expect(response.content, key).toBeUndefined();
        else expect(Object.values(response.content ?? {})[0]?.schema, `${key} ${status}`).toBeTruthy();
      }
    }
  });

  it('declares the error envelope for 400 on input, 401 off the public routes, 403 on writes and 404 on lookups', () => {
    const publicOps: string[] = [];
    for (const { key, method, path, op } of operations) {
      const status = (code: number) => op.responses[String(code)];
      for (const [code, response] of Object.entries(op.responses)) {
        if (!/^[45]\d\d$/.test(code)) continue;
        expect(response.content?.['application/json']?.schema, `${key} ${code}`).toEqual({ $ref: ERROR_REF });
        expect(response.description, `${key} ${code}`).toMatch(/`error\.code`: `[A-Z_]+`/);
      }
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (isPublic) publicOps.push(key);
      else expect(status(401), `${key} 401`).toBeDefined();
      if (op.parameters?.length || op.requestBody) expect(status(400), `${key} 400`).toBeDefined();
      if (UNSAFE.includes(method) && !isPublic) expect(status(403), `${key} 403`).toBeDefined();
      if (path.includes('{id}') && !NO_LOOKUP.has(key)) expect(status(404), `${key} 404`).toBeDefined();
      expect(
        Object.keys(op.responses).some((code) => /^4\d\d$/.test(code)),
        `${key} 4xx`,
      ).toBe(true);
    }
    expect(publicOps.sort()).toEqual(['GET /api/v1/health', 'GET /api/v1/public/devices/{token}', 'GET /api/v1/ready', 'POST /api/v1/auth/login']);
  });

  it('names the main entities, list envelopes and the error envelope as components', () => {
    const names = Object.keys(doc.components.schemas);
    for (const name of [
      'Error',
      'Lead',
      'LeadList',
      'Customer',
      'CustomerList',
      'Opportunity',
      'OpportunityDetail',
      'OpportunityList',
      'Followup',
      'FollowupList',
      'Contract',
      'ContractDetail',
      'ContractList',
      'TaskCard',
      'Notification',
      'User',
      'Team',
      'Me',
      'Playbook',
      'PlaybookDocument',
      'LeadStatus',
      'SlaStatus',
      'Role',
      'ContractStatus',
      'TaskCardStatus',
      'Department',
      'FollowupFlagKind',
    ])
      expect(names, name).toContain(name);
    const byId = (id: string) => operations.find((o) => o.op.operationId === id)!.op;
    expect(byId('getLead').responses['200'].content!['application/json'].schema).toEqual({ $ref: '#/components/schemas/Lead' });
    expect(byId('listLeads').responses['200'].content!['application/json'].schema).toEqual({ $ref: '#/components/schemas/LeadList' });
    expect(doc.components.schemas.LeadStatus.enum).toEqual(['new', 'contacted', 'qualified', 'converted', 'disqualified']);
  });

  it('describes the multipart uploads with a binary file', () => {
    for (const id of ['uploadFile', 'importLeads']) {
      const op = operations.find((o) => o.op.operationId === id)!.op;
      const schema = op.requestBody!.content['multipart/form-data'].schema as { properties: Record<string, { type: string; format: string }> };
      expect(schema.properties.file, id).toMatchObject({ type: 'string', format: 'binary' });
    }
  });

  it('carries request examples on the main writes', () => {
    for (const id of ['login', 'createLead', 'createFollowup', 'moveOpportunityStage', 'createContract', 'decideContractConfirmation']) {
      const op = operations.find((o) => o.op.operationId === id)!.op;
      const examples = op.requestBody!.content['application/json'].examples!;
      expect(Object.keys(examples).length, id).toBeGreaterThan(0);
    }
  });

  it('keeps every $ref pointing at a component that exists', () => {
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) expect(doc.components.schemas, ref).toHaveProperty([ref.slice('"#/components/schemas/'.length, -1)]);
  });

  it('still accepts uploads as multipart, and answers 204 without a body', async () => {
    const uploaded = await t.admin.upload('录音转写稿', 'call.txt', 'recording');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ name: 'call.txt', kind: 'recording', mime: 'text/plain; charset=utf-8', size: Buffer.byteLength('录音转写稿') });
    const created = await t.admin.post('/tokens', { name: 'doc test', scopes: ['read'] });
    const revoked = await t.admin.delete(`/tokens/${created.body.id}`);
    expect(revoked.status).toBe(204);
    expect(revoked.body).toBeUndefined();
  });
});
