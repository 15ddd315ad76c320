import { Button, Card, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../../state/LocaleContext';
import { useSettingHelp } from './help';
import { blankOf, issuesAt, pathKey, type Issues, type JsonSchema, type Path } from './schema-types';

interface FieldProps {
  schema: JsonSchema;
  path: Path;
  value: unknown;
  onChange: (path: Path, value: unknown) => void;
  issues: Issues;
  disabled?: boolean;
}

const typeOf = (schema: JsonSchema) => (Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type);
const testId = (path: Path) => `setting-${pathKey(path)}`;

/** The setting's name, its one-line explanation (or a visible note that it has none) and its server errors. */
export function SettingItem({ path, issues, children, inline }: { path: Path; issues: Issues; children: React.ReactNode; inline?: boolean }) {
  const help = useSettingHelp()(path);
  const { t } = useI18n();
  const errors = issuesAt(issues, path);
  return (
    <Form.Item
      label={help.label}
      layout={inline ? 'horizontal' : 'vertical'}
      validateStatus={errors.length ? 'error' : undefined}
      help={
        errors.length ? (
          <span data-testid={`issue-${pathKey(path)}`}>{errors.join('; ')}</span>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {help.help ?? t('designer.noHelp', { path: help.key })}
          </Typography.Text>
        )
      }
      style={{ marginBottom: 12 }}
    >
      {children}
    </Form.Item>
  );
}

/** One value rendered from its JSON Schema: switches, numbers, choices, lists, nested objects; JSON for the rest. */
export function SchemaField({ schema, path, value, onChange, issues, disabled }: FieldProps) {
  const { t } = useI18n();
  const type = typeOf(schema);
  const set = (v: unknown) => onChange(path, v);

  if (schema.anyOf || schema.oneOf) return <JsonValue path={path} value={value} onChange={set} disabled={disabled} />;
  if (type === 'boolean') return <Switch checked={Boolean(value)} onChange={set} disabled={disabled} data-testid={testId(path)} />;
  if (type === 'number' || type === 'integer')
    return (
      <InputNumber
        value={typeof value === 'number' ? value : null}
        min={schema.minimum ?? schema.exclusiveMinimum}
        max={schema.maximum ?? schema.exclusiveMaximum}
        step={type === 'integer' ? 1 : 0.05}
        precision={type === 'integer' ? 0 : undefined}
        onChange={(v) => set(v)}
        disabled={disabled}
        data-testid={testId(path)}
        style={{ width: 200 }}
      />
    );
  if (type === 'string' && schema.enum)
    return (
      <Select
        value={value as string}
        options={schema.enum.map((e) => ({ value: String(e), label: String(e) }))}
        onChange={set}
        disabled={disabled}
        data-testid={testId(path)}
        style={{ minWidth: 200 }}
      />
    );
  if (type === 'string') return <Input value={(value as string) ?? ''} onChange={(e) => set(e.target.value)} disabled={disabled} data-testid={testId(path)} />;
  if (type === 'array' && schema.items) {
    const itemType = typeOf(schema.items);
    if (itemType === 'string' || schema.items.enum)
      return (
        <Select
          mode={schema.items.enum ? 'multiple' : 'tags'}
          value={(value as string[]) ?? []}
          options={(schema.items.enum ?? []).map((e) => ({ value: String(e), label: String(e) }))}
          onChange={set}
          disabled={disabled}
          data-testid={testId(path)}
          tokenSeparators={[',', '，']}
          style={{ width: '100%' }}
        />
      );
    const list = (value as unknown[]) ?? [];
    return (
      <Space direction="vertical" style={{ width: '100%' }} data-testid={testId(path)}>
        {list.map((item, i) => (
          <Card
            key={i}
            size="small"
            title={`#${i + 1}`}
            extra={
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                disabled={disabled}
                onClick={() => set(list.filter((_, j) => j !== i))}
                aria-label={t('designer.remove')}
              />
            }
          >
            <SchemaBody schema={schema.items!} path={[...path, i]} value={item} onChange={onChange} issues={issues} disabled={disabled} />
          </Card>
        ))}
        <Button icon={<PlusOutlined />} disabled={disabled} onClick={() => set([...list, blankOf(schema.items!)])}>
          {t('designer.add')}
        </Button>
      </Space>
    );
  }
  if (type === 'object' && schema.properties)
    return <SchemaBody schema={schema} path={path} value={value} onChange={onChange} issues={issues} disabled={disabled} />;
  if (type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object')
    return <RecordValue schema={schema.additionalProperties} path={path} value={value} onChange={onChange} issues={issues} disabled={disabled} />;
  return <JsonValue path={path} value={value} onChange={set} disabled={disabled} />;
}

/** An object's settings, each with its name and explanation. */
export function SchemaBody({ schema, path, value, onChange, issues, disabled }: FieldProps) {
  const record = (value ?? {}) as Record<string, unknown>;
  return (
    <>
      {Object.entries(schema.properties ?? {}).map(([key, child]) => (
        <SettingItem key={key} path={[...path, key]} issues={issues}>
          <SchemaField schema={child} path={[...path, key]} value={record[key]} onChange={onChange} issues={issues} disabled={disabled} />
        </SettingItem>
      ))}
    </>
  );
}

/** A map of names to values (e.g. points per CSM event type). */
function RecordValue({ schema, path, value, onChange, issues, disabled }: FieldProps) {
  const { t } = useI18n();
  const entries = Object.entries((value ?? {}) as Record<string, unknown>);
  const set = (next: [string, unknown][]) => onChange(path, Object.fromEntries(next));
  return (
    <Space direction="vertical" data-testid={testId(path)}>
      {entries.map(([k, v], i) => (
        <Space key={i}>
          <Input
            value={k}
            disabled={disabled}
            onChange={(e) => set(entries.map((entry, j) => (j === i ? [e.target.value, entry[1]] : entry)))}
            style={{ width: 200 }}
          />
          <SchemaField
            schema={schema}
            path={[...path, k]}
            value={v}
            issues={issues}
            disabled={disabled}
            onChange={(_, next) => set(entries.map((entry, j) => (j === i ? [entry[0], next] : entry)))}
          />
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            disabled={disabled}
            onClick={() => set(entries.filter((_, j) => j !== i))}
            aria-label={t('designer.remove')}
          />
        </Space>
      ))}
      <Button icon={<PlusOutlined />} disabled={disabled} onClick={() => set([...entries, [`key${entries.length + 1}`, blankOf(schema)]])}>
        {t('designer.add')}
      </Button>
    </Space>
  );
}

/** Anything the form has no control for: edited as JSON, applied when it parses. */
function JsonValue({ path, value, onChange, disabled }: { path: Path; value: unknown; onChange: (v: unknown) => void; disabled?: boolean }) {
  const { t } = useI18n();
  return (
    <Input.TextArea
      defaultValue={JSON.stringify(value, null, 2)}
      autoSize={{ minRows: 2, maxRows: 12 }}
      disabled={disabled}
      data-testid={testId(path)}
      style={{ fontFamily: 'monospace' }}
      placeholder={t('designer.jsonValue')}
      onBlur={(e) => {
        try {
          onChange(JSON.parse(e.target.value));
        } catch {
          /* kept as typed until it parses; the server validates on save */
        }
      }}
    />
  );
}
