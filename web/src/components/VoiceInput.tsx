import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Flex, Typography } from 'antd';
import { AudioOutlined, DeleteOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { client, errorMessage, formData, unwrap } from '../api/client';
import type { StoredFile, TagSuggestions, Transcription, TranscriptionEngine } from '../api/types';
import { useI18n } from '../state/LocaleContext';

interface Props {
  /** The uploaded recording (the follow-up's evidence), or null once removed. */
  onRecording: (file: StoredFile | null) => void;
  /** The transcript and the tags it suggests, for the form to fill in. */
  onTranscript: (text: string, suggestions: TagSuggestions) => void;
}

type Phase = 'idle' | 'recording' | 'uploading' | 'transcribing' | 'done' | 'failed' | 'typed';

/** Chrome and Firefox record webm/opus, Safari mp4/aac: the first one this browser can. */
function recorderType(): string | undefined {
  const candidates = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'];
  return candidates.find((type) => typeof MediaRecorder.isTypeSupported === 'function' && MediaRecorder.isTypeSupported(type));
}

const extensionOf = (mime: string) => (mime.includes('mp4') ? 'm4a' : mime.includes('ogg') ? 'ogg' : 'webm');
const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const POLL_MS = 1500;
const POLL_LIMIT = 60;

/**
 * 语音录入: records with the phone's microphone (MediaRecorder), uploads the recording as a
 * `recording` file (it is the follow-up's evidence whatever happens next), asks the server to
 * transcribe it, and hands the text and the suggested tags to the form. Without a speech engine
 * the recording is still attached and the rep types the text.
 */
export function VoiceInput({ onRecording, onTranscript }: Props) {
  const { t } = useI18n('voice');
  const [engine, setEngine] = useState<TranscriptionEngine | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [elapsed, setElapsed] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [file, setFile] = useState<StoredFile | null>(null);
  const [seconds, setSeconds] = useState(0);
  const [transcription, setTranscription] = useState<Transcription | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const timer = useRef<number | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    unwrap(client.GET('/api/v1/transcriptions/engine'))
      .then((answer) => alive.current && setEngine(answer))
      .catch(() => undefined);
    return () => {
      alive.current = false;
      if (timer.current) window.clearInterval(timer.current);
      const active = recorder.current;
      if (active && active.state !== 'inactive') active.stop();
      active?.stream.getTracks().forEach((track) => track.stop());
    };
  }, []);

  const supported = typeof window !== 'undefined' && typeof window.MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;

  const finish = (result: Transcription) => {
    setTranscription(result);
    if (result.status === 'done') {
      setPhase('done');
      onTranscript(result.text ?? '', result.suggestions);
    } else {
      setPhase('failed');
      setProblem(result.error ?? result.status);
    }
  };

  const follow = async (first: Transcription) => {
    let current = first;
    for (let i = 0; i < POLL_LIMIT && (current.status === 'queued' || current.status === 'running'); i++) {
      await new Promise((resolve) => window.setTimeout(resolve, POLL_MS));
      if (!alive.current) return;
      current = await unwrap(client.GET('/api/v1/transcriptions/{id}', { params: { path: { id: current.id } } }));
    }
    if (alive.current) finish(current);
  };

  const transcribe = async (stored: StoredFile) => {
    if (engine?.state !== 'ready') {
      setPhase('typed');
      return;
    }
    setPhase('transcribing');
    try {
      await follow(await unwrap(client.POST('/api/v1/transcriptions', { body: { fileId: stored.id } })));
    } catch (err) {
      if (!alive.current) return;
      setPhase('failed');
      setProblem(errorMessage(err));
    }
  };

  const upload = async (blob: Blob, mime: string, durationMs: number) => {
    setPhase('uploading');
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
    const recording = new File([blob], `voice-${stamp}.${extensionOf(mime)}`, { type: mime });
    try {
      const stored = await unwrap(client.POST('/api/v1/files', { body: { kind: 'recording', file: recording }, bodySerializer: formData }));
      if (!alive.current) return;
      setFile(stored);
      setSeconds(Math.max(1, Math.round(durationMs / 1000)));
      onRecording(stored);
      await transcribe(stored);
    } catch (err) {
      if (!alive.current) return;
      setPhase('failed');
      setProblem(errorMessage(err));
    }
  };

  const start = async () => {
    setProblem(null);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      setProblem(t('noMicrophone', { reason: err instanceof Error ? err.message : String(err) }));
      return;
    }
    const type = recorderType();
    const media = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
    const chunks: Blob[] = [];
    const started = Date.now();
    media.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    media.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      if (timer.current) window.clearInterval(timer.current);
      timer.current = null;
      if (!alive.current) return;
      const mime = (media.mimeType || type || 'audio/webm').split(';')[0];
      void upload(new Blob(chunks, { type: mime }), mime, Date.now() - started);
    };
    recorder.current = media;
    media.start(1000);
    setElapsed(0);
    setPhase('recording');
    timer.current = window.setInterval(() => setElapsed(Date.now() - started), 250);
  };

  const stop = () => {
    const active = recorder.current;
    if (active && active.state !== 'inactive') active.stop();
  };

  const retry = async () => {
    if (!transcription) {
      if (file) await transcribe(file);
      return;
    }
    setPhase('transcribing');
    setProblem(null);
    try {
      await follow(await unwrap(client.POST('/api/v1/transcriptions/{id}/retry', { params: { path: { id: transcription.id } } })));
    } catch (err) {
      if (!alive.current) return;
      setPhase('failed');
      setProblem(errorMessage(err));
    }
  };

  const discard = () => {
    setFile(null);
    setTranscription(null);
    setProblem(null);
    setPhase('idle');
    onRecording(null);
  };

  if (!supported) return <Typography.Text type="secondary">{t('unsupported')}</Typography.Text>;

  const busy = phase === 'uploading' || phase === 'transcribing';
  const engineNote =
    engine && engine.state !== 'ready' ? (engine.state === 'disabled' ? t('disabled') : t('unavailable', { reason: engine.detail ?? engine.state })) : null;

  return (
    <div data-testid="voice-input" data-phase={phase}>
      <Flex gap={8} wrap align="center">
        {phase === 'recording' ? (
          <Button danger icon={<StopOutlined />} onClick={stop} data-testid="voice-stop">
            {t('stop')}
          </Button>
        ) : (
          <Button icon={<AudioOutlined />} onClick={() => void start()} loading={busy} disabled={busy || !!file} data-testid="voice-record">
            {t('record')}
          </Button>
        )}
        {phase === 'recording' ? (
          <Typography.Text type="danger" data-testid="voice-timer" aria-live="polite">
            {t('recording', { time: clock(elapsed) })}
          </Typography.Text>
        ) : null}
        {phase === 'uploading' ? <Typography.Text type="secondary">{t('uploading')}</Typography.Text> : null}
        {phase === 'transcribing' ? <Typography.Text type="secondary">{t('transcribing')}</Typography.Text> : null}
        {file && !busy ? (
          <>
            <Typography.Text type="secondary" data-testid="voice-attached">
              {t('recordingAttached', { seconds })}
            </Typography.Text>
            <Button size="small" type="text" icon={<DeleteOutlined />} onClick={discard} aria-label={t('discard')} data-testid="voice-discard" />
          </>
        ) : null}
      </Flex>
      {phase === 'done' ? <Typography.Text type="success">{t('transcribed')}</Typography.Text> : null}
      {phase === 'failed' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={t('failed', { reason: problem ?? '' })}
          action={
            file ? (
              <Button size="small" icon={<ReloadOutlined />} onClick={() => void retry()} data-testid="voice-retry">
                {t('retry')}
              </Button>
            ) : undefined
          }
          data-testid="voice-failed"
        />
      ) : problem ? (
        <Alert type="warning" showIcon style={{ marginTop: 8 }} title={problem} />
      ) : null}
      {engineNote && (phase === 'idle' || phase === 'typed') ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }} data-testid="voice-engine-note">
          {engineNote}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
