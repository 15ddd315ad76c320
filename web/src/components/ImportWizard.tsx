import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Flex, Form, Modal, Progress, Radio, Select, Space, Steps, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { client, formData, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { useI18n } from '../state/LocaleContext';
import { AS_FILE, downloadFile } from '../pages/reports/exportFile';
import { ErrorAlert } from './ErrorAlert';

type ImportJob = components['schemas']['ImportJob'];
type ImportKind = components['schemas']['ImportKind'];
type ImportMode = components['schemas']['ImportMode'];
type ImportPreview = components['schemas']['ImportPreview'];

const FINISHED = new Set<ImportJob['state']>(['done', 'rejected', 'failed']);
const POLL_MS = 1000;

/**
 * The import wizard: template → upload → column mapping → preview with every row's problems →
 * mode → a progress bar of the server-side job → the result with the error report.
 * `testIdPrefix` names its parts (`<prefix>-pick`, `-map-<field>`, `-preview`, `-start`, `-progress`, `-result`).
 */
export function ImportWizard({
  open,
  kind,
  title,
  onClose,
  onImported,
  testIdPrefix,
}: {
  open: boolean;
  kind: ImportKind;
  title: string;
  onClose: () => void;
  onImported: () => void;
  testIdPrefix: string;
}) {
  const { t } = useI18n();
  const [step, setStep] = useState(0);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [mode, setMode] = useState<ImportMode>('skip_bad_rows');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const imported = useRef(onImported);
  useEffect(() => {
    imported.current = onImported;
  }, [onImported]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const upload = (file: File) =>
    run(async () => {
      const uploaded = await unwrap(client.POST('/api/v1/imports/{kind}/upload', { params: { path: { kind } }, body: { file }, bodySerializer: formData }));
      setJob(uploaded);
      setMapping(uploaded.mapping);
      setStep(1);
    });

  const toPreview = () =>
    run(async () => {
      if (!job) return;
      const saved = await unwrap(client.PUT('/api/v1/imports/{id}/mapping', { params: { path: { id: job.id } }, body: { mapping, mode } }));
      setJob(saved);
      setPreview(await unwrap(client.GET('/api/v1/imports/{id}/preview', { params: { path: { id: job.id }, query: { limit: 20 } } })));
      setStep(2);
    });

  const start = () =>
    run(async () => {
      if (!job) return;
      setJob(await unwrap(client.POST('/api/v1/imports/{id}/start', { params: { path: { id: job.id } } })));
      setStep(3);
    });

  // While the job runs: poll its server-side progress.
  const jobId = job?.id;
  const running = step === 3 && job !== null && !FINISHED.has(job.state);
  useEffect(() => {
    if (!running || !jobId) return;
    let stopped = false;
    const timer = setInterval(() => {
      void client.GET('/api/v1/imports/{id}', { params: { path: { id: jobId } } }).then(({ data }) => {
        if (stopped || !data) return;
        setJob(data);
        if (FINISHED.has(data.state)) {
          setStep(4);
          if (data.created > 0) imported.current();
        }
      });
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [running, jobId]);

  const close = () => {
    setStep(0);
    setJob(null);
    setPreview(null);
    setError(null);
    onClose();
  };

  const fields = job?.fields ?? [];
  const missingRequired = fields.some((f) => f.required && !mapping[f.key]);
  const percent = job && job.total > 0 ? Math.floor((job.processed / job.total) * 100) : 0;
  const checking = job !== null && job.processed === 0 && job.validated < job.total && job.state === 'running';

  return (
    <Modal open={open} title={title} onCancel={close} width={900} footer={<Button onClick={close}>{t('common.close')}</Button>} destroyOnHidden>
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[
          { title: t('import.step.upload') },
          { title: t('import.step.mapping') },
          { title: t('import.step.preview') },
          { title: t('import.step.progress') },
          { title: t('import.step.result') },
        ]}
      />
      <ErrorAlert error={error} />
      {step === 0 ? (
        <Space direction="vertical">
          <Typography.Paragraph type="secondary">{t('import.templateHint')}</Typography.Paragraph>
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              data-testid={`${testIdPrefix}-template`}
              onClick={() =>
                void run(() =>
                  downloadFile(client.GET('/api/v1/imports/{kind}/template.xlsx', { params: { path: { kind } }, ...AS_FILE }), `${kind}-template.xlsx`),
                )
              }
            >
              {t('import.template')}
            </Button>
            <Upload
              accept=".xlsx,.csv"
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid={`${testIdPrefix}-pick`}>
                {t('import.pick')}
              </Button>
            </Upload>
          </Space>
        </Space>
      ) : null}
      {step === 1 && job ? (
        <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 14 }}>
          <Typography.Paragraph type="secondary">{t('import.mappingHint', { total: job.total })}</Typography.Paragraph>
          {fields.map((field) => (
            <Form.Item key={field.key} label={field.label} required={field.required} htmlFor={`${testIdPrefix}-map-${field.key}`}>
              <Select
                id={`${testIdPrefix}-map-${field.key}`}
                aria-label={field.label}
                data-testid={`${testIdPrefix}-map-${field.key}`}
                allowClear={!field.required}
                placeholder={t('import.notImported')}
                value={mapping[field.key] ?? undefined}
                onChange={(value: string | undefined) => setMapping((current) => ({ ...current, [field.key]: value ?? null }))}
                options={job.headers.map((h) => ({ value: h, label: h }))}
              />
            </Form.Item>
          ))}
          <Form.Item label={t('import.mode')}>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as ImportMode)} data-testid={`${testIdPrefix}-mode`}>
              <Radio value="skip_bad_rows">{t('import.mode.skip')}</Radio>
              <Radio value="all_or_nothing">{t('import.mode.all')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Flex justify="end">
            <Button type="primary" disabled={missingRequired} loading={busy} onClick={() => void toPreview()} data-testid={`${testIdPrefix}-to-preview`}>
              {t('import.toPreview')}
            </Button>
          </Flex>
        </Form>
      ) : null}
      {step === 2 && job && preview ? (
        <>
          <Typography.Paragraph type="secondary">{t('import.previewHint', { shown: preview.rows.length, total: preview.total })}</Typography.Paragraph>
          <Table
            size="small"
            rowKey="line"
            scroll={{ x: true }}
            pagination={false}
            dataSource={preview.rows}
            data-testid={`${testIdPrefix}-preview`}
            columns={[
              { title: t('import.line'), dataIndex: 'line', width: 64 },
              ...job.headers.map((header, i) => ({ title: header, key: `c${i}`, render: (_: unknown, row: ImportPreview['rows'][number]) => row.cells[i] })),
              {
                title: t('import.problems'),
                key: 'problems',
                render: (_: unknown, row: ImportPreview['rows'][number]) =>
                  row.problems.length ? (
                    <Space direction="vertical" size={0}>
                      {row.problems.map((p) => (
                        <Typography.Text key={p} type={row.duplicate ? 'warning' : 'danger'}>
                          {p}
                        </Typography.Text>
                      ))}
                    </Space>
                  ) : (
                    <Tag color="green">{t('import.ok')}</Tag>
                  ),
              },
            ]}
          />
          <Flex justify="space-between" style={{ marginTop: 12 }}>
            <Button onClick={() => setStep(1)}>{t('import.back')}</Button>
            <Button type="primary" loading={busy} onClick={() => void start()} data-testid={`${testIdPrefix}-start`}>
              {t('import.start')}
            </Button>
          </Flex>
        </>
      ) : null}
      {step >= 3 && job ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Progress
            percent={FINISHED.has(job.state) ? 100 : percent}
            status={job.state === 'failed' || job.state === 'rejected' ? 'exception' : FINISHED.has(job.state) ? 'success' : 'active'}
            data-testid={`${testIdPrefix}-progress`}
            aria-label={t('import.step.progress')}
          />
          <Typography.Text type="secondary" data-testid={`${testIdPrefix}-progress-text`}>
            {checking
              ? t('import.checking', { validated: job.validated, total: job.total })
              : t('import.processed', { processed: job.processed, total: job.total })}
          </Typography.Text>
          {step === 4 ? (
            <>
              <Alert
                type={job.state === 'done' && job.failed === 0 && job.skipped === 0 ? 'success' : 'warning'}
                showIcon
                title={job.error ?? t('import.summary', { created: job.created, skipped: job.skipped, failed: job.failed })}
                data-testid={`${testIdPrefix}-result`}
              />
              {job.failed + job.skipped > 0 ? (
                <Button
                  icon={<DownloadOutlined />}
                  data-testid={`${testIdPrefix}-errors`}
                  onClick={() =>
                    void run(() =>
                      downloadFile(client.GET('/api/v1/imports/{id}/errors.xlsx', { params: { path: { id: job.id } }, ...AS_FILE }), 'import-errors.xlsx'),
                    )
                  }
                >
                  {t('import.errors')}
                </Button>
              ) : null}
            </>
          ) : null}
        </Space>
      ) : null}
    </Modal>
  );
}
