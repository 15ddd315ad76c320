import { Descriptions } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { formatAmount, formatTime } from '../../format';
import { ContractStatusTag } from './ContractStatusTag';
import type { Contract } from '../../api/types';

export function ContractInfo({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const playbook = usePlaybook();
  return (
    <Descriptions
      style={{ marginTop: 16 }}
      size="small"
      column={{ xs: 1, sm: 2, lg: 4 }}
      items={[
        { key: 'number', label: t('contract.number'), children: contract.number },
        { key: 'status', label: t('common.status'), children: <ContractStatusTag status={contract.status} /> },
        { key: 'customer', label: t('common.customer'), children: <Link to={`/customers/${contract.customerId}`}>{contract.customerName ?? '—'}</Link> },
        { key: 'opportunity', label: t('contract.opportunity'), children: <Link to={`/opportunities/${contract.opportunityId}`}>{t('common.view')}</Link> },
        { key: 'amount', label: t('common.amount'), children: formatAmount(contract.amount) },
        { key: 'owner', label: t('common.owner'), children: contract.ownerName ?? '—' },
        { key: 'region', label: t('common.region'), children: playbook.choiceLabel(playbook.doc?.regions, contract.region) },
        { key: 'period', label: t('contract.period'), children: `${contract.startDate ?? '—'} ~ ${contract.endDate ?? '—'}` },
        { key: 'round', label: t('contract.round'), children: contract.confirmationRound || '—' },
        { key: 'submittedAt', label: t('contract.submittedAt'), children: formatTime(contract.submittedAt) },
        { key: 'updatedAt', label: t('common.updatedAt'), children: formatTime(contract.updatedAt) },
      ]}
    />
  );
}
