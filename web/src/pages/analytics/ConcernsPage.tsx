import { useMemo, useState } from 'react';
import { Button, Card, Col, DatePicker, Drawer, Flex, Pagination, Row, Segmented, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import type { ConcernBlindSpot, ConcernGroupBy } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChatMessages } from '../../components/ChatMessages';
import { TeamSelect } from '../../components/TeamSelect';
import { useI18n } from '../../state/LocaleContext';
import { ConcernHeatmapChart, type HeatmapAxis } from './ConcernHeatmapChart';

const GROUPS: ConcernGroupBy[] = ['customer', 'region', 'week', 'rep'];
const PAGE_SIZE = 20;

/** 客户关注点热力图: what customers raise in the archived chats, and the concerns no follow-up answered. */
export function ConcernsPage() {
  const { t: ta } = useI18n('analytics');
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const [groupBy, setGroupBy] = useState<ConcernGroupBy>('customer');
  const [teamId, setTeamId] = useState<string | null>(null);
  const [cell, setCell] = useState<{ row: HeatmapAxis; category: HeatmapAxis } | null>(null);
  const [page, setPage] = useState(1);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const query = { from, to, groupBy, teamId: teamId ?? undefined };
  const { data, error, loading } = useLoad(() => unwrap(client.GET('/api/v1/analytics/concerns', { params: { query } })), [from, to, groupBy, teamId]);
  const messages = useLoad(
    async () =>
      cell
        ? unwrap(
            client.GET('/api/v1/analytics/concerns/messages', {
              params: { query: { ...query, row: cell.row.key, category: cell.category.key, page, pageSize: PAGE_SIZE } },
            }),
          )
        : null,
    [cell, page, from, to, groupBy, teamId],
  );
  const labels = useMemo(() => new Map((data?.categories ?? []).map((c) => [c.key, c.label])), [data]);
  const countOf = useMemo(() => new Map((data?.cells ?? []).map((c) => [`${c.row}\u0000${c.category}`, c.count])), [data]);
  const open = (row: HeatmapAxis, category: HeatmapAxis) => {
    setPage(1);
    setCell({ row, category });
  };

  return (
    <>
      <PageHeader title={ta('concerns.title')} sub={ta('concerns.sub')} />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          onChange={(v) => {
            if (v?.[0] && v[1]) setRange([v[0], v[1]]);
          }}
          aria-label={ta('concerns.period')}
        />
        <Segmented<ConcernGroupBy>
          value={groupBy}
          onChange={setGroupBy}
          options={GROUPS.map((g) => ({ value: g, label: ta(`concerns.by.${g}`) }))}
          data-testid="concerns-group-by"
        />
        <div style={{ minWidth: 220 }} title={ta('concerns.team')}>
          <TeamSelect aria-label={ta('concerns.team')} value={teamId} onChange={setTeamId} data-testid="concerns-team" />
        </div>
      </Flex>
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={ta('concerns.heatmap')} loading={loading} size="small">
            {data && data.rows.length ? (
              <>
                <ConcernHeatmapChart rows={data.rows} categories={data.categories} cells={data.cells} onCellClick={open} data-testid="concerns-heatmap" />
                <Table
                  size="small"
                  rowKey="key"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  dataSource={data.rows}
                  data-testid="concerns-table"
                  columns={[
                    { title: ta(`concerns.by.${groupBy}`), dataIndex: 'label', fixed: 'left' },
                    ...data.categories.map((category) => ({
                      title: category.label,
                      key: category.key,
                      align: 'center' as const,
                      render: (_: unknown, row: HeatmapAxis) => {
                        const count = countOf.get(`${row.key}\u0000${category.key}`) ?? 0;
                        return count ? (
                          <Button type="link" size="small" onClick={() => open(row, category)} data-testid={`concern-cell-${row.key}-${category.key}`}>
                            {count}
                          </Button>
                        ) : (
                          <Typography.Text type="secondary">0</Typography.Text>
                        );
                      },
                    })),
                  ]}
                />
              </>
            ) : (
              <Typography.Paragraph type="secondary">{ta('concerns.none')}</Typography.Paragraph>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={ta('concerns.blindSpots')} extra={<Typography.Text type="secondary">{ta('concerns.blindSpotsHint')}</Typography.Text>} size="small">
            <Table<ConcernBlindSpot>
              size="small"
              rowKey={(b) => `${b.customerId}:${b.category}`}
              loading={loading}
              dataSource={data?.blindSpots ?? []}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              data-testid="concerns-blind-spots"
              locale={{ emptyText: ta('concerns.noBlindSpots') }}
              columns={[
                {
                  title: ta('concerns.customer'),
                  dataIndex: 'customerName',
                  render: (name: string, b) => <Link to={`/customers/${b.customerId}`}>{name}</Link>,
                },
                { title: ta('concerns.category'), dataIndex: 'label', render: (label: string) => <Tag color="orange">{label}</Tag> },
                { title: ta('concerns.owner'), dataIndex: 'ownerName', render: (v: string | null) => v ?? '—' },
                { title: ta('concerns.lastRaised'), dataIndex: 'lastRaisedAt', render: (v: string) => dayjs(v).format('MM-DD HH:mm') },
                { title: ta('concerns.count'), dataIndex: 'count' },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Drawer open={cell !== null} onClose={() => setCell(null)} title={cell ? `${cell.row.label} · ${cell.category.label}` : ''} size="large" destroyOnHidden>
        <ErrorAlert error={messages.error} />
        <ChatMessages items={messages.data?.items ?? []} loading={messages.loading} concernLabel={(k) => labels.get(k) ?? k} data-testid="concern-messages" />
        <Flex justify="center" style={{ marginTop: 8 }}>
          <Pagination current={page} pageSize={PAGE_SIZE} total={messages.data?.total ?? 0} onChange={setPage} hideOnSinglePage showSizeChanger={false} />
        </Flex>
      </Drawer>
    </>
  );
}
