import dayjs from 'dayjs';
import type * as echarts from 'echarts/core';
import type { CustomSeriesRenderItem } from 'echarts';
import type { Booking, EngineerSchedule } from '../../api/types';

const DAY = 86_400_000;
export const BOOKED = '#1677ff';
export const FREE = '#b7eb8f';

export type GanttHit =
  { kind: 'booking'; engineer: EngineerSchedule; booking: Booking } | { kind: 'free'; engineer: EngineerSchedule; from: string; to: string };

/** Dates are whole days: a bar runs from the start of its first day to the end of its last. */
const startOf = (date: string) => dayjs(date).startOf('day').valueOf();
const endOf = (date: string) => dayjs(date).startOf('day').valueOf() + DAY;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of a bar inside the plot area (bars may start before or end after the window). */
function clip(rect: Rect, area: Rect): Rect | null {
  const x = Math.max(rect.x, area.x);
  const y = Math.max(rect.y, area.y);
  const width = Math.min(rect.x + rect.width, area.x + area.width) - x;
  const height = Math.min(rect.y + rect.height, area.y + area.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

const bar =
  (heightRatio: number, fill: string, textFill: string): CustomSeriesRenderItem =>
  (params, api) => {
    const row = api.value(0) as number;
    const start = api.coord([api.value(1), row]);
    const end = api.coord([api.value(2), row]);
    const height = (api.size?.([0, 1]) as number[])[1] * heightRatio;
    const coordSys = params.coordSys as unknown as Rect;
    const shape = clip({ x: start[0], y: start[1] - height / 2, width: end[0] - start[0], height }, coordSys);
    if (!shape) return null;
    return {
      type: 'rect',
      shape: { ...shape, r: 3 },
      style: { fill },
      textContent: {
        type: 'text',
        style: { text: String(api.value(3) ?? ''), fill: textFill, fontSize: 11, overflow: 'truncate', width: Math.max(0, shape.width - 6) },
      },
      textConfig: { position: 'inside' },
    };
  };

export interface GanttLabels {
  free: string;
  booked: string;
  today: string;
  noContract: string;
  sep: string;
}

/** Rows are engineers; free working days are pale green, bookings blue with the contract number. */
export function ganttOption(
  engineers: EngineerSchedule[],
  from: string,
  to: string,
  today: string,
  labels: GanttLabels,
): { option: echarts.EChartsCoreOption; hits: GanttHit[][] } {
  const free: GanttHit[] = [];
  const booked: GanttHit[] = [];
  engineers.forEach((engineer) => {
    engineer.free.forEach((range) => free.push({ kind: 'free', engineer, from: range.from, to: range.to }));
    engineer.bookings.forEach((booking) => booked.push({ kind: 'booking', engineer, booking }));
  });
  const rowOf = (e: EngineerSchedule) => engineers.indexOf(e);
  const freeData = free.map((h) => (h.kind === 'free' ? [rowOf(h.engineer), startOf(h.from), endOf(h.to), ''] : []));
  const bookedData = booked.map((h) =>
    h.kind === 'booking'
      ? [rowOf(h.engineer), startOf(h.booking.startsOn), endOf(h.booking.endsOn), h.booking.contractNumber ?? h.booking.note ?? labels.booked]
      : [],
  );
  const describe = (hit: GanttHit) =>
    hit.kind === 'free'
      ? `${hit.engineer.name}<br/>${labels.free}${labels.sep}${hit.from} ~ ${hit.to}`
      : `${hit.engineer.name}<br/>${labels.booked}${labels.sep}${hit.booking.startsOn} ~ ${hit.booking.endsOn}<br/>${hit.booking.contractNumber ? `${hit.booking.contractNumber} ${hit.booking.contractTitle ?? ''}` : labels.noContract}${hit.booking.note ? `<br/>${hit.booking.note}` : ''}`;

  const option: echarts.EChartsCoreOption = {
    animation: false,
    grid: { left: 16, right: 24, top: 24, bottom: 24 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesIndex: number; dataIndex: number }) => describe((p.seriesIndex === 0 ? free : booked)[p.dataIndex]),
    },
    xAxis: {
      type: 'time',
      position: 'top',
      min: startOf(from),
      max: endOf(to),
      splitLine: { show: true, lineStyle: { color: '#f0f0f0' } },
      axisLabel: { formatter: (value: number) => dayjs(value).format('MM-DD') },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: engineers.map((e) => `${e.name}（${e.region}）`),
      axisTick: { show: false },
      splitLine: { show: true, lineStyle: { color: '#f5f5f5' } },
    },
    series: [
      { type: 'custom', id: 'free', name: labels.free, renderItem: bar(0.7, FREE, '#237804'), encode: { x: [1, 2], y: 0 }, data: freeData, z: 1 },
      {
        type: 'custom',
        id: 'booked',
        name: labels.booked,
        renderItem: bar(0.5, BOOKED, '#fff'),
        encode: { x: [1, 2], y: 0 },
        data: bookedData,
        z: 2,
        markLine: {
          symbol: 'none',
          silent: true,
          label: { formatter: labels.today },
          lineStyle: { color: '#ff4d4f', type: 'dashed' },
          data: [{ xAxis: startOf(today) + DAY / 2 }],
        },
      },
    ],
  };
  return { option, hits: [free, booked] };
}
