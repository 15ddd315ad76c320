import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buttonTestId } from '../../components/testIds';
import { useSubmit } from '../../hooks/useSubmit';
import type { Customer, CustomerGrade, CustomerType } from '../../api/types';

interface CustomerForm {
  name: string;
  type: CustomerType;
  grade: CustomerGrade;
  region: string;
  industry?: string;
  phone?: string;
}

export function CustomerCreateModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (customer: Customer) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [form] = Form.useForm<CustomerForm>();
  const { busy, error, run } = useSubmit();

  const submit = async () => {
    const values = await form.validateFields();
    await run(async () => {
      const customer = await unwrap(client.POST('/api/v1/customers', { body: values }));
      message.success(t('common.saved'));
      form.resetFields();
      onCreated(customer);
    });
  };

  return (
    <Modal
      open={open}
      title={t('customers.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('customer-create-submit')}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ type: 'B2B', grade: 'B', region: playbook.regionOptions[0]?.value }}>
        <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="customer-name" />
        </Form.Item>
        <Form.Item name="type" label={t('common.type')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'B2B', label: t('type.B2B') },
              { value: 'B2C', label: t('type.B2C') },
            ]}
          />
        </Form.Item>
        <Form.Item name="grade" label={t('common.grade')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" data-testid="customer-grade" options={['A', 'B', 'C', 'D'].map((g) => ({ value: g, label: g }))} />
        </Form.Item>
        <Form.Item name="region" label={t('common.region')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={playbook.regionOptions} data-testid="customer-region" />
        </Form.Item>
        <Form.Item name="industry" label={t('common.industry')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('common.phone')}>
          <Input inputMode="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
