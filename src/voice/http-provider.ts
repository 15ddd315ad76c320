import { z } from 'zod';
import { cleanTranscript, TranscriptionError, type AudioInput, type EngineStatus, type Transcript, type TranscriptionProvider } from './provider.js';

/**
 * ASR_PROVIDER=http: the recording goes, as uploaded (no transcoding), to ASR_HTTP_URL as
 * `multipart/form-data` with the fields `file` (the audio, with its file name and type),
 * `language` (`zh-CN`) and `format` (the audio's MIME type), and `Authorization: Bearer
 * <ASR_HTTP_TOKEN>` when a token is set. The service answers 200 with JSON
 * `{"text": "…", "segments"?: [{"start", "end", "text"}], "language"?: "zh"}`. Anything else —
 * another status, a body that is not that JSON, no answer within ASR_HTTP_TIMEOUT_MS — fails the
 * attempt; the recording stays and the transcription is retried. Redirects are not followed.
 */
const answerSchema = z.object({
  text: z.string(),
  segments: z
    .array(z.object({ start: z.number(), end: z.number(), text: z.string() }))
    .max(10000)
    .optional(),
  language: z.string().max(20).optional(),
});

const MAX_ANSWER_BYTES = 2 * 1024 * 1024;

export interface HttpProviderOptions {
  url: string;
  token?: string;
  timeoutMs: number;
}

export function httpProvider(options: HttpProviderOptions): TranscriptionProvider {
  return {
    name: 'http',
    async status(): Promise<EngineStatus> {
      return { provider: 'http', state: 'ready', detail: null };
    },
    async transcribe(audio: AudioInput, { language }): Promise<Transcript> {
      const target = new URL(options.url);
      // The URL is an administrator's setting, checked at start; checked again before every use.
      if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new TranscriptionError('ASR_HTTP_URL is not an http(s) URL', false);
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array(audio.bytes)], { type: audio.mime }), audio.name);
      form.set('language', language);
      form.set('format', audio.mime);
      const headers: Record<string, string> = { accept: 'application/json' };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      let response: Response;
      try {
        response = await fetch(target, { method: 'POST', body: form, headers, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs) });
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') throw new TranscriptionError(`no answer within ${options.timeoutMs} ms`);
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        throw new TranscriptionError(`could not reach the service${cause ? ` (${cause})` : ''}`);
      }
      const body = await readLimited(response);
      if (response.status !== 200) {
        // A refusal of the request as such will not change on a retry; overload and outages may.
        const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
        throw new TranscriptionError(`HTTP ${response.status}`, retryable);
      }
      let parsed: z.infer<typeof answerSchema>;
      try {
        parsed = answerSchema.parse(JSON.parse(body));
      } catch {
        throw new TranscriptionError('the answer is not {"text": …} JSON');
      }
      return {
        text: cleanTranscript(parsed.text),
        segments: (parsed.segments ?? []).map((s) => ({ start: s.start, end: s.end, text: cleanTranscript(s.text) })),
        language: parsed.language ?? null,
      };
    },
  };
}

async function readLimited(response: Response): Promise<string> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > MAX_ANSWER_BYTES) throw new TranscriptionError('the answer is too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
