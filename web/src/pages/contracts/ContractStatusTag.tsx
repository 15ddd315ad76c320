import { Tag } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import type { ContractStatus } from '../../api/types';

const COLORS: Record<ContractStatus, string> = {
  draft: 'default',
  confirming: 'processing',
  submitted: 'blue',
  approved: 'cyan',
  delivering: 'geekblue',
  delivered: 'green',
  closed: 'default',
  frozen: 'red',
};

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="contract-status" data-status={status}>
      {t(`contract.status.${status}`)}
    </Tag>
  );
}
