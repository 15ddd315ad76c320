import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Tag } from 'antd';
import { ArrowRightOutlined, SaveOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChanged } from '../../hooks/useChanged';
import { plainText } from '../../format';
import { MissingList } from '../../components/MissingList';
import { StageFieldInput, filledFields } from '../../components/StageFieldInput';
import { missingFromError } from './stageGate';
import { carriedOverFields } from './liveGate';
import { PreviousStageFields } from './PreviousStageFields';
import type { MissingRequirement, OpportunityDetail } from '../../api/types';

interface Props {
  opportunity: OpportunityDetail;
  /** The live checklist of the next stage, re-computed from what is typed. */
  missing: MissingRequirement[];
  /** Reports every value change (and the initial values) so the checklist can follow the typing. */
  onTyped: (values: Record<string, unknown>) => void;
  canWrite: boolean;
  onChanged: () => void;
  onMarkLost: () => void;
}

/** Every playbook field is editable here, so whichever rule applies the user can satisfy it in one place. */
export function StageFieldsPanel({ opportunity, missing, onTyped, canWrite, onChanged, onMarkLost }: Props) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [form] = Form.useForm<Record<string, string>>();
  const [refused, setRefused] = useState<MissingRequirement[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'save' | 'advance' | null>(null);
  const nextStage = opportunity.gate?.nextStage ?? null;
  const missingKeys = new Set(missing.map((m) => m.key));
  const open = opportunity.status === 'open';
  const carried = open ? carriedOverFields(opportunity, playbook.stages) : {};
  const carriedKey = JSON.stringify(carried);
  const values = Form.useWatch([], form) as Record<string, unknown> | undefined;
  const stillCarried = (key: string) => carried[key] !== undefined && values?.[key] === carried[key].value;

  // Fields belong to one stage: start from the server's values whenever the stage or stored values change,
  // but keep unsaved typing across unrelated reloads (e.g. after a follow-up is logged).
  const storedFields = JSON.stringify(opportunity.fields ?? {});
  if (useChanged(opportunity.id, opportunity.stage, storedFields)) setRefused(null);
  // A new stage offers the previous stages' answers prefilled (marked as carried over) for confirmation.
  useEffect(() => {
    form.resetFields();
    const offered = Object.fromEntries(Object.entries(JSON.parse(carriedKey) as Record<string, { value: string }>).map(([key, c]) => [key, c.value]));
    form.setFieldsValue({ ...offered, ...stringFields(JSON.parse(storedFields) as Record<string, unknown>) });
    onTyped(form.getFieldsValue());
    // onTyped is a state setter of the page; re-running on its identity would reset typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opportunity.id, opportunity.stage, storedFields, carriedKey, form]);

  const save = async () => {
    setBusy('save');
    setError(null);
    try {
      await unwrap(
        client.PATCH('/api/v1/opportunities/{id}', { params: { path: { id: opportunity.id } }, body: { fields: filledFields(form.getFieldsValue()) } }),
      );
      message.success(t('common.saved'));
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const advance = async () => {
    if (!nextStage) return;
    setBusy('advance');
    setError(null);
    setRefused(null);
    try {
      await unwrap(
        client.POST('/api/v1/opportunities/{id}/stage', {
          params: { path: { id: opportunity.id } },
          body: { to: nextStage, fields: filledFields(form.getFieldsValue()) },
        }),
      );
      message.success(t('opps.advanced', { stage: playbook.stageLabel(nextStage) }));
      onChanged();
    } catch (err) {
      const missing = missingFromError(err);
      if (missing) {
        setRefused(missing);
        message.error(err instanceof Error ? err.message : t('opps.gateRefused'));
      } else {
        setError(err);
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card size="small" title={t('opps.fields')}>
      <ErrorAlert error={error} />
      {refused ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefused(null) }}
          title={t('opps.gateRefused')}
          description={<MissingList items={refused} testIdPrefix="refused" />}
          style={{ marginBottom: 16 }}
          data-testid="gate-refused"
        />
      ) : null}
      {Object.keys(carried).some(stillCarried) ? (
        <Alert type="info" showIcon title={t('opps.carriedOverHint')} style={{ marginBottom: 16 }} data-testid="carried-over-hint" />
      ) : null}
      <Form form={form} layout="vertical" disabled={!canWrite || !open} onValuesChange={(_changed, all) => onTyped(all)}>
        {playbook.fields.map((def) => (
          <Form.Item
            key={def.key}
            name={def.key}
            label={
              <>
                {label(def)}
                {missingKeys.has(def.key) ? (
                  <Tag color="red" style={{ marginInlineStart: 8 }} data-testid={`field-required-${def.key}`}>
                    {t('common.required')}
                  </Tag>
                ) : null}
                {stillCarried(def.key) ? (
                  <Tag color="blue" style={{ marginInlineStart: 8 }} data-testid={`carried-over-${def.key}`}>
                    {t('opps.carriedOver', { stage: playbook.stageLabel(carried[def.key].stage) })}
                  </Tag>
                ) : null}
              </>
            }
          >
            <StageFieldInput def={def} />
          </Form.Item>
        ))}
      </Form>
      {canWrite && open ? (
        <Flex gap={8} wrap>
          <Button icon={<SaveOutlined />} onClick={() => void save()} loading={busy === 'save'} data-testid="save-fields">
            {t('opps.saveFields')}
          </Button>
          {nextStage ? (
            <Button type="primary" icon={<ArrowRightOutlined />} onClick={() => void advance()} loading={busy === 'advance'} data-testid="advance-stage">
              {t('opps.advanceTo', { stage: playbook.stageLabel(nextStage) })}
            </Button>
          ) : null}
          <Button danger onClick={onMarkLost} data-testid="mark-lost">
            {t('opps.markLost')}
          </Button>
        </Flex>
      ) : null}
      <PreviousStageFields opportunity={opportunity} />
    </Card>
  );
}

function stringFields(fields: Record<string, unknown> | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (value !== null && value !== undefined) result[key] = plainText(value);
  }
  return result;
}
