import { useMemo, useState } from 'react';
import { App, Button, Card, Col, DatePicker, Empty, Flex, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { client, errorMessage, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TeamSelect } from '../../components/TeamSelect';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../state/LocaleContext';
import { AS_FILE, downloadFile } from '../reports/exportFile';
import { RadarChart } from './RadarChart';
import { PeriodNote } from './PeriodNote';
import type { RadarDimension, RadarRep } from '../../api/types';

interface DimensionRow {
  key: RadarDimension;
  label: string;
  formula: string;
  score: number;
  average: number;
  components: RadarRep['components'][RadarDimension];
}

/** 销售能力雷达图: one rep's four dimensions against the team average, month by month. */
export function RadarPage() {
  const { t: ta, locale } = useI18n('analytics');
  const { t: tc } = useI18n('home');
  const { message } = App.useApp();
  // No month chosen: the server answers the last complete month.
  const [month, setMonth] = useState<Dayjs | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [repId, setRepId] = useState<string | undefined>();
  const [exporting, setExporting] = useState(false);
  const chosen = month?.format('YYYY-MM');
  const { data, error, loading } = useLoad(
    () => unwrap(client.GET('/api/v1/analytics/radar', { params: { query: { month: chosen, teamId: teamId ?? undefined } } })),
    [chosen, teamId],
  );
  const monthText = chosen ?? data?.month ?? '';

  const rep = data?.reps.find((r) => r.userId === repId) ?? data?.reps[0];
  const en = locale === 'en';
  const dims = useMemo(() => data?.dimensions ?? [], [data]);
  const indicators = useMemo(() => dims.map((d) => (en ? d.labelEn : d.label)), [dims, en]);
  const series = useMemo(
    () =>
      rep
        ? [
            { name: rep.name, values: dims.map((d) => rep.scores[d.key]), color: '#1677ff' },
            { name: ta('radar.teamAverage'), values: dims.map((d) => rep.teamAverage[d.key]), color: '#fa8c16', dashed: true },
          ]
        : [],
    [rep, dims, ta],
  );
  const rows: DimensionRow[] = rep
    ? dims.map((d) => ({
        key: d.key,
        label: en ? d.labelEn : d.label,
        formula: en ? d.formulaEn : d.formula,
        score: rep.scores[d.key],
        average: rep.teamAverage[d.key],
        components: rep.components[d.key],
      }))
    : [];
  // 能力短板: the dimension furthest below the team average (or the lowest score when none is below),
  // named only when the month has data to compare.
  const hasData = rows.some((r) => r.score > 0 || r.average > 0);
  const weakest = hasData ? [...rows].sort((a, b) => a.score - a.average - (b.score - b.average) || a.score - b.score)[0] : null;

  const exportExcel = async () => {
    setExporting(true);
    try {
      await downloadFile(
        client.GET('/api/v1/analytics/radar.xlsx', { params: { query: { month: monthText, teamId: teamId ?? undefined } }, ...AS_FILE }),
        `radar-${monthText}.xlsx`,
      );
    } catch (err) {
      message.error(ta('a.exportFailed', { message: errorMessage(err) }));
    } finally {
      setExporting(false);
    }
  };

  const dimensionColumns: TableColumnsType<DimensionRow> = [
    { title: ta('radar.dimension'), dataIndex: 'label', width: 120 },
    { title: ta('radar.score'), dataIndex: 'score', width: 80, render: (v: number) => <Typography.Text strong>{v}</Typography.Text> },
    { title: ta('radar.teamAverage'), dataIndex: 'average', width: 90 },
    {
      title: ta('radar.gap'),
      key: 'gap',
      width: 90,
      render: (_, r) => {
        const gap = Math.round((r.score - r.average) * 100) / 100;
        return <Tag color={gap >= 0 ? 'green' : 'red'}>{gap >= 0 ? `+${gap}` : gap}</Tag>;
      },
    },
    {
      title: ta('radar.components'),
      key: 'components',
      render: (_, r) => (
        <Flex vertical gap={2}>
          {r.components.map((c) => (
            <Typography.Text key={c.key} style={{ fontSize: 12 }} type={c.value === null ? 'secondary' : undefined}>
              {ta(`radar.c.${c.key}` as MessageKey<'analytics'>)} × {c.weight}
              {ta('a.sep')}
              {c.value === null ? ta('radar.na') : `${Math.round(c.value * 100)}%`}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
  ];

  const teamColumns: TableColumnsType<RadarRep> = [
    { title: ta('a.rep'), dataIndex: 'name', render: (name: string, r) => <a onClick={() => setRepId(r.userId)}>{name}</a> },
    { title: ta('a.team'), dataIndex: 'teamName', responsive: ['md'] },
    ...dims.map((d) => ({
      title: en ? d.labelEn : d.label,
      key: d.key,
      render: (_: unknown, r: RadarRep) => <span style={{ color: r.scores[d.key] < r.teamAverage[d.key] ? '#cf1322' : undefined }}>{r.scores[d.key]}</span>,
    })),
  ];

  return (
    <>
      <PageHeader
        title={ta('radar.title')}
        sub={ta('radar.sub')}
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportExcel()} data-testid="radar-export">
            {ta('a.export')}
          </Button>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          value={month ?? (data ? dayjs(`${data.month}-01`) : null)}
          allowClear={false}
          onChange={(v) => v && setMonth(v)}
          aria-label={ta('a.month')}
          data-testid="radar-month"
        />
        {data ? <PeriodNote from={data.from} to={data.to} /> : null}
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
          {ta('a.team')}
        </Typography.Text>
        <div style={{ width: 220 }}>
          <TeamSelect
            aria-label={ta('a.team')}
            value={teamId}
            onChange={(v) => {
              setTeamId(v);
              setRepId(undefined);
            }}
          />
        </div>
        <Select
          style={{ width: 180 }}
          placeholder={ta('a.rep')}
          aria-label={ta('a.rep')}
          value={rep?.userId}
          onChange={setRepId}
          options={(data?.reps ?? []).map((r) => ({ value: r.userId, label: r.teamName ? `${r.name}（${r.teamName}）` : r.name }))}
          data-testid="radar-rep"
        />
      </Flex>
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            loading={loading && !data}
            title={rep ? rep.name : ta('radar.title')}
            extra={weakest ? <Tag color="red">{ta('radar.weakest', { dim: weakest.label })}</Tag> : null}
          >
            {rep && hasData ? (
              <RadarChart indicators={indicators} series={series} data-testid="radar-chart" />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={rep ? tc('chart.noData') : ta('a.empty')} data-testid="radar-empty" />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Table<DimensionRow>
            rowKey="key"
            size="small"
            columns={dimensionColumns}
            dataSource={rows}
            pagination={false}
            loading={loading}
            style={{ marginBottom: 16 }}
            data-testid="radar-dimensions"
          />
          <Card size="small" title={ta('radar.formula')}>
            {dims.map((d) => (
              <Typography.Paragraph key={d.key} style={{ fontSize: 12, marginBottom: 6 }}>
                <strong>{en ? d.labelEn : d.label}</strong> = {en ? d.formulaEn : d.formula}
              </Typography.Paragraph>
            ))}
            {data ? (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
                {data.note[locale]}
              </Typography.Paragraph>
            ) : null}
          </Card>
        </Col>
      </Row>
      {data && data.reps.length > 1 ? (
        <Card size="small" title={ta('radar.table')} style={{ marginTop: 16 }}>
          <Table<RadarRep> rowKey="userId" size="small" columns={teamColumns} dataSource={data.reps} pagination={false} scroll={{ x: 'max-content' }} />
        </Card>
      ) : null}
    </>
  );
}
