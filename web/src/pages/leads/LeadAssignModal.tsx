import { useState } from 'react';
import { App, Form, Modal } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UserSelect } from '../../components/UserSelect';
import type { Lead } from '../../api/types';

export function LeadAssignModal({ lead, open, onClose, onDone }: { lead: Lead; open: boolean; onClose: () => void; onDone: (lead: Lead) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ ownerId: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const { ownerId } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const updated = await unwrap(client.POST('/api/v1/leads/{id}/assign', { params: { path: { id: lead.id } }, body: { ownerId } }));
      message.success(t('leads.assigned'));
      onDone(updated);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('leads.assign')} onCancel={onClose} onOk={() => void submit()} confirmLoading={busy} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ ownerId: lead.ownerId ?? undefined }}>
        <Form.Item name="ownerId" label={t('leads.assignTo')} rules={[{ required: true, message: t('common.required') }]}>
          <UserSelect roles={['sales', 'supervisor', 'regional_manager', 'director']} data-testid="assign-owner" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
