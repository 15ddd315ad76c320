import { useMemo, useState } from 'react';
import { Button, Card, Col, DatePicker, Row, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LazyChart as EChart } from './LazyChart';
import { slaOption, stepsOption } from './reportOptions';

/** 协作堵点分析报告: where collaboration stalls in a month (default: last month, as the server decides). */
export function ReportPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [month, setMonth] = useState<string | undefined>(params.get('month') ?? undefined);
  const { data, error, loading } = useLoad(() => unwrap(client.GET('/api/v1/reports/collaboration', { params: { query: { month } } })), [month]);
  const shown = data?.month ?? month;
  const stepLabel = useMemo(() => (step: string) => t(`report.step.${step}` as 'report.step.product'), [t]);
  const deptLabel = useMemo(() => (d: string) => t(`card.dept.${d}` as 'card.dept.product'), [t]);
  const steps = useMemo(() => stepsOption(data?.steps ?? [], stepLabel, t('report.workingDays')), [data, stepLabel, t]);
  const sla = useMemo(() => slaOption(data?.slaCompliance ?? [], deptLabel, t('report.noData')), [data, deptLabel, t]);

  return (
    <>
      <PageHeader
        title={t('menu.collabReport')}
        sub={t('report.sub')}
        extra={
          <>
            <DatePicker
              picker="month"
              allowClear={false}
              value={shown ? dayjs(`${shown}-01`) : null}
              onChange={(value) => {
                const next = value ? value.format('YYYY-MM') : undefined;
                setMonth(next);
                setParams(next ? { month: next } : {}, { replace: true });
              }}
              data-testid="report-month"
            />
            <Button icon={<DownloadOutlined />} href={`/api/v1/reports/collaboration.xlsx${shown ? `?month=${shown}` : ''}`} data-testid="report-export">
              {t('report.export')}
            </Button>
          </>
        }
      />
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]} data-testid="collab-report" data-month={shown}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('report.stepsTitle')} loading={loading && !data}>
            <EChart option={steps} height={280} data-testid="report-steps" />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('report.slaTitle')} loading={loading && !data}>
            <EChart option={sla} height={200} data-testid="report-sla" />
            <Table
              size="small"
              rowKey="department"
              pagination={false}
              dataSource={data?.slaCompliance ?? []}
              columns={[
                { title: t('card.department'), dataIndex: 'department', render: deptLabel },
                { title: t('report.completed'), dataIndex: 'completed', align: 'right' },
                { title: t('report.onTime'), dataIndex: 'onTime', align: 'right' },
                {
                  title: t('report.overdueOpen'),
                  dataIndex: 'overdueOpen',
                  align: 'right',
                  render: (n: number) => <Typography.Text type={n ? 'danger' : undefined}>{n}</Typography.Text>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('report.reasonsTitle')}>
            <Table
              size="small"
              rowKey="reason"
              pagination={false}
              dataSource={data?.rejectionReasons ?? []}
              data-testid="report-reasons"
              columns={[
                { title: '#', render: (_, __, index) => index + 1, width: 40 },
                { title: t('report.reason'), dataIndex: 'reason' },
                { title: t('report.count'), dataIndex: 'count', align: 'right', width: 80 },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('report.clausesTitle')}>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={data?.disputedClauses ?? []}
              data-testid="report-clauses"
              columns={[
                { title: t('contract.clauseTitle'), dataIndex: 'title' },
                { title: t('contract.clauseKey'), dataIndex: 'key', render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
                { title: t('report.vetoes'), dataIndex: 'count', align: 'right', width: 90 },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
