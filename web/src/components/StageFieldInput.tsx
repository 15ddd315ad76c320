import { DatePicker, Input } from 'antd';
import dayjs from 'dayjs';
import type { FieldDef } from '../api/types';
import { plainText } from '../format';

interface Props {
  def: FieldDef;
  value?: unknown;
  onChange?: (value: string | undefined) => void;
  testIdPrefix?: string;
}

/** Stage field values travel as strings (datetimes as ISO 8601); the wrapper div gives tests a stable handle. */
export function StageFieldInput({ def, value, onChange, testIdPrefix = 'field' }: Props) {
  const testId = `${testIdPrefix}-${def.key}`;
  if (def.type === 'datetime') {
    const parsed = typeof value === 'string' && value ? dayjs(value) : null;
    return (
      <div data-testid={testId}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          value={parsed && parsed.isValid() ? parsed : null}
          onChange={(next) => onChange?.(next ? next.toISOString() : undefined)}
          disabledDate={def.future ? (day) => day.isBefore(dayjs(), 'day') : undefined}
          placeholder={def.hint}
          style={{ width: '100%' }}
        />
      </div>
    );
  }
  return (
    <div data-testid={testId}>
      <Input.TextArea
        autoSize={{ minRows: 2, maxRows: 8 }}
        value={value === undefined || value === null ? '' : plainText(value)}
        onChange={(event) => onChange?.(event.target.value)}
        placeholder={def.hint}
        showCount={def.minLength ? { formatter: ({ count }) => `${count} / ≥${def.minLength}` } : false}
      />
    </div>
  );
}

/** Drops empty values so the server only sees what the user actually filled in. */
export function filledFields(values: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.trim() !== '') result[key] = value;
  }
  return result;
}
