import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, uuidString } from '../core/http/common.js';
import { engineStatus, getTranscription, requestTranscription, retryTranscription, suggestFor } from './transcription.service.js';

const matchSchema = z
  .object({
    kind: z.enum(['valueTag', 'concern']),
    key: z.string().meta({ description: 'The value tag or concern category key' }),
    label: z.string(),
    labelEn: z.string().nullable(),
    words: z.array(z.string()).meta({ description: 'The playbook keywords found in the text' }),
  })
  .meta({ id: 'TagMatch', description: 'Why a tag is suggested: the keywords of the text that matched it' });

const suggestionsSchema = z
  .object({
    valueTag: z
      .string()
      .nullable()
      .meta({ description: 'The suggested value tag: the one with the most distinct matched keywords (ties: the playbook’s order); null when none matched' }),
    concerns: z.array(z.string()).meta({ description: 'Suggested concern categories (playbook `concerns.categories` keys), in the playbook’s order' }),
    keywords: z.array(z.string()).meta({ description: 'Every matched keyword, once' }),
    matches: z.array(matchSchema),
  })
  .meta({ id: 'TagSuggestions', description: '自动打标: the value tag and concerns the text suggests, for the rep to confirm' });

const transcriptionSchema = z
  .object({
    id: uuidString,
    fileId: uuidString,
    status: z.enum(['queued', 'running', 'done', 'failed']).meta({
      description:
        '`done` has the text; `failed` keeps the recording and names the error — it is retried automatically (see `nextAttemptAt`) or with POST …/retry',
    }),
    provider: z.string().meta({ description: '`http` or `local`' }),
    language: z.string().meta({ description: 'The language asked for (zh-CN)' }),
    text: z.string().nullable(),
    segments: z
      .array(z.object({ start: z.number(), end: z.number(), text: z.string() }))
      .meta({ description: 'Timed parts of the text, when the engine gives them (seconds)' }),
    detectedLanguage: z.string().nullable(),
    error: z.string().nullable().meta({ description: 'Why the last attempt failed' }),
    attempts: z.number().int(),
    nextAttemptAt: dateTimeString.nullable().meta({ description: 'When a failed transcription is tried again by itself; null: only on request' }),
    followupId: uuidString.nullable().meta({ description: 'The follow-up the recording became evidence of' }),
    createdAt: dateTimeString,
    completedAt: dateTimeString.nullable(),
    suggestions: suggestionsSchema,
  })
  .meta({ id: 'Transcription', description: '语音转写: the text of an uploaded recording, with suggested tags' });

const engineSchema = z
  .object({
    provider: z.enum(['http', 'local']).nullable(),
    state: z.enum(['ready', 'disabled', 'engine_missing', 'model_missing', 'unsupported']),
    detail: z.string().nullable().meta({ description: 'What is missing, for an administrator' }),
    language: z.string(),
  })
  .meta({ id: 'TranscriptionEngine', description: 'Whether recordings can be transcribed here (ASR_PROVIDER)' });

export function transcriptionRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/transcriptions/engine',
    {
      schema: {
        operationId: 'getTranscriptionEngine',
        tags: ['transcriptions'],
        summary: 'Whether speech-to-text is configured and can run (the follow-up form hides or explains its voice input by it)',
        response: { 200: engineSchema },
      },
    },
    async (request) => {
      actorOf(request);
      return { ...(await engineStatus(ctx)), language: 'zh-CN' };
    },
  );

  app.post(
    '/transcriptions',
    {
      schema: {
        operationId: 'createTranscription',
        tags: ['transcriptions'],
        summary:
          'Transcribe an uploaded recording (POST /files with kind `recording` first); stored, then run at once: 201 with the text and suggested tags, or `failed` with the recording kept and a retry planned. A recording already transcribed answers 200 with its transcription.',
        body: z
          .object({ fileId: z.uuid().meta({ description: 'A recording the caller uploaded (or, for a manager, one of their reps uploaded)' }) })
          .strict()
          .meta({ id: 'CreateTranscriptionRequest' }),
        response: { 200: transcriptionSchema, 201: transcriptionSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['AUDIO_REQUIRED'], 503: ['TRANSCRIPTION_DISABLED', 'TRANSCRIPTION_UNAVAILABLE'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const { created, transcription } = await requestTranscription(ctx, actor, request.body.fileId);
      return reply.status(created ? 201 : 200).send(transcription);
    },
  );

  app.post(
    '/transcriptions/suggest',
    {
      schema: {
        operationId: 'suggestTags',
        tags: ['transcriptions'],
        summary: 'The value tag and concerns a typed follow-up text suggests (no speech engine needed)',
        body: z
          .object({ text: z.string().max(10000) })
          .strict()
          .meta({ id: 'SuggestTagsRequest' }),
        response: { 200: suggestionsSchema },
      },
    },
    async (request) => {
      actorOf(request);
      return suggestFor(ctx, request.body.text);
    },
  );

  app.get(
    '/transcriptions/:id',
    {
      schema: {
        operationId: 'getTranscription',
        tags: ['transcriptions'],
        summary: 'A transcription (poll it while `queued` or `running`)',
        params: idParams,
        response: { 200: transcriptionSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => getTranscription(ctx, actorOf(request), request.params.id),
  );

  app.post(
    '/transcriptions/:id/retry',
    {
      schema: {
        operationId: 'retryTranscription',
        tags: ['transcriptions'],
        summary: 'Try a failed transcription again now',
        params: idParams,
        response: { 200: transcriptionSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['TRANSCRIPTION_STATE'], 503: ['TRANSCRIPTION_DISABLED', 'TRANSCRIPTION_UNAVAILABLE'] },
      },
    },
    async (request) => retryTranscription(ctx, requirePermission(request, 'records:write'), request.params.id),
  );
}
