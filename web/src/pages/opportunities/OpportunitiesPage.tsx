import { useState } from 'react';
import { App, Button, Flex, Input, Segmented, Select } from 'antd';
import { AppstoreOutlined, DownloadOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import { useListParams } from '../../hooks/useListParams';
import { useLoad } from '../../hooks/useLoad';
import { SavedViews } from '../../components/list/SavedViews';
import { SelectionBar } from '../../components/list/SelectionBar';
import { AS_FILE, downloadFile } from '../reports/exportFile';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OpportunityCreateModal } from './OpportunityCreateModal';
import { OpportunityKanban } from './OpportunityKanban';
import { OpportunityTable } from './OpportunityTable';
import type { OpportunityStatus } from '../../api/types';

type View = 'list' | 'kanban';
const PAGE_SIZE = 20;
// The board shows everything in scope at once; 200 is the API's page-size ceiling.
const BOARD_SIZE = 200;

export function OpportunitiesPage() {
  const me = useMe();
  const { t } = useI18n();
  const playbook = usePlaybook();
  const navigate = useNavigate();
  const app = App.useApp();
  const list = useListParams('-createdAt');
  const { page, sort } = list;
  const view: View = list.get('view') === 'kanban' ? 'kanban' : 'list';
  const q = list.get('q');
  const productLine = list.get('productLine');
  // Open opportunities unless the URL says otherwise (`status=all` for every status).
  const statusParam = list.get('status');
  const status = statusParam === 'all' ? undefined : ((statusParam ?? 'open') as OpportunityStatus);
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const exportOpportunities = async (ids?: string[]) => {
    try {
      await downloadFile(
        client.GET('/api/v1/opportunities/export.xlsx', {
          params: { query: { q, productLine, status, sort: sort as never, ids: ids?.join(',') } },
          ...AS_FILE,
        }),
        'opportunities.xlsx',
      );
    } catch (err) {
      app.message.error(errorMessage(err));
    }
  };

  const { data, error, loading, reload } = useLoad(
    () =>
      unwrap(
        client.GET('/api/v1/opportunities', {
          params: {
            query: {
              q,
              productLine,
              status: view === 'kanban' ? undefined : status,
              sort: sort as never,
              page: view === 'kanban' ? 1 : page,
              pageSize: view === 'kanban' ? BOARD_SIZE : PAGE_SIZE,
            },
          },
        }),
      ),
    [list.params.toString()],
  );

  return (
    <>
      <PageHeader
        title={t('menu.opportunities')}
        extra={
          <>
            <Segmented<View>
              value={view}
              onChange={(next) => list.update({ view: next })}
              options={[
                { value: 'list', label: t('opps.view.list'), icon: <UnorderedListOutlined /> },
                { value: 'kanban', label: t('opps.view.kanban'), icon: <AppstoreOutlined /> },
              ]}
              data-testid="opportunity-view"
            />
            <Button icon={<DownloadOutlined />} onClick={() => void exportOpportunities()} data-testid="opportunity-export">
              {t('list.export')}
            </Button>
            {can.writeSales(me) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="opportunity-create">
                {t('opps.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap role="search" aria-label={t('list.filters')}>
          <Input.Search
            key={q ?? ''}
            allowClear
            placeholder={t('common.keyword')}
            aria-label={t('filter.keyword')}
            defaultValue={q}
            onSearch={(v) => list.update({ q: v })}
            style={{ width: 220, maxWidth: '100%' }}
          />
          {view === 'list' ? (
            <Select
              allowClear
              placeholder={t('common.status')}
              aria-label={t('filter.status')}
              value={status}
              onChange={(v?: string) => list.update({ status: v ?? 'all' })}
              options={(['open', 'won', 'lost'] as const).map((s) => ({ value: s, label: t(`opps.status.${s}`) }))}
              style={{ width: 120 }}
            />
          ) : null}
          <Select
            allowClear
            placeholder={t('common.productLine')}
            aria-label={t('filter.productLine')}
            value={productLine}
            onChange={(v?: string) => list.update({ productLine: v })}
            options={playbook.productLineOptions}
            style={{ width: 160 }}
          />
        </Flex>
        <SavedViews list="opportunities" current={list.viewQuery} onApply={list.applyView} />
      </Flex>
      {view === 'list' ? <SelectionBar count={selected.length} onExport={() => void exportOpportunities(selected)} onClear={() => setSelected([])} /> : null}
      <ErrorAlert error={error} />
      {view === 'kanban' ? (
        <OpportunityKanban items={data?.items ?? []} onChanged={() => void reload()} />
      ) : (
        <OpportunityTable
          items={data?.items ?? []}
          loading={loading}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: data?.total ?? 0,
            onChange: (p) => list.update({ page: String(p) }),
            showSizeChanger: false,
          }}
          sort={sort}
          onSort={(next) => list.update({ sort: next ?? null })}
          selected={selected}
          onSelect={setSelected}
        />
      )}
      <OpportunityCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(opp) => {
          setCreating(false);
          void navigate(`/opportunities/${opp.id}`);
        }}
      />
    </>
  );
}
