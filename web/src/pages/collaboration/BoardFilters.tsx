import { Flex, Select, Switch, Tag, Typography } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import { UserSelect } from '../../components/UserSelect';
import { collab, DEPARTMENT_KEYS } from './access';
import type { Department, TaskCardStatus } from '../../api/types';

export interface BoardQuery {
  department?: Department;
  region?: string;
  ownerId?: string;
  status?: TaskCardStatus;
  overdue?: boolean;
  contractId?: string;
}

const STATUSES: TaskCardStatus[] = ['open', 'paused', 'done', 'rejected', 'cancelled'];

/** 部门 / 区域 / 销售 / 状态 / 仅看超时. Department users see only their own department anyway. */
export function BoardFilters({ value, onChange }: { value: BoardQuery; onChange: (next: BoardQuery) => void }) {
  const { t } = useI18n();
  const me = useMe();
  const playbook = usePlaybook();
  const set = (patch: Partial<BoardQuery>) => onChange({ ...value, ...patch });
  const own = collab.ownDepartment(me);

  return (
    <Flex gap={12} wrap align="center" data-testid="board-filters" style={{ marginBottom: 16 }}>
      {own ? null : (
        <Select
          allowClear
          placeholder={t('card.department')}
          aria-label={t('card.department')}
          style={{ width: 150 }}
          value={value.department}
          onChange={(department) => set({ department })}
          options={DEPARTMENT_KEYS.map((d) => ({ value: d, label: t(`card.dept.${d}`) }))}
          data-testid="board-filter-department"
        />
      )}
      <Select
        allowClear
        placeholder={t('common.region')}
        aria-label={t('common.region')}
        style={{ width: 140 }}
        value={value.region}
        onChange={(region) => set({ region })}
        options={playbook.regionOptions}
        data-testid="board-filter-region"
      />
      <div style={{ width: 200 }}>
        <UserSelect
          allowClear
          placeholder={t('card.rep')}
          roles={['sales', 'supervisor', 'regional_manager', 'director']}
          value={value.ownerId ?? null}
          onChange={(id) => set({ ownerId: id ?? undefined })}
          data-testid="board-filter-owner"
        />
      </div>
      <Select
        allowClear
        placeholder={t('common.status')}
        aria-label={t('common.status')}
        style={{ width: 130 }}
        value={value.status}
        onChange={(status) => set({ status })}
        options={STATUSES.map((s) => ({ value: s, label: t(`card.status.${s}`) }))}
        data-testid="board-filter-status"
      />
      <Flex gap={6} align="center">
        <Switch
          size="small"
          checked={Boolean(value.overdue)}
          aria-label={t('card.overdueOnly')}
          onChange={(overdue) => set({ overdue: overdue || undefined })}
          data-testid="board-filter-overdue"
        />
        <Typography.Text>{t('card.overdueOnly')}</Typography.Text>
      </Flex>
      {value.contractId ? (
        <Tag closable onClose={() => set({ contractId: undefined })}>
          {t('card.oneContract')}
        </Tag>
      ) : null}
    </Flex>
  );
}
