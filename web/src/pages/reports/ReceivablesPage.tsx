import { useState } from 'react';
import { App, Button, Card, Col, Row, Segmented, Space, Statistic, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { client, errorMessage, unwrap } from '../../api/client';
import type { Receivable, ReceivableGroup } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AS_FILE, downloadFile } from './exportFile';

type GroupBy = 'customer' | 'rep' | 'month';
const money = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 回款: due, received and overdue amounts by customer, rep or month, and the overdue receivables. */
export function ReceivablesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [groupBy, setGroupBy] = useState<GroupBy>('month');
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState<string | null>(null);
  const report = useLoad(() => unwrap(client.GET('/api/v1/reports/receivables', { params: { query: { groupBy } } })), [groupBy]);
  const overdue = useLoad(
    () => unwrap(client.GET('/api/v1/receivables', { params: { query: { status: 'overdue', sort: 'outstanding', order: 'desc', page, pageSize: 20 } } })),
    [page],
  );

  const exportFile = async (which: 'report' | 'list') => {
    setExporting(which);
    try {
      if (which === 'report')
        await downloadFile(client.GET('/api/v1/reports/receivables.xlsx', { params: { query: {} }, ...AS_FILE }), 'receivables-report.xlsx');
      else await downloadFile(client.GET('/api/v1/receivables.xlsx', { params: { query: { status: 'open' } }, ...AS_FILE }), 'receivables.xlsx');
    } catch (err) {
      message.error(t('receivables.exportFailed', { message: errorMessage(err) }));
    } finally {
      setExporting(null);
    }
  };

  const totals = report.data?.totals;
  const stat = (title: string, value: number | undefined, testId: string, color?: string) => (
    <Col xs={12} md={6}>
      <Card size="small" loading={report.loading && !report.data}>
        <Statistic title={title} value={value === undefined ? '—' : money(value)} styles={color ? { content: { color } } : undefined} data-testid={testId} />
      </Card>
    </Col>
  );
  return (
    <>
      <PageHeader
        title={t('receivables.title')}
        sub={report.data ? t('receivables.sub', { asOf: report.data.asOf }) : undefined}
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} loading={exporting === 'list'} onClick={() => void exportFile('list')}>
              {t('receivables.exportList')}
            </Button>
            <Button icon={<DownloadOutlined />} loading={exporting === 'report'} onClick={() => void exportFile('report')} data-testid="receivables-export">
              {t('receivables.export')}
            </Button>
          </Space>
        }
      />
      <ErrorAlert error={report.error ?? overdue.error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {stat(t('receivables.due'), totals?.due, 'receivables-due')}
        {stat(t('receivables.received'), totals?.received, 'receivables-received', '#389e0d')}
        {stat(t('receivables.outstanding'), totals?.outstanding, 'receivables-outstanding')}
        {stat(t('receivables.overdue'), totals?.overdue, 'receivables-overdue-total', '#cf1322')}
      </Row>
      <Card
        size="small"
        title={t('receivables.groupBy')}
        extra={
          <Segmented<GroupBy>
            value={groupBy}
            onChange={setGroupBy}
            options={(['month', 'customer', 'rep'] as const).map((value) => ({ value, label: t(`receivables.by.${value}`) }))}
            data-testid="receivables-group-by"
          />
        }
        style={{ marginBottom: 16 }}
      >
        <Table<ReceivableGroup>
          size="small"
          rowKey={(g) => g.key ?? ''}
          loading={report.loading}
          dataSource={report.data?.groups ?? []}
          pagination={false}
          data-testid="receivables-groups"
          columns={[
            { title: t('receivables.group'), dataIndex: 'label' },
            { title: t('receivables.due'), dataIndex: 'due', align: 'right', render: money, sorter: (a, b) => a.due - b.due },
            { title: t('receivables.received'), dataIndex: 'received', align: 'right', render: money, sorter: (a, b) => a.received - b.received },
            { title: t('receivables.outstanding'), dataIndex: 'outstanding', align: 'right', render: money, sorter: (a, b) => a.outstanding - b.outstanding },
            {
              title: t('receivables.overdue'),
              dataIndex: 'overdue',
              align: 'right',
              render: (v: number) => (v > 0 ? <span style={{ color: '#cf1322' }}>{money(v)}</span> : money(v)),
              sorter: (a, b) => a.overdue - b.overdue,
            },
            { title: t('receivables.count'), dataIndex: 'count', align: 'right' },
          ]}
        />
      </Card>
      <Card size="small" title={t('receivables.overdueList')}>
        <Table<Receivable>
          size="small"
          rowKey="id"
          loading={overdue.loading}
          dataSource={overdue.data?.items ?? []}
          locale={{ emptyText: t('receivables.none') }}
          data-testid="receivables-overdue"
          pagination={{ current: page, pageSize: 20, total: overdue.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('receivables.contract'), render: (_, r) => `${r.contractNumber} ${r.contractTitle}` },
            { title: t('common.customer'), dataIndex: 'customerName' },
            { title: t('common.owner'), dataIndex: 'ownerName' },
            { title: t('receivables.milestone'), render: (_, r) => `${r.seq} · ${r.milestone}` },
            { title: t('receivables.dueDate'), dataIndex: 'dueDate' },
            { title: t('receivables.outstanding'), dataIndex: 'outstanding', align: 'right', render: money },
            {
              title: t('receivables.daysOverdue'),
              render: (_, r) => (
                <Space size={4}>
                  {r.daysOverdue}
                  {r.anomalyId ? <Tag color="red">{t('receivables.anomaly')}</Tag> : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
