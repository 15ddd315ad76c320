import { useState } from 'react';
import { Card, Select } from 'antd';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ContractTable } from './ContractTable';
import type { ContractStatus } from '../../api/types';

const STATUSES: ContractStatus[] = ['draft', 'confirming', 'submitted', 'approved', 'delivering', 'delivered', 'closed', 'frozen'];

export function ContractsPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<ContractStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const { data, error, loading } = useLoad(() => unwrap(client.GET('/api/v1/contracts', { params: { query: { status, page, pageSize } } })), [status, page]);

  return (
    <>
      <PageHeader
        title={t('menu.contracts')}
        sub={t('contract.listSub')}
        extra={
          <Select
            allowClear
            placeholder={t('common.status')}
            aria-label={t('common.status')}
            style={{ width: 160 }}
            value={status}
            onChange={(next) => {
              setStatus(next);
              setPage(1);
            }}
            options={STATUSES.map((s) => ({ value: s, label: t(`contract.status.${s}`) }))}
            data-testid="contracts-status-filter"
          />
        }
      />
      <Card>
        <ErrorAlert error={error} />
        <ContractTable
          items={data?.items ?? []}
          loading={loading}
          pagination={{ current: page, pageSize, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        />
      </Card>
    </>
  );
}
