import { Select } from 'antd';
import { api, asItems } from '../api';
import { useLoad } from '../hooks/useLoad';
import type { Id, ListResult, Team } from '../types';

interface Props {
  value?: Id | null;
  onChange?(value: Id | null): void;
  excludeId?: Id;
  'data-testid'?: string;
}

export function TeamSelect({ value, onChange, excludeId, ...rest }: Props) {
  const { data, loading } = useLoad(async () => asItems(await api.get<Team[] | ListResult<Team>>('/teams', { pageSize: 200 })), []);
  const options = (data ?? [])
    .filter((team) => String(team.id) !== String(excludeId ?? ''))
    .map((team) => ({ value: team.id, label: `${team.name}（${team.region}）` }));
  return (
    <Select
      data-testid={rest['data-testid']}
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
