import { Table, Tag } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { GradeTag } from '../../components/GradeTag';
import { formatAmount, formatTime } from '../../format';
import { StatusTag } from './StatusTag';
import type { Opportunity } from '../../api/types';

interface Props {
  items: Opportunity[];
  loading?: boolean;
  pagination?: TablePaginationConfig | false;
  hideCustomer?: boolean;
}

export function OpportunityTable({ items, loading, pagination, hideCustomer }: Props) {
  const { t } = useI18n();
  const playbook = usePlaybook();
  const columns: TableColumnsType<Opportunity> = [
    { title: t('common.name'), dataIndex: 'name', render: (name: string, o) => <Link to={`/opportunities/${o.id}`}>{name}</Link> },
    ...(hideCustomer
      ? []
      : [
          {
            title: t('common.customer'),
            dataIndex: 'customerName',
            render: (name: string, o: Opportunity) => (
              <>
                <Link to={`/customers/${o.customerId}`}>{name}</Link> <GradeTag grade={o.customerGrade} />
              </>
            ),
          },
        ]),
    { title: t('common.stage'), dataIndex: 'stage', render: (stage: string) => <Tag color="purple">{playbook.stageLabel(stage)}</Tag> },
    { title: t('common.status'), dataIndex: 'status', render: (status: Opportunity['status']) => <StatusTag status={status} />, responsive: ['sm'] },
    { title: t('common.amount'), dataIndex: 'amount', align: 'right', render: formatAmount, responsive: ['sm'] },
    {
      title: t('common.productLine'),
      dataIndex: 'productLine',
      render: (key: string) => playbook.choiceLabel(playbook.doc?.productLines, key),
      responsive: ['lg'],
    },
    { title: t('common.owner'), dataIndex: 'ownerName', responsive: ['md'] },
    { title: t('common.updatedAt'), dataIndex: 'updatedAt', render: formatTime, responsive: ['lg'] },
  ];
  return (
    <Table<Opportunity>
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      data-testid="opportunities-table"
    />
  );
}
