import { useState } from 'react';
import { Card, Select } from 'antd';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ListResult } from '../../types';
import type { Contract, ContractStatus } from '../../types.collaboration';
import { ContractTable } from './ContractTable';

const STATUSES: ContractStatus[] = ['draft', 'confirming', 'submitted', 'approved', 'delivering', 'delivered', 'closed', 'frozen'];

export function ContractsPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<ContractStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const { data, error, loading } = useLoad(() => api.get<ListResult<Contract>>('/contracts', { status, page, pageSize }), [status, page]);

  return (
    <>
      <PageHeader
        title={t('menu.contracts')}
        sub={t('contract.listSub')}
        extra={
          <Select
            allowClear
            placeholder={t('common.status')}
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
