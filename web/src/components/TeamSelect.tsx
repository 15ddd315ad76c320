import { Select } from 'antd';
import { client, unwrap } from '../api/client';
import { useLoad } from '../hooks/useLoad';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  excludeId?: string;
  'data-testid'?: string;
  /** The accessible name of the picker (its visible label, when it has none of its own). */
  'aria-label'?: string;
}

export function TeamSelect({ value, onChange, excludeId, ...rest }: Props) {
  const { data, loading } = useLoad(async () => (await unwrap(client.GET('/api/v1/teams'))).items, []);
  const options = (data ?? []).filter((team) => team.id !== excludeId).map((team) => ({ value: team.id, label: `${team.name}（${team.region}）` }));
  return (
    <Select
      data-testid={rest['data-testid']}
      aria-label={rest['aria-label']}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      loading={loading}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: '100%' }}
    />
  );
}
