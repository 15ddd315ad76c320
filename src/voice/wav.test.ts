import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWavTo16kMono, encodeWav, isWav, resample, UnsupportedAudioError } from './wav.js';

describe('WAV for the local engine', () => {
  it('round-trips PCM16 mono at 16 kHz', () => {
    const samples = Float32Array.from({ length: 1600 }, (_, i) => Math.sin(i / 10) * 0.5);
    const decoded = decodeWavTo16kMono(encodeWav(samples, 16_000));
    expect(decoded.sampleRate).toBe(16_000);
    expect(decoded.seconds).toBeCloseTo(0.1);
    expect(decoded.samples.length).toBe(1600);
    decoded.samples.forEach((s, i) => expect(Math.abs(s - samples[i])).toBeLessThan(1e-3));
  });

  it('mixes stereo down and resamples 22.05 kHz (espeak-ng’s rate) to 16 kHz', () => {
    const rate = 22_050;
    const frames = rate; // one second
    const data = Buffer.alloc(frames * 4);
    for (let i = 0; i < frames; i++) {
      data.writeInt16LE(16000, i * 4);
      data.writeInt16LE(-16000 + 8000, i * 4 + 2);
    }
    const header = encodeWav(new Float32Array(0), rate).subarray(0, 44);
    header.writeUInt32LE(36 + data.length, 4);
    header.writeUInt16LE(2, 22);
    header.writeUInt32LE(rate * 4, 28);
    header.writeUInt16LE(4, 32);
    header.writeUInt32LE(data.length, 40);
    const decoded = decodeWavTo16kMono(Buffer.concat([header, data]));
    expect(decoded.seconds).toBeCloseTo(1);
    expect(decoded.samples.length).toBe(16_000);
    expect(decoded.samples[100]).toBeCloseTo((16000 - 8000) / 2 / 32768, 3);
  });

  it('reads espeak-ng’s Mandarin clip (the integration tests’ recording)', () => {
    const decoded = decodeWavTo16kMono(fs.readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/voice-visit-zh.wav')));
    expect(decoded.seconds).toBeGreaterThan(3);
    expect(decoded.samples.length).toBe(Math.round(decoded.seconds * 16_000));
    expect(Math.max(...decoded.samples.map(Math.abs))).toBeGreaterThan(0.05);
  });

  it('refuses what is not PCM WAV', () => {
    expect(isWav(Buffer.from('OggS....'))).toBe(false);
    expect(() => decodeWavTo16kMono(Buffer.from('\x1aE\xdf\xa3 webm'))).toThrow(UnsupportedAudioError);
    const wav = encodeWav(new Float32Array(10), 16_000);
    wav.writeUInt16LE(2, 20); // ADPCM
    expect(() => decodeWavTo16kMono(wav)).toThrow(/not PCM/);
  });

  it('resamples by linear interpolation', () => {
    expect(Array.from(resample(Float32Array.from([0, 1]), 1, 2))).toEqual([0, 0.5, 1, 1]);
    const same = Float32Array.from([1, 2]);
    expect(resample(same, 16_000, 16_000)).toBe(same);
  });
});
