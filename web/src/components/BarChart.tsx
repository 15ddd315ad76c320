import { useEffect, useEffectEvent, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart as EBars } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { Empty, Flex } from 'antd';
import { useI18n } from '../state/LocaleContext';

echarts.use([EBars, GridComponent, TooltipComponent, CanvasRenderer]);

export interface Bar {
  key: string | null;
  label: string;
  value: number;
}

interface Props {
  bars: Bar[];
  height?: number;
  color?: string;
  onSelect?: (bar: Bar) => void;
  'data-testid'?: string;
}

/** Horizontal bars, largest on top; clicking a bar reports it (e.g. to filter by it). Without data: 「无数据」, not an empty axis. */
export function BarChart(props: Props) {
  const { t } = useI18n('home');
  if (!props.bars.some((b) => b.value !== 0))
    return (
      <Flex align="center" justify="center" style={{ height: props.height ?? 220 }} data-testid={props['data-testid']} data-empty="true">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chart.noData')} />
      </Flex>
    );
  return <Bars {...props} />;
}

function Bars({ bars, height = 220, color = '#1677ff', onSelect, ...rest }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // Reads the latest bars and onSelect; the chart itself is set up once.
  const select = useEffectEvent((dataIndex: number) => {
    const bar = bars[bars.length - 1 - dataIndex];
    if (bar) onSelect?.(bar);
  });

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current);
    chart.current = instance;
    instance.on('click', (params) => select(params.dataIndex ?? 0));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // echarts draws category axes bottom-up; reverse so the first (largest) bar is on top.
    const ordered = [...bars].reverse();
    chart.current?.setOption(
      {
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: ordered.map((b) => b.label), axisLabel: { width: 100, overflow: 'truncate' } },
        series: [{ type: 'bar', data: ordered.map((b) => b.value), itemStyle: { color }, barMaxWidth: 18, label: { show: true, position: 'right' } }],
      },
      true,
    );
  }, [bars, color]);

  return <div ref={host} style={{ width: '100%', height }} data-testid={rest['data-testid']} />;
}
