import { useState } from 'react';
import { App, Button, Flex, Grid, Table, Tabs, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import { useListParams } from '../../hooks/useListParams';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LeadStatusTag } from '../../components/LeadStatusTag';
import { SlaCountdown } from '../../components/SlaCountdown';
import { ListCards } from '../../components/list/ListCards';
import { SavedViews } from '../../components/list/SavedViews';
import { reportBulk } from '../../components/list/bulk';
import { listTableProps, sortable } from '../../components/list/tableSort';
import { SelectionBar } from '../../components/list/SelectionBar';
import { AS_FILE, downloadFile } from '../reports/exportFile';
import { formatTime } from '../../format';
import { LeadFilters, type LeadFilterValues } from './LeadFilters';
import { LeadCreateModal } from './LeadCreateModal';
import { ImportWizard } from '../../components/ImportWizard';
import { LeadBulkAssignModal } from './LeadBulkAssignModal';
import type { CustomerType, Lead, SlaStatus } from '../../api/types';

type LeadTab = 'mine' | 'all' | 'pool';
const PAGE_SIZE = 20;
const DEFAULT_SORT = '-createdAt';

export function LeadsPage() {
  const me = useMe();
  const { t } = useI18n();
  const app = App.useApp();
  const playbook = usePlaybook();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const list = useListParams(DEFAULT_SORT);
  // Reps work their own queue; managers and admins start from everything in their scope.
  const defaultTab: LeadTab = me.role === 'sales' ? 'mine' : 'all';
  const tabParam = list.get('tab');
  const tab = (tabParam && ['mine', 'all', 'pool'].includes(tabParam) ? tabParam : defaultTab) as LeadTab;
  // Filters live in the URL (notifications link to e.g. /leads?slaStatus=breached).
  const filters: LeadFilterValues = {
    q: list.get('q'),
    type: list.get('type') as CustomerType | undefined,
    region: list.get('region'),
    productLine: list.get('productLine'),
    slaStatus: list.get('slaStatus') as SlaStatus | undefined,
  };
  const { page, sort } = list;
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [claiming, setClaiming] = useState<string | null>(null);

  const query = { ...filters, sort, ownerId: tab === 'mine' ? me.id : undefined, pool: tab === 'pool' ? 'true' : undefined } as const;
  const { data, error, loading, reload } = useLoad(
    () => unwrap(client.GET('/api/v1/leads', { params: { query: { ...query, sort: sort as never, page, pageSize: PAGE_SIZE } } })),
    [list.params.toString(), me.id],
  );
  const items = data?.items ?? [];
  const nameOf = (id: string) => items.find((l) => l.id === id)?.name ?? id;

  const claim = async (lead: Lead) => {
    setClaiming(lead.id);
    try {
      await unwrap(client.POST('/api/v1/leads/{id}/claim', { params: { path: { id: lead.id } } }));
      app.message.success(t('leads.claimed'));
      await reload();
    } catch (err) {
      app.message.error(errorMessage(err));
    } finally {
      setClaiming(null);
    }
  };

  const bulkClaim = async () => {
    try {
      reportBulk(await unwrap(client.POST('/api/v1/leads/bulk-claim', { body: { ids: selected } })), t, app, nameOf);
      setSelected([]);
      await reload();
    } catch (err) {
      app.message.error(errorMessage(err));
    }
  };

  const exportLeads = async (ids?: string[]) => {
    try {
      await downloadFile(
        client.GET('/api/v1/leads/export.xlsx', { params: { query: { ...query, sort: sort as never, ids: ids?.join(',') } }, ...AS_FILE }),
        'leads.xlsx',
      );
    } catch (err) {
      app.message.error(errorMessage(err));
    }
  };

  const claimButton = (lead: Lead) =>
    lead.ownerId === null || lead.ownerId === undefined ? (
      <Button size="small" type="primary" loading={claiming === lead.id} onClick={() => void claim(lead)} data-testid={`claim-${lead.id}`}>
        {t('leads.claim')}
      </Button>
    ) : null;
  const owner = (lead: Lead) => lead.ownerName ?? <Tag>{t('common.unassigned')}</Tag>;

  const columns: TableColumnsType<Lead> = [
    {
      title: t('common.name'),
      dataIndex: 'name',
      ...sortable('name', sort),
      render: (name: string, lead) => <Link to={`/leads/${lead.id}`}>{name}</Link>,
    },
    {
      title: t('common.type'),
      dataIndex: 'type',
      width: 80,
      ...sortable('type', sort),
      render: (type: string) => <Tag color={type === 'B2B' ? 'geekblue' : 'green'}>{t(type === 'B2B' ? 'type.B2B' : 'type.B2C')}</Tag>,
    },
    { title: t('common.region'), dataIndex: 'region', ...sortable('region', sort), render: (key: string) => playbook.choiceLabel(playbook.doc?.regions, key) },
    {
      title: t('common.productLine'),
      dataIndex: 'productLine',
      ...sortable('productLine', sort),
      render: (key: string) => playbook.choiceLabel(playbook.doc?.productLines, key),
      responsive: ['xl'],
    },
    { title: t('common.company'), dataIndex: 'company', ...sortable('company', sort), responsive: ['xl'] },
    { title: t('common.owner'), dataIndex: 'ownerName', ...sortable('ownerName', sort), render: (_v, lead) => owner(lead) },
    { title: t('sla.column'), dataIndex: 'responseDueAt', ...sortable('responseDueAt', sort), render: (_v, lead) => <SlaCountdown lead={lead} /> },
    { title: t('common.status'), dataIndex: 'status', ...sortable('status', sort), render: (status: string) => <LeadStatusTag status={status} /> },
    { title: t('common.createdAt'), dataIndex: 'createdAt', ...sortable('createdAt', sort), render: formatTime },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, lead) => claimButton(lead) ?? <Link to={`/leads/${lead.id}`}>{t('common.view')}</Link>,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('menu.leads')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} onClick={() => void exportLeads()} data-testid="lead-export">
              {t('list.export')}
            </Button>
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
          setSelected([]);
          list.update({ tab: key });
        }}
        items={[
          { key: 'mine', label: t('leads.tab.mine') },
          { key: 'all', label: t('leads.tab.all') },
          { key: 'pool', label: t('leads.tab.pool') },
        ]}
      />
      <Flex gap={8} wrap justify="space-between">
        <LeadFilters value={filters} onChange={(next) => list.update({ ...next })} />
        <SavedViews list="leads" current={list.viewQuery} onApply={list.applyView} />
      </Flex>
      <ErrorAlert error={error} />
      {phone ? (
        <ListCards<Lead>
          items={items}
          rowKey={(lead) => lead.id}
          loading={loading}
          testId="leads-cards"
          title={(lead) => <Link to={`/leads/${lead.id}`}>{lead.name}</Link>}
          extra={(lead) => claimButton(lead)}
          fields={[
            { label: t('sla.column'), render: (lead) => <SlaCountdown lead={lead} /> },
            { label: t('common.owner'), render: owner },
            { label: t('common.status'), render: (lead) => <LeadStatusTag status={lead.status} /> },
          ]}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: (p) => list.update({ page: String(p) }) }}
        />
      ) : (
        <>
          <SelectionBar count={selected.length} onExport={() => void exportLeads(selected)} onClear={() => setSelected([])}>
            {can.assignLeads(me) ? (
              <Button type="primary" onClick={() => setAssigning(true)} data-testid="bulk-assign">
                {t('list.bulkAssign')}
              </Button>
            ) : null}
            {me.role === 'sales' ? (
              <Button onClick={() => void bulkClaim()} data-testid="bulk-claim">
                {t('list.bulkClaim')}
              </Button>
            ) : null}
          </SelectionBar>
          <Table<Lead>
            rowKey="id"
            size="middle"
            loading={loading}
            columns={columns}
            dataSource={items}
            {...listTableProps<Lead>(list, data?.total ?? 0, PAGE_SIZE, { selected, onSelect: setSelected })}
            data-testid="leads-table"
          />
        </>
      )}
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
      <LeadBulkAssignModal
        ids={selected}
        nameOf={nameOf}
        open={assigning}
        onClose={() => setAssigning(false)}
        onDone={() => {
          setAssigning(false);
          setSelected([]);
          void reload();
        }}
      />
    </>
  );
}
