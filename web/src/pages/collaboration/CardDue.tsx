import { Typography } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { useServerNow } from '../../hooks/useServerClock';
import { useFormatDuration } from '../../components/Countdown';
import { formatTime } from '../../format';
import type { TaskCard } from '../../api/types';

const HOUR = 3_600_000;

/** Live time left (server time) until the card's working-day deadline, or "已超时 x 小时". */
export function CardDue({ card }: { card: TaskCard }) {
  const { t } = useI18n();
  const now = useServerNow();
  const format = useFormatDuration();
  if (card.status === 'paused')
    return (
      <Typography.Text type="secondary" data-testid="card-due">
        {t('card.pausedDue')}
      </Typography.Text>
    );
  if (card.status !== 'open') {
    return (
      <Typography.Text type="secondary" data-testid="card-due">
        {t(card.overdue ? 'card.closedLate' : 'card.closedAt', { time: formatTime(card.completedAt) })}
      </Typography.Text>
    );
  }
  const left = Date.parse(card.dueAt) - now;
  if (card.overdue || left <= 0) {
    return (
      <Typography.Text type="danger" strong data-testid="card-due" data-overdue="true">
        {t('card.overdueHours', { h: Math.max(0, Math.floor(-left / HOUR)) })}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text data-testid="card-due" data-overdue="false">
      {t('countdown.left', { d: format(left) })}
    </Typography.Text>
  );
}
