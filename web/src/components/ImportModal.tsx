import { useState } from 'react';
import { Alert, Button, Modal, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useI18n } from '../state/LocaleContext';
import { ErrorAlert } from './ErrorAlert';

/** What every spreadsheet import answers: counts and the refused rows with their line number. */
export interface ImportSummary {
  created: number;
  failed: number;
  errors: { row: number; message: string }[];
}

/** Picks an .xlsx / .csv file, uploads it and shows the result with the per-row error report. */
export function ImportModal({
  open,
  title,
  hint,
  upload,
  onClose,
  onImported,
  testIdPrefix,
}: {
  open: boolean;
  title: string;
  hint: string;
  upload: (file: File) => Promise<ImportSummary>;
  onClose: () => void;
  onImported: () => void;
  /** Prefix of the pick button's and result's test ids (`<prefix>-pick`, `<prefix>-result`, `<prefix>-errors`). */
  testIdPrefix: string;
}) {
  const { t } = useI18n();
  const [result, setResult] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (file: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const answer = await upload(file);
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
    <Modal open={open} title={title} onCancel={close} footer={<Button onClick={close}>{t('common.close')}</Button>}>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Upload
        accept=".xlsx,.csv"
        showUploadList={false}
        beforeUpload={(file) => {
          void run(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid={`${testIdPrefix}-pick`}>
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
              data-testid={`${testIdPrefix}-result`}
              style={{ marginBottom: 12 }}
            />
            {result.errors.length ? (
              <Table
                size="small"
                rowKey={(row) => `${row.row}-${row.message}`}
                dataSource={result.errors}
                pagination={{ pageSize: 10 }}
                data-testid={`${testIdPrefix}-errors`}
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
