import { Card, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../state/LocaleContext';
import { DAY_STYLE, kindOf, weekdayOf } from './calendarKinds';
import type { CalendarDay } from '../../api/types';

interface Props {
  year: number;
  /** 1–12 */
  month: number;
  days: Map<string, CalendarDay>;
  today: string;
  onPick?: (date: string) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One month, Monday first, days coloured by kind; clicking a day reports it. */
export function CalendarMonth({ year, month, days, today, onPick }: Props) {
  const { t } = useI18n();
  const first = `${year}-${pad(month)}-01`;
  const count = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (weekdayOf(first) + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: count }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`)];
  const weekdays = t('calendar.weekdays').split(',');

  return (
    <Card size="small" title={dayjs(first).format('MMMM')} data-testid={`calendar-month-${month}`}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, textAlign: 'center' }}>
        {weekdays.map((w) => (
          <Typography.Text key={w} type="secondary" style={{ fontSize: 12 }}>
            {w}
          </Typography.Text>
        ))}
        {cells.map((date, index) => {
          if (!date) return <span key={`blank-${index}`} />;
          const day = days.get(date);
          const kind = kindOf(date, day);
          const tip = [date, day?.name, t(`calendar.kind.${kind}`), day ? (day.working ? t('calendar.working') : t('calendar.off')) : null]
            .filter(Boolean)
            .join(' · ');
          return (
            <button
              key={date}
              type="button"
              title={tip}
              data-testid={`calendar-day-${date}`}
              data-kind={kind}
              data-working={day ? String(day.working) : undefined}
              disabled={!onPick}
              onClick={() => onPick?.(date)}
              style={{
                ...DAY_STYLE[kind],
                border: DAY_STYLE[kind].border ?? (date === today ? '1px solid #1677ff' : '1px solid transparent'),
                borderRadius: 4,
                padding: '3px 0',
                fontSize: 12,
                lineHeight: '18px',
                cursor: onPick ? 'pointer' : 'default',
                background: DAY_STYLE[kind].background ?? 'transparent',
                fontWeight: date === today ? 600 : undefined,
              }}
            >
              {Number(date.slice(8))}
              {kind === 'override' ? <sup style={{ fontSize: 9 }}>{day?.working ? t('calendar.workShort') : t('calendar.offShort')}</sup> : null}
            </button>
          );
        })}
      </div>
    </Card>
  );
}
