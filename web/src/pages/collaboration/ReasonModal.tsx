import { useState } from 'react';
import { Form, Input, InputNumber, Modal } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buttonTestId } from '../../components/testIds';
import { validated } from './forms';

export interface ReasonValues {
  text: string;
  amount?: number | null;
}

interface Props {
  open: boolean;
  title: string;
  label: string;
  okText: string;
  /** Prefix for data-testid: `${testId}-text`, `${testId}-amount`, `${testId}-submit`. */
  testId: string;
  required?: boolean;
  withAmount?: boolean;
  danger?: boolean;
  onClose: () => void;
  onSubmit: (values: ReasonValues) => Promise<void>;
}

/** A short text (reason, note, resolution), optionally with an amount, posted by `onSubmit`. */
export function ReasonModal({ open, title, label, okText, testId, required = true, withAmount, danger, onClose, onSubmit }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<ReasonValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ text: (values.text ?? '').trim(), amount: values.amount ?? null });
      form.resetFields();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ ...buttonTestId(`${testId}-submit`), danger }}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="text"
          label={label}
          rules={
            required
              ? [
                  { required: true, whitespace: true, message: t('common.required') },
                  { min: 2, message: t('card.min2') },
                ]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid={`${testId}-text`} />
        </Form.Item>
        {withAmount ? (
          <Form.Item name="amount" label={t('common.amount')}>
            <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} data-testid={`${testId}-amount`} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
