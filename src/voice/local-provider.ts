import fs from 'node:fs';
import { cleanTranscript, TranscriptionError, type AudioInput, type EngineStatus, type Transcript, type TranscriptionProvider } from './provider.js';
import { decodeWavTo16kMono, isWav, UnsupportedAudioError } from './wav.js';

/**
 * ASR_PROVIDER=local: whisper.cpp in the server process through a Node binding, with the ggml
 * model file at ASR_MODEL_PATH (the administrator provides it; nothing is downloaded). The binding
 * is not a dependency of the app: it is imported lazily, so an install without it starts and
 * reports `engine_missing`. It reads WAV; browsers' webm/opus and mp4/aac would need ffmpeg, which
 * the app does not ship — use the HTTP provider for those (docs/voice.md).
 */
export const ENGINE_PACKAGE = '@fugood/whisper.node';

/** What the app needs of a whisper.cpp binding. */
export interface WhisperEngine {
  transcribe(samples: Float32Array, options: { language: string }): Promise<{ text: string; segments: { start: number; end: number; text: string }[] }>;
}

export type EngineLoader = (modelPath: string) => Promise<WhisperEngine | null>;

/** Loads the binding and the model; null when the binding is not installed. */
export const loadFugoodWhisper: EngineLoader = async (modelPath) => {
  let binding: { initWhisper?: (options: Record<string, unknown>) => Promise<unknown> };
  try {
    binding = (await import(/* @vite-ignore */ ENGINE_PACKAGE)) as typeof binding;
  } catch {
    return null;
  }
  if (typeof binding.initWhisper !== 'function') return null;
  const context = (await binding.initWhisper({ filePath: modelPath, useGpu: false })) as {
    transcribeData(
      data: ArrayBuffer,
      options: Record<string, unknown>,
    ): { promise: Promise<{ result: string; segments?: { t0: number; t1: number; text: string }[] }> };
  };
  return {
    async transcribe(samples, { language }) {
      // The binding's transcribeData takes 16-bit PCM (it converts to float itself).
      const { promise } = context.transcribeData(toPcm16(samples), { language, temperature: 0 });
      const result = await promise;
      return {
        text: result.result,
        // whisper.cpp counts in hundredths of a second.
        segments: (result.segments ?? []).map((s) => ({ start: s.t0 / 100, end: s.t1 / 100, text: s.text })),
      };
    },
  };
};

/** Float samples in [-1, 1] as little-endian 16-bit PCM. */
export function toPcm16(samples: Float32Array): ArrayBuffer {
  const pcm = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) pcm[i] = Math.max(-32768, Math.min(32767, Math.round(samples[i] * 32767)));
  return pcm.buffer;
}

export function localProvider(options: { modelPath: string | undefined; loader?: EngineLoader }): TranscriptionProvider {
  const loader = options.loader ?? loadFugoodWhisper;
  let engine: Promise<WhisperEngine | null> | null = null;
  let loadError: string | null = null;

  const load = () => {
    engine ??= loader(options.modelPath!).catch((error: unknown) => {
      loadError = error instanceof Error ? error.message : String(error);
      return null;
    });
    return engine;
  };

  const status = async (): Promise<EngineStatus> => {
    if (!options.modelPath) return { provider: 'local', state: 'model_missing', detail: 'ASR_MODEL_PATH is not set' };
    if (!fs.existsSync(options.modelPath)) return { provider: 'local', state: 'model_missing', detail: `no model file at ${options.modelPath}` };
    const loaded = await load();
    if (loaded) return { provider: 'local', state: 'ready', detail: null };
    if (loadError) return { provider: 'local', state: 'model_missing', detail: `the model could not be loaded: ${loadError}` };
    return { provider: 'local', state: 'engine_missing', detail: `the whisper.cpp binding ${ENGINE_PACKAGE} is not installed (npm install ${ENGINE_PACKAGE})` };
  };

  return {
    name: 'local',
    status,
    async transcribe(audio: AudioInput, { language }): Promise<Transcript> {
      const loaded = await load();
      if (!loaded) throw new TranscriptionError((await status()).detail ?? 'the local engine is not available');
      if (!isWav(audio.bytes)) throw new TranscriptionError(`the local engine reads WAV only (this is ${audio.mime}; ffmpeg is not installed)`, false);
      let samples: Float32Array;
      try {
        samples = decodeWavTo16kMono(audio.bytes).samples;
      } catch (error) {
        if (error instanceof UnsupportedAudioError) throw new TranscriptionError(error.message, false);
        throw error;
      }
      // whisper.cpp takes a language code without the region.
      const result = await loaded.transcribe(samples, { language: language.split('-')[0] });
      return {
        text: cleanTranscript(result.text),
        segments: result.segments.map((s) => ({ ...s, text: cleanTranscript(s.text) })),
        language: language.split('-')[0],
      };
    },
  };
}
