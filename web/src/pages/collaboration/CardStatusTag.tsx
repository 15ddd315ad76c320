import { Tag } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import type { CardStatus } from '../../types.collaboration';

const COLORS: Record<CardStatus, string> = { open: 'processing', paused: 'default', done: 'success', rejected: 'error', cancelled: 'default' };

export function CardStatusTag({ status }: { status: CardStatus }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`card.status.${status}`)}</Tag>;
}
