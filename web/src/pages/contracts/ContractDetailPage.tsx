import { useState } from 'react';
import { Alert, Card } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { collab } from '../collaboration/access';
import { ContractCardsPanel } from '../collaboration/ContractCardsPanel';
import { ActionError, BlockerLines } from './BlockerList';
import { ConfirmationModal } from './ConfirmationModal';
import { ContractActions } from './ContractActions';
import { ContractForm } from './ContractForm';
import { ContractInfo } from './ContractInfo';
import { ContractSteps } from './ContractSteps';
import { ContractTermsView } from './ContractTermsView';
import type { ContractDetail } from '../../api/types';

export function ContractDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [latest, setLatest] = useState<ContractDetail | null>(null);
  const loaded = useLoad(async () => {
    const contract = await unwrap(client.GET('/api/v1/contracts/{id}', { params: { path: { id } } }));
    setLatest(null);
    return contract;
  }, [id]);
  // An action answers with the updated contract: show it at once instead of waiting for a reload.
  const contract = latest && latest.id === id ? latest : loaded.data;

  if (!contract) {
    return (
      <Card loading={loaded.loading}>
        <ErrorAlert error={loaded.error} />
      </Card>
    );
  }
  const editable = (contract.status === 'draft' || contract.status === 'confirming') && collab.writeContracts(me);
  const showBlockers = contract.status === 'confirming' && contract.blockers.length > 0;
  const changed = (updated: ContractDetail) => setLatest(updated);

  return (
    <div data-testid="contract-page" data-status={contract.status}>
      <PageHeader
        title={
          <>
            <Link to={collab.seeContracts(me) ? '/contracts' : '/collaboration'} aria-label={t('common.back')}>
              <ArrowLeftOutlined />
            </Link>{' '}
            {contract.title}
          </>
        }
        sub={`${t('contract.detail')} · ${contract.number}`}
        extra={<ContractActions contract={contract} onChanged={changed} onOpenConfirmation={() => setConfirming(true)} onError={setActionError} />}
      />
      <ErrorAlert error={loaded.error} />
      <ActionError error={actionError} />
      <Card style={{ marginBottom: 16 }}>
        <ContractSteps contract={contract} />
        {showBlockers ? (
          <Alert
            style={{ marginTop: 16 }}
            type="warning"
            showIcon
            data-testid="submit-blockers"
            title={t('contract.blockersTitle')}
            description={<BlockerLines blockers={contract.blockers} />}
          />
        ) : null}
        <ContractInfo contract={contract} />
      </Card>
      {editable ? (
        <ContractForm key={`${contract.updatedAt}:${contract.status}`} contract={contract} onSaved={changed} />
      ) : (
        <ContractTermsView contract={contract} />
      )}
      {contract.submittedAt || !['draft', 'confirming'].includes(contract.status) ? <ContractCardsPanel contractId={contract.id} /> : null}
      <ConfirmationModal
        open={confirming}
        contract={contract}
        onClose={() => setConfirming(false)}
        onRefresh={() => void loaded.reload()}
        onChanged={changed}
      />
    </div>
  );
}
