import { useState } from 'react';
import { Card, Col, DatePicker, Flex, Row, Segmented, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PeriodNote } from './PeriodNote';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../state/LocaleContext';
import type { KpiGroup, KpiNumbers } from '../../api/types';

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const num = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));

/** The article's management KPIs per team or region, aggregated by the server. */
export function KpiPage() {
  const { t: ta } = useI18n('analytics');
  // No period chosen: the server answers its default (last complete month; KPIs the last 30 days).
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [groupBy, setGroupBy] = useState<'team' | 'region'>('team');
  const from = range?.[0].format('YYYY-MM-DD');
  const to = range?.[1].format('YYYY-MM-DD');
  const { data, error, loading } = useLoad(
    () => unwrap(client.GET('/api/v1/analytics/kpi', { params: { query: { from, to, groupBy } } })),
    [from, to, groupBy],
  );

  const total = data?.total;
  const cards: { key: MessageKey<'analytics'>; value: (k: KpiNumbers) => string; suffix?: string; sub: (k: KpiNumbers) => string }[] = [
    { key: 'kpi.leadCycle', value: (k) => num(k.leadCycle.avgDays), suffix: ta('kpi.days'), sub: (k) => ta('kpi.closed', { n: k.leadCycle.closed }) },
    {
      key: 'kpi.highIntent',
      value: (k) => pct(k.highIntent.rate),
      sub: (k) => ta('kpi.count', { part: k.highIntent.answeredInWindow, whole: k.highIntent.total }),
    },
    {
      key: 'kpi.responseSla',
      value: (k) => pct(k.responseSla.rate),
      sub: (k) => ta('kpi.count', { part: k.responseSla.met, whole: k.responseSla.met + k.responseSla.breached }),
    },
    { key: 'kpi.conversion', value: (k) => pct(k.conversion.rate), sub: (k) => ta('kpi.count', { part: k.conversion.converted, whole: k.conversion.arrived }) },
    {
      key: 'kpi.contractToDelivery',
      value: (k) => num(k.contractToDelivery.avgWorkingDays, 1),
      suffix: ta('kpi.workingDays'),
      sub: (k) => ta('kpi.contracts', { n: k.contractToDelivery.contracts }),
    },
    { key: 'kpi.fakeRate', value: (k) => pct(k.fakeFollowupRate), sub: (k) => `${ta('kpi.density')} ${num(k.effectiveActionDensity)}` },
  ];

  const columns: TableColumnsType<KpiGroup> = [
    { title: ta('kpi.group'), dataIndex: 'label', fixed: 'left', render: (label: string | null) => label ?? ta('kpi.noGroup') },
    { title: ta('kpi.leadCycle'), key: 'cycle', render: (_, g) => (g.leadCycle.avgDays === null ? '—' : `${num(g.leadCycle.avgDays)} ${ta('kpi.days')}`) },
    {
      title: ta('kpi.highIntent'),
      key: 'hi',
      render: (_, g) => <Ratio rate={g.highIntent.rate} part={g.highIntent.answeredInWindow} whole={g.highIntent.total} />,
    },
    {
      title: ta('kpi.responseSla'),
      key: 'sla',
      render: (_, g) => <Ratio rate={g.responseSla.rate} part={g.responseSla.met} whole={g.responseSla.met + g.responseSla.breached} />,
    },
    {
      title: ta('kpi.conversion'),
      key: 'conv',
      render: (_, g) => <Ratio rate={g.conversion.rate} part={g.conversion.converted} whole={g.conversion.arrived} />,
    },
    {
      title: ta('kpi.contractToDelivery'),
      key: 'delivery',
      render: (_, g) => (g.contractToDelivery.avgWorkingDays === null ? '—' : `${num(g.contractToDelivery.avgWorkingDays, 1)} ${ta('kpi.workingDays')}`),
    },
    { title: ta('kpi.fakeRate'), key: 'fake', render: (_, g) => pct(g.fakeFollowupRate) },
    { title: ta('kpi.density'), key: 'density', render: (_, g) => num(g.effectiveActionDensity) },
  ];

  return (
    <>
      <PageHeader title={ta('kpi.title')} sub={ta('kpi.sub')} />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          value={range ?? (data ? [dayjs(data.from), dayjs(data.to)] : null)}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          aria-label={ta('a.period')}
          data-testid="kpi-range"
        />
        {data ? <PeriodNote from={data.from} to={data.to} /> : null}
        <Segmented
          value={groupBy}
          onChange={(v) => setGroupBy(v as 'team' | 'region')}
          options={[
            { value: 'team', label: ta('kpi.byTeam') },
            { value: 'region', label: ta('kpi.byRegion') },
          ]}
          data-testid="kpi-group-by"
        />
      </Flex>
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {cards.map((c) => (
          <Col key={c.key} xs={12} md={8} xl={4}>
            <Card size="small" loading={loading && !data}>
              <Statistic title={ta(c.key)} value={total ? c.value(total) : '—'} suffix={total && c.value(total) !== '—' ? c.suffix : undefined} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {total ? c.sub(total) : ''}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Table<KpiGroup>
        rowKey={(g) => g.key ?? '__none__'}
        size="small"
        loading={loading}
        columns={columns}
        dataSource={data?.groups ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="kpi-table"
      />
      {data ? (
        <Card size="small" title={ta('kpi.definitions')} style={{ marginTop: 16 }}>
          {Object.entries(data.definitions).map(([key, text]) => (
            <Typography.Paragraph key={key} style={{ fontSize: 12, marginBottom: 6 }}>
              {text}
            </Typography.Paragraph>
          ))}
          {!data.fakeFollowupAvailable ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
              {ta('kpi.fakeNA')}
            </Typography.Paragraph>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}

function Ratio({ rate, part, whole }: { rate: number | null; part: number; whole: number }) {
  return (
    <Flex vertical>
      <span>{pct(rate)}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {part} / {whole}
      </Typography.Text>
    </Flex>
  );
}
