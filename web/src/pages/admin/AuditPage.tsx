import { useState } from 'react';
import { Alert, Button, Flex, Input, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { api, asItems } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import type { AuditEntry, ListResult } from '../../types';

interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken?: unknown;
}

// Entry keys are not fixed by the API doc; show the usual ones and the rest as JSON.
const first = (entry: AuditEntry, keys: string[]): unknown => keys.map((k) => entry[k]).find((v) => v !== undefined && v !== null);

export function AuditPage() {
  const { t } = useI18n();
  const [entityType, setEntityType] = useState('');
  const [page, setPage] = useState(1);
  const [verify, setVerify] = useState<VerifyResult | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  const { data, error, loading } = useLoad(() => api.get<ListResult<AuditEntry> | AuditEntry[]>('/audit', { entityType, page }), [entityType, page]);
  const items = asItems(data);
  const total = data && !Array.isArray(data) ? data.total : items.length;
  const pageSize = data && !Array.isArray(data) ? data.pageSize : items.length || 20;

  const runVerify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerify(await api.get<VerifyResult>('/audit/verify'));
    } catch (err) {
      setVerifyError(err);
    } finally {
      setVerifying(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('menu.audit')}
        extra={
          <Button icon={<SafetyCertificateOutlined />} onClick={runVerify} loading={verifying} data-testid="audit-verify">
            {t('admin.audit.verify')}
          </Button>
        }
      />
      {verify ? (
        <Alert
          type={verify.ok ? 'success' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="audit-verify-result"
          title={
            verify.ok
              ? t('admin.audit.ok', { checked: verify.checked })
              : t('admin.audit.broken', { checked: verify.checked, first: JSON.stringify(verify.firstBroken) })
          }
        />
      ) : null}
      <ErrorAlert error={verifyError} />
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('admin.audit.entity')}
          onSearch={(v) => {
            setPage(1);
            setEntityType(v);
          }}
          style={{ width: 220 }}
        />
      </Flex>
      <ErrorAlert error={error} />
      <Table<AuditEntry>
        rowKey={(entry) => String(entry.id ?? first(entry, ['seq', 'hash']))}
        size="small"
        loading={loading}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize, total, onChange: setPage, showSizeChanger: false }}
        expandable={{ expandedRowRender: (entry) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(entry, null, 2)}</pre> }}
        columns={[
          { title: t('admin.audit.time'), key: 'at', render: (_v, e) => formatTime(first(e, ['at', 'createdAt', 'occurredAt']) as string | undefined) },
          { title: t('admin.audit.actor'), key: 'actor', render: (_v, e) => String(first(e, ['actorName', 'actorUsername', 'actorId', 'actor']) ?? '—') },
          { title: t('admin.audit.action'), key: 'action', render: (_v, e) => String(first(e, ['action', 'event', 'type']) ?? '—') },
          {
            title: t('admin.audit.entity'),
            key: 'entity',
            render: (_v, e) => `${String(first(e, ['entityType']) ?? '')} ${String(first(e, ['entityId']) ?? '')}`,
          },
          {
            title: 'hash',
            key: 'hash',
            responsive: ['lg'],
            render: (_v, e) => <Typography.Text code>{String(first(e, ['hash']) ?? '').slice(0, 12)}</Typography.Text>,
          },
        ]}
      />
    </>
  );
}
