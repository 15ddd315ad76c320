import { useState } from 'react';
import { App, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { SecretOnce } from '../../components/SecretOnce';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buttonTestId } from '../../components/testIds';

interface TokenForm {
  name: string;
  scopes: ('read' | 'write' | 'integrations')[];
  expiresAt?: Dayjs | null;
}

export function TokenCreateModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TokenForm>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  const close = () => {
    setSecret(null);
    setError(null);
    form.resetFields();
    onClose();
  };

  const submit = async () => {
    if (secret) {
      close();
      return;
    }
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const created = await unwrap(
        client.POST('/api/v1/tokens', {
          body: { name: values.name, scopes: values.scopes, expiresAt: values.expiresAt ? values.expiresAt.toISOString() : undefined },
        }),
      );
      setSecret(created.token);
      message.success(t('common.saved'));
      onCreated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={secret !== null ? t('admin.tokens.secretTitle') : t('admin.tokens.create')}
      onCancel={close}
      onOk={() => void submit()}
      okText={secret !== null ? t('common.close') : t('common.create')}
      cancelButtonProps={secret !== null ? { style: { display: 'none' } } : undefined}
      confirmLoading={busy}
      okButtonProps={buttonTestId('token-submit')}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      {secret !== null ? (
        <>
          <SecretOnce secret={secret} warning={t('admin.tokens.secretOnce')} data-testid="token-secret" />
        </>
      ) : (
        <Form form={form} layout="vertical" initialValues={{ scopes: ['read'] }}>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input data-testid="token-name" />
          </Form.Item>
          <Form.Item name="scopes" label={t('admin.tokens.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}>
            <Checkbox.Group
              options={[
                { value: 'read', label: 'read' },
                { value: 'write', label: 'write' },
                { value: 'integrations', label: 'integrations' },
              ]}
            />
          </Form.Item>
          <Form.Item name="expiresAt" label={t('admin.tokens.expiresAt')}>
            <DatePicker showTime style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
