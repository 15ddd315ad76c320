import { useState } from 'react';
import { Alert, Button, Flex, Input, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import type { AuditChainCheck, AuditEntry } from '../../api/types';

export function AuditPage() {
  const { t } = useI18n();
  const [entityType, setEntityType] = useState('');
  const [page, setPage] = useState(1);
  const [verify, setVerify] = useState<AuditChainCheck | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  const { data, error, loading } = useLoad(() => unwrap(client.GET('/api/v1/audit', { params: { query: { entityType, page } } })), [entityType, page]);
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const pageSize = data?.pageSize ?? 20;

  const runVerify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerify(await unwrap(client.GET('/api/v1/audit/verify')));
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
          <Button icon={<SafetyCertificateOutlined />} onClick={() => void runVerify()} loading={verifying} data-testid="audit-verify">
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
        rowKey="seq"
        size="small"
        loading={loading}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize, total, onChange: setPage, showSizeChanger: false }}
        expandable={{ expandedRowRender: (entry) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(entry, null, 2)}</pre> }}
        columns={[
          { title: t('admin.audit.time'), key: 'at', render: (_v, e) => formatTime(e.at) },
          { title: t('admin.audit.actor'), key: 'actor', render: (_v, e) => e.actorName ?? e.actorId ?? '—' },
          { title: t('admin.audit.action'), key: 'action', render: (_v, e) => e.action },
          {
            title: t('admin.audit.entity'),
            key: 'entity',
            render: (_v, e) => `${e.entityType} ${e.entityId ?? ''}`,
          },
          {
            title: 'hash',
            key: 'hash',
            responsive: ['lg'],
            render: (_v, e) => <Typography.Text code>{e.hash.slice(0, 12)}</Typography.Text>,
          },
        ]}
      />
    </>
  );
}
