import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { AppError, notFound } from '../core/http/errors.js';
import { FileStorage } from '../files/index.js';
import { httpProvider } from './http-provider.js';
import { localProvider } from './local-provider.js';
import { TranscriptionError, type EngineStatus, type TranscriptionProvider } from './provider.js';
import { suggestTags, type Suggestions } from './suggest.js';

/** The language the reps speak; the engines are asked for Mandarin. */
export const TRANSCRIPTION_LANGUAGE = 'zh-CN';
/** Attempts before a failed transcription waits for a person's retry. */
export const MAX_ATTEMPTS = 6;
/** Minutes to wait after the n-th failed attempt (the last value repeats). */
const BACKOFF_MINUTES = [1, 5, 15, 60, 240];
/** A transcription still running after this long was cut off (a node stopped): it is run again. */
export const STALE_RUNNING_MS = 10 * 60_000;

export type TranscriptionStatus = 'queued' | 'running' | 'done' | 'failed';

const providers = new WeakMap<AppContext, TranscriptionProvider | null>();

/** The engine ASR_PROVIDER names, one per app (the local engine keeps its model loaded). */
export function providerOf(ctx: AppContext): TranscriptionProvider | null {
  if (providers.has(ctx)) return providers.get(ctx)!;
  const asr = ctx.config.asr;
  let provider: TranscriptionProvider | null = null;
  if (asr.provider === 'http' && asr.httpUrl) provider = httpProvider({ url: asr.httpUrl, token: asr.httpToken, timeoutMs: asr.httpTimeoutMs });
  if (asr.provider === 'local') provider = localProvider({ modelPath: asr.modelPath });
  providers.set(ctx, provider);
  return provider;
}

export async function engineStatus(ctx: AppContext): Promise<EngineStatus> {
  const provider = providerOf(ctx);
  if (!provider) return { provider: null, state: 'disabled', detail: 'ASR_PROVIDER is not set' };
  return provider.status();
}

/** Browsers record webm/opus (Chrome, Firefox) or mp4/aac (Safari); phones' recorders m4a, amr; tests WAV. */
export function isAudio(mime: string): boolean {
  const type = mime.split(';')[0].trim().toLowerCase();
  return type.startsWith('audio/') || ['video/webm', 'video/mp4', 'video/ogg', 'application/ogg', 'video/quicktime'].includes(type);
}

interface FileRow {
  id: string;
  name: string;
  kind: string;
  mime: string;
  storage_path: string;
  uploaded_by: string;
  uploader_team: string | null;
  uploader_region: string | null;
}

/**
 * A recording's transcript is the uploader's, and their managers' within their scope: a
 * supervisor's teams, a regional manager's region, everyone for directors and admins. Anyone
 * else is told it does not exist.
 */
async function visibleFile(ctx: AppContext, actor: Actor, fileId: string): Promise<FileRow | null> {
  const file = await ctx.db
    .selectFrom('files')
    .innerJoin('users', 'users.id', 'files.uploaded_by')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .select(['files.id', 'files.name', 'files.kind', 'files.mime', 'files.storage_path', 'files.uploaded_by', 'users.team_id as uploader_team'])
    .select((eb) => eb.fn.coalesce('teams.region', 'users.region').as('uploader_region'))
    .where('files.id', '=', fileId)
    .executeTakeFirst();
  if (!file) return null;
  return reaches(actor, file) ? file : null;
}

function reaches(actor: Actor, file: { uploaded_by: string; uploader_team: string | null; uploader_region: string | null }): boolean {
  if (file.uploaded_by === actor.id) return true;
  const scope = actor.scope;
  if (scope.readOnly) return false;
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return scope.region !== null && file.uploader_region === scope.region;
    case 'team':
      return file.uploader_team !== null && scope.teamIds.includes(file.uploader_team);
    default:
      return false;
  }
}

export interface TranscriptionView {
  id: string;
  fileId: string;
  status: TranscriptionStatus;
  provider: string;
  language: string;
  text: string | null;
  segments: { start: number; end: number; text: string }[];
  detectedLanguage: string | null;
  error: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  followupId: string | null;
  createdAt: string;
  completedAt: string | null;
  suggestions: Suggestions;
}

