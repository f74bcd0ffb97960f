// Key figures for the shift: fleet numbers from what the console holds, call figures from the server; "—" where none.
import { h } from '../../ui/dom';
import { onLangChange, t, type MessageKey } from '../../i18n';
import { BUSY } from '../../fleet/status';
import type { FleetStore } from '../../fleet/store';
import type { ReferralStore } from '../../referrals/store';
import { TERMINAL_STATES } from '../../referrals/types';
import type { CallStore } from '../../calls/store';
import type { ShiftFigures } from '../../calls/api';

export function createShiftFigures(fleet: FleetStore, referrals: ReferralStore, calls: CallStore, shift: () => ShiftFigures | null) {
  const element = h('section', { class: 'kpis', 'aria-label': t('kpi.title') });
  const figure = (label: MessageKey, value: string | number | null | undefined, tone = ''): HTMLElement =>
    h('div', { class: `kpi ${tone}` }, h('b', { class: 'kpi-value' }, value === null || value === undefined ? t('kpi.unavailable') : String(value)),
      h('span', { class: 'kpi-label' }, t(label)));

  const render = (): void => {
    let available = 0;
    let busy = 0;
    let stale = 0;
    for (const v of fleet.vehicles.values()) {
      if (v.stale) stale++;
      else if (v.status === 'Available') available++;
      if (BUSY.has(v.status)) busy++;
    }
    const s = shift();
    const waiting = calls.available ? calls.list().filter((c) => c.status === 'Queued').length : null;
    const escalated = referrals.available ? referrals.list().filter((r) => r.state === 'Escalated').length : null;
    const openReferrals = referrals.available ? referrals.list().filter((r) => !TERMINAL_STATES.has(r.state ?? '')).length : null;
    const rate = s?.departureWithin3MinutesRate;
    const min = (v: number | null | undefined): string => (typeof v === 'number' ? (v / 60).toFixed(1) : '—');
    const pair = (a: number | null | undefined, b: number | null | undefined): string | null =>
      typeof a === 'number' ? t('kpi.minutesPair', { a: min(a), b: min(b) }) : null;
    element.replaceChildren(
      figure('kpi.available', available, 'tone-ok'),
      figure('kpi.busy', busy),
      figure('kpi.stale', stale, stale ? 'tone-warn' : ''),
      figure('kpi.openCalls', calls.available ? calls.byId.size : s?.open, waiting ? 'tone-alert' : ''),
      figure('kpi.calls', s ? (s.calls ?? 0) + (s.transports ?? 0) : null),
      figure('kpi.departure3', typeof rate === 'number' ? `${Math.round(rate * 100)}%` : null, typeof rate === 'number' && rate < 0.9 ? 'tone-warn' : ''),
      figure('kpi.responseP', pair(s?.responseP50Seconds, s?.responseP90Seconds)),
      figure('kpi.acceptanceP', pair(s?.requestToAcceptanceP50Seconds, s?.requestToAcceptanceP90Seconds)),
      figure('kpi.openReferrals', openReferrals),
      figure('kpi.escalated', escalated, escalated ? 'tone-alert' : ''));
  };

  let pending = 0;
  const schedule = (): void => {
    if (!pending) pending = window.setTimeout(() => { pending = 0; render(); }, 1000);
  };
  const offs = [fleet.subscribe((c) => (c.reset || c.restyled.length ? schedule() : undefined)), referrals.subscribe(schedule),
    calls.subscribe(schedule), onLangChange(render)];
  render();
  return { element, refresh: render, dispose: () => { window.clearTimeout(pending); offs.forEach((off) => off()); } };
}
