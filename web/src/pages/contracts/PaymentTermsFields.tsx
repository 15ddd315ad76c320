import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../state/LocaleContext';
import { instalmentTotal, type ContractFormValues } from './contractForm';

/** 账期 days and instalment rows whose percentages must add up to 100. */
export function PaymentTermsFields({ form }: { form: FormInstance<ContractFormValues> }) {
  const { t } = useI18n();
  const instalments = Form.useWatch('instalments', form);
  const total = instalmentTotal(instalments);
  const count = instalments?.length ?? 0;

  return (
    <>
      <Form.Item
        name="creditDays"
        label={t('contract.creditDays')}
        rules={[
          {
            validator: async (_, value) => {
              if ((value === null || value === undefined) && count > 0) throw new Error(t('contract.creditDaysRequired'));
            },
          },
        ]}
      >
        <InputNumber min={0} max={365} precision={0} suffix={t('contract.days')} style={{ width: 160 }} data-testid="contract-credit-days" />
      </Form.Item>
      <Form.List
        name="instalments"
        rules={[
          {
            validator: async (_, list: ContractFormValues['instalments'] | undefined) => {
              const hasTerms = form.getFieldValue('creditDays') !== null && form.getFieldValue('creditDays') !== undefined;
              if ((!list || list.length === 0) && hasTerms) throw new Error(t('contract.instalmentsRequired'));
              if (list?.length && Math.abs(instalmentTotal(list) - 100) > 1e-9) throw new Error(t('contract.instalmentsSum', { total: instalmentTotal(list) }));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <div data-testid="contract-instalments">
            <Typography.Text strong>{t('contract.instalments')}</Typography.Text>
            {fields.map(({ key, name }) => (
              <Flex key={key} gap={8} align="start" wrap style={{ marginTop: 8 }} data-testid="instalment-row">
                <Form.Item name={[name, 'percent']} rules={[{ required: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                  <InputNumber min={0.01} max={100} suffix="%" placeholder={t('contract.percent')} style={{ width: 120 }} data-testid="instalment-percent" />
                </Form.Item>
                <Form.Item
                  name={[name, 'milestone']}
                  rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  style={{ marginBottom: 0, flex: 1, minWidth: 160 }}
                >
                  <Input placeholder={t('contract.milestone')} maxLength={100} data-testid="instalment-milestone" />
                </Form.Item>
                <Form.Item name={[name, 'dueDays']} rules={[{ required: true, message: t('common.required') }]} style={{ marginBottom: 0 }}>
                  <InputNumber
                    min={0}
                    max={730}
                    precision={0}
                    prefix={t('contract.dueDaysPrefix')}
                    suffix={t('contract.days')}
                    style={{ width: 170 }}
                    data-testid="instalment-due-days"
                  />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('contract.removeRow')} onClick={() => remove(name)} />
              </Flex>
            ))}
            <Flex gap={12} align="center" style={{ marginTop: 8 }}>
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ percent: Math.max(0, 100 - total) || undefined, milestone: '', dueDays: 0 })}
                data-testid="instalment-add"
              >
                {t('contract.addInstalment')}
              </Button>
              {count > 0 ? (
                <Typography.Text type={Math.abs(total - 100) < 1e-9 ? 'success' : 'danger'} data-testid="instalment-total">
                  {t('contract.instalmentTotal', { total })}
                </Typography.Text>
              ) : null}
            </Flex>
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>
    </>
  );
}
