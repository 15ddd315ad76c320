import { useEffect, useEffectEvent, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, GaugeChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ECElementEvent } from 'echarts';

echarts.use([BarChart, CustomChart, GaugeChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  option: echarts.EChartsCoreOption;
  height: number;
  onClick?: (event: ECElementEvent) => void;
  'data-testid'?: string;
  [data: `data-${string}`]: string | number | undefined;
}

/** A resizing ECharts canvas; `option` replaces the previous one on every change. */
export function EChart({ option, height, onClick, ...rest }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // Calls the latest onClick; the chart itself is set up once.
  const click = useEffectEvent((event: ECElementEvent) => onClick?.(event));

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current);
    chart.current = instance;
    instance.on('click', (event) => click(event));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <div ref={host} style={{ width: '100%', height }} {...rest} />;
}
