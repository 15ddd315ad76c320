import type { ReactNode } from 'react';
import { Badge, Card, Empty, Flex, List, Progress, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Home } from '../../api/types';
import { DueCountdown, useFormatDuration } from '../../components/Countdown';
import { formatAmount, formatTime } from '../../format';
import { useI18n } from '../../state/LocaleContext';
import { entityPath } from '../queue/entityLink';

type Widget<K extends keyof Home> = NonNullable<Home[K]>;

/** One home-page card: a title with a link to the full page, its content, an empty text. */
function HomeCard({ id, title, to, more, children }: { id: string; title: ReactNode; to: string; more: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} extra={<Link to={to}>{more}</Link>} data-testid={`home-${id}`} style={{ height: '100%' }}>
      {children}
    </Card>
  );
}

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

export function QueueWidget({ queue, team }: { queue: Widget<'queue'>; team: boolean }) {
  const { t } = useI18n('home');
  const { t: tc } = useI18n();
  return (
    <HomeCard id="queue" title={t(team ? 'queue.teamTitle' : 'queue.title')} to="/queue" more={t('more')}>
      <Flex gap={24} style={{ marginBottom: 8 }}>
        <Statistic title={tc('queue.state.overdue')} value={queue.counts.overdue} valueStyle={{ color: '#cf1322' }} data-testid="home-queue-overdue" />
        <Statistic title={tc('queue.state.due_soon')} value={queue.counts.dueSoon} valueStyle={{ color: '#ad4e00' }} />
        {team ? null : <Statistic title={tc('queue.state.upcoming')} value={queue.counts.upcoming} />}
      </Flex>
      <List
        size="small"
        dataSource={queue.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('queue.empty')} /> }}
        renderItem={(item) => {
          const path = entityPath(item.entityType, item.entityId);
          return (
            <List.Item data-testid="home-queue-item" extra={<DueCountdown dueAt={item.dueAt} soon={item.state === 'due_soon'} />}>
              <Typography.Text ellipsis style={{ maxWidth: 360 }}>
                {path ? <Link to={path}>{item.title}</Link> : item.title}
                {team && item.ownerName ? <Typography.Text type="secondary"> · {item.ownerName}</Typography.Text> : null}
              </Typography.Text>
            </List.Item>
          );
        }}
      />
    </HomeCard>
  );
}

export function StaleWidget({ stale }: { stale: Widget<'stale'> }) {
  const { t } = useI18n('home');
  return (
    <HomeCard id="stale" title={t('stale.title', { hours: stale.thresholdHours })} to="/reports/stale" more={t('more')}>
      <Statistic title={t('stale.total')} value={stale.total} data-testid="home-stale-total" />
      <List
        size="small"
        dataSource={stale.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stale.empty')} /> }}
        renderItem={(item) => (
          <List.Item extra={<Tag color="orange">{t('stale.idle', { hours: item.idleHours })}</Tag>}>
            <Typography.Text ellipsis style={{ maxWidth: 360 }}>
              <Link to={entityPath(item.entityType, item.id) ?? '/reports/stale'}>{item.name}</Link>
              {item.ownerName ? <Typography.Text type="secondary"> · {item.ownerName}</Typography.Text> : null}
            </Typography.Text>
          </List.Item>
        )}
      />
    </HomeCard>
  );
}

export function FlagsWidget({ flags, reviewer }: { flags: Widget<'flags'>; reviewer: boolean }) {
  const { t } = useI18n('home');
  const { t: ta } = useI18n('authenticity');
  return (
    <HomeCard id="flags" title={t(reviewer ? 'flags.reviewTitle' : 'flags.mineTitle')} to={reviewer ? '/authenticity/flags' : '/queue'} more={t('more')}>
      <Statistic title={t('flags.pending')} value={flags.pending} data-testid="home-flags-pending" />
      <List
        size="small"
        dataSource={flags.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('flags.empty')} /> }}
        renderItem={(item) => (
          <List.Item>
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex gap={6} align="center">
                <Tag color="red">{ta(`flags.kind.${item.kind}` as 'flags.kind.similar')}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.authorName} · {formatTime(item.writtenAt)}
                </Typography.Text>
              </Flex>
              <Typography.Text ellipsis style={{ maxWidth: 420 }}>
                {item.excerpt}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </HomeCard>
  );
}

export function SpotCheckWidget({ spot }: { spot: Widget<'spotCheck'> }) {
  const { t } = useI18n('home');
  return (
    <HomeCard id="spot-check" title={t('spot.title')} to="/authenticity/spot-check" more={t('more')}>
      {spot.week ? (
        <Flex vertical gap={8}>
          <Typography.Text>{t('spot.week', { week: spot.week })}</Typography.Text>
          <Progress percent={spot.total ? Math.round((spot.judged / spot.total) * 100) : 0} aria-label={t('spot.title')} />
          <Typography.Text type="secondary" data-testid="home-spot-count">
            {t('spot.judged', { judged: spot.judged, total: spot.total })}
          </Typography.Text>
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('spot.none')} />
      )}
    </HomeCard>
  );
}

