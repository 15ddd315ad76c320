import { Alert, Descriptions, Empty, Table, Tag, Typography } from 'antd';
import type { PlaybookImpact } from '../../../api/types';
import { useI18n } from '../../../state/LocaleContext';
import { formatTime } from '../../../format';

type BlockedItem = PlaybookImpact['opportunities']['items'][number];
type MovedLead = PlaybookImpact['leads']['items'][number];

const shift = (minutes: number | null, t: (key: 'designer.hoursMinutes', vars: { h: number; m: number }) => string) => {
  if (minutes === null) return '—';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  return `${sign}${t('designer.hoursMinutes', { h: Math.floor(abs / 60), m: abs % 60 })}`;
};

/** What publishing the draft would change: blocked opportunities, moved deadlines, rules, permissions, modules. */
export function ImpactPreview({ impact }: { impact: PlaybookImpact }) {
  const { t } = useI18n();
  const nothing =
    !impact.opportunities.newlyBlocked &&
    !impact.leads.moved &&
    !impact.timeRules.length &&
    !impact.permissions.length &&
    !impact.modules.switchedOff.length &&
    !impact.modules.switchedOn.length;
  return (
    <div data-testid="impact-preview">
      {nothing ? <Alert type="success" showIcon title={t('designer.impactNone')} style={{ marginBottom: 12 }} /> : null}
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('designer.impactOpportunities')}>
          <span data-testid="impact-blocked-count">
            {t('designer.impactBlocked', { n: impact.opportunities.newlyBlocked, all: impact.opportunities.blocked, checked: impact.opportunities.checked })}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('designer.impactLeads')}>
          {t('designer.impactLeadsMoved', { n: impact.leads.moved, checked: impact.leads.checked })}
        </Descriptions.Item>
      </Descriptions>
      {impact.opportunities.items.length ? (
        <Table<BlockedItem>
          size="small"
          rowKey="id"
          pagination={{ pageSize: 10 }}
          dataSource={impact.opportunities.items}
          data-testid="impact-opportunities"
          columns={[
            {
              title: t('designer.opportunity'),
              render: (_, o) => (
                <>
                  <a href={`/opportunities/${o.id}`}>{o.name}</a> <Typography.Text type="secondary">{o.customerName}</Typography.Text>
                </>
              ),
            },
            { title: t('designer.move'), render: (_, o) => `${o.stageLabel} → ${o.nextStageLabel ?? '—'}` },
            {
              title: t('designer.why'),
              render: (_, o) =>
                o.missing.map((m) => (
                  <Tag key={m.key} color="red">
                    {m.label} · {m.ruleName}
                  </Tag>
                )),
            },
            { title: '', render: (_, o) => (o.blockedNow ? <Tag>{t('designer.blockedAlready')}</Tag> : <Tag color="orange">{t('designer.blockedNew')}</Tag>) },
          ]}
        />
      ) : null}
      {impact.leads.items.length ? (
        <Table<MovedLead>
          size="small"
          rowKey="id"
          pagination={{ pageSize: 10 }}
          dataSource={impact.leads.items}
          data-testid="impact-leads"
          style={{ marginTop: 12 }}
          columns={[
            { title: t('designer.lead'), render: (_, l) => <a href={`/leads/${l.id}`}>{l.name}</a> },
            { title: t('designer.deadlineNow'), dataIndex: 'dueAt', render: formatTime },
            { title: t('designer.deadlineDraft'), dataIndex: 'draftDueAt', render: formatTime },
            { title: t('designer.shift'), dataIndex: 'shiftMinutes', render: (v: number | null) => shift(v, t) },
          ]}
        />
      ) : null}
      {impact.timeRules.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('designer.impactRules')}
          </Typography.Title>
          {impact.timeRules.map((r) => (
            <Tag key={`${r.id}-${r.effect}`} color={r.effect === 'stops' ? 'red' : r.effect === 'resumes' ? 'green' : 'blue'}>
              {r.name || r.id}: {t(`designer.ruleEffect.${r.effect}`, { n: r.count })}
            </Tag>
          ))}
        </>
      ) : null}
      {impact.modules.switchedOff.length || impact.modules.switchedOn.length ? (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {impact.modules.switchedOff.map((m) => (
            <Tag key={m} color="red">
              {t('designer.moduleOff', { module: m })}
            </Tag>
          ))}
          {impact.modules.switchedOn.map((m) => (
            <Tag key={m} color="green">
              {t('designer.moduleOn', { module: m })}
            </Tag>
          ))}
        </Typography.Paragraph>
      ) : null}
      {impact.permissions.length ? (
        <Table
          size="small"
          rowKey="userId"
          pagination={false}
          dataSource={impact.permissions}
          data-testid="impact-permissions"
          columns={[
            { title: t('designer.user'), render: (_, p) => `${p.displayName} (${p.username})` },
            {
              title: t('designer.lost'),
              render: (_, p) =>
                p.lost.map((x) => (
                  <Tag key={x} color="red">
                    {x}
                  </Tag>
                )),
            },
            {
              title: t('designer.gained'),
              render: (_, p) =>
                p.gained.map((x) => (
                  <Tag key={x} color="green">
                    {x}
                  </Tag>
                )),
            },
          ]}
        />
      ) : null}
      {!impact.opportunities.items.length && !impact.leads.items.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('designer.impactNoList')} />
      ) : null}
    </div>
  );
}
