import { useEffect, useEffectEvent, useRef } from 'react';
import * as echarts from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export interface HeatmapAxis {
  key: string;
  label: string;
}

/** Concern categories (columns) × customers / regions / weeks / reps (rows); a click opens the messages of a cell. */
export function ConcernHeatmapChart({
  rows,
  categories,
  cells,
  onCellClick,
  'data-testid': testId,
}: {
  rows: HeatmapAxis[];
  categories: HeatmapAxis[];
  cells: { row: string; category: string; count: number }[];
  onCellClick: (row: HeatmapAxis, category: HeatmapAxis) => void;
  'data-testid'?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clicked = useEffectEvent((rowIndex: number, categoryIndex: number) => {
    const row = rows[rowIndex];
    const category = categories[categoryIndex];
    if (row && category) onCellClick(row, category);
  });

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current);
    chart.current = instance;
    instance.on('click', (params) => {
      const value = params.value as [number, number, number] | undefined;
      if (Array.isArray(value)) clicked(value[1], value[0]);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const rowIndex = new Map(rows.map((r, i) => [r.key, i]));
    const categoryIndex = new Map(categories.map((c, i) => [c.key, i]));
    const data = cells
      .filter((c) => rowIndex.has(c.row) && categoryIndex.has(c.category))
      .map((c) => [categoryIndex.get(c.category)!, rowIndex.get(c.row)!, c.count]);
    const max = Math.max(1, ...cells.map((c) => c.count));
    chart.current?.setOption(
      {
        tooltip: {
          position: 'top',
          formatter: (p: { value: [number, number, number] }) =>
            `${escapeHtml(rows[p.value[1]]?.label ?? '')} · ${escapeHtml(categories[p.value[0]]?.label ?? '')}: ${p.value[2]}`,
        },
        grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
        xAxis: {
          type: 'category',
          data: categories.map((c) => c.label),
          splitArea: { show: true },
          axisLabel: { interval: 0, rotate: categories.length > 8 ? 30 : 0 },
        },
        yAxis: { type: 'category', data: rows.map((r) => r.label), splitArea: { show: true }, inverse: true },
        visualMap: { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#f0f5ff', '#597ef7', '#10239e'] } },
        series: [{ type: 'heatmap', data, label: { show: true }, emphasis: { itemStyle: { shadowBlur: 8, shadowColor: 'rgba(0,0,0,0.3)' } } }],
      },
      true,
    );
  }, [rows, categories, cells]);

  const height = Math.max(240, 48 + rows.length * 32 + 64);
  return <div ref={host} style={{ width: '100%', height }} data-testid={testId} role="img" aria-label="heatmap" />;
}

/** Tooltips are HTML: names typed by users are shown as text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
