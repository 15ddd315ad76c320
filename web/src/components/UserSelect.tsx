import { Select } from 'antd';
import { client, unwrap } from '../api/client';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../state/LocaleContext';
import type { Role } from '../api/types';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  roles?: Role[];
  allowClear?: boolean;
  placeholder?: string;
  'data-testid'?: string;
  'aria-label'?: string;
}

export function UserSelect({ value, onChange, roles, allowClear, placeholder, ...rest }: Props) {
  const { t } = useI18n();
  const { data, loading } = useLoad(async () => (await unwrap(client.GET('/api/v1/users'))).items, []);
  const options = (data ?? [])
    .filter((user) => user.active !== false && (!roles || roles.includes(user.role)))
    .map((user) => ({
      value: user.id,
      label: `${user.displayName || user.username}（${t(`role.${user.role}`)}）`,
    }));
  return (
    <Select
      data-testid={rest['data-testid']}
      aria-label={rest['aria-label'] ?? placeholder}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      loading={loading}
      allowClear={allowClear}
      placeholder={placeholder}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: '100%' }}
    />
  );
}
