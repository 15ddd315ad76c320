import { Flex, Select } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import type { StaleGroup } from '../../api/types';

export interface StaleFilterValues {
  region?: string;
  productLine?: string;
  ownerId?: string;
  teamId?: string;
}

interface Props {
  value: StaleFilterValues;
  onChange: (value: StaleFilterValues) => void;
  /** Reps come from the report itself, so no user list (admin-only) is needed. */
  owners: StaleGroup[];
}

export function StaleFilters({ value, onChange, owners }: Props) {
  const { t } = useI18n();
  const playbook = usePlaybook();
  const ownerOptions = owners.filter((o) => o.key !== null).map((o) => ({ value: String(o.key), label: o.label }));
  if (value.ownerId && !ownerOptions.some((o) => o.value === value.ownerId)) ownerOptions.push({ value: value.ownerId, label: value.ownerId });
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Select
        allowClear
        placeholder={t('common.region')}
        value={value.region}
        onChange={(region) => onChange({ ...value, region })}
        options={playbook.regionOptions}
        style={{ width: 140 }}
        data-testid="stale-filter-region"
      />
      <Select
        allowClear
        placeholder={t('common.productLine')}
        value={value.productLine}
        onChange={(productLine) => onChange({ ...value, productLine })}
        options={playbook.productLineOptions}
        style={{ width: 160 }}
        data-testid="stale-filter-product-line"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('stale.rep')}
        value={value.ownerId}
        onChange={(ownerId) => onChange({ ...value, ownerId })}
        options={ownerOptions}
        style={{ width: 180 }}
        data-testid="stale-filter-owner"
      />
    </Flex>
  );
}