const EMPTY_SUGGESTIONS: Suggestions = { valueTag: null, concerns: [], keywords: [], matches: [] };

async function view(ctx: AppContext, id: string): Promise<TranscriptionView> {
  const row = await ctx.db.selectFrom('transcriptions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const suggestions = row.text ? suggestTags(row.text, (await ctx.playbook.active()).document) : EMPTY_SUGGESTIONS;
  return {
    id: row.id,
    fileId: row.file_id,
    status: row.status as TranscriptionStatus,
    provider: row.provider,
    language: row.language,
    text: row.text,
    segments: typeof row.segments === 'string' ? (JSON.parse(row.segments) as TranscriptionView['segments']) : row.segments,
    detectedLanguage: row.detected_language,
    error: row.error,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at?.toISOString() ?? null,
    followupId: row.followup_id,
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
    suggestions,
  };
}

/** Transcription needs an engine that can run; otherwise 503 with what is missing. */
async function readyProvider(ctx: AppContext): Promise<TranscriptionProvider> {
  const provider = providerOf(ctx);
  if (!provider) throw new AppError(503, 'TRANSCRIPTION_DISABLED');
  const status = await provider.status();
  if (status.state !== 'ready') throw new AppError(503, 'TRANSCRIPTION_UNAVAILABLE', { reason: status.detail ?? status.state }, status);
  return provider;
}

/**
 * POST /transcriptions: the job is stored before the engine is asked (nothing acknowledged is
 * lost), then run at once; a failure leaves it `failed` with its reason and the time of the next
 * automatic attempt. A recording that already has a transcription gets that one (a failed one is
 * tried again).
 */
export async function requestTranscription(ctx: AppContext, actor: Actor, fileId: string): Promise<{ created: boolean; transcription: TranscriptionView }> {
  const provider = await readyProvider(ctx);
  const file = await visibleFile(ctx, actor, fileId);
  if (!file) throw notFound('file');
  if (file.kind !== 'recording' || !isAudio(file.mime)) throw new AppError(422, 'AUDIO_REQUIRED', { kind: file.kind, mime: file.mime });
  const existing = await ctx.db
    .selectFrom('transcriptions')
    .select(['id', 'status'])
    .where('file_id', '=', fileId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (existing) {
    if (existing.status === 'failed') return { created: false, transcription: await retryTranscription(ctx, actor, existing.id) };
    return { created: false, transcription: await view(ctx, existing.id) };
  }
  const id = randomUUID();
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('transcriptions')
      .values({
        id,
        file_id: fileId,
        requested_by: actor.id,
        status: 'running',
        provider: provider.name,
        language: TRANSCRIPTION_LANGUAGE,
        claimed_at: now,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'transcription.request',
      entityType: 'transcription',
      entityId: id,
      data: { fileId, provider: provider.name, uploadedBy: file.uploaded_by },
    });
  });
  await runAttempt(ctx, provider, id);
  return { created: true, transcription: await view(ctx, id) };
}

export async function getTranscription(ctx: AppContext, actor: Actor, id: string): Promise<TranscriptionView> {
  const row = await ctx.db.selectFrom('transcriptions').select(['id', 'file_id']).where('id', '=', id).executeTakeFirst();
  if (!row || !(await visibleFile(ctx, actor, row.file_id))) throw notFound('transcription');
  return view(ctx, id);
}

/** A person's retry of a failed (or still queued) transcription: at once, whatever the backoff said. */
export async function retryTranscription(ctx: AppContext, actor: Actor, id: string): Promise<TranscriptionView> {
  const row = await ctx.db.selectFrom('transcriptions').select(['id', 'file_id', 'status']).where('id', '=', id).executeTakeFirst();
  if (!row || !(await visibleFile(ctx, actor, row.file_id))) throw notFound('transcription');
  const provider = await readyProvider(ctx);
  const now = ctx.clock.now();
  const claimed = await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('transcriptions')
      .set({ status: 'running', claimed_at: now, updated_at: now, provider: provider.name })
      .where('id', '=', id)
      .where('status', 'in', ['failed', 'queued'])
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'transcription.retry',
      entityType: 'transcription',
      entityId: id,
      data: { fileId: row.file_id },
    });
    return true;
  });
  if (!claimed) throw new AppError(409, 'TRANSCRIPTION_STATE', { status: row.status });
  await runAttempt(ctx, provider, id);
  return view(ctx, id);
}

