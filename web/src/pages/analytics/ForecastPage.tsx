import { Button, Card, Col, Row, Statistic, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import type { Forecast } from '../../api/types';
import { BarChart } from '../../components/BarChart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatAmount } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { AS_FILE, downloadFile } from '../reports/exportFile';

type Bucket = Forecast['byMonth'][number];

/** 销售预测: the weighted pipeline of the caller's scope by close month, team and product line. */
export function ForecastPage() {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(() => unwrap(client.GET('/api/v1/forecast', { params: { query: {} } })), []);
  const label = (b: Bucket) => (b.key === 'unscheduled' ? t('forecast.unscheduled') : b.label);
  const table = (title: string, rows: Bucket[], testId: string) => (
    <Card size="small" title={title} data-testid={testId}>
      <BarChart bars={rows.map((b) => ({ key: b.key, label: label(b), value: Math.round(b.weighted) }))} height={Math.max(160, rows.length * 32)} />
      <Table<Bucket>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title, key: 'label', render: (_: unknown, b) => label(b) },
          { title: t('forecast.count'), dataIndex: 'count', align: 'right' },
          { title: t('forecast.amount'), dataIndex: 'amount', align: 'right', render: (v: number) => formatAmount(v) },
          { title: t('forecast.weighted'), dataIndex: 'weighted', align: 'right', render: (v: number) => formatAmount(v) },
        ]}
      />
    </Card>
  );
  return (
    <>
      <PageHeader
        title={t('forecast.title')}
        sub={t('forecast.sub')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void downloadFile(client.GET('/api/v1/forecast.xlsx', { params: { query: {} }, ...AS_FILE }), 'forecast.xlsx')}
          >
            {t('forecast.export')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Card loading={loading} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col span={8}>
            <Statistic title={t('forecast.count')} value={data?.total.count ?? 0} />
          </Col>
          <Col span={8}>
            <Statistic title={t('forecast.amount')} value={formatAmount(data?.total.amount ?? 0)} />
          </Col>
          <Col span={8}>
            <Statistic title={t('forecast.weighted')} value={formatAmount(data?.total.weighted ?? 0)} data-testid="forecast-weighted" />
          </Col>
        </Row>
      </Card>
      {data ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            {table(t('forecast.byMonth'), data.byMonth, 'forecast-month')}
          </Col>
          <Col xs={24} lg={12}>
            {table(t('forecast.byTeam'), data.byTeam, 'forecast-team')}
            <div style={{ height: 16 }} />
            {table(t('forecast.byProductLine'), data.byProductLine, 'forecast-line')}
          </Col>
        </Row>
      ) : null}
    </>
  );
}
