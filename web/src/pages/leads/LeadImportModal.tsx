import { useState } from 'react';
import { Alert, Button, Modal, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { client, formData, unwrap } from '../../api/client';
import type { LeadImportResult } from '../../api/types';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';

export function LeadImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useI18n();
  const [result, setResult] = useState<LeadImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const answer = await unwrap(client.POST('/api/v1/leads/import', { body: { file }, bodySerializer: formData }));
      setResult(answer);
      if (answer.created > 0) onImported();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setResult(null);
    setError(null);
    onClose();
  };

  return (
    <Modal open={open} title={t('leads.import.title')} onCancel={close} footer={<Button onClick={close}>{t('common.close')}</Button>}>
      <Typography.Paragraph type="secondary">{t('leads.import.hint')}</Typography.Paragraph>
      <Upload
        accept=".xlsx,.csv"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid="lead-import-pick">
          {t('leads.import.pick')}
        </Button>
      </Upload>
      <div style={{ marginTop: 16 }}>
        <ErrorAlert error={error} />
        {result ? (
          <>
            <Alert
              type={result.failed ? 'warning' : 'success'}
              showIcon
              title={t('leads.import.result', { created: result.created, failed: result.failed })}
              data-testid="lead-import-result"
              style={{ marginBottom: 12 }}
            />
            {result.errors.length ? (
              <Table
                size="small"
                rowKey={(row) => `${row.row}-${row.message}`}
                dataSource={result.errors}
                pagination={{ pageSize: 10 }}
                columns={[
                  { title: t('leads.import.row'), dataIndex: 'row', width: 80 },
                  { title: t('leads.import.error'), dataIndex: 'message' },
                ]}
              />
            ) : null}
          </>
        ) : null}
      </div>
    </Modal>
  );
}
