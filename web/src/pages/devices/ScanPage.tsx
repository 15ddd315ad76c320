import { useRef, useState } from 'react';
import { Alert, Button, Card, Flex, Input, Spin, Typography } from 'antd';
import { CameraOutlined, LeftOutlined } from '@ant-design/icons';
import jsQR from 'jsqr';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { useI18n } from '../../state/LocaleContext';
import { useSession } from '../../state/SessionContext';
import { loginReturningTo, tokenOf } from './safeNext';

/** Decodes the QR code of a photo in the browser (jsQR on a downscaled canvas). */
async function decodePhoto(file: File): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const image = context.getImageData(0, 0, width, height);
  return jsQR(image.data, width, height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

/**
 * 扫一扫 on the phone (`/devices/scan`): a photo from the camera (no camera permission prompt:
 * the browser's file input with `capture`), decoded here, opens the device page; a typed or
 * pasted label URL does too.
 */
export function ScanPage() {
  const { t } = useI18n('devices');
  const { me } = useSession();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [text, setText] = useState('');

  if (me === undefined)
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  if (me === null) return <Navigate to={loginReturningTo('/devices/scan')} replace />;

  const open = (value: string) => {
    const token = tokenOf(value);
    if (!token) {
      setProblem(t('scan.notDevice'));
      return;
    }
    void navigate(`/d/${token}`);
  };

  const onPhoto = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const decoded = await decodePhoto(file);
      if (decoded) open(decoded);
      else setProblem(t('scan.notFound'));
    } catch {
      setProblem(t('scan.notFound'));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <main style={{ maxWidth: 560, margin: '0 auto', padding: '12px 12px 32px', display: 'grid', gap: 12 }} data-testid="device-scan">
      <Flex align="center" gap={8}>
        <Link to="/devices" aria-label={t('scan.back')}>
          <LeftOutlined />
        </Link>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('scan.title')}
        </Typography.Title>
      </Flex>
      <Typography.Text type="secondary">{t('scan.hint')}</Typography.Text>
      <Card>
        <Flex vertical gap={12}>
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            style={{ display: 'none' }}
            onChange={(e) => void onPhoto(e.target.files?.[0])}
            data-testid="device-scan-file"
          />
          <Button
            type="primary"
            size="large"
            icon={<CameraOutlined />}
            loading={busy}
            onClick={() => input.current?.click()}
            block
            data-testid="device-scan-camera"
          >
            {busy ? t('scan.decoding') : t('scan.camera')}
          </Button>
          {problem ? <Alert type="warning" showIcon title={problem} data-testid="device-scan-problem" /> : null}
          <Input.Search
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => open(value)}
            enterButton={t('scan.open')}
            placeholder={t('scan.paste')}
            aria-label={t('scan.paste')}
            data-testid="device-scan-url"
          />
        </Flex>
      </Card>
    </main>
  );
}
