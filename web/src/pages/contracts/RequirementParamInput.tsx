import { DatePicker, Input, InputNumber, Switch } from 'antd';
import dayjs from 'dayjs';
import type { ParamValue, RequirementTemplate } from '../../api/types';

type ParamDef = RequirementTemplate['items'][number]['params'][number];

interface Props {
  param: ParamDef;
  value: ParamValue | undefined;
  onChange: (value: ParamValue | undefined) => void;
  testId: string;
}

/** One template parameter: text, number (with its unit), date (YYYY-MM-DD) or yes/no. */
export function RequirementParamInput({ param, value, onChange, testId }: Props) {
  switch (param.type) {
    case 'number':
      return (
        <InputNumber
          value={typeof value === 'number' ? value : value === undefined || value === '' ? null : Number(value)}
          onChange={(next) => onChange(next === null ? undefined : Number(next))}
          suffix={param.unit}
          placeholder={param.label}
          style={{ width: 180 }}
          data-testid={testId}
        />
      );
    case 'date':
      return (
        <DatePicker
          value={typeof value === 'string' && value ? dayjs(value) : null}
          onChange={(next) => onChange(next ? next.format('YYYY-MM-DD') : undefined)}
          placeholder={param.label}
          data-testid={testId}
        />
      );
    case 'boolean':
      return <Switch checked={value === true} onChange={(next) => onChange(next)} data-testid={testId} />;
    default:
      return (
        <Input
          value={value === undefined ? '' : String(value)}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
          suffix={param.unit}
          placeholder={param.label}
          maxLength={1000}
          style={{ minWidth: 220 }}
          data-testid={testId}
        />
      );
  }
}
