import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Image, Popconfirm, Typography, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { client, errorMessage, fileUrl, formData, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';

/** 安装环境照片: photos of where the equipment goes; uploaded through the files API, then attached. */
export function CustomerPhotos({ customerId, canWrite }: { customerId: string; canWrite: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const photos = useLoad(() => unwrap(client.GET('/api/v1/customers/{id}/site-photos', { params: { path: { id: customerId } } })), [customerId]);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const stored = await unwrap(client.POST('/api/v1/files', { body: { kind: 'photo', file }, bodySerializer: formData }));
      await unwrap(client.POST('/api/v1/customers/{id}/site-photos', { params: { path: { id: customerId } }, body: { fileId: stored.id } }));
      await photos.reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    try {
      await unwrap(client.DELETE('/api/v1/site-photos/{id}', { params: { path: { id } } }));
      await photos.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const items = photos.data?.items ?? [];
  return (
    <Card
      size="small"
      title={t('photos.title')}
      style={{ marginBottom: 16 }}
      loading={photos.loading && !photos.data}
      data-testid="customer-photos"
      extra={
        canWrite ? (
          <Upload
            accept="image/*"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={busy} data-testid="photo-upload">
              {t('photos.upload')}
            </Button>
          </Upload>
        ) : null
      }
    >
      <ErrorAlert error={photos.error} />
      {items.length ? (
        <Flex gap={12} wrap>
          {items.map((p) => (
            <Flex key={p.id} vertical gap={4} style={{ width: 140 }}>
              {p.mime.startsWith('image/') ? (
                <Image src={fileUrl(p.fileId)} alt={p.caption ?? p.fileName} width={140} height={100} style={{ objectFit: 'cover' }} />
              ) : null}
              <Typography.Link href={fileUrl(p.fileId)} target="_blank" rel="noreferrer" ellipsis>
                {p.caption ?? p.fileName}
              </Typography.Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {p.createdByName} · {formatTime(p.createdAt)}
              </Typography.Text>
              {canWrite ? (
                <Popconfirm title={t('photos.removeConfirm')} onConfirm={() => void remove(p.id)}>
                  <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                    {t('photos.remove')}
                  </Button>
                </Popconfirm>
              ) : null}
            </Flex>
          ))}
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('photos.none')} />
      )}
    </Card>
  );
}
