import type * as echarts from 'echarts/core';
import type { CollaborationReport } from '../../api/types';

/** Average working days per step, as vertical bars. */
export function stepsOption(steps: CollaborationReport['steps'], labelOf: (step: string) => string, unit: string): echarts.EChartsCoreOption {
  return {
    grid: { left: 16, right: 16, top: 32, bottom: 16 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: steps.map((s) => labelOf(s.step)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: unit },
    series: [
      {
        type: 'bar',
        barMaxWidth: 36,
        itemStyle: { color: '#1677ff' },
        label: { show: true, position: 'top', formatter: (p: { value: number | null }) => (p.value === null || p.value === undefined ? '—' : String(p.value)) },
        data: steps.map((s) => s.avgWorkingDays),
      },
    ],
  };
}

/** SLA compliance per department: one gauge each, red below 60 %, amber below 90 %. */
export function slaOption(rows: CollaborationReport['slaCompliance'], labelOf: (department: string) => string, none: string): echarts.EChartsCoreOption {
  const n = rows.length || 1;
  return {
    series: rows.map((row, index) => ({
      type: 'gauge',
      center: [`${((index + 0.5) / n) * 100}%`, '60%'],
      radius: `${Math.min(80, 160 / n)}%`,
      min: 0,
      max: 100,
      startAngle: 200,
      endAngle: -20,
      progress: { show: true, width: 10 },
      axisLine: {
        lineStyle: {
          width: 10,
          color: [
            [0.6, '#ff4d4f'],
            [0.9, '#faad14'],
            [1, '#52c41a'],
          ],
        },
      },
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: { show: false },
      pointer: { show: false },
      title: { offsetCenter: [0, '45%'], fontSize: 13 },
      detail: { offsetCenter: [0, '5%'], fontSize: 20, formatter: (v: number) => (row.rate === null ? none : `${Math.round(v)}%`) },
      data: [{ value: row.rate === null ? 0 : Math.round(row.rate * 100), name: labelOf(row.department) }],
    })),
  };
}
