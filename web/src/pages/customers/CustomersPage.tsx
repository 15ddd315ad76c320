import { useState } from 'react';
import { App, Button, Flex, Grid, Input, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import { useListParams } from '../../hooks/useListParams';
import { useLoad } from '../../hooks/useLoad';
import { ListCards } from '../../components/list/ListCards';
import { SavedViews } from '../../components/list/SavedViews';
import { listTableProps, sortable } from '../../components/list/tableSort';
import { SelectionBar } from '../../components/list/SelectionBar';
import { AS_FILE, downloadFile } from '../reports/exportFile';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ImportWizard } from '../../components/ImportWizard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GradeTag } from '../../components/GradeTag';
import { formatTime } from '../../format';
import { CustomerCreateModal } from './CustomerCreateModal';
import { HealthBadge } from '../health/HealthBadge';
import { useCustomerHealth } from '../health/useCustomerHealth';
import type { Customer, CustomerGrade } from '../../api/types';

const PAGE_SIZE = 20;

export function CustomersPage() {
  const me = useMe();
  const { t } = useI18n();
  const playbook = usePlaybook();
  const navigate = useNavigate();
  const app = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const list = useListParams('-createdAt');
  const { page, sort } = list;
  const filters = { q: list.get('q'), grade: list.get('grade') as CustomerGrade | undefined, region: list.get('region') };
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState<'customers' | 'contacts' | null>(null);
  const { data, error, loading, reload } = useLoad(
    () => unwrap(client.GET('/api/v1/customers', { params: { query: { ...filters, sort: sort as never, page, pageSize: PAGE_SIZE } } })),
    [list.params.toString()],
  );
  const exportCustomers = async (ids?: string[]) => {
    try {
      await downloadFile(
        client.GET('/api/v1/customers/export.xlsx', { params: { query: { ...filters, sort: sort as never, ids: ids?.join(',') } }, ...AS_FILE }),
        'customers.xlsx',
      );
    } catch (err) {
      app.message.error(errorMessage(err));
    }
  };
  const { t: ta } = useI18n('analytics');
  const health = useCustomerHealth((data?.items ?? []).map((c) => c.id));

  const columns: TableColumnsType<Customer> = [
    { title: t('common.name'), dataIndex: 'name', ...sortable('name', sort), render: (name: string, c) => <Link to={`/customers/${c.id}`}>{name}</Link> },
    { title: t('common.grade'), dataIndex: 'grade', width: 80, ...sortable('grade', sort), render: (g: string) => <GradeTag grade={g} /> },
    { title: ta('health.column'), key: 'health', width: 120, render: (_, c) => <HealthBadge health={health.get(c.id)} /> },
    {
      title: t('common.type'),
      dataIndex: 'type',
      ...sortable('type', sort),
      render: (type: string) => t(type === 'B2B' ? 'type.B2B' : 'type.B2C'),
      responsive: ['sm'],
    },
    {
      title: t('common.region'),
      dataIndex: 'region',
      ...sortable('region', sort),
      render: (key: string) => playbook.choiceLabel(playbook.doc?.regions, key),
      responsive: ['md'],
    },
    { title: t('common.industry'), dataIndex: 'industry', ...sortable('industry', sort), responsive: ['lg'] },
    { title: t('common.owner'), dataIndex: 'ownerName', ...sortable('ownerName', sort), responsive: ['sm'] },
    { title: t('common.lastActivityAt'), dataIndex: 'lastActivityAt', ...sortable('lastActivityAt', sort), render: formatTime, responsive: ['lg'] },
  ];

  return (
    <>
      <PageHeader
        title={t('menu.customers')}
        extra={
          <>
            {can.importRecords(me) ? (
              <>
                <Button icon={<ImportOutlined />} onClick={() => setImporting('customers')} data-testid="customer-import">
                  {t('import.button')}
                </Button>
                <Button icon={<ImportOutlined />} onClick={() => setImporting('contacts')} data-testid="contact-import">
                  {t('import.contacts')}
                </Button>
              </>
            ) : null}
            <Button icon={<DownloadOutlined />} onClick={() => void exportCustomers()} data-testid="customer-export">
              {t('list.export')}
            </Button>
            {can.writeCustomers(me) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="customer-create">
                {t('customers.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap role="search" aria-label={t('list.filters')}>
          <Input.Search
            key={filters.q ?? ''}
            allowClear
            placeholder={t('common.keyword')}
            aria-label={t('filter.keyword')}
            defaultValue={filters.q}
            onSearch={(q) => list.update({ q })}
            style={{ width: 220, maxWidth: '100%' }}
          />
          <Select
            allowClear
            placeholder={t('common.grade')}
            aria-label={t('filter.grade')}
            value={filters.grade}
            onChange={(grade?: string) => list.update({ grade })}
            options={['A', 'B', 'C', 'D'].map((g) => ({ value: g, label: g }))}
            style={{ width: 100 }}
          />
          <Select
            allowClear
            placeholder={t('common.region')}
            aria-label={t('filter.region')}
            value={filters.region}
            onChange={(region?: string) => list.update({ region })}
            options={playbook.regionOptions}
            style={{ width: 140 }}
          />
        </Flex>
        <SavedViews list="customers" current={list.viewQuery} onApply={list.applyView} />
      </Flex>
      <ErrorAlert error={error} />
      {phone ? (
        <ListCards<Customer>
          items={data?.items ?? []}
          rowKey={(c) => c.id}
          loading={loading}
          testId="customers-cards"
          title={(c) => <Link to={`/customers/${c.id}`}>{c.name}</Link>}
          extra={(c) => <GradeTag grade={c.grade} />}
          fields={[
            { label: t('common.owner'), render: (c) => c.ownerName ?? '—' },
            { label: ta('health.column'), render: (c) => <HealthBadge health={health.get(c.id)} /> },
            { label: t('common.lastActivityAt'), render: (c) => formatTime(c.lastActivityAt) },
          ]}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: (p) => list.update({ page: String(p) }) }}
        />
      ) : (
        <>
          <SelectionBar count={selected.length} onExport={() => void exportCustomers(selected)} onClear={() => setSelected([])} />
          <Table<Customer>
            rowKey="id"
            loading={loading}
            columns={columns}
            dataSource={data?.items ?? []}
            {...listTableProps<Customer>(list, data?.total ?? 0, PAGE_SIZE, { selected, onSelect: setSelected })}
            data-testid="customers-table"
          />
        </>
      )}
      <CustomerCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(customer) => {
          setCreating(false);
          void navigate(`/customers/${customer.id}`);
        }}
      />
      {importing ? (
        <ImportWizard
          open
          kind={importing}
          title={t(importing === 'customers' ? 'import.title.customers' : 'import.title.contacts')}
          onClose={() => setImporting(null)}
          onImported={() => void reload()}
          testIdPrefix={`${importing === 'customers' ? 'customer' : 'contact'}-import`}
        />
      ) : null}
    </>
  );
}
