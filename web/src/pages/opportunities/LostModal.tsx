import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buttonTestId } from '../../components/testIds';
import type { Opportunity } from '../../api/types';

export function LostModal({ opportunity, onClose, onDone }: { opportunity: Opportunity | null; onClose: () => void; onDone: (updated: Opportunity) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const lostKey = playbook.stages.find((s) => s.kind === 'lost')?.key ?? 'lost';

  const submit = async () => {
    if (!opportunity) return;
    const { reason } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const updated = await unwrap(
        client.POST('/api/v1/opportunities/{id}/stage', { params: { path: { id: opportunity.id } }, body: { to: lostKey, reason: reason.trim() } }),
      );
      message.success(t('opps.status.lost'));
      form.resetFields();
      onDone(updated);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={opportunity !== null}
      title={t('opps.markLost')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={{ ...buttonTestId('lost-submit'), danger: true }}
      okText={t('opps.markLost')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('opps.lostReason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} data-testid="lost-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
