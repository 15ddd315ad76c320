import { Form, Input, InputNumber, Modal } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buttonTestId } from '../../components/testIds';
import { validated } from '../collaboration/forms';
import { useSubmit } from '../../hooks/useSubmit';
import type { ContractDetail, Opportunity } from '../../api/types';

interface Props {
  opportunity: Opportunity;
  open: boolean;
  onClose: () => void;
  onCreated: (contract: ContractDetail) => void;
}

/** 起草合同: title and amount first; terms, clauses and the requirement are filled in on the contract page. */
export function ContractCreateModal({ opportunity, open, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ title: string; amount: number }>();
  const { busy, error, run } = useSubmit();

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    await run(async () => {
      onCreated(
        await unwrap(client.POST('/api/v1/contracts', { body: { opportunityId: opportunity.id, title: values.title.trim(), amount: Number(values.amount) } })),
      );
      form.resetFields();
    });
  };

  return (
    <Modal
      open={open}
      title={t('contract.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('contract.create')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('contract-create-submit')}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ title: t('contract.defaultTitle', { name: opportunity.name }), amount: Number(opportunity.amount) || 0 }}
      >
        <Form.Item name="title" label={t('contract.title')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={200} data-testid="contract-create-title" />
        </Form.Item>
        <Form.Item name="amount" label={t('common.amount')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} data-testid="contract-create-amount" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
