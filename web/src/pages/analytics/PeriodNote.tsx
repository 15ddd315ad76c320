import { Typography } from 'antd';
import { useI18n } from '../../state/LocaleContext';

/** Names the period a report shows, e.g. 「统计期间：2026-11-01 至 2026-11-30」. */
export function PeriodNote({ from, to }: { from: string; to: string }) {
  const { t } = useI18n('home');
  return (
    <Typography.Text type="secondary" style={{ alignSelf: 'center' }} data-testid="analytics-period">
      {t('period.named', { from, to })}
    </Typography.Text>
  );
}
