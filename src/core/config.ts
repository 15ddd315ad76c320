import path from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** A PostgreSQL streaming replica for reports, analytics and exports (DATABASE_READ_URL). */
  databaseReadUrl: string | undefined;
  /** Replica data older than this is not served: those reads go to the primary (DATABASE_READ_MAX_LAG_MS). */
  readMaxLagMs: number;
  adminPassword: string | undefined;
  demo: boolean;
  timeMachine: boolean;
  logLevel: string;
  webDistDir: string;
  secureCookies: boolean;
  /** Where people reach the UI; links in Feishu/WeCom/e-mail messages start with it. */
  publicUrl: string;
  /** smtp://user:pass@host:port — e-mail notifications are off without it. */
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** How often this node looks for due time rules and undelivered messages. */
  schedulerIntervalMs: number;
  outboxIntervalMs: number;
  /** SCHEDULER=0 runs an API-only node. */
  schedulerEnabled: boolean;
  /** HTTP credit-check provider (信用核验); manual entry when unset. */
  creditProviderUrl: string | undefined;
  creditProviderToken: string | undefined;
  /**
   * Which proxies may tell the client address with X-Forwarded-For: false (default: none, the
   * socket address counts), a hop count, or a list of proxy addresses / CIDRs.
   */
  trustProxy: false | number | string[];
  /** HMAC key of the audit anchors (AUDIT_KEY); a key file in DATA_DIR is created when unset. */
  auditKey: string | undefined;
  /** Where signed audit anchors are written, outside the database. */
  auditAnchorDir: string;
  /** Uploads one user may keep, in bytes (UPLOAD_QUOTA_MB, default 2048 MB). */
  uploadQuotaBytes: number;
  /** WEBHOOK_ALLOW_PRIVATE=1 lets outgoing webhooks reach loopback, private and link-local addresses. */
  webhookAllowPrivate: boolean;
  /** METRICS=1 serves Prometheus metrics at GET /metrics. */
  metrics: boolean;
  /**
   * DB_USE_HEADERS=1 answers every request with `x-db-statements` and `x-db-connections`: the SQL
   * statements it sent and the connections it waited for (the benchmark reads them; on PostgreSQL
   * the process's counts during the request, exact for requests sent one at a time).
   */
  dbUseHeaders: boolean;
  /**
   * The embedded database's buffer cache in MB (PGLITE_SHARED_BUFFERS_MB; unset: PGlite's 128 MB):
   * PostgreSQL's shared_buffers inside PGlite. Pages outside it are read through the file system
   * on the app's thread; more costs memory from the start (512 MB: ~390 MB more at rest).
   */
  pgliteSharedBuffersMb: number | undefined;
  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`. */
  metricsToken: string | undefined;
  /** How long a node waits for in-flight work on SIGTERM before it stops anyway. */
  shutdownTimeoutMs: number;
  /** The map page's tile layer (MAP_TILE_URL, a Leaflet URL template; default OpenStreetMap). */
  mapTileUrl: string;
  /** Its attribution (MAP_TILE_ATTRIBUTION). */
  mapTileAttribution: string;
  /** The values of `{s}` in the URL (MAP_TILE_SUBDOMAINS, default abc; AMap: 1234). */
  mapTileSubdomains: string;
  /** The coordinate system of those tiles (MAP_COORD_SYSTEM: wgs84, gcj02 for AMap/Tencent, bd09 for Baidu). */
  mapCoordSystem: 'wgs84' | 'gcj02' | 'bd09';
  /** Speech-to-text for voice follow-ups (ASR_PROVIDER and its settings); off when unset. */
  asr: AsrConfig;
}

/** ASR_PROVIDER=http (ASR_HTTP_URL, ASR_HTTP_TOKEN, ASR_HTTP_TIMEOUT_MS) or local (ASR_MODEL_PATH); unset: no transcription. */
export interface AsrConfig {
  provider: 'http' | 'local' | null;
  httpUrl: string | undefined;
  httpToken: string | undefined;
  httpTimeoutMs: number;
  modelPath: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (env.DATABASE_READ_URL && !env.DATABASE_URL)
    throw new Error('DATABASE_READ_URL needs DATABASE_URL: a read replica follows a PostgreSQL primary, not the embedded database');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    readMaxLagMs: positive(env.DATABASE_READ_MAX_LAG_MS, 60_000, 'DATABASE_READ_MAX_LAG_MS'),
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demo: env.DEMO === '1' || env.DEMO === 'true',
    timeMachine: env.TIME_MACHINE === '1' || env.TIME_MACHINE === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    webDistDir: path.resolve(env.WEB_DIST_DIR ?? path.join(process.cwd(), 'web', 'dist')),
    secureCookies: env.SECURE_COOKIES === '1',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    smtpUrl: env.SMTP_URL || undefined,
    smtpFrom: env.SMTP_FROM ?? '销售过程管理系统 <noreply@localhost>',
    schedulerIntervalMs: positive(env.SCHEDULER_INTERVAL_MS, 15_000, 'SCHEDULER_INTERVAL_MS'),
    outboxIntervalMs: positive(env.OUTBOX_INTERVAL_MS, 3_000, 'OUTBOX_INTERVAL_MS'),
    schedulerEnabled: env.SCHEDULER !== '0',
    creditProviderUrl: env.CREDIT_PROVIDER_URL || undefined,
    creditProviderToken: env.CREDIT_PROVIDER_TOKEN || undefined,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    auditKey: env.AUDIT_KEY || undefined,
    auditAnchorDir: path.resolve(env.AUDIT_ANCHOR_DIR ?? path.join(env.DATA_DIR ?? './data', 'audit-anchors')),
    uploadQuotaBytes: positive(env.UPLOAD_QUOTA_MB, 2048, 'UPLOAD_QUOTA_MB') * 1024 * 1024,
    webhookAllowPrivate: env.WEBHOOK_ALLOW_PRIVATE === '1' || env.WEBHOOK_ALLOW_PRIVATE === 'true',
    metrics: env.METRICS === '1' || env.METRICS === 'true',
    dbUseHeaders: env.DB_USE_HEADERS === '1' || env.DB_USE_HEADERS === 'true',
    pgliteSharedBuffersMb: env.PGLITE_SHARED_BUFFERS_MB ? megabytes(env.PGLITE_SHARED_BUFFERS_MB, 'PGLITE_SHARED_BUFFERS_MB') : undefined,
    metricsToken: env.METRICS_TOKEN || undefined,
    shutdownTimeoutMs: positive(env.SHUTDOWN_TIMEOUT_MS, 25_000, 'SHUTDOWN_TIMEOUT_MS'),
    mapTileUrl: env.MAP_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    mapTileAttribution: env.MAP_TILE_ATTRIBUTION ?? '© OpenStreetMap contributors',
    mapTileSubdomains: env.MAP_TILE_SUBDOMAINS || 'abc',
    mapCoordSystem: coordSystemOf(env.MAP_COORD_SYSTEM),
    asr: parseAsr(env),
  };
}

/** The speech-to-text settings; a misspelt provider or a non-http(s) URL stops the start with a clear message. */
export function parseAsr(env: NodeJS.ProcessEnv): AsrConfig {
  const name = env.ASR_PROVIDER?.trim().toLowerCase() || null;
  if (name !== null && name !== 'http' && name !== 'local') throw new Error(`ASR_PROVIDER must be "http" or "local", got "${env.ASR_PROVIDER}"`);
  const httpUrl = env.ASR_HTTP_URL?.trim() || undefined;
  if (name === 'http') {
    if (!httpUrl) throw new Error('ASR_PROVIDER=http needs ASR_HTTP_URL');
    const protocol = URL.canParse(httpUrl) ? new URL(httpUrl).protocol : null;
    if (protocol === null) throw new Error(`ASR_HTTP_URL is not a URL: "${httpUrl}"`);
    if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`ASR_HTTP_URL must be an http(s) URL, got "${protocol}"`);
  }
  return {
    provider: name,
    httpUrl,
    httpToken: env.ASR_HTTP_TOKEN || undefined,
    httpTimeoutMs: positive(env.ASR_HTTP_TIMEOUT_MS, 60_000, 'ASR_HTTP_TIMEOUT_MS'),
    modelPath: env.ASR_MODEL_PATH?.trim() ? path.resolve(env.ASR_MODEL_PATH.trim()) : undefined,
  };
}

function coordSystemOf(value: string | undefined): 'wgs84' | 'gcj02' | 'bd09' {
  const text = (value ?? 'wgs84').trim().toLowerCase() || 'wgs84';
  if (text !== 'wgs84' && text !== 'gcj02' && text !== 'bd09') throw new Error(`MAP_COORD_SYSTEM must be wgs84, gcj02 or bd09, got "${value}"`);
  return text;
}

/**
 * The origin a tile URL template loads images from, as a CSP source (`{s}` subdomains become a
 * wildcard); null for a template that is not an http(s) URL.
 */
export function tileImageSource(template: string): string | null {
  const match = /^(https?):\/\/([^/]+)/i.exec(template.trim());
  if (!match) return null;
  let host = match[2].replace(/\{[^}]*\}/g, (m) => (m === '{s}' ? '*' : 'x'));
  if (host.includes('*') && !host.startsWith('*.')) host = '*.' + host.slice(host.indexOf('.') + 1);
  return `${match[1].toLowerCase()}://${host}`;
}

/**
 * TRUST_PROXY: unset, "0" or "false" trusts no proxy; a whole number is the count of proxies in
 * front of the app; anything else is a comma-separated list of proxy addresses or CIDRs.
 */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const text = value?.trim();
  if (!text || text === '0' || text.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of list) {
    if (!/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(entry) && !['loopback', 'linklocal', 'uniquelocal'].includes(entry))
      throw new Error(`TRUST_PROXY must be a hop count or a comma-separated list of proxy addresses/CIDRs, got "${entry}"`);
  }
  return list;
}

/** A size in whole megabytes: a value that rounds to 0 would silently mean the default, so it is refused. */
function megabytes(value: string, name: string): number {
  const mb = Math.round(positive(value, 0, name));
  if (mb < 1) throw new Error(`${name} is in megabytes and must be at least 1, got "${value}"`);
  return mb;
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return n;
}
