// Key figures for the shift, computed from what the console already holds; "—" where the server has no data yet.
import { h } from '../../ui/dom';
import { onLangChange, t, type MessageKey } from '../../i18n';
import { BUSY } from '../../fleet/status';
import type { FleetStore } from '../../fleet/store';
import type { ReferralStore } from '../../referrals/store';
import { TERMINAL_STATES } from '../../referrals/types';

export function createShiftFigures(fleet: FleetStore, referrals: ReferralStore, calls: () => number | null) {
  const element = h('section', { class: 'kpis', 'aria-label': t('kpi.title') });
  const figure = (label: MessageKey, value: number | null, tone = ''): HTMLElement =>
    h('div', { class: `kpi ${tone}` }, h('b', { class: 'kpi-value' }, value === null ? t('kpi.unavailable') : String(value)), h('span', { class: 'kpi-label' }, t(label)));

  const render = (): void => {
    let available = 0;
    let busy = 0;
    let stale = 0;
    for (const v of fleet.vehicles.values()) {
      if (v.stale) stale++;
      else if (v.status === 'Available') available++;
      if (BUSY.has(v.status)) busy++;
    }
    const open = referrals.available ? referrals.list().filter((r) => !TERMINAL_STATES.has(r.state ?? '')).length : null;
    const escalated = referrals.available ? referrals.list().filter((r) => r.state === 'Escalated').length : null;
    element.replaceChildren(
      figure('kpi.available', available, 'tone-ok'),
      figure('kpi.busy', busy),
      figure('kpi.stale', stale, stale ? 'tone-warn' : ''),
      figure('kpi.openReferrals', open),
      figure('kpi.escalated', escalated, escalated ? 'tone-alert' : ''),
      figure('kpi.calls', calls()));
  };

  let pending = 0;
  const schedule = (): void => {
    if (!pending) pending = window.setTimeout(() => { pending = 0; render(); }, 1000);
  };
  const offs = [fleet.subscribe((c) => (c.reset || c.restyled.length ? schedule() : undefined)), referrals.subscribe(schedule), onLangChange(render)];
  render();
  return { element, refresh: render, dispose: () => { window.clearTimeout(pending); offs.forEach((off) => off()); } };
}
