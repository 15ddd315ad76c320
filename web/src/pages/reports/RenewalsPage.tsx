import { useState } from 'react';
import { App, Button, Card, Col, DatePicker, Row, Segmented, Space, Statistic, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { client, errorMessage, unwrap } from '../../api/client';
import type { EndingContract, RenewalGroup } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatAmount } from '../../format';
import { AS_FILE, downloadFile } from './exportFile';

type GroupBy = 'rep' | 'team' | 'month';
const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** 续约: renewal rate and average renewal amount of the contracts ending in the chosen months. */
export function RenewalsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [groupBy, setGroupBy] = useState<GroupBy>('rep');
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs().add(2, 'month').startOf('month')]);
  const [exporting, setExporting] = useState(false);
  const query = { groupBy, from: range[0].format('YYYY-MM'), to: range[1].format('YYYY-MM') };
  const report = useLoad(() => unwrap(client.GET('/api/v1/reports/renewals', { params: { query } })), [groupBy, query.from, query.to]);

  const exportFile = async () => {
    setExporting(true);
    try {
      await downloadFile(client.GET('/api/v1/reports/renewals.xlsx', { params: { query }, ...AS_FILE }), 'renewals.xlsx');
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

  const totals = report.data?.totals;
  return (
    <>
      <PageHeader
        title={t('renewals.title')}
        sub={t('renewals.sub')}
        extra={
          <Space wrap>
            <DatePicker.RangePicker
              picker="month"
              allowClear={false}
              value={range}
              onChange={(v) => {
                if (v?.[0] && v[1]) setRange([v[0], v[1]]);
              }}
            />
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportFile()} data-testid="renewals-export">
              {t('renewals.export')}
            </Button>
          </Space>
        }
      />
      <ErrorAlert error={report.error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('renewals.ending')} value={totals?.ending ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('renewals.renewed')} value={totals?.renewed ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('renewals.rate')} value={totals ? percent(totals.rate) : '—'} data-testid="renewals-rate" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('renewals.averageAmount')} value={totals?.averageAmount == null ? '—' : formatAmount(totals.averageAmount)} />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        style={{ marginBottom: 16 }}
        extra={
          <Segmented<GroupBy>
            value={groupBy}
            onChange={setGroupBy}
            options={(['rep', 'team', 'month'] as const).map((value) => ({ value, label: t(`renewals.by.${value}`) }))}
          />
        }
      >
        <Table<RenewalGroup>
          size="small"
          rowKey={(g) => g.key ?? g.label}
          loading={report.loading}
          dataSource={report.data?.groups ?? []}
          pagination={false}
          data-testid="renewals-groups"
          columns={[
            { title: t('renewals.group'), dataIndex: 'label', sorter: (a, b) => a.label.localeCompare(b.label) },
            { title: t('renewals.ending'), dataIndex: 'ending', align: 'right', sorter: (a, b) => a.ending - b.ending },
            { title: t('renewals.renewed'), dataIndex: 'renewed', align: 'right', sorter: (a, b) => a.renewed - b.renewed },
            { title: t('renewals.rate'), dataIndex: 'rate', align: 'right', render: percent, sorter: (a, b) => (a.rate ?? -1) - (b.rate ?? -1) },
            {
              title: t('renewals.averageAmount'),
              dataIndex: 'averageAmount',
              align: 'right',
              render: (v: number | null) => (v === null ? '—' : formatAmount(v)),
              sorter: (a, b) => (a.averageAmount ?? -1) - (b.averageAmount ?? -1),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('renewals.contracts')}>
        <Table<EndingContract>
          size="small"
          rowKey="contractId"
          loading={report.loading}
          dataSource={report.data?.contracts ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          columns={[
            { title: t('renewals.contract'), render: (_, c) => `${c.number} ${c.title}` },
            { title: t('common.customer'), dataIndex: 'customerName' },
            { title: t('common.owner'), dataIndex: 'ownerName', render: (v: string | null) => v ?? '—' },
            { title: t('renewals.endDate'), dataIndex: 'endDate', sorter: (a, b) => a.endDate.localeCompare(b.endDate) },
            { title: t('common.amount'), dataIndex: 'amount', align: 'right', render: (v: number) => formatAmount(v) },
            {
              title: t('renewals.state'),
              dataIndex: 'renewed',
              render: (v: boolean) => (v ? <Tag color="green">{t('renewals.yes')}</Tag> : <Tag>{t('renewals.no')}</Tag>),
            },
          ]}
        />
      </Card>
    </>
  );
}
