import { useMemo, useState } from 'react';
import { Button, Card, Col, DatePicker, Flex, Row, Segmented, Slider, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { client, unwrap } from '../../api/client';
import { useChanged } from '../../hooks/useChanged';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PeriodNote } from './PeriodNote';
import { TeamSelect } from '../../components/TeamSelect';
import { BarChart } from '../../components/BarChart';
import { formatAmount } from '../../format';

import { DIMENSIONS, formulaText, rerank, type RankedItem } from './contributionScore';
import type { ContributionDimension, ContributionWeights } from '../../api/types';

const percent = (w: ContributionWeights): ContributionWeights => ({
  newCustomers: Math.round(w.newCustomers * 100),
  upsell: Math.round(w.upsell * 100),
  customerSuccess: Math.round(w.customerSuccess * 100),
});

/** 贡献度仪表盘: the director moves the weights and the ranking changes at once. */
export function ContributionPage() {
  const { label } = useI18n();
  const { t: ta } = useI18n('analytics');
  // No period chosen: the server answers its default (last complete month; KPIs the last 30 days).
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [phase, setPhase] = useState<string | undefined>();
  const from = range?.[0].format('YYYY-MM-DD');
  const to = range?.[1].format('YYYY-MM-DD');
  const { data, error, loading } = useLoad(
    () => unwrap(client.GET('/api/v1/analytics/contribution', { params: { query: { from, to, teamId: teamId ?? undefined, phase } } })),
    [from, to, teamId, phase],
  );
  const [weights, setWeights] = useState<ContributionWeights>({ newCustomers: 45, upsell: 35, customerSuccess: 20 });
  // A new answer (another phase or period) resets the sliders to the phase's weights.
  if (useChanged(data) && data) setWeights(percent(data.weights));

  const dimLabel = (d: ContributionDimension) => ta(`contrib.dim.${d}`);
  const labels = { newCustomers: dimLabel('newCustomers'), upsell: dimLabel('upsell'), customerSuccess: dimLabel('customerSuccess') };
  const ranked = useMemo(() => rerank(data?.items ?? [], weights), [data, weights]);
  const phaseWeights = data ? percent(data.phases.find((p) => p.key === data.phase)?.weights ?? data.weights) : null;
  const moved = phaseWeights !== null && DIMENSIONS.some((d) => phaseWeights[d] !== weights[d]);
  const sum = DIMENSIONS.reduce((s, d) => s + weights[d], 0);

  const columns: TableColumnsType<RankedItem> = [
    {
      title: ta('contrib.rank'),
      dataIndex: 'liveRank',
      width: 70,
      render: (rank: number) => <Tag color={rank === 1 ? 'gold' : rank === 2 ? 'blue' : undefined}>{rank}</Tag>,
    },
    {
      title: ta('a.rep'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <>
          {name}
          {r.teamName ? <Typography.Text type="secondary"> · {r.teamName}</Typography.Text> : null}
        </>
      ),
    },
    {
      title: ta('contrib.score'),
      dataIndex: 'liveScore',
      width: 110,
      render: (score: number) => (
        <Typography.Text strong data-testid="contribution-score">
          {score.toFixed(2)}
        </Typography.Text>
      ),
    },
    {
      title: labels.newCustomers,
      key: 'newCustomers',
      render: (_, r) => <Cell value={String(r.raw.newCustomers)} normalised={r.normalised.newCustomers} />,
    },
    {
      title: labels.upsell,
      key: 'upsell',
      render: (_, r) => (
        <Tooltip title={ta('contrib.upsellDetail', { won: formatAmount(r.details.upsellWonAmount), contracts: formatAmount(r.details.upsellContractAmount) })}>
          <span>
            <Cell value={formatAmount(r.raw.upsell)} normalised={r.normalised.upsell} />
          </span>
        </Tooltip>
      ),
    },
    {
      title: labels.customerSuccess,
      key: 'customerSuccess',
      render: (_, r) => (
        <Tooltip title={ta('contrib.csDetail', { n: r.details.csFollowups, points: r.details.csmPoints, events: r.details.csmEvents })}>
          <span>
            <Cell value={String(r.raw.customerSuccess)} normalised={r.normalised.customerSuccess} />
          </span>
        </Tooltip>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={ta('contrib.title')} sub={ta('contrib.sub')} />
      <Flex gap={8} wrap style={{ marginBottom: 12 }} align="center">
        <DatePicker.RangePicker
          value={range ?? (data ? [dayjs(data.from), dayjs(data.to)] : null)}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          aria-label={ta('a.period')}
          data-testid="contribution-range"
        />
        {data ? <PeriodNote from={data.from} to={data.to} /> : null}
        <Typography.Text type="secondary">{ta('a.team')}</Typography.Text>
        <div style={{ width: 220 }}>
          <TeamSelect aria-label={ta('a.team')} value={teamId} onChange={setTeamId} data-testid="contribution-team" />
        </div>
        {data ? (
          <Segmented
            value={data.phase}
            onChange={(v) => setPhase(String(v))}
            options={data.phases.map((p) => ({
              value: p.key,
              label: `${label({ key: p.key, label: p.label, labelEn: p.labelEn ?? undefined })}${p.key === data.activePhase ? ta('contrib.activePhase') : ''}`,
            }))}
            data-testid="contribution-phase"
          />
        ) : null}
      </Flex>
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card
            size="small"
            title={ta('contrib.weights')}
            style={{ marginBottom: 16 }}
            extra={
              <Button size="small" icon={<UndoOutlined />} disabled={!moved} onClick={() => phaseWeights && setWeights(phaseWeights)}>
                {ta('contrib.resetWeights')}
              </Button>
            }
          >
            {DIMENSIONS.map((d) => (
              <div key={d} style={{ marginBottom: 8 }}>
                <Flex justify="space-between">
                  <span>{labels[d]}</span>
                  <Typography.Text strong>{sum > 0 ? Math.round((weights[d] / sum) * 100) : 0}%</Typography.Text>
                </Flex>
                <Slider
                  min={0}
                  max={100}
                  ariaLabelForHandle={labels[d]}
                  value={weights[d]}
                  onChange={(v) => setWeights((w) => ({ ...w, [d]: v }))}
                  data-testid={`contribution-weight-${d}`}
                />
              </div>
            ))}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {ta('contrib.weightsHint', { sum })}
            </Typography.Text>
          </Card>
          <Card size="small" title={ta('contrib.formula')} style={{ marginBottom: 16 }}>
            <div
              data-testid="contribution-formula"
              style={{ fontFamily: 'monospace', background: '#f5f5f5', borderRadius: 6, padding: '8px 10px', marginBottom: 8, lineHeight: 1.7 }}
            >
              {formulaText(weights, labels, ta('contrib.formulaPrefix'), ta('contrib.teamMax'))}
            </div>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
              <strong>
                {ta('contrib.normalisation')}
                {ta('a.sep')}
              </strong>
              {data?.normalisation}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card
            size="small"
            title={
              <>
                {ta('contrib.chart')}
                {moved ? <Typography.Text type="secondary">{ta('contrib.moved')}</Typography.Text> : null}
              </>
            }
            style={{ marginBottom: 16 }}
          >
            <BarChart
              bars={ranked.map((r) => ({ key: r.userId, label: r.name, value: r.liveScore }))}
              height={Math.max(160, ranked.length * 32)}
              data-testid="contribution-chart"
            />
          </Card>
          <Table<RankedItem>
            rowKey="userId"
            size="small"
            loading={loading}
            columns={columns}
            dataSource={ranked}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: ta('a.empty') }}
            data-testid="contribution-table"
          />
        </Col>
      </Row>
    </>
  );
}

function Cell({ value, normalised }: { value: string; normalised: number }) {
  const { t: ta } = useI18n('analytics');
  return (
    <Flex vertical>
      <span>{value}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {ta('contrib.normalised', { value: normalised.toFixed(2) })}
      </Typography.Text>
    </Flex>
  );
}
