import { describe, expect, it } from 'vitest';
import { parseAsr } from '../core/config.js';
import { cleanTranscript } from './provider.js';
import { isAudio } from './transcription.service.js';

describe('ASR settings', () => {
  it('is off unless ASR_PROVIDER names an engine', () => {
    expect(parseAsr({})).toMatchObject({ provider: null, httpTimeoutMs: 60_000 });
    expect(() => parseAsr({ ASR_PROVIDER: 'cloud' })).toThrow(/ASR_PROVIDER must be "http" or "local"/);
  });

  it('takes an http(s) URL only for the HTTP provider', () => {
    expect(parseAsr({ ASR_PROVIDER: 'http', ASR_HTTP_URL: 'https://asr.example.com/v1', ASR_HTTP_TOKEN: 't', ASR_HTTP_TIMEOUT_MS: '5000' })).toEqual({
      provider: 'http',
      httpUrl: 'https://asr.example.com/v1',
      httpToken: 't',
      httpTimeoutMs: 5000,
      modelPath: undefined,
    });
    expect(() => parseAsr({ ASR_PROVIDER: 'http' })).toThrow(/needs ASR_HTTP_URL/);
    expect(() => parseAsr({ ASR_PROVIDER: 'http', ASR_HTTP_URL: 'file:///etc/passwd' })).toThrow(/http\(s\) URL/);
    expect(() => parseAsr({ ASR_PROVIDER: 'http', ASR_HTTP_URL: 'not a url' })).toThrow(/not a URL/);
    expect(() => parseAsr({ ASR_PROVIDER: 'http', ASR_HTTP_URL: 'http://x', ASR_HTTP_TIMEOUT_MS: '-1' })).toThrow(/positive/);
  });

  it('resolves the model path of the local engine', () => {
    expect(parseAsr({ ASR_PROVIDER: 'local', ASR_MODEL_PATH: '/models/ggml-base.bin' })).toMatchObject({
      provider: 'local',
      modelPath: '/models/ggml-base.bin',
    });
  });
});

describe('audio and transcripts', () => {
  it('knows what browsers and phones record', () => {
    for (const mime of ['audio/webm', 'video/webm', 'audio/mp4', 'video/mp4', 'audio/wav', 'audio/ogg', 'audio/x-m4a', 'audio/amr'])
      expect(isAudio(mime), mime).toBe(true);
    for (const mime of ['text/plain; charset=utf-8', 'image/png', 'application/pdf', 'application/octet-stream']) expect(isAudio(mime), mime).toBe(false);
  });

  it('keeps an engine’s text printable and within a follow-up’s length', () => {
    expect(cleanTranscript('  价格\u0000偏高 \t 交付\u0007周期\n')).toBe('价格偏高 交付周期');
    expect(cleanTranscript('字'.repeat(20000))).toHaveLength(10000);
  });
});
