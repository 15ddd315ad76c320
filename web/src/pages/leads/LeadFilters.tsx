import { Flex, Input, Select } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import type { CustomerType, SlaStatus } from '../../api/types';

export interface LeadFilterValues {
  q?: string;
  type?: CustomerType;
  region?: string;
  productLine?: string;
  slaStatus?: SlaStatus;
}

const SLA_STATUSES = ['pending', 'warned', 'breached', 'met'] as const;

export function LeadFilters({ value, onChange }: { value: LeadFilterValues; onChange: (value: LeadFilterValues) => void }) {
  const { t } = useI18n();
  const playbook = usePlaybook();
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }} role="search" aria-label={t('list.filters')}>
      <Input.Search
        key={value.q ?? ''}
        allowClear
        placeholder={t('common.keyword')}
        aria-label={t('filter.keyword')}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q })}
        style={{ width: 220, maxWidth: '100%' }}
        data-testid="lead-filter-q"
      />
      <Select
        allowClear
        placeholder={t('common.type')}
        aria-label={t('filter.type')}
        value={value.type}
        onChange={(type) => onChange({ ...value, type })}
        options={[
          { value: 'B2B', label: t('type.B2B') },
          { value: 'B2C', label: t('type.B2C') },
        ]}
        style={{ width: 120 }}
      />
      <Select
        allowClear
        placeholder={t('common.region')}
        aria-label={t('filter.region')}
        value={value.region}
        onChange={(region) => onChange({ ...value, region })}
        options={playbook.regionOptions}
        style={{ width: 140 }}
      />
      <Select
        allowClear
        placeholder={t('common.productLine')}
        aria-label={t('filter.productLine')}
        value={value.productLine}
        onChange={(productLine) => onChange({ ...value, productLine })}
        options={playbook.productLineOptions}
        style={{ width: 160 }}
      />
      <Select
        allowClear
        placeholder={t('sla.column')}
        aria-label={t('filter.sla')}
        value={value.slaStatus}
        onChange={(slaStatus) => onChange({ ...value, slaStatus })}
        options={SLA_STATUSES.map((status) => ({ value: status, label: t(`sla.status.${status}`) }))}
        style={{ width: 140 }}
        data-testid="lead-filter-sla"
      />
    </Flex>
  );
}