/** The text a rep typed (no engine needed): what it suggests. */
export async function suggestFor(ctx: AppContext, text: string): Promise<Suggestions> {
  return suggestTags(text, (await ctx.playbook.active()).document);
}

/**
 * One attempt of a claimed (`running`) transcription: reads the recording, asks the engine,
 * stores the transcript or the failure. Never throws for the engine's failures.
 */
export async function runAttempt(ctx: AppContext, provider: TranscriptionProvider, id: string): Promise<TranscriptionStatus> {
  const row = await ctx.db
    .selectFrom('transcriptions')
    .leftJoin('files', 'files.id', 'transcriptions.file_id')
    .select(['transcriptions.attempts', 'files.name', 'files.mime', 'files.storage_path'])
    .where('transcriptions.id', '=', id)
    .executeTakeFirstOrThrow();
  const attempts = Number(row.attempts) + 1;
  let outcome: { text: string; segments: unknown[]; language: string | null } | { error: string; retryable: boolean };
  try {
    if (!row.storage_path) throw new TranscriptionError('the recording is gone', false);
    const storage = new FileStorage(path.join(ctx.config.dataDir, 'files'));
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(storage.absolute(row.storage_path));
    } catch {
      throw new TranscriptionError('the recording cannot be read', false);
    }
    const transcript = await provider.transcribe({ bytes, mime: row.mime!, name: row.name! }, { language: TRANSCRIPTION_LANGUAGE });
    outcome = transcript;
  } catch (error) {
    const known = error instanceof TranscriptionError;
    outcome = { error: known ? error.message : 'the engine failed', retryable: known ? error.retryable : true };
    if (!known) ctx.log.warn({ err: error, transcriptionId: id }, 'transcription engine failed');
  }
  const now = ctx.clock.now();
  if ('text' in outcome) {
    await ctx.db
      .updateTable('transcriptions')
      .set({
        status: 'done',
        text: outcome.text,
        segments: JSON.stringify(outcome.segments),
        detected_language: outcome.language,
        error: null,
        attempts,
        next_attempt_at: null,
        claimed_at: null,
        updated_at: now,
        completed_at: now,
      })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .execute();
    return 'done';
  }
  const again = outcome.retryable && attempts < MAX_ATTEMPTS;
  const waitMinutes = BACKOFF_MINUTES[Math.min(attempts, BACKOFF_MINUTES.length) - 1];
  await ctx.db
    .updateTable('transcriptions')
    .set({
      status: 'failed',
      error: outcome.error,
      attempts,
      next_attempt_at: again ? new Date(now.getTime() + waitMinutes * 60_000) : null,
      claimed_at: null,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
  return 'failed';
}

/**
 * The sweep: failed transcriptions whose next attempt is due, queued ones, and running ones cut
 * off by a stopped node are claimed (a conditional update, so two nodes never run the same one)
 * and tried again, three per tick (each attempt may take up to the engine’s timeout).
 */
export async function retryDue(ctx: AppContext, now: Date, limit = 3): Promise<number> {
  const provider = providerOf(ctx);
  if (!provider || (await provider.status()).state !== 'ready') return 0;
  const stale = new Date(now.getTime() - STALE_RUNNING_MS);
  const due = await ctx.db
    .selectFrom('transcriptions')
    .select(['id', 'status', 'claimed_at'])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', 'in', ['failed', 'queued']), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'running'), eb('claimed_at', '<', stale)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  let ran = 0;
  for (const job of due) {
    const claim = await ctx.db
      .updateTable('transcriptions')
      .set({ status: 'running', claimed_at: now, updated_at: now })
      .where('id', '=', job.id)
      .where('status', '=', job.status)
      .where(sql<boolean>`claimed_at is not distinct from ${job.claimed_at}`)
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) === 0) continue;
    await runAttempt(ctx, provider, job.id);
    ran++;
  }
  return ran;
}