export function KpiWidget({ kpi }: { kpi: Widget<'kpi'> }) {
  const { t } = useI18n('home');
  return (
    <HomeCard id="kpi" title={t('kpi.title', { from: kpi.from, to: kpi.to })} to="/analytics/kpi" more={t('more')}>
      <Flex gap={24} wrap>
        <Statistic title={t('kpi.responseSla')} value={pct(kpi.responseSlaRate)} />
        <Statistic title={t('kpi.conversion')} value={pct(kpi.conversionRate)} />
        <Statistic title={t('kpi.highIntent')} value={pct(kpi.highIntentRate)} />
        <Statistic title={t('kpi.fakeRate')} value={pct(kpi.fakeFollowupRate)} />
        <Statistic title={t('kpi.leads')} value={kpi.leadsArrived} data-testid="home-kpi-leads" />
      </Flex>
    </HomeCard>
  );
}

export function ContributionWidget({ contribution }: { contribution: Widget<'contribution'> }) {
  const { t } = useI18n('home');
  const hasData = contribution.items.some((i) => i.score > 0);
  return (
    <HomeCard id="contribution" title={t('contribution.title', { from: contribution.from, to: contribution.to })} to="/analytics/contribution" more={t('more')}>
      {hasData ? (
        <List
          size="small"
          dataSource={contribution.items}
          renderItem={(item) => (
            <List.Item data-testid="home-contribution-item" extra={<Typography.Text strong>{item.score.toFixed(2)}</Typography.Text>}>
              <Flex gap={8} align="center">
                <Tag color={item.rank === 1 ? 'gold' : undefined}>{item.rank}</Tag>
                {item.name}
                {item.teamName ? <Typography.Text type="secondary">{item.teamName}</Typography.Text> : null}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chart.noData')} />
      )}
    </HomeCard>
  );
}

export function BlockersWidget({ blockers }: { blockers: Widget<'blockers'> }) {
  const { t } = useI18n('home');
  const duration = useFormatDuration();
  const { t: tc } = useI18n();
  return (
    <HomeCard id="blockers" title={t('blockers.title')} to="/collaboration" more={t('more')}>
      <Flex gap={24} style={{ marginBottom: 8 }} data-testid="home-blockers-departments">
        {blockers.departments.map((d) => (
          <Statistic
            key={d.department}
            title={tc(`card.dept.${d.department}`)}
            value={d.overdue}
            valueStyle={{ color: d.overdue ? '#cf1322' : undefined }}
            data-testid={`home-blockers-${d.department}`}
          />
        ))}
      </Flex>
      <List
        size="small"
        dataSource={blockers.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('blockers.empty')} /> }}
        renderItem={(card) => (
          <List.Item extra={<Tag color="red">{t('blockers.overdueBy', { d: duration(card.overdueHours * 3_600_000) })}</Tag>}>
            <Typography.Text ellipsis style={{ maxWidth: 420 }}>
              <Badge color="red" /> {tc(`card.dept.${card.department}`)} · <Link to={`/collaboration/cards/${card.id}`}>{card.title}</Link>
              <Typography.Text type="secondary"> · {card.customerName}</Typography.Text>
            </Typography.Text>
          </List.Item>
        )}
      />
    </HomeCard>
  );
}

export function ConfirmationsWidget({ confirmations }: { confirmations: Widget<'confirmations'> }) {
  const { t } = useI18n('home');
  return (
    <HomeCard id="confirmations" title={t('confirmations.title', { n: confirmations.total })} to="/contracts" more={t('more')}>
      <List
        size="small"
        dataSource={confirmations.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('confirmations.empty')} /> }}
        renderItem={(c) => (
          <List.Item data-testid="home-confirmation-item" extra={<Typography.Text>{formatAmount(c.amount)}</Typography.Text>}>
            <Flex vertical style={{ minWidth: 0 }}>
              <Link to={`/contracts/${c.contractId}`}>{c.title}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.number} · {c.customerName} · {t('confirmations.since', { at: formatTime(c.requestedAt) })}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </HomeCard>
  );
}

export function CardsWidget({ cards }: { cards: Widget<'cards'> }) {
  const { t } = useI18n('home');
  const { t: tc } = useI18n();
  return (
    <HomeCard id="cards" title={t('cards.title', { n: cards.total, overdue: cards.overdue })} to="/collaboration" more={t('more')}>
      <List
        size="small"
        dataSource={cards.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cards.empty')} /> }}
        renderItem={(card) => (
          <List.Item data-testid="home-card-item" extra={<DueCountdown dueAt={card.dueAt} />}>
            <Typography.Text ellipsis style={{ maxWidth: 420 }}>
              {tc(`card.dept.${card.department}`)} · <Link to={`/collaboration/cards/${card.id}`}>{card.title}</Link>
              <Typography.Text type="secondary"> · {card.customerName}</Typography.Text>
            </Typography.Text>
          </List.Item>
        )}
      />
    </HomeCard>
  );
}
