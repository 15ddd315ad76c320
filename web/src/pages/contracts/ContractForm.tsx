import { useState } from 'react';
import { App, Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ClausesFields } from './ClausesFields';
import { PaymentTermsFields } from './PaymentTermsFields';
import { RequirementPicker } from './RequirementPicker';
import { toFormValues, toPatch, type ContractFormValues } from './contractForm';
import { validated } from '../collaboration/forms';
import type { ContractDetail } from '../../api/types';

/** The contract's editable content while it is a draft or under confirmation (remount with a new key after saving). */
export function ContractForm({ contract, onSaved }: { contract: ContractDetail; onSaved: (updated: ContractDetail) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContractFormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    const values = await validated(form);
    if (!values) return;
    const patch = toPatch(values, contract);
    if (Object.keys(patch).length === 0) {
      message.info(t('contract.noChanges'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const updated = await unwrap(client.PATCH('/api/v1/contracts/{id}', { params: { path: { id: contract.id } }, body: patch }));
      message.success(contract.status === 'confirming' && updated.status === 'draft' ? t('contract.savedReopened') : t('common.saved'));
      onSaved(updated);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={toFormValues(contract)} data-testid="contract-form">
      {contract.status === 'confirming' ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('contract.editResetsConfirmation')} /> : null}
      <ErrorAlert error={error} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('contract.basics')} style={{ marginBottom: 16 }}>
            <Form.Item name="title" label={t('contract.title')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input maxLength={200} data-testid="contract-title" />
            </Form.Item>
            <Form.Item name="amount" label={t('common.amount')} rules={[{ required: true, message: t('common.required') }]}>
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} data-testid="contract-amount" />
            </Form.Item>
            <Row gutter={8}>
              <Col span={12}>
                <Form.Item name="startDate" label={t('contract.startDate')}>
                  <DatePicker style={{ width: '100%' }} data-testid="contract-start" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="endDate"
                  label={t('contract.endDate')}
                  dependencies={['startDate']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_, value: ContractFormValues['endDate'] | undefined) => {
                        const start = getFieldValue('startDate') as ContractFormValues['startDate'] | undefined;
                        if (value && start && value.isBefore(start, 'day')) throw new Error(t('contract.endBeforeStart'));
                      },
                    }),
                  ]}
                >
                  <DatePicker style={{ width: '100%' }} data-testid="contract-end" />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('contract.paymentTerms')} style={{ marginBottom: 16 }}>
            <PaymentTermsFields form={form} />
          </Card>
          <Card size="small" title={t('contract.clauses')} style={{ marginBottom: 16 }}>
            <ClausesFields />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('contract.requirement')} style={{ marginBottom: 16 }}>
            <Form.Item name="requirement" noStyle>
              <RequirementPicker />
            </Form.Item>
          </Card>
        </Col>
      </Row>
      <Button type="primary" icon={<SaveOutlined />} loading={busy} onClick={() => void save()} data-testid="contract-save">
        {t('contract.save')}
      </Button>
    </Form>
  );
}
