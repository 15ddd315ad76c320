import { Tag } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import type { TaskCardStatus } from '../../api/types';

const COLORS: Record<TaskCardStatus, string> = { open: 'processing', paused: 'default', done: 'success', rejected: 'error', cancelled: 'default' };

export function CardStatusTag({ status }: { status: TaskCardStatus }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`card.status.${status}`)}</Tag>;
}
