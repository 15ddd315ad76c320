import { useState } from 'react';
import { Button, Flex, Input, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
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
  const [q, setQ] = useState('');
  const [grade, setGrade] = useState<CustomerGrade | undefined>();
  const [region, setRegion] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState<'customers' | 'contacts' | null>(null);
  const { data, error, loading, reload } = useLoad(
    () => unwrap(client.GET('/api/v1/customers', { params: { query: { q, grade, region, page, pageSize: PAGE_SIZE } } })),
    [q, grade, region, page],
  );
  const { t: ta } = useI18n('analytics');
  const health = useCustomerHealth((data?.items ?? []).map((c) => c.id));

  const columns: TableColumnsType<Customer> = [
    { title: t('common.name'), dataIndex: 'name', render: (name: string, c) => <Link to={`/customers/${c.id}`}>{name}</Link> },
    { title: t('common.grade'), dataIndex: 'grade', width: 70, render: (g: string) => <GradeTag grade={g} /> },
    { title: ta('health.column'), key: 'health', width: 120, render: (_, c) => <HealthBadge health={health.get(c.id)} /> },
    { title: t('common.type'), dataIndex: 'type', render: (type: string) => t(type === 'B2B' ? 'type.B2B' : 'type.B2C'), responsive: ['sm'] },
    { title: t('common.region'), dataIndex: 'region', render: (key: string) => playbook.choiceLabel(playbook.doc?.regions, key), responsive: ['md'] },
    { title: t('common.industry'), dataIndex: 'industry', responsive: ['lg'] },
    { title: t('common.owner'), dataIndex: 'ownerName', responsive: ['sm'] },
    { title: t('common.lastActivityAt'), dataIndex: 'lastActivityAt', render: formatTime, responsive: ['lg'] },
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
            {can.writeCustomers(me) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="customer-create">
                {t('customers.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('common.keyword')}
          onSearch={(v) => {
            setPage(1);
            setQ(v);
          }}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder={t('common.grade')}
          value={grade}
          onChange={(v) => {
            setPage(1);
            setGrade(v);
          }}
          options={['A', 'B', 'C', 'D'].map((g) => ({ value: g, label: g }))}
          style={{ width: 100 }}
        />
        <Select
          allowClear
          placeholder={t('common.region')}
          value={region}
          onChange={(v) => {
            setPage(1);
            setRegion(v);
          }}
          options={playbook.regionOptions}
          style={{ width: 140 }}
        />
      </Flex>
      <ErrorAlert error={error} />
      <Table<Customer>
        rowKey="id"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      />
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
