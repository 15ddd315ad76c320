import { useEffect, useState } from 'react';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChanged } from '../../hooks/useChanged';
import { MissingList } from '../../components/MissingList';
import { StageFieldInput, filledFields } from '../../components/StageFieldInput';
import { buttonTestId } from '../../components/testIds';
import { missingFromError } from './stageGate';
import type { MissingRequirement, Opportunity } from '../../api/types';

export interface GateRequest {
  opportunity: Opportunity;
  to: string;
  missing: MissingRequirement[];
}

/** Opened when a stage move is refused: lets the user fill the missing fields and retry in place. */
export function StageGateModal({ request, onClose, onDone }: { request: GateRequest | null; onClose: () => void; onDone: (updated: Opportunity) => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [form] = Form.useForm<Record<string, string>>();
  const [missing, setMissing] = useState<MissingRequirement[]>(request?.missing ?? []);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // A new refusal starts from its own missing fields, without the last error.
  if (useChanged(request)) {
    setMissing(request?.missing ?? []);
    setError(null);
  }
  useEffect(() => {
    form.resetFields();
  }, [request, form]);

  if (!request) return null;
  const fieldItems = missing
    .filter((item) => item.kind === undefined || item.kind === 'field')
    .map((item) => playbook.fieldDef(item.key))
    .filter((def) => def !== undefined);
  const stageName = playbook.stageLabel(request.to);

  const retry = async () => {
    const values = filledFields(form.getFieldsValue());
    setBusy(true);
    setError(null);
    try {
      const updated = await unwrap(
        client.POST('/api/v1/opportunities/{id}/stage', { params: { path: { id: request.opportunity.id } }, body: { to: request.to, fields: values } }),
      );
      message.success(t('opps.advanced', { stage: stageName }));
      onDone(updated);
    } catch (err) {
      const again = missingFromError(err);
      if (again) setMissing(again);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('opps.gateModalTitle')}
      onCancel={onClose}
      onOk={() => void retry()}
      okText={t('opps.retry')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={buttonTestId('gate-retry')}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {request.opportunity.name} → <Typography.Text strong>{stageName}</Typography.Text>
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Alert
        type="warning"
        showIcon
        title={t('opps.gateRefused')}
        description={<MissingList items={missing} testIdPrefix="gate-missing" />}
        style={{ marginBottom: 16 }}
      />
      {fieldItems.length ? (
        <Form form={form} layout="vertical">
          {fieldItems.map((def) => (
            <Form.Item key={def.key} name={def.key} label={label(def)}>
              <StageFieldInput def={def} testIdPrefix="gate-field" />
            </Form.Item>
          ))}
        </Form>
      ) : null}
    </Modal>
  );
}
