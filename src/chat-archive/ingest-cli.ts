import fs from 'node:fs';
import readline from 'node:readline';
import type { AppContext } from '../core/context.js';
import { text } from '../core/i18n/catalogue.js';
import type { Locale } from '../core/i18n/locale.js';
import { ingestArchive, MAX_RECORDS, type IngestStatus, type IngestSummary } from './ingest.service.js';

/**
 * `npm run wecom:ingest -- FILE.jsonl [--batch 1000] [--url URL --token TOKEN]`: archives an export
 * of the WeCom SDK, one JSON record per line, in batches. Straight into the database of this
 * installation, or through the API of a running server (`--url` with an API token of scope
 * `integrations`). A line that is not JSON is counted as rejected by its line number; no line's
 * content is ever printed.
 */
export interface IngestCliOptions {
  file: string;
  batch: number;
  url: string | null;
  token: string | null;
  locale: Locale;
}

export function parseIngestArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): IngestCliOptions {
  let file: string | null = null;
  let batch = 1000;
  let url = env.SPM_URL ?? null;
  let token = env.SPM_TOKEN ?? null;
  let locale: Locale = env.LANG?.startsWith('en') ? 'en' : 'zh-CN';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--batch') batch = Number(value());
    else if (arg.startsWith('--batch=')) batch = Number(arg.slice(8));
    else if (arg === '--url') url = value();
    else if (arg === '--token') token = value();
    else if (arg === '--lang') locale = value() === 'en' ? 'en' : 'zh-CN';
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (file === null) file = arg;
    else throw new Error(`one file at a time (got ${arg})`);
  }
  if (!file) throw new Error('usage: npm run wecom:ingest -- FILE.jsonl [--batch 1000] [--url http://host:port --token spm_…]');
  if (!Number.isInteger(batch) || batch < 1 || batch > MAX_RECORDS) throw new Error(`--batch must be a whole number from 1 to ${MAX_RECORDS}`);
  if (url && !token) throw new Error('--url needs --token (an API token with the integrations scope), or SPM_TOKEN');
  return { file, batch, url: url ? url.replace(/\/+$/, '') : null, token, locale };
}

/** Sends one batch of records somewhere and answers the per-record results. */
export type IngestSink = (records: unknown[]) => Promise<IngestSummary>;

export const directSink =
  (ctx: AppContext, locale: Locale): IngestSink =>
  (records) =>
    ingestArchive(ctx, records, {
      actorId: null,
      messages: {
        rejected: (r) => text(locale, 'chat.rejected', { reason: r.reason, field: r.field }),
        skipped: (reason, days) => text(locale, 'chat.skipped', { reason, days }),
      },
    });

export const httpSink =
  (url: string, token: string, locale: Locale): IngestSink =>
  async (records) => {
    const response = await fetch(`${url}/api/v1/integrations/wecom/archive`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': locale },
      body: JSON.stringify({ records }),
    });
    const body = (await response.json().catch(() => null)) as (IngestSummary & { error?: { code: string; message: string } }) | null;
    if (!response.ok || !body?.results)
      throw new Error(`HTTP ${response.status}: ${body?.error ? `${body.error.code} ${body.error.message}` : 'unexpected answer'}`);
    return body;
  };

export interface IngestTotals extends Record<IngestStatus, number> {
  processed: number;
  seconds: number;
  perSecond: number;
  /** The first rejected lines: line number and reason. */
  rejections: { line: number; msgid: string; error: string }[];
}

const fmt = (n: number) => n.toLocaleString('en-US');

function progressLine(t: IngestTotals, fraction: number, locale: Locale): string {
  const width = 24;
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}%`;
  return locale === 'en'
    ? `${bar} processed ${fmt(t.processed)} | stored ${fmt(t.stored)} | duplicates ${fmt(t.duplicate)} | rejected ${fmt(t.rejected)} | ${fmt(Math.round(t.perSecond))} msg/s`
    : `${bar} 已处理 ${fmt(t.processed)} | 已存档 ${fmt(t.stored)} | 重复 ${fmt(t.duplicate)} | 拒收 ${fmt(t.rejected)} | ${fmt(Math.round(t.perSecond))} 条/秒`;
}

export function summaryLines(t: IngestTotals, locale: Locale): string[] {
  const en = locale === 'en';
  const lines = en
    ? [
        `Done in ${t.seconds.toFixed(1)} s (${fmt(Math.round(t.perSecond))} msg/s): ${fmt(t.processed)} records`,
        `  stored ${fmt(t.stored)}, recalls applied ${fmt(t.recalled)}, duplicates ${fmt(t.duplicate)}, skipped ${fmt(t.skipped)}, rejected ${fmt(t.rejected)}`,
      ]
    : [
        `完成，用时 ${t.seconds.toFixed(1)} 秒（${fmt(Math.round(t.perSecond))} 条/秒）：共 ${fmt(t.processed)} 条记录`,
        `  已存档 ${fmt(t.stored)}，撤回 ${fmt(t.recalled)}，重复 ${fmt(t.duplicate)}，跳过 ${fmt(t.skipped)}，拒收 ${fmt(t.rejected)}`,
      ];
  for (const r of t.rejections) lines.push(en ? `  line ${r.line}: ${r.error}` : `  第 ${r.line} 行：${r.error}`);
  if (t.rejected > t.rejections.length)
    lines.push(en ? `  … ${t.rejected - t.rejections.length} more rejected` : `  … 另有 ${t.rejected - t.rejections.length} 条拒收`);
  return lines;
}

const MAX_LISTED = 20;

/** Reads the file line by line, sends it in batches, reports progress; answers the totals. */
export async function runIngest(
  options: Pick<IngestCliOptions, 'file' | 'batch' | 'locale'>,
  sink: IngestSink,
  progress: (line: string) => void = () => {},
  now: () => number = () => performance.now(),
): Promise<IngestTotals> {
  const size = (await fs.promises.stat(options.file)).size || 1;
  const stream = fs.createReadStream(options.file);
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  const totals: IngestTotals = { processed: 0, stored: 0, duplicate: 0, recalled: 0, skipped: 0, rejected: 0, seconds: 0, perSecond: 0, rejections: [] };
  const started = now();
  let batch: { line: number; record: unknown }[] = [];
  let lineNo = 0;
  const reject = (line: number, msgid: string, error: string) => {
    totals.rejected++;
    totals.processed++;
    if (totals.rejections.length < MAX_LISTED) totals.rejections.push({ line, msgid, error });
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    const { results } = await sink(sent.map((b) => b.record));
    results.forEach((r, i) => {
      if (r.status === 'rejected') {
        reject(sent[i].line, r.msgid, r.error ?? '');
        return;
      }
      totals[r.status]++;
      totals.processed++;
    });
    totals.seconds = (now() - started) / 1000;
    totals.perSecond = totals.seconds > 0 ? totals.processed / totals.seconds : 0;
    progress(progressLine(totals, stream.bytesRead / size, options.locale));
  };
  for await (const raw of lines) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      reject(lineNo, '', options.locale === 'en' ? 'not JSON' : '不是 JSON');
      continue;
    }
    batch.push({ line: lineNo, record });
    if (batch.length >= options.batch) await flush();
  }
  await flush();
  totals.seconds = (now() - started) / 1000;
  totals.perSecond = totals.seconds > 0 ? totals.processed / totals.seconds : 0;
  return totals;
}
