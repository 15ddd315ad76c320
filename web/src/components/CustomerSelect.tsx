import { useState } from 'react';
import { Select } from 'antd';
import { client, unwrap } from '../api/client';
import type { Customer } from '../api/types';
import { useLoad } from '../hooks/useLoad';

interface Props {
  value?: string | null;
  /** Keeps a preselected customer labelled even when it is not among the search results. */
  preset?: Customer;
  onChange?: (value: string | null, customer?: Customer) => void;
  'data-testid'?: string;
}

/** Server-side search so it works for organisations with many customers. */
export function CustomerSelect({ value, onChange, preset, ...rest }: Props) {
  const [query, setQuery] = useState('');
  const { data, loading } = useLoad(
    async () => (await unwrap(client.GET('/api/v1/customers', { params: { query: { q: query, pageSize: 50 } } }))).items,
    [query],
  );
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
