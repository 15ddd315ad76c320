import { useState } from 'react';
import { Alert, App, Button, DatePicker, Flex, Select, Table, Typography } from 'antd';
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UserSelect } from '../../components/UserSelect';
import { AS_FILE, downloadFile } from '../reports/exportFile';
import { formatTime } from '../../format';
import type { AuditChainCheck, AuditEntry } from '../../api/types';

/** Where a record of an audited entity type is shown; types without a page are not linked. */
const ENTITY_PATHS: Record<string, string> = {
  lead: '/leads',
  customer: '/customers',
  opportunity: '/opportunities',
  contract: '/contracts',
  card: '/collaboration/cards',
};

interface Filters {
  actorId?: string;
  entityType?: string;
  action?: string;
  from?: string;
  to?: string;
}

export function AuditPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>({});
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [page, setPage] = useState(1);
  const [verify, setVerify] = useState<AuditChainCheck | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  const [exporting, setExporting] = useState(false);
  const { data, error, loading } = useLoad(() => unwrap(client.GET('/api/v1/audit', { params: { query: { ...filters, page } } })), [filters, page]);
  const codes = useLoad(() => unwrap(client.GET('/api/v1/audit/codes')), []);
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const pageSize = data?.pageSize ?? 20;

  const filter = (next: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setPage(1);
  };

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

  const exportLog = async () => {
    setExporting(true);
    try {
      await downloadFile(client.GET('/api/v1/audit.xlsx', { params: { query: filters }, ...AS_FILE }), 'audit.xlsx');
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

  const options = (list: { code: string; label: string }[] | undefined) => (list ?? []).map((c) => ({ value: c.code, label: c.label }));

  return (
    <>
      <PageHeader
        title={t('menu.audit')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} onClick={() => void exportLog()} loading={exporting} data-testid="audit-export">
              {t('admin.audit.export')}
            </Button>
            <Button icon={<SafetyCertificateOutlined />} onClick={() => void runVerify()} loading={verifying} data-testid="audit-verify">
              {t('admin.audit.verify')}
            </Button>
          </>
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
      <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="audit-filters">
        <div style={{ width: 200 }}>
          <UserSelect
            allowClear
            value={filters.actorId ?? null}
            onChange={(actorId) => filter({ actorId: actorId ?? undefined })}
            placeholder={t('admin.audit.actor')}
            aria-label={t('admin.audit.actor')}
            data-testid="audit-filter-actor"
          />
        </div>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 160 }}
          placeholder={t('admin.audit.entity')}
          aria-label={t('admin.audit.entity')}
          options={options(codes.data?.entityTypes)}
          value={filters.entityType}
          onChange={(entityType?: string) => filter({ entityType })}
          data-testid="audit-filter-entity"
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          placeholder={t('admin.audit.action')}
          aria-label={t('admin.audit.action')}
          options={options(codes.data?.actions)}
          value={filters.action}
          onChange={(action?: string) => filter({ action })}
          data-testid="audit-filter-action"
        />
        <DatePicker.RangePicker
          value={range}
          aria-label={t('admin.audit.range')}
          placeholder={[t('admin.audit.from'), t('admin.audit.to')]}
          onChange={(next) => {
            const [from, to] = next ?? [];
            setRange(from && to ? [from, to] : null);
            filter({ from: from ? from.startOf('day').toISOString() : undefined, to: to ? to.add(1, 'day').startOf('day').toISOString() : undefined });
          }}
          data-testid="audit-filter-range"
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
        expandable={{ expandedRowRender: (entry) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(entry.data, null, 2)}</pre> }}
        data-testid="audit-table"
        columns={[
          { title: t('admin.audit.time'), key: 'at', render: (_v, e) => formatTime(e.at) },
          { title: t('admin.audit.actor'), key: 'actor', render: (_v, e) => e.actorName ?? e.actorId ?? t('admin.audit.system') },
          {
            title: t('admin.audit.action'),
            key: 'action',
            render: (_v, e) => <span title={e.action}>{e.actionLabel}</span>,
          },
          {
            title: t('admin.audit.entity'),
            key: 'entity',
            render: (_v, e) => <AuditEntity entry={e} />,
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

function AuditEntity({ entry }: { entry: AuditEntry }) {
  const name = entry.entityName ?? entry.entityId ?? '';
  const base = ENTITY_PATHS[entry.entityType];
  return (
    <span data-testid="audit-entity">
      <Typography.Text type="secondary">{entry.entityTypeLabel}</Typography.Text>{' '}
      {base && entry.entityId ? <Link to={`${base}/${entry.entityId}`}>{name}</Link> : name}
    </span>
  );
}
