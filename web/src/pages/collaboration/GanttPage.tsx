import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Flex, Segmented, Select, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { client, errorMessage, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useServerClock } from '../../hooks/useServerClock';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { collab } from './access';
import { BookingModal, type BookingDraft } from './BookingModal';
import { LazyChart as EChart } from './LazyChart';
import { BOOKED, FREE, ganttOption } from './ganttOption';

const monday = (ms: number) => {
  const d = dayjs(ms).startOf('day');
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
};

/** 资源甘特图: engineers as rows, bookings as bars, free working days highlighted; delivery books. */
export function GanttPage() {
  const { t } = useI18n();
  const me = useMe();
  const { modal, message } = App.useApp();
  const playbook = usePlaybook();
  const clock = useServerClock();
  const [start, setStart] = useState<string | null>(null);
  const [weeks, setWeeks] = useState(6);
  const [region, setRegion] = useState<string | undefined>(undefined);
  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const canBook = collab.book(me);
  // Until the user pages, the window starts on the Monday of the server's current week.
  const today = dayjs(clock.now()).format('YYYY-MM-DD');
  const from = start ?? monday(clock.now());
  const to = dayjs(from)
    .add(weeks * 7 - 1, 'day')
    .format('YYYY-MM-DD');
  const { data, error, loading, reload } = useLoad(
    () => unwrap(client.GET('/api/v1/engineers', { params: { query: { from, to, region } } })),
    [from, to, region],
  );
  const engineers = useMemo(() => data?.items ?? [], [data]);
  const labels = useMemo(
    () => ({ free: t('gantt.free'), booked: t('gantt.booked'), today: t('gantt.today'), noContract: t('gantt.noContract'), sep: t('collab.sep') }),
    [t],
  );
  const { option, hits } = useMemo(() => ganttOption(engineers, from, to, today, labels), [engineers, from, to, today, labels]);
  const shift = (direction: number) =>
    setStart(
      dayjs(from)
        .add(direction * weeks * 7, 'day')
        .format('YYYY-MM-DD'),
    );

  const onClick = (event: { seriesIndex?: number; dataIndex: number }) => {
    const hit = hits[event.seriesIndex ?? -1]?.[event.dataIndex];
    if (!hit || !canBook) return;
    if (hit.kind === 'free') setDraft({ engineerId: hit.engineer.id, from: hit.from, to: hit.to });
    else
      modal.confirm({
        title: t('gantt.cancelBooking'),
        content: `${hit.engineer.name} · ${hit.booking.startsOn} ~ ${hit.booking.endsOn}${hit.booking.contractNumber ? ` · ${hit.booking.contractNumber}` : ''}`,
        okButtonProps: { danger: true },
        onOk: async () => {
          try {
            await unwrap(client.DELETE('/api/v1/bookings/{id}', { params: { path: { id: hit.booking.id } } }));
            message.success(t('gantt.cancelled'));
            await reload();
          } catch (err) {
            message.error(errorMessage(err));
          }
        },
      });
  };

  return (
    <>
      <PageHeader
        title={t('menu.gantt')}
        sub={canBook ? t('gantt.subBook') : t('gantt.subRead')}
        extra={
          canBook ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDraft({})} data-testid="gantt-book">
              {t('gantt.book')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Button icon={<LeftOutlined />} onClick={() => shift(-1)} aria-label={t('gantt.prev')} data-testid="gantt-prev" />
          <Typography.Text strong data-testid="gantt-range">{`${from} ~ ${to}`}</Typography.Text>
          <Button icon={<RightOutlined />} onClick={() => shift(1)} aria-label={t('gantt.next')} data-testid="gantt-next" />
          <Button onClick={() => setStart(null)}>{t('gantt.thisWeek')}</Button>
          <Segmented value={weeks} onChange={(w) => setWeeks(Number(w))} options={[4, 6, 8].map((w) => ({ value: w, label: t('gantt.weeks', { n: w }) }))} />
          <Select allowClear placeholder={t('common.region')} style={{ width: 140 }} value={region} onChange={setRegion} options={playbook.regionOptions} />
          <Flex gap={12} align="center" style={{ marginInlineStart: 'auto' }}>
            <Legend color={BOOKED} label={t('gantt.booked')} />
            <Legend color={FREE} label={t('gantt.free')} />
          </Flex>
        </Flex>
        <ErrorAlert error={error} />
        {engineers.length === 0 && !loading ? <Empty description={t('gantt.noEngineers')} /> : null}
        <div style={engineers.length === 0 ? { display: 'none' } : undefined}>
          <EChart option={option} height={Math.max(160, engineers.length * 44 + 56)} onClick={onClick} data-testid="gantt-chart" data-rows={engineers.length} />
        </div>
      </Card>
      {canBook ? (
        <BookingModal
          draft={draft}
          engineers={engineers}
          onClose={() => setDraft(null)}
          onBooked={() => {
            setDraft(null);
            message.success(t('gantt.booked'));
            void reload();
          }}
        />
      ) : null}
    </>
  );
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Flex gap={4} align="center">
      <span style={{ display: 'inline-block', width: 14, height: 10, background: color, borderRadius: 2 }} />
      <Typography.Text type="secondary">{label}</Typography.Text>
    </Flex>
  );
}
