// Shift and period reports: figures, ECharts charts, a printable view, XLSX and CSV exports, the daily summary.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { h, tx } from '../ui/dom';
import { reasonText } from '../ui/reason-dialog';
import { lang, t } from '../i18n';
import { download, shiftReport, type ShiftReport, type Tally } from './api';
import { seconds, stateLabel } from './labels';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

const isoLocal = (d: Date): string => new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);

export function createReportsPane(names: (id: string | null | undefined) => string) {
  const now = new Date();
  const from = h('input', { type: 'datetime-local', class: 'rep-from', value: isoLocal(new Date(now.getTime() - 12 * 3600_000)) });
  const to = h('input', { type: 'datetime-local', class: 'rep-to', value: isoLocal(new Date(now.getTime() + 60_000)) });
  const generate = tx('hist.rep.generate', 'button', { type: 'button', class: 'btn btn-primary rep-generate' });
  const print = tx('hist.rep.print', 'button', { type: 'button', class: 'btn btn-ghost rep-print' });
  const xlsx = tx('hist.rep.xlsx', 'button', { type: 'button', class: 'btn btn-ghost rep-xlsx' });
  const csv = tx('hist.rep.csv', 'button', { type: 'button', class: 'btn btn-ghost rep-csv' });
  const daily = tx('hist.rep.daily', 'button', { type: 'button', class: 'btn btn-ghost rep-daily' });
  const figures = h('div', { class: 'rep-figures' });
  const charts = h('div', { class: 'rep-charts' });
  const element = h('section', { class: 'hist-reports', hidden: true },
    h('div', { class: 'hist-form no-print' }, h('label', {}, tx('hist.from'), ' ', from), h('label', {}, tx('hist.to'), ' ', to), generate, print, xlsx, csv, daily),
    figures, charts);
  const instances: echarts.ECharts[] = [];

  const period = (): URLSearchParams => new URLSearchParams({
    from: new Date(from.value).toISOString(), to: new Date(to.value).toISOString(), lang: lang(),
  });

  function chart(title: string, option: echarts.EChartsCoreOption): HTMLElement {
    const el = h('div', { class: 'rep-chart' });
    charts.append(h('figure', { class: 'rep-figure' }, h('figcaption', {}, title), el));
    const instance = echarts.init(el, undefined, { renderer: 'canvas', width: 420, height: 260 });
    instance.setOption({ animation: false, tooltip: {}, ...option });
    instances.push(instance);
    return el;
  }

  const bars = (tallies: Tally[], label: (k: string) => string): echarts.EChartsCoreOption => ({
    grid: { left: 110, right: 20, top: 10, bottom: 30 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: tallies.map((x) => label(x.key)) },
    series: [{ type: 'bar', data: tallies.map((x) => x.count), itemStyle: { color: '#1c7ed6' } }],
  });

  function render(r: ShiftReport): void {
    instances.splice(0).forEach((i) => i.dispose());
    const rate = r.departureWithin3MinutesRate === null ? '—' : `${(r.departureWithin3MinutesRate * 100).toFixed(1)}%`;
    const sum = (x: Tally[]): number => x.reduce((a, b) => a + b.count, 0);
    figures.replaceChildren(
      h('div', { class: 'rep-figure-box' }, h('b', {}, String(sum(r.callsByOutcome))), h('span', {}, t('hist.rep.calls'))),
      h('div', { class: 'rep-figure-box' }, h('b', {}, String(sum(r.transportsByOutcome))), h('span', {}, t('hist.rep.transports'))),
      h('div', { class: 'rep-figure-box' }, h('b', { class: 'rep-referrals' }, String(sum(r.referralsByOutcome))), h('span', {}, t('hist.rep.referrals'))),
      h('div', { class: 'rep-figure-box' }, h('b', {}, rate), h('span', {}, `${t('hist.rep.departure3')} · ${t('hist.rep.departures', { n: r.departures })}`)),
      h('div', { class: 'rep-figure-box' }, h('b', {}, `${seconds(r.responseTime.p50Seconds)} / ${seconds(r.responseTime.p90Seconds)}`), h('span', {}, t('hist.rep.response'))),
      h('div', { class: 'rep-figure-box' }, h('b', {}, `${seconds(r.requestToAcceptance.p50Seconds)} / ${seconds(r.requestToAcceptance.p90Seconds)}`), h('span', {}, t('hist.rep.acceptance'))),
      h('div', { class: 'rep-figure-box' }, h('b', {}, String(r.escalations.count)),
        h('span', {}, `${t('hist.rep.escalations')}${r.escalations.resolvedAs.length ? ' · ' + r.escalations.resolvedAs.map((x) => `${stateLabel('referral', x.key)} ${x.count}`).join(t('reg.listSep')) : ''}`)));
    charts.replaceChildren();
    const outcomes = [
      ...r.callsByOutcome.map((x) => ({ name: `${t('hist.rep.calls')}·${stateLabel('call', x.key)}`, value: x.count })),
      ...r.transportsByOutcome.map((x) => ({ name: `${t('hist.rep.transports')}·${stateLabel('transport', x.key)}`, value: x.count })),
      ...r.referralsByOutcome.map((x) => ({ name: `${t('hist.rep.referrals')}·${stateLabel('referral', x.key)}`, value: x.count })),
    ];
    if (!outcomes.length) { charts.append(h('p', { class: 'empty-state' }, t('hist.rep.noData'))); return; }
    chart(t('hist.rep.outcomes'), { series: [{ type: 'pie', radius: ['28%', '52%'], data: outcomes, label: { fontSize: 11, formatter: '{b}\n{c}', overflow: 'break', width: 110 } }] });
    if (r.referralsByHospital.length)
      chart(t('hist.rep.byHospital'), bars(r.referralsByHospital.map((x) => ({ key: x.hospitalId, count: x.total })), names));
    if (r.declinesByReason.length) chart(t('hist.rep.declines'), bars(r.declinesByReason, reasonText));
  }

  let last: ShiftReport | null = null;
  async function refresh(): Promise<void> {
    const q = period();
    last = await shiftReport(q.get('from')!, q.get('to')!);
    render(last);
  }

  generate.addEventListener('click', () => void refresh());
  print.addEventListener('click', () => window.print());
  xlsx.addEventListener('click', () => void download(`/api/records/reports/shift.xlsx?${period().toString()}`, 'shift.xlsx'));
  csv.addEventListener('click', () => void download(`/api/records/reports/shift.csv?${period().toString()}`, 'shift.csv'));
  daily.addEventListener('click', () => void download(`/api/records/reports/daily.xlsx?lang=${lang()}`, 'daily.xlsx'));

  return {
    element, refresh,
    /** A language switch redraws the figures and charts from the report already fetched. */
    relabel: () => { if (last && !element.hidden) render(last); },
    show: () => { element.hidden = false; void refresh(); }, hide: () => { element.hidden = true; } };
}
