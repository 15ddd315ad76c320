import { useState } from 'react';
import { Button, Flex, Input, Segmented, Select } from 'antd';
import { AppstoreOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
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
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'kanban' ? 'kanban' : 'list';
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<OpportunityStatus | undefined>('open');
  const [productLine, setProductLine] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);

  const { data, error, loading, reload } = useLoad(
    () =>
      unwrap(
        client.GET('/api/v1/opportunities', {
          params: {
            query: {
              q,
              productLine,
              status: view === 'kanban' ? undefined : status,
              page: view === 'kanban' ? 1 : page,
              pageSize: view === 'kanban' ? BOARD_SIZE : PAGE_SIZE,
            },
          },
        }),
      ),
    [q, status, productLine, page, view],
  );

  return (
    <>
      <PageHeader
        title={t('menu.opportunities')}
        extra={
          <>
            <Segmented<View>
              value={view}
              onChange={(next) => setParams({ view: next }, { replace: true })}
              options={[
                { value: 'list', label: t('opps.view.list'), icon: <UnorderedListOutlined /> },
                { value: 'kanban', label: t('opps.view.kanban'), icon: <AppstoreOutlined /> },
              ]}
              data-testid="opportunity-view"
            />
            {can.writeSales(me) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="opportunity-create">
                {t('opps.create')}
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
        {view === 'list' ? (
          <Select
            allowClear
            placeholder={t('common.status')}
            value={status}
            onChange={(v) => {
              setPage(1);
              setStatus(v);
            }}
            options={(['open', 'won', 'lost'] as const).map((s) => ({ value: s, label: t(`opps.status.${s}`) }))}
            style={{ width: 120 }}
          />
        ) : null}
        <Select
          allowClear
          placeholder={t('common.productLine')}
          value={productLine}
          onChange={(v) => {
            setPage(1);
            setProductLine(v);
          }}
          options={playbook.productLineOptions}
          style={{ width: 160 }}
        />
      </Flex>
      <ErrorAlert error={error} />
      {view === 'kanban' ? (
        <OpportunityKanban items={data?.items ?? []} onChanged={() => void reload()} />
      ) : (
        <OpportunityTable
          items={data?.items ?? []}
          loading={loading}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
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
