import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { client, errorMessage, unwrap } from '../../api/client';
import type { AppraisalItem, CustomerLtv, RepLtvShare } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../state/LocaleContext';
import { AS_FILE, downloadFile } from '../reports/exportFile';

const percent = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);
const money = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 月度考核: each rep's weighted components, total and team rank; customer LTV and reps' shares. */
export function AppraisalPage() {
  const { t } = useI18n('analytics');
  const { message } = App.useApp();
  // The server's month by default (its clock decides what "this month" is).
  const [month, setMonth] = useState<string | undefined>(undefined);
  const appraisal = useLoad(() => unwrap(client.GET('/api/v1/analytics/appraisal', { params: { query: { month } } })), [month]);
  const ltv = useLoad(() => unwrap(client.GET('/api/v1/analytics/ltv', { params: { query: {} } })), []);
  const shown = appraisal.data?.month;

  const exportFile = async (which: 'appraisal' | 'ltv') => {
    try {
      if (which === 'appraisal')
        await downloadFile(client.GET('/api/v1/analytics/appraisal.xlsx', { params: { query: { month: shown } }, ...AS_FILE }), `appraisal-${shown}.xlsx`);
      else await downloadFile(client.GET('/api/v1/analytics/ltv.xlsx', { params: { query: {} }, ...AS_FILE }), 'customer-ltv.xlsx');
    } catch (err) {
      message.error(t('appraisal.exportFailed', { message: errorMessage(err) }));
    }
  };

  const components = appraisal.data?.components ?? [];
  return (
    <>
      <PageHeader
        title={t('appraisal.title')}
        sub={t('appraisal.sub')}
        extra={
          <Space>
            <DatePicker
              picker="month"
              allowClear={false}
              value={shown ? dayjs(`${shown}-01`) : undefined}
              onChange={(v) => v && setMonth(v.format('YYYY-MM'))}
              data-testid="appraisal-month"
            />
            <Button icon={<DownloadOutlined />} onClick={() => void exportFile('appraisal')} data-testid="appraisal-export">
              {t('appraisal.export')}
            </Button>
          </Space>
        }
      />
      <ErrorAlert error={appraisal.error ?? ltv.error} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8}>
          {components.map((c) => (
            <Tag key={c.key} color="blue">
              {c.label} {c.weight}%
            </Tag>
          ))}
          <Typography.Text type="secondary">
            {t('appraisal.coordinationShare')}: {percent(appraisal.data?.coordinationShare)}
          </Typography.Text>
        </Flex>
      </Card>
      <Card size="small" title={t('appraisal.ranking')} style={{ marginBottom: 16 }}>
        <Table<AppraisalItem>
          size="small"
          rowKey="userId"
          loading={appraisal.loading}
          dataSource={appraisal.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          data-testid="appraisal-table"
          columns={[
            { title: t('appraisal.team'), dataIndex: 'teamName' },
            { title: t('appraisal.rank'), dataIndex: 'rank', align: 'right', sorter: (a, b) => (a.rank ?? 99) - (b.rank ?? 99) },
            { title: t('appraisal.rep'), dataIndex: 'name' },
            ...components.map((c, index) => ({
              key: c.key,
              title: `${c.label} (${c.weight})`,
              align: 'right' as const,
              render: (_: unknown, row: AppraisalItem) => {
                const part = row.components[index];
                return part.score === null ? '—' : <span title={`${part.raw ?? '—'}`}>{part.score}</span>;
              },
            })),
            {
              title: t('appraisal.total'),
              dataIndex: 'total',
              align: 'right',
              render: (v: number | null) => <b>{v ?? '—'}</b>,
              sorter: (a, b) => (a.total ?? -1) - (b.total ?? -1),
            },
            { title: t('appraisal.coordinationShare'), dataIndex: 'coordinationShare', align: 'right', render: percent },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={ltv.data ? t('appraisal.ltvTitle', { years: ltv.data.horizonYears, rate: percent(ltv.data.expectedRenewalRate) }) : t('appraisal.ltv')}
        extra={
          <Button icon={<DownloadOutlined />} onClick={() => void exportFile('ltv')}>
            {t('appraisal.export')}
          </Button>
        }
      >
        <Table<RepLtvShare>
          size="small"
          rowKey={(r) => r.ownerId ?? ''}
          loading={ltv.loading}
          dataSource={ltv.data?.reps ?? []}
          pagination={false}
          style={{ marginBottom: 16 }}
          data-testid="ltv-reps"
          columns={[
            { title: t('appraisal.rep'), dataIndex: 'ownerName' },
            { title: t('appraisal.customers'), dataIndex: 'customers', align: 'right' },
            { title: 'LTV', dataIndex: 'ltv', align: 'right', render: money },
            { title: t('appraisal.share'), dataIndex: 'share', align: 'right', render: percent },
          ]}
        />
        <Table<CustomerLtv>
          size="small"
          rowKey="customerId"
          loading={ltv.loading}
          dataSource={ltv.data?.items ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          columns={[
            { title: t('appraisal.customer'), dataIndex: 'customerName' },
            { title: t('appraisal.rep'), dataIndex: 'ownerName' },
            { title: t('appraisal.received'), dataIndex: 'received', align: 'right', render: money, sorter: (a, b) => a.received - b.received },
            {
              title: t('appraisal.expectedRenewals'),
              dataIndex: 'expectedRenewals',
              align: 'right',
              render: money,
              sorter: (a, b) => a.expectedRenewals - b.expectedRenewals,
            },
            { title: 'LTV', dataIndex: 'ltv', align: 'right', render: money, sorter: (a, b) => a.ltv - b.ltv },
          ]}
        />
      </Card>
    </>
  );
}
