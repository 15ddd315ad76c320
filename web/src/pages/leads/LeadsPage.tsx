import { useState } from 'react';
import { App, Button, Table, Tabs, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import { useChanged } from '../../hooks/useChanged';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LeadStatusTag } from '../../components/LeadStatusTag';
import { SlaCountdown } from '../../components/SlaCountdown';
import { formatTime } from '../../format';
import { LeadFilters, type LeadFilterValues } from './LeadFilters';
import { LeadCreateModal } from './LeadCreateModal';
import { ImportWizard } from '../../components/ImportWizard';
import { can } from '../../state/permissions';
import type { Lead, SlaStatus } from '../../api/types';

type LeadTab = 'mine' | 'all' | 'pool';
const PAGE_SIZE = 20;

export function LeadsPage() {
  const me = useMe();
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // Reps work their own queue; managers and admins start from everything in their scope.
  const defaultTab: LeadTab = me.role === 'sales' ? 'mine' : 'all';
  const tab = (['mine', 'all', 'pool'].includes(params.get('tab') ?? '') ? params.get('tab') : defaultTab) as LeadTab;
  // Notifications link to e.g. /leads?slaStatus=breached.
  const slaParam = (params.get('slaStatus') as SlaStatus | null) ?? undefined;
  const [filters, setFilters] = useState<LeadFilterValues>(() => ({ slaStatus: slaParam }));
  if (useChanged(slaParam) && slaParam) setFilters((current) => ({ ...current, slaStatus: slaParam }));
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [claiming, setClaiming] = useState<string | null>(null);

  const { data, error, loading, reload } = useLoad(
    () =>
      unwrap(
        client.GET('/api/v1/leads', {
          params: {
            query: { ...filters, ownerId: tab === 'mine' ? me.id : undefined, pool: tab === 'pool' ? 'true' : undefined, page, pageSize: PAGE_SIZE },
          },
        }),
      ),
    [tab, filters, page, me.id],
  );

  const claim = async (lead: Lead) => {
    setClaiming(lead.id);
    try {
      await unwrap(client.POST('/api/v1/leads/{id}/claim', { params: { path: { id: lead.id } } }));
      message.success(t('leads.claimed'));
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setClaiming(null);
    }
  };

  const columns: TableColumnsType<Lead> = [
    { title: t('common.name'), dataIndex: 'name', render: (name: string, lead) => <Link to={`/leads/${lead.id}`}>{name}</Link> },
    {
      title: t('common.type'),
      dataIndex: 'type',
      width: 80,
      render: (type: string) => <Tag color={type === 'B2B' ? 'geekblue' : 'green'}>{t(type === 'B2B' ? 'type.B2B' : 'type.B2C')}</Tag>,
    },
    { title: t('common.region'), dataIndex: 'region', render: (key: string) => playbook.choiceLabel(playbook.doc?.regions, key), responsive: ['md'] },
    {
      title: t('common.productLine'),
      dataIndex: 'productLine',
      render: (key: string) => playbook.choiceLabel(playbook.doc?.productLines, key),
      responsive: ['md'],
    },
    { title: t('common.company'), dataIndex: 'company', responsive: ['lg'] },
    { title: t('common.owner'), dataIndex: 'ownerName', render: (name: string | null) => name ?? <Tag>{t('common.unassigned')}</Tag>, responsive: ['sm'] },
    { title: t('sla.column'), key: 'sla', render: (_v, lead) => <SlaCountdown lead={lead} /> },
    { title: t('common.status'), dataIndex: 'status', render: (status: string) => <LeadStatusTag status={status} />, responsive: ['lg'] },
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime, responsive: ['lg'] },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, lead) =>
        lead.ownerId === null || lead.ownerId === undefined ? (
          <Button size="small" type="primary" loading={claiming === lead.id} onClick={() => void claim(lead)} data-testid={`claim-${lead.id}`}>
            {t('leads.claim')}
          </Button>
        ) : (
          <Link to={`/leads/${lead.id}`}>{t('common.view')}</Link>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('menu.leads')}
        extra={
          <>
            {can.importRecords(me) ? (
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="lead-import">
                {t('leads.import')}
              </Button>
            ) : null}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="lead-create">
              {t('leads.create')}
            </Button>
          </>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setPage(1);
          setParams({ tab: key }, { replace: true });
        }}
        items={[
          { key: 'mine', label: t('leads.tab.mine') },
          { key: 'all', label: t('leads.tab.all') },
          { key: 'pool', label: t('leads.tab.pool') },
        ]}
      />
      <LeadFilters
        value={filters}
        onChange={(next) => {
          setPage(1);
          setFilters(next);
        }}
      />
      <ErrorAlert error={error} />
      <Table<Lead>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        data-testid="leads-table"
      />
      <LeadCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(lead) => {
          setCreating(false);
          void navigate(`/leads/${lead.id}`);
        }}
      />
      {can.importRecords(me) ? (
        <ImportWizard
          open={importing}
          kind="leads"
          title={t('import.title.leads')}
          onClose={() => setImporting(false)}
          onImported={() => void reload()}
          testIdPrefix="lead-import"
        />
      ) : null}
    </>
  );
}
