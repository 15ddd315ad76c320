import { useState } from 'react';
import { App, Button, Form, Input, Radio, Select } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { validated } from '../collaboration/forms';
import type { ConfirmationParty, ContractDetail, DecideConfirmationRequest } from '../../api/types';

interface Values {
  decision: 'confirm' | 'veto';
  reason?: string;
  clauseKeys?: string[];
}

/** Product (technical feasibility) or finance (payment-term compliance) confirms or vetoes; a veto needs a reason. */
export function DecisionForm({
  contract,
  party,
  onDecided,
}: {
  contract: ContractDetail;
  party: ConfirmationParty;
  onDecided: (updated: ContractDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    setBusy(true);
    setError(null);
    try {
      const body: DecideConfirmationRequest =
        values.decision === 'veto'
          ? { decision: 'veto', reason: values.reason?.trim(), clauseKeys: values.clauseKeys ?? [] }
          : { decision: 'confirm', ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}) };
      const updated = await unwrap(client.POST('/api/v1/contracts/{id}/confirmations/{party}', { params: { path: { id: contract.id, party } }, body }));
      message.success(values.decision === 'veto' ? t('confirm.vetoDone') : t('confirm.confirmDone'));
      onDecided(updated);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={{ decision: 'confirm', clauseKeys: [] }} data-testid={`decision-${party}`} style={{ marginTop: 12 }}>
      <ErrorAlert error={error} />
      <Form.Item name="decision" label={t('confirm.yourDecision')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'confirm', label: t('confirm.confirm') },
            { value: 'veto', label: t('confirm.veto') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={decision === 'veto' ? t('confirm.vetoReason') : t('confirm.comment')}
        rules={
          decision === 'veto'
            ? [
                { required: true, whitespace: true, message: t('confirm.vetoReasonRequired') },
                { min: 2, message: t('confirm.vetoReasonRequired') },
              ]
            : []
        }
      >
        <Input.TextArea rows={3} maxLength={1000} data-testid={`decision-${party}-reason`} />
      </Form.Item>
      {decision === 'veto' ? (
        <Form.Item name="clauseKeys" label={t('confirm.disputedClauses')}>
          <Select
            mode="multiple"
            allowClear
            data-testid={`decision-${party}-clauses`}
            placeholder={contract.clauses.length ? t('confirm.pickClauses') : t('contract.noClauses')}
            options={contract.clauses.map((c) => ({ value: c.key, label: c.title, title: c.title }))}
          />
        </Form.Item>
      ) : null}
      <Button type="primary" danger={decision === 'veto'} loading={busy} onClick={() => void submit()} data-testid={`decision-${party}-submit`}>
        {decision === 'veto' ? t('confirm.submitVeto') : t('confirm.submitConfirm')}
      </Button>
    </Form>
  );
}
