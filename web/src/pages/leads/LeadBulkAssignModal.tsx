import { useState } from 'react';
import { App, Form, Modal } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UserSelect } from '../../components/UserSelect';
import { reportBulk } from '../../components/list/bulk';

/** Assigns the selected leads to one person in one request; refused leads are listed with the reason. */
export function LeadBulkAssignModal({
  ids,
  nameOf,
  open,
  onClose,
  onDone,
}: {
  ids: string[];
  nameOf: (id: string) => string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const app = App.useApp();
  const [form] = Form.useForm<{ ownerId: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const { ownerId } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(client.POST('/api/v1/leads/bulk-assign', { body: { ids, ownerId } }));
      reportBulk(result, t, app, nameOf);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`${t('list.bulkAssign')} · ${t('list.selected', { count: ids.length })}`}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'bulk-assign-ok' }}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item name="ownerId" label={t('leads.assignTo')} rules={[{ required: true, message: t('common.required') }]}>
          <UserSelect roles={['sales', 'supervisor', 'regional_manager', 'director']} data-testid="bulk-assign-owner" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
