import { useEffect, useState } from 'react';
import { App, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { client, unwrap } from '../../api/client';
import type { Webhook, WebhookEventType } from '../../api/types';
import { useI18n } from '../../state/LocaleContext';
import { SecretOnce } from '../../components/SecretOnce';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buttonTestId } from '../../components/testIds';
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from './webhookEvents';

interface WebhookForm {
  url: string;
  events: WebhookEventType[];
  description?: string;
}

/** Creates a webhook (then shows its signing secret once) or edits one. */
export function WebhookFormModal({ open, editing, onClose, onSaved }: { open: boolean; editing: Webhook | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<WebhookForm>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      editing
        ? { url: editing.url, events: editing.events.filter((e): e is WebhookEventType => e in WEBHOOK_EVENT_LABELS), description: editing.description ?? '' }
        : { url: '', events: [], description: '' },
    );
  }, [open, editing, form]);

  const close = () => {
    setSecret(null);
    setError(null);
    form.resetFields();
    onClose();
  };

  const submit = async () => {
    if (secret) return close();
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    const body = { url: values.url.trim(), events: values.events, description: values.description?.trim() || null };
    try {
      if (editing) {
        await unwrap(client.PATCH('/api/v1/webhooks/{id}', { params: { path: { id: editing.id } }, body }));
        message.success(t('common.saved'));
        onSaved();
        close();
      } else {
        const created = await unwrap(client.POST('/api/v1/webhooks', { body }));
        setSecret(created.secret);
        message.success(t('common.saved'));
        onSaved();
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={secret !== null ? t('webhooks.secretTitle') : editing ? t('webhooks.edit') : t('webhooks.create')}
      onCancel={close}
      onOk={() => void submit()}
      okText={secret !== null ? t('common.close') : t('common.save')}
      cancelButtonProps={secret !== null ? { style: { display: 'none' } } : undefined}
      confirmLoading={busy}
      okButtonProps={buttonTestId('webhook-submit')}
      width={640}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      {secret !== null ? (
        <>
          <SecretOnce secret={secret} warning={t('webhooks.secretOnce')} data-testid="webhook-secret" />
          <Typography.Paragraph type="secondary">{t('webhooks.verifyHint')}</Typography.Paragraph>
        </>
      ) : (
        <Form form={form} layout="vertical">
          <Form.Item
            name="url"
            label={t('webhooks.url')}
            extra={t('webhooks.urlHint')}
            rules={[
              { required: true, whitespace: true, message: t('common.required') },
              { type: 'url', message: t('webhooks.urlInvalid') },
            ]}
          >
            <Input placeholder="https://erp.example.com/hooks/sales" data-testid="webhook-url" />
          </Form.Item>
          <Form.Item name="events" label={t('webhooks.events')} rules={[{ required: true, type: 'array', min: 1, message: t('webhooks.eventsRequired') }]}>
            <Checkbox.Group
              style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 4 }}
              options={WEBHOOK_EVENTS.map((type) => ({
                value: type,
                label: (
                  <span>
                    {t(WEBHOOK_EVENT_LABELS[type])} <Typography.Text type="secondary">{type}</Typography.Text>
                  </span>
                ),
              }))}
              data-testid="webhook-events"
            />
          </Form.Item>
          <Form.Item name="description" label={t('webhooks.description')}>
            <Input maxLength={500} data-testid="webhook-description" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
