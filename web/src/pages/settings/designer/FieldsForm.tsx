import { Button, Card, Checkbox, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FieldDef, PlaybookDocument, StageFieldRule } from '../../../api/types';
import { useI18n } from '../../../state/LocaleContext';
import { SettingItem } from './SchemaForm';
import type { Issues, Path } from './schema-types';

interface Props {
  doc: PlaybookDocument;
  onChange: (path: Path, value: unknown) => void;
  issues: Issues;
  disabled?: boolean;
}

/** The rule a field's "required in" choice writes: one per field, for every customer. */
export const requiredRuleId = (key: string) => `required_${key}`;

/**
 * 阶段字段: type, minimum length, hint, and the stages that require the field. "Required in" edits
 * the field's own rule (`required_<key>`); other rules that require it are shown beside it.
 */
export function FieldsForm({ doc, onChange, issues, disabled }: Props) {
  const { t, label } = useI18n();
  const fields = doc.fields;
  const rules = doc.rules.stageFields;
  const setField = (i: number, patch: Partial<FieldDef>) =>
    onChange(
      ['fields'],
      fields.map((f, j) => (j === i ? { ...f, ...patch } : f)),
    );
  const ownRule = (key: string) => rules.find((r) => r.id === requiredRuleId(key));
  const setRequiredIn = (field: FieldDef, stages: string[]) => {
    const id = requiredRuleId(field.key);
    const others = rules.filter((r) => r.id !== id);
    const rule: StageFieldRule = { id, name: t('designer.requiredRuleName', { field: field.label }), enabled: true, scope: {}, stages, fields: [field.key] };
    onChange(['rules', 'stageFields'], stages.length ? [...others, rule] : others);
  };
  const remove = (i: number) => {
    const key = fields[i].key;
    onChange(
      ['fields'],
      fields.filter((_, j) => j !== i),
    );
    // Its own rule goes with it; other rules must drop it (the server refuses an unknown field).
    onChange(
      ['rules', 'stageFields'],
      rules.filter((r) => r.id !== requiredRuleId(key)).map((r) => ({ ...r, fields: r.fields.filter((f) => f !== key) })),
    );
  };
  const stageOptions = doc.stages.filter((s) => s.kind === 'open').map((s) => ({ value: s.key, label: label(s) }));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="designer-fields">
      {fields.map((f, i) => {
        const alsoBy = rules.filter((r) => r.id !== requiredRuleId(f.key) && r.enabled && r.fields.includes(f.key));
        return (
          <Card
            key={i}
            size="small"
            title={label(f) || f.key}
            data-testid={`field-card-${f.key}`}
            extra={<Button size="small" danger icon={<DeleteOutlined />} disabled={disabled} onClick={() => remove(i)} aria-label={t('designer.remove')} />}
          >
            <Space wrap align="start">
              <SettingItem path={['fields', i, 'key']} issues={issues}>
                <Input value={f.key} disabled={disabled} onChange={(e) => setField(i, { key: e.target.value })} data-testid="field-key" />
              </SettingItem>
              <SettingItem path={['fields', i, 'label']} issues={issues}>
                <Input value={f.label} disabled={disabled} onChange={(e) => setField(i, { label: e.target.value })} data-testid="field-label" />
              </SettingItem>
              <SettingItem path={['fields', i, 'labelEn']} issues={issues}>
                <Input value={f.labelEn ?? ''} disabled={disabled} onChange={(e) => setField(i, { labelEn: e.target.value || undefined })} />
              </SettingItem>
              <SettingItem path={['fields', i, 'type']} issues={issues}>
                <Select
                  value={f.type}
                  disabled={disabled}
                  style={{ width: 140 }}
                  onChange={(type) => setField(i, { type })}
                  options={(['text', 'datetime'] as const).map((k) => ({ value: k, label: t(`designer.fieldType.${k}`) }))}
                />
              </SettingItem>
              {f.type === 'text' ? (
                <SettingItem path={['fields', i, 'minLength']} issues={issues}>
                  <InputNumber
                    min={0}
                    precision={0}
                    value={f.minLength ?? null}
                    disabled={disabled}
                    onChange={(v) => setField(i, { minLength: v ?? undefined })}
                  />
                </SettingItem>
              ) : (
                <SettingItem path={['fields', i, 'future']} issues={issues}>
                  <Checkbox checked={Boolean(f.future)} disabled={disabled} onChange={(e) => setField(i, { future: e.target.checked || undefined })} />
                </SettingItem>
              )}
            </Space>
            <SettingItem path={['fields', i, 'hint']} issues={issues}>
              <Input value={f.hint ?? ''} disabled={disabled} onChange={(e) => setField(i, { hint: e.target.value || undefined })} />
            </SettingItem>
            <Form2Label text={t('designer.requiredIn')} />
            <Select
              mode="multiple"
              style={{ width: '100%' }}
              disabled={disabled || !/^[a-z][a-z0-9_]*$/i.test(f.key)}
              value={ownRule(f.key)?.stages ?? []}
              options={stageOptions}
              onChange={(stages: string[]) => setRequiredIn(f, stages)}
              data-testid="field-required-in"
              placeholder={t('designer.requiredInNone')}
            />
            {alsoBy.length ? (
              <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0, fontSize: 12 }}>
                {t('designer.alsoRequiredBy')}{' '}
                {alsoBy.map((r) => (
                  <Tag key={r.id}>
                    {r.name}: {r.stages.map((s) => label(doc.stages.find((x) => x.key === s)) || s).join('、')}
                  </Tag>
                ))}
              </Typography.Paragraph>
            ) : null}
          </Card>
        );
      })}
      <Button
        icon={<PlusOutlined />}
        disabled={disabled}
        data-testid="add-field"
        onClick={() => onChange(['fields'], [...fields, { key: `field_${fields.length + 1}`, label: t('designer.newField'), type: 'text', minLength: 2 }])}
      >
        {t('designer.addField')}
      </Button>
    </Space>
  );
}

function Form2Label({ text }: { text: string }) {
  return <div style={{ marginBottom: 4 }}>{text}</div>;
}
