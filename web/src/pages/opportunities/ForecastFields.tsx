import { useState } from 'react';
import { App, Button, Card, DatePicker, Descriptions, Form, InputNumber, Modal, Select, Tag } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { client, errorMessage, unwrap } from '../../api/client';
import type { Opportunity } from '../../api/types';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { buttonTestId } from '../../components/testIds';

/** The forecast fields as the form holds them. */
export interface ForecastFormValues {
  expectedCloseDate?: Dayjs | null;
  winProbability?: number | null;
  competitors?: string[];
}

/** The playbook's default win probability of a stage (forecast.stageProbabilities), if it has one. */
export function useStageProbability(stage: string | undefined): number | undefined {
  const playbook = usePlaybook();
  return stage ? playbook.doc?.forecast?.stageProbabilities[stage] : undefined;
}

/** Form values → the API's fields: a date as YYYY-MM-DD, an empty probability as null (the stage default). */
export function forecastBody(values: ForecastFormValues) {
  return {
    expectedCloseDate: values.expectedCloseDate ? values.expectedCloseDate.format('YYYY-MM-DD') : null,
    winProbability: values.winProbability ?? null,
    competitors: values.competitors ?? [],
  };
}

/** Expected close date, win probability (placeholder: the stage's default) and competitors, inside a Form. */
export function ForecastFormItems({ stage }: { stage: string | undefined }) {
  const { t } = useI18n();
  const stageDefault = useStageProbability(stage);
  return (
    <>
      <Form.Item name="expectedCloseDate" label={t('opps.forecast.expectedCloseDate')}>
        <DatePicker style={{ width: '100%' }} data-testid="opportunity-close-date" />
      </Form.Item>
      <Form.Item name="winProbability" label={t('opps.forecast.winProbability')} extra={t('opps.forecast.winProbabilityHint')}>
        <InputNumber
          min={0}
          max={100}
          addonAfter="%"
          placeholder={stageDefault === undefined ? undefined : String(stageDefault)}
          style={{ width: '100%' }}
          data-testid="opportunity-probability"
        />
      </Form.Item>
      <Form.Item name="competitors" label={t('opps.forecast.competitors')} extra={t('opps.forecast.competitorsHint')}>
        <Select mode="tags" open={false} tokenSeparators={[',', '，']} data-testid="opportunity-competitors" />
      </Form.Item>
    </>
  );
}

/** On the opportunity page: the forecast fields and, for writers, a dialog to change them. */
export function OpportunityForecast({ opportunity, canWrite, onChanged }: { opportunity: Opportunity; canWrite: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const stageDefault = useStageProbability(opportunity.stage);
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<ForecastFormValues>();

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await unwrap(client.PATCH('/api/v1/opportunities/{id}', { params: { path: { id: opportunity.id } }, body: forecastBody(values) }));
      message.success(t('common.saved'));
      setOpen(false);
      onChanged();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const probability =
    opportunity.winProbability !== null
      ? `${opportunity.winProbability}%`
      : stageDefault !== undefined
        ? t('opps.forecast.stageDefault', { n: stageDefault })
        : '—';
  return (
    <Card
      size="small"
      title={t('opps.forecast.section')}
      style={{ marginBottom: 16 }}
      data-testid="opportunity-forecast"
      extra={
        canWrite && opportunity.status === 'open' ? (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => {
              form.setFieldsValue({
                expectedCloseDate: opportunity.expectedCloseDate ? dayjs(opportunity.expectedCloseDate) : null,
                winProbability: opportunity.winProbability,
                competitors: opportunity.competitors,
              });
              setOpen(true);
            }}
            data-testid="opportunity-forecast-edit"
          >
            {t('opps.forecast.edit')}
          </Button>
        ) : null
      }
    >
      <Descriptions
        column={{ xs: 1, sm: 3 }}
        items={[
          { key: 'expectedCloseDate', label: t('opps.forecast.expectedCloseDate'), children: opportunity.expectedCloseDate ?? '—' },
          { key: 'winProbability', label: t('opps.forecast.winProbability'), children: <span data-testid="opportunity-probability-value">{probability}</span> },
          {
            key: 'competitors',
            label: t('opps.forecast.competitors'),
            children: opportunity.competitors.length ? opportunity.competitors.map((c) => <Tag key={c}>{c}</Tag>) : '—',
          },
        ]}
      />
      <Modal
        open={open}
        title={t('opps.forecast.edit')}
        onCancel={() => setOpen(false)}
        onOk={() => void save()}
        confirmLoading={saving}
        okButtonProps={buttonTestId('opportunity-forecast-save')}
        forceRender
      >
        <Form<ForecastFormValues> form={form} layout="vertical">
          <ForecastFormItems stage={opportunity.stage} />
        </Form>
      </Modal>
    </Card>
  );
}
