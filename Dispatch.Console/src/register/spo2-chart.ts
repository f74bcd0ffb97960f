// The SpO₂ trend of one person (ECharts, only the parts used), with the referral threshold drawn across it.
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ContactView } from './types';

echarts.use([LineChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export const SPO2_REFER_BELOW = 93;

export function createSpo2Chart(contacts: readonly ContactView[]): { element: HTMLElement; dispose(): void } {
  const element = document.createElement('div');
  element.className = 'reg-spo2-chart';
  const points = contacts.filter((c) => c.spO2 !== null).map((c) => [new Date(c.at).getTime(), c.spO2 as number]).sort((a, b) => a[0] - b[0]);
  element.dataset.points = String(points.length);
  const chart = echarts.init(element, undefined, { renderer: 'canvas', height: 180 });
  chart.setOption({
    animation: false,
    grid: { left: 36, right: 12, top: 12, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', min: (v: { min: number }) => Math.min(85, Math.floor(v.min) - 1), max: 100 },
    series: [{
      type: 'line', data: points, symbolSize: 6, lineStyle: { width: 2, color: '#2563eb' }, itemStyle: { color: '#2563eb' },
      markLine: { symbol: 'none', lineStyle: { color: '#dc2626', type: 'dashed' }, label: { formatter: `${SPO2_REFER_BELOW}%`, position: 'insideEndTop' }, data: [{ yAxis: SPO2_REFER_BELOW }] },
    }],
  });
  // The page lays out after insertion; size the canvas to its box once it has one.
  const resize = new ResizeObserver(() => chart.resize());
  resize.observe(element);
  return { element, dispose: () => { resize.disconnect(); chart.dispose(); } };
}
