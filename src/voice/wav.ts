/**
 * The one audio format the server reads itself: RIFF/WAVE with PCM samples (8, 16, 24 or 32 bit
 * integers, or 32-bit floats), any channel count and rate, turned into what whisper.cpp wants —
 * 16 kHz mono float samples. Browsers record webm/opus or mp4/aac, which would need ffmpeg
 * (not shipped: see docs/voice.md); those go to the HTTP provider as uploaded.
 */
export const WHISPER_RATE = 16_000;

export interface DecodedAudio {
  samples: Float32Array;
  sampleRate: number;
  seconds: number;
}

export class UnsupportedAudioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedAudioError';
  }
}

export function isWav(bytes: Buffer): boolean {
  return bytes.length >= 12 && bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WAVE';
}

/** Decodes a WAV file to mono samples in [-1, 1] at 16 kHz. */
export function decodeWavTo16kMono(bytes: Buffer): DecodedAudio {
  if (!isWav(bytes)) throw new UnsupportedAudioError('not a WAV file');
  let offset = 12;
  let format: { audioFormat: number; channels: number; rate: number; bits: number } | null = null;
  let data: Buffer | null = null;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const start = offset + 8;
    const end = Math.min(bytes.length, start + size);
    if (id === 'fmt ') {
      let audioFormat = bytes.readUInt16LE(start);
      // WAVE_FORMAT_EXTENSIBLE: the sub-format's first two bytes say PCM (1) or float (3).
      if (audioFormat === 0xfffe && size >= 26) audioFormat = bytes.readUInt16LE(start + 24);
      format = { audioFormat, channels: bytes.readUInt16LE(start + 2), rate: bytes.readUInt32LE(start + 4), bits: bytes.readUInt16LE(start + 14) };
    } else if (id === 'data') {
      data = bytes.subarray(start, end);
    }
    offset = start + size + (size % 2);
  }
  if (!format || !data) throw new UnsupportedAudioError('a WAV file without fmt or data');
  const { audioFormat, channels, rate, bits } = format;
  if (channels < 1 || rate < 1000) throw new UnsupportedAudioError('a WAV file with no channels or an implausible rate');
  const read = sampleReader(audioFormat, bits);
  const width = bits / 8;
  const frames = Math.floor(data.length / (width * channels));
  const mono = new Float32Array(frames);
  for (let frame = 0; frame < frames; frame++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += read(data, (frame * channels + c) * width);
    mono[frame] = sum / channels;
  }
  const samples = resample(mono, rate, WHISPER_RATE);
  return { samples, sampleRate: WHISPER_RATE, seconds: frames / rate };
}

function sampleReader(audioFormat: number, bits: number): (data: Buffer, at: number) => number {
  if (audioFormat === 3 && bits === 32) return (d, at) => d.readFloatLE(at);
  if (audioFormat !== 1) throw new UnsupportedAudioError(`WAV sample format ${audioFormat} is not PCM`);
  switch (bits) {
    case 8:
      return (d, at) => (d.readUInt8(at) - 128) / 128;
    case 16:
      return (d, at) => d.readInt16LE(at) / 32768;
    case 24:
      return (d, at) => d.readIntLE(at, 3) / 8388608;
    case 32:
      return (d, at) => d.readInt32LE(at) / 2147483648;
    default:
      throw new UnsupportedAudioError(`${bits}-bit WAV samples`);
  }
}

/** Linear interpolation; enough for speech going down to 16 kHz. */
export function resample(samples: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return samples;
  const length = Math.max(1, Math.round((samples.length * to) / from));
  const out = new Float32Array(length);
  const step = from / to;
  for (let i = 0; i < length; i++) {
    const x = i * step;
    const left = Math.floor(x);
    const right = Math.min(samples.length - 1, left + 1);
    const t = x - left;
    out[i] = (samples[Math.min(left, samples.length - 1)] ?? 0) * (1 - t) + (samples[right] ?? 0) * t;
  }
  return out;
}

/** A PCM16 mono WAV of the given samples (tests and the engine evaluation make clips with it). */
export function encodeWav(samples: Float32Array, sampleRate: number): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(s * 32767))), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
