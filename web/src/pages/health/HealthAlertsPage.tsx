import { useState } from 'react';
import { Flex, Segmented, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GradeTag } from '../../components/GradeTag';
import { formatTime } from '../../format';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../state/LocaleContext';
import { LEVEL_COLORS } from './HealthBadge';
import type { HealthAlert } from '../../api/types';

const RULES = ['health-inactive', 'health-renewal', 'health-nps'] as const;
type RuleFilter = (typeof RULES)[number] | '';
const PAGE_SIZE = 20;

/** Open 健康度预警 tasks on the customers in the caller's scope (a rep's own, a supervisor's team…). */
export function HealthAlertsPage() {
  const { t: ta } = useI18n('analytics');
  const [ruleId, setRuleId] = useState<RuleFilter>('');
  const [page, setPage] = useState(1);
  const { data, error, loading } = useLoad(
    () => unwrap(client.GET('/api/v1/health/alerts', { params: { query: { ruleId: ruleId || undefined, page, pageSize: PAGE_SIZE } } })),
    [ruleId, page],
  );

  const columns: TableColumnsType<HealthAlert> = [
    {
      title: ta('alerts.customer'),
      key: 'customer',
      render: (_, r) => (
        <Flex gap={6} align="center" wrap>
          <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link>
          <GradeTag grade={r.customer.grade} />
          {r.customer.health !== null && r.customer.level ? (
            <Tag color={LEVEL_COLORS[r.customer.level]}>
              {r.customer.health} · {ta(`health.level.${r.customer.level}` as MessageKey<'analytics'>)}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    { title: ta('alerts.rule'), dataIndex: 'ruleName', render: (name: string, r) => <Tag color="orange">{name ?? r.ruleId}</Tag> },
    {
      title: ta('alerts.reason'),
      key: 'reason',
      render: (_, r) => (
        <Flex vertical style={{ maxWidth: 560, whiteSpace: 'normal' }}>
          <Typography.Text strong>{r.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.reason}
          </Typography.Text>
          {r.playbookVersion ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {ta('alerts.version', { v: r.playbookVersion })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: ta('alerts.assignee'), dataIndex: 'assigneeName', responsive: ['md'] },
    { title: ta('alerts.due'), dataIndex: 'dueAt', render: formatTime, responsive: ['sm'] },
  ];

  return (
    <>
      <PageHeader title={ta('alerts.title')} sub={ta('alerts.sub')} />
      <Segmented<RuleFilter>
        style={{ marginBottom: 12 }}
        value={ruleId}
        onChange={(v) => {
          setPage(1);
          setRuleId(v);
        }}
        options={[{ value: '', label: ta('alerts.allRules') }, ...RULES.map((r) => ({ value: r, label: ta(`alerts.rule.${r}` as MessageKey<'analytics'>) }))]}
        data-testid="health-alert-rule"
      />
      <ErrorAlert error={error} />
      <Table<HealthAlert>
        rowKey="taskId"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        data-testid="health-alerts-table"
      />
    </>
  );
}
