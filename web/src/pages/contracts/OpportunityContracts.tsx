import { useState } from 'react';
import { Button, Card } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { collab } from '../collaboration/access';
import { ContractCreateModal } from './ContractCreateModal';
import { ContractTable } from './ContractTable';
import type { Opportunity } from '../../api/types';

/** 「合同」 section of the opportunity page: its contracts and 「起草合同」. */
export function OpportunityContracts({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, error, loading } = useLoad(
    () => unwrap(client.GET('/api/v1/contracts', { params: { query: { opportunityId: opportunity.id, pageSize: 100 } } })),
    [opportunity.id],
  );
  const canDraft = collab.writeContracts(me) && opportunity.status === 'open';

  return (
    <Card
      size="small"
      title={t('contract.section')}
      style={{ marginBottom: 16 }}
      data-testid="opportunity-contracts"
      extra={
        canDraft ? (
          <Button type="primary" size="small" icon={<FileAddOutlined />} onClick={() => setCreating(true)} data-testid="contract-create">
            {t('contract.create')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={error} />
      <ContractTable items={data?.items ?? []} loading={loading} hideCustomer />
      <ContractCreateModal
        opportunity={opportunity}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => void navigate(`/contracts/${c.id}`)}
      />
    </Card>
  );
}
