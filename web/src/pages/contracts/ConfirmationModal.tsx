import { Alert, Button, Col, Modal, Row, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { collab, PARTY_KEYS } from '../collaboration/access';
import { PartyPanel } from './PartyPanel';
import type { ContractDetail } from '../../api/types';

interface Props {
  open: boolean;
  contract: ContractDetail;
  onClose: () => void;
  onRefresh: () => void;
  onChanged: (updated: ContractDetail) => void;
}

/** 三方确认弹窗: both parties side by side; product and finance decide here. */
export function ConfirmationModal({ open, contract, onClose, onRefresh, onChanged }: Props) {
  const { t } = useI18n();
  const me = useMe();
  const stale = contract.status === 'draft' && contract.confirmationRound > 0;
  const vetoed = contract.confirmations.some((c) => c.decision === 'vetoed');
  return (
    <Modal
      open={open}
      title={t('confirm.title', { title: contract.title })}
      onCancel={onClose}
      width={860}
      footer={[
        <Button key="refresh" icon={<ReloadOutlined />} onClick={onRefresh} data-testid="confirm-refresh">
          {t('common.refresh')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose} data-testid="confirm-close">
          {t('common.close')}
        </Button>,
      ]}
    >
      <div data-testid="confirm-modal" data-status={contract.status}>
        <Typography.Paragraph type="secondary">{t('confirm.intro')}</Typography.Paragraph>
        {stale ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('confirm.staleRound')} /> : null}
        {!stale && vetoed && collab.writeContracts(me) ? (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('confirm.vetoedHint')} data-testid="confirm-vetoed" />
        ) : null}
        {contract.confirmationRound === 0 ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('confirm.notRequested')} /> : null}
        <Row gutter={[16, 16]}>
          {PARTY_KEYS.map((party) => (
            <Col xs={24} md={12} key={party}>
              <PartyPanel
                contract={contract}
                party={party}
                confirmation={contract.confirmations.find((c) => c.party === party)}
                canDecide={collab.decide(me, party)}
                onDecided={onChanged}
              />
            </Col>
          ))}
        </Row>
      </div>
    </Modal>
  );
}
