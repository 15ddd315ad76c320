import { useMemo, useState } from 'react';
import { Alert, Col, Flex, Row, Select, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useServerClock } from '../../hooks/useServerClock';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CalendarMonth } from './CalendarMonth';
import { CalendarOverrideModal } from './CalendarOverrideModal';
import { DAY_STYLE, type DayKind } from './calendarKinds';
import type { CalendarDay } from '../../api/types';

const LEGEND: DayKind[] = ['holiday', 'makeup', 'override', 'weekend'];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** 工作日历: official holidays, 调休 working weekends and company overrides of one year. */
export function CalendarPage() {
  const me = useMe();
  const { t } = useI18n();
  const clock = useServerClock();
  const today = dayjs(clock.now()).format('YYYY-MM-DD');
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [picked, setPicked] = useState<string | null>(null);
  const editable = can.manageCalendar(me);
  const { data, error, loading, reload } = useLoad(() => unwrap(client.GET('/api/v1/calendar', { params: { query: { year } } })), [year]);
  const days = useMemo(() => new Map<string, CalendarDay>((data?.days ?? []).map((d) => [d.date, d])), [data]);
  const overrides = (data?.days ?? []).filter((d) => d.source === 'override').length;

  return (
    <>
      <PageHeader
        title={t('menu.calendar')}
        sub={data ? t('calendar.hours', { start: data.businessHours.start, end: data.businessHours.end, tz: data.businessHours.timeZone }) : undefined}
        extra={
          <Select
            value={year}
            onChange={setYear}
            style={{ width: 110 }}
            data-testid="calendar-year"
            options={Array.from({ length: 5 }, (_, i) => thisYear - 2 + i).map((y) => ({ value: y, label: String(y) }))}
          />
        }
      />
      {data?.warning ? (
        <Alert
          type="warning"
          showIcon
          banner
          style={{ marginBottom: 16, fontSize: 15 }}
          title={t('calendar.noOfficial', { year: data.year })}
          description={data.warning}
          data-testid="calendar-warning"
        />
      ) : null}
      <ErrorAlert error={error} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        {LEGEND.map((kind) => (
          <Tag key={kind} style={{ ...DAY_STYLE[kind], border: DAY_STYLE[kind].border ?? '1px solid #d9d9d9' }}>
            {t(`calendar.kind.${kind}`)}
          </Tag>
        ))}
        <Typography.Text type="secondary">
          {data ? t('calendar.summary', { official: data.official ? t('common.yes') : t('common.no'), n: overrides }) : null}
          {editable ? ` · ${t('calendar.clickHint')}` : ''}
        </Typography.Text>
      </Flex>
      <Spin spinning={loading}>
        <Row gutter={[12, 12]}>
          {MONTHS.map((month) => (
            <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
              <CalendarMonth year={year} month={month} days={days} today={today} onPick={editable && data ? setPicked : undefined} />
            </Col>
          ))}
        </Row>
      </Spin>
      <CalendarOverrideModal
        date={picked}
        day={picked ? days.get(picked) : undefined}
        onClose={() => setPicked(null)}
        onChanged={() => {
          setPicked(null);
          void reload();
        }}
      />
    </>
  );
}
