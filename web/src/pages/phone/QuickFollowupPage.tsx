import { useState } from 'react';
import { Card, Form } from 'antd';
import { useNavigate } from 'react-router-dom';
import { CustomerSelect } from '../../components/CustomerSelect';
import { FollowUpForm } from '../../components/FollowUpForm';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../state/LocaleContext';

/** 快速跟进: pick the customer, then the follow-up form with the camera and the voice input. */
export function QuickFollowupPage() {
  const { t } = useI18n('voice');
  const navigate = useNavigate();
  const [customerId, setCustomerId] = useState<string | null>(null);
  return (
    <div data-testid="quick-followup">
      <PageHeader title={t('quickFollowup')} sub={t('quickFollowupHint')} />
      <Card size="small">
        <Form layout="vertical">
          <Form.Item label={t('pickCustomer')} extra={customerId ? undefined : t('pickCustomerHint')}>
            <CustomerSelect value={customerId} onChange={(id) => setCustomerId(id)} data-testid="quick-followup-customer" />
          </Form.Item>
        </Form>
        {customerId ? (
          <FollowUpForm key={customerId} targetType="customer" targetId={customerId} onCreated={() => void navigate(`/customers/${customerId}`)} />
        ) : null}
      </Card>
    </div>
  );
}
