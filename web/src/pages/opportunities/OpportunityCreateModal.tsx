import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CustomerSelect } from '../../components/CustomerSelect';
import { buttonTestId } from '../../components/testIds';
import { useSubmit } from '../../hooks/useSubmit';
import type { Customer, Opportunity } from '../../api/types';
import { ForecastFormItems, forecastBody, type ForecastFormValues } from './ForecastFields';

interface OpportunityForm extends ForecastFormValues {
  customerId: string;
  name: string;
  amount: number;
  productLine: string;
}

interface Props {
  open: boolean;
  customer?: Customer;
  onClose: () => void;
  onCreated: (opportunity: Opportunity) => void;
}

export function OpportunityCreateModal({ open, customer, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [form] = Form.useForm<OpportunityForm>();
  const { busy, error, run } = useSubmit();

  const submit = async () => {
    const values = await form.validateFields();
    await run(async () => {
      const { customerId, name, amount, productLine } = values;
      const body = { customerId, name, amount, productLine, ...forecastBody(values) };
      const created = await unwrap(client.POST('/api/v1/opportunities', { body }));
      message.success(t('common.saved'));
      form.resetFields();
      onCreated(created);
    });
  };

  return (
    <Modal
      open={open}
      title={t('opps.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('opportunity-create-submit')}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ customerId: customer?.id, productLine: playbook.productLineOptions[0]?.value }}>
        <Form.Item name="customerId" label={t('common.customer')} rules={[{ required: true, message: t('common.required') }]}>
          <CustomerSelect preset={customer} data-testid="opportunity-customer" />
        </Form.Item>
        <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="opportunity-name" />
        </Form.Item>
        <Form.Item name="amount" label={t('common.amount')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={0} step={1000} style={{ width: '100%' }} data-testid="opportunity-amount" />
        </Form.Item>
        <Form.Item name="productLine" label={t('common.productLine')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={playbook.productLineOptions} data-testid="opportunity-product-line" />
        </Form.Item>
        <ForecastFormItems stage={playbook.stages[0]?.key} />
      </Form>
    </Modal>
  );
}
