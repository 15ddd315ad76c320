import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { RadarChart as Radar } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([Radar, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface RadarSeries {
  name: string;
  values: number[];
  color: string;
  dashed?: boolean;
}

/** Breaks long (English) axis names into lines of about 14 characters so they are not clipped. */
function wrap(name?: string): string {
  const words = (name ?? '').split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= 14) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** A 0–100 radar of a few dimensions, one polygon per series (e.g. a rep and the team average). */
export function RadarChart({
  indicators,
  series,
  height = 360,
  ...rest
}: {
  indicators: string[];
  series: RadarSeries[];
  height?: number;
  'data-testid'?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0, data: series.map((s) => s.name) },
        radar: { indicator: indicators.map((name) => ({ name, max: 100 })), radius: '58%', splitNumber: 5, axisName: { formatter: wrap } },
        series: [
          {
            type: 'radar',
            data: series.map((s) => ({
              name: s.name,
              value: s.values,
              itemStyle: { color: s.color },
              lineStyle: { color: s.color, type: s.dashed ? 'dashed' : 'solid', width: 2 },
              areaStyle: s.dashed ? undefined : { color: s.color, opacity: 0.15 },
              label: { show: !s.dashed, formatter: (p: { value: number }) => String(p.value) },
            })),
          },
        ],
      },
      true,
    );
  }, [indicators, series]);

  return <div ref={host} style={{ width: '100%', height }} data-testid={rest['data-testid']} />;
}
