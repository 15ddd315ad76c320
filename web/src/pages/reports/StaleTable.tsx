import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { LeadStatusTag } from '../../components/LeadStatusTag';
import { formatTime } from '../../format';
import { entityPath } from '../queue/entityLink';
import type { StaleItem } from '../../api/types';

interface Props {
  items: StaleItem[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

/** The stale records, one server page at a time. */
export function StaleTable({ items, total, page, pageSize, loading, onPage }: Props) {
  const { t } = useI18n();
  const playbook = usePlaybook();
  const columns: TableColumnsType<StaleItem> = [
    {
      title: t('common.type'),
      dataIndex: 'entityType',
      width: 80,
      render: (type: StaleItem['entityType']) => (
        <Tag color={type === 'lead' ? 'cyan' : 'geekblue'}>{t(type === 'lead' ? 'stale.lead' : 'stale.opportunity')}</Tag>
      ),
    },
    {
      title: t('common.name'),
      dataIndex: 'name',
      render: (name: string, item) => {
        const path = entityPath(item.entityType, item.id);
        return path ? <Link to={path}>{name}</Link> : name;
      },
    },
    { title: t('common.region'), dataIndex: 'region', render: (key: string) => playbook.choiceLabel(playbook.doc?.regions, key), responsive: ['md'] },
    {
      title: t('common.productLine'),
      dataIndex: 'productLine',
      render: (key: string) => playbook.choiceLabel(playbook.doc?.productLines, key),
      responsive: ['md'],
    },
    { title: t('common.owner'), dataIndex: 'ownerName', render: (name: string | null) => name ?? <Tag>{t('common.unassigned')}</Tag> },
    { title: t('stale.team'), dataIndex: 'teamName', render: (name: string | null) => name ?? '—', responsive: ['lg'] },
    {
      title: t('stale.statusStage'),
      key: 'stage',
      render: (_v, item) => (item.entityType === 'lead' ? <LeadStatusTag status={item.status} /> : playbook.stageLabel(item.stage) || item.status),
      responsive: ['lg'],
    },
    { title: t('common.lastActivityAt'), dataIndex: 'lastActivityAt', render: formatTime },
    {
      title: t('stale.idle'),
      dataIndex: 'idleHours',
      align: 'right',
      render: (hours: number) => (
        <Typography.Text type={hours >= 24 * 7 ? 'danger' : 'warning'}>
          {hours >= 48 ? t('stale.idleDays', { d: Math.floor(hours / 24), h: hours % 24 }) : t('stale.idleHours', { h: hours })}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<StaleItem>
      rowKey={(item) => `${item.entityType}:${item.id}`}
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize, total, onChange: onPage, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
      data-testid="stale-table"
    />
  );
}
