import { Typography } from 'antd';
import { useI18n } from '../state/LocaleContext';
import { useServerClock, useServerNow } from '../hooks/useServerClock';
import { formatClock, formatTime } from '../format';

const DAY = 86_400_000;

/** HH:mm:ss below a day, "x天 y小时" above. */
export function useFormatDuration(): (ms: number) => string {
  const { t } = useI18n();
  return (ms: number) => {
    const abs = Math.max(0, ms);
    if (abs < DAY) return formatClock(abs);
    return t('time.daysHours', { d: Math.floor(abs / DAY), h: Math.floor((abs % DAY) / 3_600_000) });
  };
}

/** Live time left until `dueAt` (server time), or time overdue since. */
export function DueCountdown({ dueAt, soon }: { dueAt: string | null; soon?: boolean }) {
  const { t } = useI18n();
  const now = useServerNow();
  const { synced } = useServerClock();
  const format = useFormatDuration();
  const due = dueAt ? Date.parse(dueAt) : Number.NaN;
  if (!Number.isFinite(due)) return <Typography.Text type="secondary">—</Typography.Text>;
  if (!synced) return <Typography.Text type="secondary">{formatTime(dueAt)}</Typography.Text>;
  const left = due - now;
  if (left <= 0) {
    return (
      <Typography.Text type="danger" data-testid="due-countdown" data-overdue="true">
        {t('countdown.overdue', { d: format(-left) })}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type={soon ? 'warning' : undefined} data-testid="due-countdown" data-overdue="false">
      {t('countdown.left', { d: format(left) })}
    </Typography.Text>
  );
}
