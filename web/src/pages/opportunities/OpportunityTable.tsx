import { Grid, Table, Tag } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { GradeTag } from '../../components/GradeTag';
import { formatAmount, formatTime } from '../../format';
import { ListCards } from '../../components/list/ListCards';
import { sortable, sortOfTable } from '../../components/list/tableSort';
import { StatusTag } from './StatusTag';
import type { Opportunity } from '../../api/types';

interface Props {
  items: Opportunity[];
  loading?: boolean;
  pagination?: TablePaginationConfig | false;
  hideCustomer?: boolean;
  /** Server-side sort (the URL's `sort`): headers become sortable and report the new sort. */
  sort?: string;
  onSort?: (sort: string | undefined) => void;
  /** Multi-select of rows. */
  selected?: string[];
  onSelect?: (ids: string[]) => void;
}

export function OpportunityTable({ items, loading, pagination, hideCustomer, sort, onSort, selected, onSelect }: Props) {
  const { t } = useI18n();
  const playbook = usePlaybook();
  const phone = !Grid.useBreakpoint().md;
  const by = (key: string) => (sort !== undefined ? sortable(key, sort) : {});
  if (phone)
    return (
      <ListCards<Opportunity>
        items={items}
        rowKey={(o) => o.id}
        loading={loading}
        testId="opportunities-cards"
        title={(o) => <Link to={`/opportunities/${o.id}`}>{o.name}</Link>}
        extra={(o) => <StatusTag status={o.status} />}
        fields={[
          { label: t('common.stage'), render: (o) => <Tag color="purple">{playbook.stageLabel(o.stage)}</Tag> },
          { label: t('common.amount'), render: (o) => formatAmount(o.amount) },
          { label: t('common.owner'), render: (o) => o.ownerName ?? '—' },
        ]}
        pagination={
          pagination
            ? {
                current: pagination.current ?? 1,
                pageSize: pagination.pageSize ?? 20,
                total: pagination.total ?? 0,
                onChange: (p) => pagination.onChange?.(p, pagination.pageSize ?? 20),
              }
            : false
        }
      />
    );
  const columns: TableColumnsType<Opportunity> = [
    { title: t('common.name'), dataIndex: 'name', ...by('name'), render: (name: string, o) => <Link to={`/opportunities/${o.id}`}>{name}</Link> },
    ...(hideCustomer
      ? []
      : [
          {
            title: t('common.customer'),
            dataIndex: 'customerName',
            ...by('customerName'),
            render: (name: string, o: Opportunity) => (
              <>
                <Link to={`/customers/${o.customerId}`}>{name}</Link> <GradeTag grade={o.customerGrade} />
              </>
            ),
          },
        ]),
    { title: t('common.stage'), dataIndex: 'stage', ...by('stage'), render: (stage: string) => <Tag color="purple">{playbook.stageLabel(stage)}</Tag> },
    {
      title: t('common.status'),
      dataIndex: 'status',
      ...by('status'),
      render: (status: Opportunity['status']) => <StatusTag status={status} />,
      responsive: ['sm'],
    },
    { title: t('common.amount'), dataIndex: 'amount', align: 'right', ...by('amount'), render: formatAmount, responsive: ['sm'] },
    {
      title: t('common.productLine'),
      dataIndex: 'productLine',
      ...by('productLine'),
      render: (key: string) => playbook.choiceLabel(playbook.doc?.productLines, key),
      responsive: ['lg'],
    },
    { title: t('common.owner'), dataIndex: 'ownerName', ...by('ownerName'), responsive: ['md'] },
    { title: t('common.lastActivityAt'), dataIndex: 'lastActivityAt', ...by('lastActivityAt'), render: formatTime, responsive: ['lg'] },
  ];
  return (
    <Table<Opportunity>
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={pagination}
      rowSelection={onSelect ? { selectedRowKeys: selected ?? [], onChange: (keys) => onSelect(keys as string[]), preserveSelectedRowKeys: true } : undefined}
      onChange={(_pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') onSort?.(sortOfTable(sorter));
      }}
      data-testid="opportunities-table"
    />
  );
}
