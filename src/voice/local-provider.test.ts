import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localProvider, toPcm16, type WhisperEngine } from './local-provider.js';
import { encodeWav } from './wav.js';

const model = () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asr-model-')), 'ggml-test.bin');
  fs.writeFileSync(file, 'not really a model');
  return file;
};

describe('the local engine (whisper.cpp) behind the provider interface', () => {
  it('says what is missing: the model path, the model file, the binding', async () => {
    expect(await localProvider({ modelPath: undefined }).status()).toMatchObject({ state: 'model_missing', detail: 'ASR_MODEL_PATH is not set' });
    expect(await localProvider({ modelPath: '/nowhere/ggml.bin' }).status()).toMatchObject({ state: 'model_missing' });
    const missing = localProvider({ modelPath: model(), loader: async () => null });
    expect(await missing.status()).toMatchObject({ state: 'engine_missing', detail: expect.stringContaining('@fugood/whisper.node') });
    const broken = localProvider({
      modelPath: model(),
      loader: async () => {
        throw new Error('Failed to initialize whisper context');
      },
    });
    expect(await broken.status()).toMatchObject({ state: 'model_missing', detail: expect.stringContaining('Failed to initialize') });
    await expect(
      broken.transcribe({ bytes: encodeWav(new Float32Array(16), 16_000), mime: 'audio/wav', name: 'a.wav' }, { language: 'zh-CN' }),
    ).rejects.toThrow();
  });

  it('decodes WAV to 16 kHz mono for the engine and asks for Mandarin', async () => {
    const calls: { samples: number; language: string }[] = [];
    const engine: WhisperEngine = {
      transcribe: async (samples, { language }) => {
        calls.push({ samples: samples.length, language });
        return { text: ' 客户关注价格。 ', segments: [{ start: 0, end: 1.5, text: ' 客户关注价格。' }] };
      },
    };
    const provider = localProvider({ modelPath: model(), loader: async () => engine });
    expect((await provider.status()).state).toBe('ready');
    // One second at 22.05 kHz (espeak-ng's rate) becomes 16,000 samples.
    const wav = encodeWav(new Float32Array(22_050), 22_050);
    const result = await provider.transcribe({ bytes: wav, mime: 'audio/wav', name: 'clip.wav' }, { language: 'zh-CN' });
    expect(calls).toEqual([{ samples: 16_000, language: 'zh' }]);
    expect(result).toEqual({ text: '客户关注价格。', segments: [{ start: 0, end: 1.5, text: '客户关注价格。' }], language: 'zh' });
  });

  it('refuses browser formats it cannot decode without ffmpeg, for good', async () => {
    const provider = localProvider({ modelPath: model(), loader: async () => ({ transcribe: async () => ({ text: '', segments: [] }) }) });
    await expect(
      provider.transcribe({ bytes: Buffer.from('\x1aE\xdf\xa3webm'), mime: 'video/webm', name: 'v.webm' }, { language: 'zh-CN' }),
    ).rejects.toMatchObject({
      retryable: false,
      message: expect.stringContaining('WAV only'),
    });
  });

  it('hands the binding 16-bit PCM', () => {
    expect(Array.from(new Int16Array(toPcm16(Float32Array.from([0, 1, -1, 0.5, 2]))))).toEqual([0, 32767, -32767, 16384, 32767]);
  });
});
