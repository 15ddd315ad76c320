import { useState } from 'react';
import { App, Button, Flex, Tooltip } from 'antd';
import { AuditOutlined, CheckCircleOutlined, SendOutlined, TeamOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { collab } from '../collaboration/access';
import type { ContractDetail } from '../../api/types';

interface Props {
  contract: ContractDetail;
  onChanged: (updated: ContractDetail) => void;
  onOpenConfirmation: () => void;
  onError: (error: unknown) => void;
}

/** What can be done with the contract now, by status and role. */
/** The contract's life-cycle steps, each a POST /contracts/{id}/<step> answering the updated contract. */
type ContractAction = 'confirmations' | 'submit' | 'start-delivery' | 'deliver' | 'close';

export function ContractActions({ contract, onChanged, onOpenConfirmation, onError }: Props) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const writer = collab.writeContracts(me);
  const { status } = contract;

  const run = async (key: string, action: ContractAction, done: string, after?: () => void) => {
    setBusy(key);
    onError(null);
    try {
      const updated = await unwrap(client.POST(`/api/v1/contracts/{id}/${action}`, { params: { path: { id: contract.id } } }));
      message.success(done);
      onChanged(updated);
      after?.();
    } catch (err) {
      onError(err);
    } finally {
      setBusy(null);
    }
  };

  const canSubmit = status === 'confirming' && contract.blockers.length === 0;
  return (
    <Flex gap={8} wrap data-testid="contract-actions">
      {writer && status === 'draft' ? (
        <Tooltip title={contract.paymentTermsComplete ? undefined : t('contract.termsIncomplete')}>
          <Button
            type="primary"
            icon={<TeamOutlined />}
            disabled={!contract.paymentTermsComplete}
            loading={busy === 'request'}
            onClick={() => void run('request', 'confirmations', t('confirm.requested'), onOpenConfirmation)}
            data-testid="confirm-request"
          >
            {t('confirm.request')}
          </Button>
        </Tooltip>
      ) : null}
      {status === 'confirming' || (status === 'draft' && contract.confirmationRound > 0) ? (
        <Button icon={<TeamOutlined />} onClick={onOpenConfirmation} data-testid="confirm-open">
          {t('confirm.open')}
        </Button>
      ) : null}
      {writer && (status === 'draft' || status === 'confirming') ? (
        <Tooltip title={canSubmit ? undefined : t('contract.submitBlocked')}>
          <Button
            type={status === 'confirming' ? 'primary' : 'default'}
            icon={<SendOutlined />}
            disabled={!canSubmit}
            loading={busy === 'submit'}
            onClick={() => void run('submit', 'submit', t('contract.submitted'))}
            data-testid="contract-submit"
          >
            {t('contract.submit')}
          </Button>
        </Tooltip>
      ) : null}
      {collab.deliver(me) && status === 'approved' ? (
        <Button
          type="primary"
          icon={<AuditOutlined />}
          loading={busy === 'start'}
          onClick={() => void run('start', 'start-delivery', t('contract.status.delivering'))}
          data-testid="contract-start-delivery"
        >
          {t('contract.startDelivery')}
        </Button>
      ) : null}
      {collab.deliver(me) && status === 'delivering' ? (
        <Button
          type="primary"
          icon={<CheckCircleOutlined />}
          loading={busy === 'deliver'}
          onClick={() => void run('deliver', 'deliver', t('contract.status.delivered'))}
          data-testid="contract-deliver"
        >
          {t('contract.deliver')}
        </Button>
      ) : null}
      {collab.close(me) && status === 'delivered' ? (
        <Button loading={busy === 'close'} onClick={() => void run('close', 'close', t('contract.status.closed'))} data-testid="contract-close">
          {t('contract.close')}
        </Button>
      ) : null}
    </Flex>
  );
}
