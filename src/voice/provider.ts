/**
 * A speech-to-text engine behind one interface, chosen by ASR_PROVIDER: `http` posts the recording
 * to a service (docs/voice.md has the contract), `local` runs whisper.cpp on the server with a
 * model file the administrator provides. Neither configured: transcription is off and the rep
 * types the text.
 */
export interface TranscriptSegment {
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  text: string;
}

export interface Transcript {
  text: string;
  segments: TranscriptSegment[];
  /** The language the engine heard, when it says. */
  language: string | null;
}

export interface AudioInput {
  bytes: Buffer;
  /** The type detected from the bytes at upload (audio/webm from Chrome, audio/mp4 from Safari, audio/wav…). */
  mime: string;
  name: string;
}

/** Whether an engine can run: `ready`, or why not (shown to the rep and in GET /transcriptions/engine). */
export type EngineState = 'ready' | 'disabled' | 'engine_missing' | 'model_missing' | 'unsupported';

export interface EngineStatus {
  provider: 'http' | 'local' | null;
  state: EngineState;
  /** One line for an administrator: what is missing, in English (logs and docs speak English). */
  detail: string | null;
}

export interface TranscriptionProvider {
  readonly name: 'http' | 'local';
  status(): Promise<EngineStatus>;
  /** Transcribes one recording; throws a TranscriptionError (or any error) when it cannot. */
  transcribe(audio: AudioInput, options: { language: string }): Promise<Transcript>;
}

/** A failure with a short reason kept on the transcription (no stack traces, no secrets). */
export class TranscriptionError extends Error {
  constructor(
    message: string,
    /** False when trying again cannot help (the engine refused the audio as such). */
    readonly retryable = true,
  ) {
    super(message);
    this.name = 'TranscriptionError';
  }
}

/** Keeps an engine's text within what a follow-up takes and without control characters. */
export function cleanTranscript(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[ \t]+/g, ' ')
      .trim()
      .slice(0, 10000)
  );
}
