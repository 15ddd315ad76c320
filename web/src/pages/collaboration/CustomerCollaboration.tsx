import { Card } from 'antd';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ContractTable } from '../contracts/ContractTable';
import { PaymentAnomalies } from './PaymentAnomalies';

/** On the customer page: its contracts (frozen ones show why) and its payment anomalies. */
export function CustomerCollaboration({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const contracts = useLoad(() => unwrap(client.GET('/api/v1/contracts', { params: { query: { customerId, pageSize: 100 } } })), [customerId]);
  return (
    <>
      <Card size="small" title={t('contract.section')} style={{ marginBottom: 16 }} data-testid="customer-contracts">
        <ErrorAlert error={contracts.error} />
        <ContractTable items={contracts.data?.items ?? []} loading={contracts.loading} hideCustomer />
      </Card>
      <PaymentAnomalies customerId={customerId} onChanged={() => void contracts.reload()} />
    </>
  );
}
