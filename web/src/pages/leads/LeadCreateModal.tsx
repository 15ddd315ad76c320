import { App, AutoComplete, Form, Input, Modal, Select } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buttonTestId } from '../../components/testIds';
import { useSubmit } from '../../hooks/useSubmit';
import type { CustomerType, Lead } from '../../api/types';

interface LeadForm {
  name: string;
  type: CustomerType;
  region: string;
  productLine: string;
  phone?: string;
  company?: string;
  source?: string;
}

export function LeadCreateModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (lead: Lead) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [form] = Form.useForm<LeadForm>();
  const { busy, error, run } = useSubmit();

  const submit = async () => {
    const values = await form.validateFields();
    await run(async () => {
      const lead = await unwrap(client.POST('/api/v1/leads', { body: values }));
      message.success(t('common.saved'));
      form.resetFields();
      onCreated(lead);
    });
  };

  return (
    <Modal
      open={open}
      title={t('leads.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('lead-create-submit')}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ type: 'B2B' }}>
        <Form.Item name="name" label={t('common.name')} rules={[{ required: true }]}>
          <Input data-testid="lead-name" />
        </Form.Item>
        <Form.Item name="type" label={t('common.type')} rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'B2B', label: t('type.B2B') },
              { value: 'B2C', label: t('type.B2C') },
            ]}
          />
        </Form.Item>
        <Form.Item name="region" label={t('common.region')} rules={[{ required: true }]}>
          <Select options={playbook.regionOptions} data-testid="lead-region" />
        </Form.Item>
        <Form.Item name="productLine" label={t('common.productLine')} rules={[{ required: true }]}>
          <Select options={playbook.productLineOptions} data-testid="lead-product-line" />
        </Form.Item>
        <Form.Item name="company" label={t('common.company')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('common.phone')}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="source" label={t('common.source')}>
          <AutoComplete options={(playbook.doc?.leadSources ?? []).map((s) => ({ value: s }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
