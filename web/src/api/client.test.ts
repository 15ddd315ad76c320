import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The web client's session middleware against a fake server: the browser globals it reads
 * (storage, fetch, relative URLs) are stubbed before the module loads.
 */

class MemoryStorage {
  private readonly values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, value);
  removeItem = (key: string) => void this.values.delete(key);
  clear = () => this.values.clear();
}

interface Seen {
  method: string;
  path: string;
  headers: Headers;
  body: string | FormData | null;
}
type Handler = (seen: Seen) => Response | Promise<Response>;

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const refusal = (status: number, code: string, message = code) => json(status, { error: { code, message } });

const session = new MemoryStorage();
const local = new MemoryStorage();
const seen: Seen[] = [];
let handle: Handler = () => json(200, {});

async function fakeFetch(input: Request | string, init?: RequestInit): Promise<Response> {
  const request = typeof input === 'string' ? new Request(new URL(input, 'http://app.test'), init) : input;
  const type = request.headers.get('content-type') ?? '';
  const body = request.method === 'GET' ? null : type.startsWith('multipart/') ? await request.formData() : await request.text();
  const entry = { method: request.method, path: new URL(request.url).pathname + new URL(request.url).search, headers: request.headers, body };
  seen.push(entry);
  return handle(entry);
}

/** openapi-fetch builds `new Request('/api/v1/…')`: resolve it as a browser would. */
class RelativeRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, 'http://app.test') : input, init);
  }
}

let api: typeof import('./client');
beforeAll(async () => {
  vi.stubGlobal('sessionStorage', session);
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('location', { pathname: '/leads', assign: vi.fn() });
  vi.stubGlobal('Request', RelativeRequest);
  vi.stubGlobal('fetch', fakeFetch);
  api = await import('./client');
});

const lost = vi.fn();
beforeEach(() => {
  seen.length = 0;
  session.clear();
  local.clear();
  lost.mockReset();
  api.setCsrfToken(null);
  api.onAuthLost(lost);
});
afterEach(() => api.onAuthLost(null));

describe('the web client', () => {
  it('asks in the chosen language for JSON and leaves empty filters out', async () => {
    api.storeLocale('en');
    handle = () => json(200, { items: [], total: 0, page: 1, pageSize: 20 });
    const list = await api.unwrap(api.client.GET('/api/v1/leads', { params: { query: { q: '', region: undefined, status: 'new', page: 2 } } }));
    expect(list.total).toBe(0);
    expect(seen[0]).toMatchObject({ method: 'GET', path: '/api/v1/leads?status=new&page=2' });
    expect(seen[0].headers.get('accept-language')).toBe('en');
    expect(seen[0].headers.get('accept')).toBe('application/json');
    expect(seen[0].headers.get('x-csrf-token')).toBeNull();
  });

  it('fetches the session’s CSRF token from GET /me before the first write of a new tab', async () => {
    handle = ({ path }) => (path === '/api/v1/me' ? json(200, { csrfToken: 'token-1' }) : json(200, { id: 'l1' }));
    await api.unwrap(api.client.POST('/api/v1/leads/{id}/claim', { params: { path: { id: 'l1' } } }));
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual(['GET /api/v1/me', 'POST /api/v1/leads/l1/claim']);
    expect(seen[1].headers.get('x-csrf-token')).toBe('token-1');
    expect(session.getItem('spm.csrfToken')).toBe('token-1');
  });

  it('sends a write refused for its CSRF token once more with the current one, body and all', async () => {
    api.setCsrfToken('stale');
    handle = ({ method, path, headers }) => {
      if (method === 'GET' && path === '/api/v1/me') return json(200, { csrfToken: 'fresh' });
      return headers.get('x-csrf-token') === 'fresh' ? json(200, { ok: true }) : refusal(403, 'CSRF');
    };
    await api.unwrap(api.client.PATCH('/api/v1/me', { body: { displayName: '张三' } }));
    expect(seen.map((s) => `${s.method} ${s.path} ${s.headers.get('x-csrf-token') ?? ''}`)).toEqual([
      'PATCH /api/v1/me stale',
      'GET /api/v1/me ',
      'PATCH /api/v1/me fresh',
    ]);
    expect(seen[2].body).toBe(JSON.stringify({ displayName: '张三' }));
    expect(lost).not.toHaveBeenCalled();
  });

  it('treats a 401, or a CSRF refusal that a fresh token does not cure, as a lost session', async () => {
    api.setCsrfToken('old');
    handle = ({ path }) => (path === '/api/v1/me' ? refusal(401, 'UNAUTHENTICATED') : refusal(403, 'CSRF', 'Session expired'));
    const error = await api.unwrap(api.client.POST('/api/v1/auth/logout')).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(api.ApiError);
    expect(error).toMatchObject({ status: 403, code: 'CSRF', message: 'Session expired' });
    expect(lost).toHaveBeenCalledTimes(1);
    expect(session.getItem('spm.csrfToken')).toBeNull();

    handle = () => refusal(401, 'UNAUTHENTICATED', '请先登录');
    await expect(api.unwrap(api.client.GET('/api/v1/leads'))).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: '请先登录' });
    expect(lost).toHaveBeenCalledTimes(2);
  });

  it('leaves a refused sign-in to the login form', async () => {
    handle = () => refusal(401, 'INVALID_CREDENTIALS', '用户名或密码错误');
    const call = api.client.POST('/api/v1/auth/login', { body: { username: 'rep1', password: 'wrong' } });
    await expect(api.unwrap(call)).rejects.toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(seen.map((s) => s.path)).toEqual(['/api/v1/auth/login']);
    expect(lost).not.toHaveBeenCalled();
  });

  it('reports the error envelope’s details, a text answer and a failed connection as ApiError', async () => {
    api.setCsrfToken('t');
    handle = () => json(422, { error: { code: 'STAGE_GATE', message: 'missing', details: { missing: [{ key: 'budget' }] } } });
    await expect(
      api.unwrap(api.client.POST('/api/v1/opportunities/{id}/stage', { params: { path: { id: 'o1' } }, body: { to: 'won' } })),
    ).rejects.toMatchObject({
      status: 422,
      code: 'STAGE_GATE',
      details: { missing: [{ key: 'budget' }] },
    });
    handle = () => new Response('Bad gateway', { status: 502 });
    await expect(api.unwrap(api.client.GET('/api/v1/leads'))).rejects.toMatchObject({ status: 502, code: 'HTTP_502', message: 'Bad gateway' });
    handle = () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(api.unwrap(api.client.GET('/api/v1/leads'))).rejects.toMatchObject({ status: 0, code: 'NETWORK', message: 'Failed to fetch' });
  });

  it('answers nothing for 204 and uploads files as multipart form data', async () => {
    api.setCsrfToken('t');
    handle = () => new Response(null, { status: 204 });
    await expect(api.unwrap(api.client.DELETE('/api/v1/tokens/{id}', { params: { path: { id: 'k1' } } }))).resolves.toBeUndefined();

    handle = () => json(201, { id: 'f1', name: 'a.txt', kind: 'recording', mime: 'text/plain', size: 5, createdAt: null });
    const file = new File(['hello'], 'a.txt', { type: 'text/plain' });
    const stored = await api.unwrap(api.client.POST('/api/v1/files', { body: { kind: 'recording', file }, bodySerializer: api.formData }));
    expect(stored.id).toBe('f1');
    const form = seen[1].body as FormData;
    expect(form.get('kind')).toBe('recording');
    expect((form.get('file') as File).name).toBe('a.txt');
    expect(seen[1].headers.get('x-csrf-token')).toBe('t');
  });
});
