import { Table } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../state/LocaleContext';
import { formatAmount, formatTime } from '../../format';
import { ContractStatusTag } from './ContractStatusTag';
import type { Contract } from '../../api/types';

interface Props {
  items: Contract[];
  loading?: boolean;
  pagination?: TablePaginationConfig | false;
  hideCustomer?: boolean;
}

export function ContractTable({ items, loading, pagination = false, hideCustomer }: Props) {
  const { t } = useI18n();
  const columns: TableColumnsType<Contract> = [
    { title: t('contract.number'), dataIndex: 'number', render: (n: string, c) => <Link to={`/contracts/${c.id}`}>{n}</Link> },
    { title: t('contract.title'), dataIndex: 'title', render: (title: string, c) => <Link to={`/contracts/${c.id}`}>{title}</Link> },
    ...(hideCustomer
      ? []
      : [
          {
            title: t('common.customer'),
            dataIndex: 'customerName',
            render: (name: string, c: Contract) => <Link to={`/customers/${c.customerId}`}>{name}</Link>,
          },
        ]),
    { title: t('common.status'), dataIndex: 'status', render: (s: Contract['status']) => <ContractStatusTag status={s} /> },
    { title: t('common.amount'), dataIndex: 'amount', align: 'right', render: formatAmount },
    { title: t('common.owner'), dataIndex: 'ownerName', responsive: ['md'] },
    { title: t('common.updatedAt'), dataIndex: 'updatedAt', render: formatTime, responsive: ['lg'] },
  ];
  return (
    <Table<Contract>
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      data-testid="contracts-table"
    />
  );
}
