import { Tag } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import type { Opportunity } from '../../api/types';

const COLORS = { open: 'processing', won: 'success', lost: 'default' } as const;

export function StatusTag({ status }: { status: Opportunity['status'] }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`opps.status.${status}`)}</Tag>;
}
