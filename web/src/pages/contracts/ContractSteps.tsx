import { Alert, Steps } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import type { Contract, ContractStatus } from '../../api/types';

const FLOW: ContractStatus[] = ['draft', 'confirming', 'submitted', 'approved', 'delivering', 'delivered', 'closed'];

/** 草稿 → 三方确认中 → … → 已关闭; a frozen contract shows where it stopped, in red, with the reason. */
export function ContractSteps({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const frozen = contract.status === 'frozen';
  const at = frozen ? (contract.frozenFrom ?? 'draft') : contract.status;
  const current = Math.max(0, FLOW.indexOf(at));
  return (
    <div data-testid="contract-steps" data-status={contract.status}>
      <Steps
        size="small"
        current={current}
        status={frozen ? 'error' : contract.status === 'closed' ? 'finish' : 'process'}
        items={FLOW.map((status, index) => ({
          title: frozen && index === current ? `${t(`contract.status.${status}`)} · ${t('contract.status.frozen')}` : t(`contract.status.${status}`),
        }))}
        responsive
      />
      {frozen ? (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          data-testid="contract-frozen"
          title={t('contract.frozenTitle')}
          description={contract.frozenReason ?? undefined}
        />
      ) : null}
    </div>
  );
}
