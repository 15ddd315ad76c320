import { useState } from 'react';
import { App, Checkbox, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { CustomerGrade, Lead, LeadConversion } from '../../api/types';

interface ConvertForm {
  grade: CustomerGrade;
  customerName?: string;
  withOpportunity: boolean;
  opportunityName?: string;
  amount?: number;
}

export function LeadConvertModal({
  lead,
  open,
  onClose,
  onDone,
}: {
  lead: Lead;
  open: boolean;
  onClose: () => void;
  onDone: (result: LeadConversion) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConvertForm>();
  const withOpportunity = Form.useWatch('withOpportunity', form);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(
        client.POST('/api/v1/leads/{id}/convert', {
          params: { path: { id: lead.id } },
          body: {
            grade: values.grade,
            customerName: values.customerName?.trim() || undefined,
            opportunity: values.withOpportunity ? { name: values.opportunityName ?? '', amount: values.amount ?? 0 } : undefined,
          },
        }),
      );
      message.success(t('leads.converted'));
      onDone(result);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('leads.convert')} onCancel={onClose} onOk={() => void submit()} confirmLoading={busy} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          grade: 'B',
          withOpportunity: false,
          customerName: lead.company ?? lead.name,
          opportunityName: `${lead.company ?? lead.name} ${lead.productLine}`,
        }}
      >
        <Form.Item name="grade" label={t('common.grade')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" data-testid="convert-grade" options={['A', 'B', 'C', 'D'].map((g) => ({ value: g, label: g }))} />
        </Form.Item>
        <Form.Item name="customerName" label={t('leads.convert.customerName')}>
          <Input />
        </Form.Item>
        <Form.Item name="withOpportunity" valuePropName="checked">
          <Checkbox>{t('leads.convert.withOpportunity')}</Checkbox>
        </Form.Item>
        {withOpportunity ? (
          <>
            <Form.Item name="opportunityName" label={t('leads.convert.opportunityName')} rules={[{ required: true, message: t('common.required') }]}>
              <Input data-testid="convert-opportunity-name" />
            </Form.Item>
            <Form.Item name="amount" label={t('common.amount')} rules={[{ required: true, message: t('common.required') }]}>
              <InputNumber min={0} style={{ width: '100%' }} data-testid="convert-amount" />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
