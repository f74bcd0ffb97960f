// A select of vehicles that could take a job now, with a dispatch button. The server's road-time ranking fills
// it when available (first = recommended); until then, or without it, the free vehicles are listed by call sign.
import { h } from '../ui/dom';
import { lang, t } from '../i18n';
import { toast } from '../ui/banners';
import { ApiError } from '../auth/http';
import { typeLabel } from './labels';
import type { FleetStore } from './store';
import type { Vehicle, VehicleKind } from './types';
import type { VehicleRecommendations } from './recommendations';

export function freeVehicles(fleet: FleetStore, kind: VehicleKind): Vehicle[] {
  return [...fleet.vehicles.values()]
    .filter((v) => (v.status === 'available' || v.status === 'returning') && !v.stale && v.kind === kind)
    .sort((a, b) => a.callSign.localeCompare(b.callSign, 'zh-CN'));
}

function minutes(seconds: number): string {
  return String(Math.max(1, Math.round(seconds / 60)));
}

export function vehiclePicker(fleet: FleetStore, kind: VehicleKind, ranking: Promise<VehicleRecommendations | null> | null,
  assign: (vehicleId: string) => Promise<unknown>): HTMLElement {
  const select = h('select', { class: 'input input-small', 'aria-label': t('call.pickVehicle') });
  const note = h('div', { class: 'picker-note muted' });
  const fill = (options: HTMLOptionElement[]): void => {
    select.replaceChildren(h('option', { value: '' }, options.length ? t('call.pickVehicle') : t('call.noVehicle')), ...options);
  };
  fill(freeVehicles(fleet, kind).map((v) => h('option', { value: v.id }, `${v.callSign} · ${typeLabel(v.type)}`)));

  // Once the dispatcher has chosen, a late ranking must not change the choice under their hand.
  let chosen = false;
  select.addEventListener('change', () => { chosen = true; });
  void ranking?.then((r) => {
    if (!r || !select.isConnected || chosen || document.activeElement === select) return;
    fill(r.ranked.map((v, i) => h('option', { value: v.vehicleId },
      `${i === 0 ? '★ ' : ''}${v.callSign} · ${typeLabel(v.type)} · ${t('pick.eta', { min: minutes(v.etaSeconds), km: (v.meters / 1000).toFixed(1) })}${v.estimated ? ` (${t('pick.estimated')})` : ''}`)));
    // The fastest by road is preselected; the dispatcher still confirms with the button.
    if (r.ranked[0]) select.value = r.ranked[0].vehicleId;
    const excluded = r.excluded.map((x) => `${x.callSign}: ${lang() === 'zh-CN' && x.messageZh ? x.messageZh : x.message}`);
    note.textContent = [r.approximate ? t('pick.approximate') : '', excluded.length ? t('pick.excluded', { n: excluded.length }) : ''].filter(Boolean).join(' · ');
    note.title = excluded.join('\n');
  });

  const button = h('button', { type: 'button', class: 'btn btn-primary btn-small' }, t('call.assign'));
  button.addEventListener('click', () => {
    if (!select.value) {
      select.focus();
      return;
    }
    const vehicleId = select.value;
    button.disabled = true;
    assign(vehicleId)
      .then(() => toast(t('call.assigned', { vehicle: fleet.vehicles.get(vehicleId)?.callSign ?? vehicleId }), 'success'))
      // 409: another dispatcher took the vehicle or the job first; the server says which.
      .catch((err: unknown) => toast(err instanceof ApiError ? err.message : t('err.generic'), 'error'))
      .finally(() => { button.disabled = false; });
  });
  return h('div', { class: 'picker' }, h('div', { class: 'ref-actions' }, select, button), note);
}
