import { useState } from 'react';
import { Select } from 'antd';
import { api } from '../api';
import { useLoad } from '../hooks/useLoad';
import type { Customer, Id, ListResult } from '../types';

interface Props {
  value?: Id | null;
  /** Keeps a preselected customer labelled even when it is not among the search results. */
  preset?: Customer;
  onChange?(value: Id | null, customer?: Customer): void;
  'data-testid'?: string;
}

/** Server-side search so it works for organisations with many customers. */
export function CustomerSelect({ value, onChange, preset, ...rest }: Props) {
  const [query, setQuery] = useState('');
  const { data, loading } = useLoad(async () => (await api.get<ListResult<Customer>>('/customers', { q: query, pageSize: 50 })).items, [query]);
  const found = data ?? [];
  const customers = preset && !found.some((c) => c.id === preset.id) ? [preset, ...found] : found;
  return (
    <Select
      data-testid={rest['data-testid']}
      value={value ?? undefined}
      onChange={(next) =>
        onChange?.(
          next ?? null,
          customers.find((c) => c.id === next),
        )
      }
      options={customers.map((c) => ({ value: c.id, label: `${c.name}（${c.grade}）` }))}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      style={{ width: '100%' }}
    />
  );
}
